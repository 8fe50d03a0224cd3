// Blocks recognised by their class/id vocabulary and by the rules' selectors.
#include "clutter/guards.h"
#include "clutter/pass.h"


namespace reader::clutter::detail {

bool Pass::match_attr(NodeId id, Match& m) {
  // Headings are judged by their text: an id names an anchor, not a role
  // (heise.de: <h3 id="nav_nur_die_folie__1"> is an article subheading).
  if (is_inline(doc_.tag(id)) || is_heading(doc_.tag(id))) return false;
  std::string sig = signature(doc_, id);
  if (sig.empty()) return false;
  attr_index_.mark_hits(sig, attr_hits_);
  for (size_t k = 0; k < rules_.rules.size(); ++k) {
    const Rule& r = rules_.rules[k];
    if (r.kind != Rule::Kind::kAttr || len(id) < r.min_chars || !attr_hits_[k]) continue;
    // A bio says something: a byline box of short runs ("By Chas
    // Newkey-Burden", "published 6 September 2023", "Auf Facebook teilen")
    // is the byline, however long its labels run in another language.
    // Asked only of a block whose names matched (a subtree walk per block
    // would be quadratic on deep pages).
    if (r.category == "author-bio" && r.min_chars > 0 && !has_text_run(id, kMinBioRunChars)) continue;
    m = {&r, r.category, r.id, id};
    return true;
  }
  return false;
}

bool Pass::has_text_run(NodeId id, size_t chars) const {
  for (NodeId n = id; n != kNoNode; n = doc_.next_in_tree(n, id)) {
    if (doc_.is_text(n) && len(n) >= chars) return true;
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
