// Hostname matching for filter-list domain options (uBlock Origin / AdBlock
// Plus "example.com##..." prefixes).
#pragma once
#include <string>
#include <string_view>

namespace reader::css {

// True when `host` is covered by `domain_pattern`:
//  - "example.com" matches example.com and any subdomain (www.example.com),
//    never a lookalike (badexample.com);
//  - "example.*" (an uBO "entity") matches example.<public suffix> and its
//    subdomains: example.com, www.example.co.uk. Without a public-suffix list
//    the suffix is approximated: one label, or a two-letter country label
//    preceded by a common second-level label (co, com, org, net, ac, gov...);
//  - "*" matches every host.
// Both sides are compared ASCII case-insensitively; a trailing dot on the
// host is ignored (base/url.h normalize_host). Negation ("~") is handled by the caller.
bool host_matches(std::string_view host, std::string_view domain_pattern);

}  // namespace reader::css
