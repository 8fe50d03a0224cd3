// User rules: cosmetic filters in the ad-blockers' syntax (uBlock Origin /
// AdBlock Plus), from --rules FILE or the extension's options page. Matches
// are removed like built-in clutter and reported with the rule's text.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dom/document.h"
#include "dom/removal_log.h"

namespace reader::css {
class FilterList;
}

namespace reader::clutter {

struct UserRules {
  std::shared_ptr<const css::FilterList> filters;
  std::vector<std::string> errors;   // "line N: <reason>: <text>"
};

UserRules parse_user_rules(std::string_view text);

// Removes the elements below `scope` that the rules hide on `host`; each
// removal is logged with category "user" and the rule's text.
size_t apply_user_rules(dom::Document& doc, dom::NodeId scope, const UserRules& rules,
                        std::string_view host, dom::RemovalLog& log);

}  // namespace reader::clutter
