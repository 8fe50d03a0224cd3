// Blocks recognised by their class/id vocabulary and by the rules' selectors.
#include "clutter/pass.h"


namespace reader::clutter::detail {

bool Pass::match_attr(NodeId id, Match& m) {
  // Headings are judged by their text: an id names an anchor, not a role
  // (heise.de: <h3 id="nav_nur_die_folie__1"> is an article subheading).
  if (is_inline(doc_.tag(id)) || is_heading(doc_.tag(id))) return false;
  std::string sig = signature(doc_, id);
  if (sig.empty()) return false;
  for (const Rule& r : rules_.rules) {
    if (r.kind != Rule::Kind::kAttr || len(id) < r.min_chars) continue;
    for (const std::string& c : r.contains) {
      if (sig.find(c) != std::string::npos) {
        m = {&r, r.category, r.id, id};
        return true;
      }
    }
    for (const std::string& p : r.parts) {
      if (has_part(sig, p)) {
        m = {&r, r.category, r.id, id};
        return true;
      }
    }
  }
  return false;
}

bool Pass::match_selector(NodeId id, Match& m) {
  for (const Rule& r : rules_.rules) {
    if (r.kind == Rule::Kind::kSelector && r.selector && session_.matches(*r.selector, id)) {
      m = {&r, r.category, r.id, id};
      return true;
    }
  }
  return false;
}

}  // namespace reader::clutter::detail
