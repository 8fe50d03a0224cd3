// The HTML Standard's byte-level encoding declaration scan, used before any
// decoding happens.
#pragma once
#include <string_view>

namespace reader {

// Bytes the prescan looks at: the spec's advised limit, which is what
// browsers use.
// https://html.spec.whatwg.org/multipage/parsing.html#prescan-a-byte-stream-to-determine-its-encoding
constexpr size_t kPrescanBytes = 1024;

// "Prescan a byte stream to determine its encoding", over all of `bytes`
// (callers pass the first kPrescanBytes): <meta charset>, <meta http-equiv
// content>, skipping comments and other tags, with the "get an XML encoding"
// fallback for documents that start with an XML declaration. Returns the
// canonical encoding name, or "" when nothing is declared. A declared
// utf-16be/le is returned as "utf-8", x-user-defined as "windows-1252".
std::string_view prescan_for_encoding(std::string_view bytes);

// "The algorithm for extracting a character encoding from a meta element",
// applied to a content attribute value such as "text/html; charset=utf-8".
// Returns the canonical name or "".
std::string_view extract_encoding_from_meta_content(std::string_view content);

}  // namespace reader
