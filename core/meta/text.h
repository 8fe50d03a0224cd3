// String helpers for metadata values: character references and the cleaned
// form of text fields. Whitespace, case folding and JavaScript lengths come
// from base/text.h and base/ascii.h (included here for the metadata code).
#pragma once
#include <string>
#include <string_view>

#include "base/ascii.h"
#include "base/text.h"

namespace reader::meta {

// Decodes character references that survived HTML parsing (double-escaped
// meta content, JSON-LD strings): named references that end with ';' (the
// full HTML table, so "&rsquo;" works, "AT&T" stays) and numeric references
// "&#123;" / "&#x1F62D;". Like Readability's _unescapeHtmlEntities, a numeric
// value of 0, a surrogate, or past U+10FFFF becomes U+FFFD; malformed
// references ("&#xg;") are left as they are.
std::string unescape_html_entities(std::string_view s);

// unescape_html_entities + collapse_whitespace: the form every text field of
// Metadata is stored in.
std::string clean_text(std::string_view s);

// Which characters separate the parts of a title ("Title | Site").
enum class TitleSeparators {
  kHierarchical,  // Readability's hierarchical ones: \ / > »
  kReadability,   // Readability's whole set [\|\-\\\/>»] plus the en and em dashes
  kExtended,      // kReadability plus "::", the middle dot and the bullet some sites use
};

// Byte length of a title separator character of `set` at s[i] (0 if none).
size_t title_separator_length(std::string_view s, size_t i, TitleSeparators set);

}  // namespace reader::meta
