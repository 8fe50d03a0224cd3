// The document base URL. URL parsing and resolution themselves are in
// base/url.h (WHATWG URL Standard), shared with the sanitizer, the clutter
// pass's user rules and CSS host matching.
#pragma once
#include <string>
#include <string_view>

#include "base/url.h"
#include "dom/document.h"

namespace reader::meta {

// The document base URL (HTML 2.4.1 "document base URL"): the href of the
// first <base> element that has one, resolved against `page_url`; otherwise
// (no <base>, an invalid href, or one that is not http(s)/ftp/ws/file, such
// as javascript: or data:) `page_url`.
std::string document_base_url(const dom::Document& doc, std::string_view page_url);

}  // namespace reader::meta
