#include "clutter/user_rules.h"

#include "css/cosmetic_filter.h"

namespace reader::clutter {

UserRules parse_user_rules(std::string_view text) {
  UserRules rules;
  if (text.empty()) return rules;
  std::vector<css::FilterError> errors;
  rules.filters = std::make_shared<css::FilterList>(css::FilterList::parse(text, &errors));
  for (const css::FilterError& e : errors) {
    rules.errors.push_back("line " + std::to_string(e.line) + ": " + e.reason + ": " + e.text);
  }
  return rules;
}

size_t apply_user_rules(dom::Document& doc, dom::NodeId scope, const UserRules& rules,
                        std::string_view host, dom::RemovalLog& log) {
  if (!rules.filters || rules.filters->filter_count() == 0) return 0;
  std::vector<css::Match> matches = rules.filters->apply(doc, scope, host);
  size_t removed = 0;
  for (const css::Match& m : matches) {
    // A match inside an already removed block goes with it.
    bool attached = false;
    for (dom::NodeId p = doc.parent(m.node); p != dom::kNoNode; p = doc.parent(p)) {
      if (p == scope) {
        attached = true;
        break;
      }
    }
    if (!attached) continue;
    doc.detach(m.node);
    log.add(m.node, "user", m.rule_text, m.node);
    ++removed;
  }
  return removed;
}

}  // namespace reader::clutter
