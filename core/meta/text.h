// String helpers for metadata values: whitespace, case, entities, UTF-16
// lengths (Readability's heuristics count JavaScript string lengths).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace reader::meta {

// ASCII whitespace plus the Unicode spaces JavaScript's \s matches (NBSP,
// U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF).
// Returns the byte length of the space at `s[i]`, 0 when it is not one.
size_t space_length_at(std::string_view s, size_t i);
bool is_ascii_space(char c);

// Trims JavaScript whitespace (String.prototype.trim) from both ends.
std::string_view trim(std::string_view s);
// Trims, and collapses every whitespace run to one U+0020.
std::string collapse_whitespace(std::string_view s);
// Number of whitespace runs + 1: JavaScript's `str.split(/\s+/).length`.
size_t js_word_count(std::string_view s);
// Length of `s` in UTF-16 code units (JavaScript's String.length).
size_t utf16_length(std::string_view s);

char to_lower_ascii(char c);
std::string to_lower_ascii(std::string_view s);
bool equals_ignore_case(std::string_view a, std::string_view b);
bool starts_with_ignore_case(std::string_view s, std::string_view prefix);
bool ends_with_ignore_case(std::string_view s, std::string_view suffix);
// Byte offset of the first case-insensitive (ASCII) occurrence, or npos.
size_t find_ignore_case(std::string_view s, std::string_view needle);
bool contains_ignore_case(std::string_view s, std::string_view needle);

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

}  // namespace reader::meta
