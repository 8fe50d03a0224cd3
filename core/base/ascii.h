// ASCII case folding, as HTML, CSS and URLs use it for tag, attribute,
// keyword and scheme matching (https://infra.spec.whatwg.org/#ascii-lowercase):
// only A-Z change, every other byte (UTF-8 included) is left as it is.
#pragma once
#include <string>
#include <string_view>

namespace reader {

// ASCII digit 0-9 (not the locale's isdigit).
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_ascii_alnum(char c) { return is_ascii_digit(c) || is_ascii_alpha(c); }

inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

inline std::string to_lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

// https://infra.spec.whatwg.org/#ascii-case-insensitive
inline bool equals_ignore_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  }
  return true;
}

inline bool starts_with_ignore_case(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && equals_ignore_case(s.substr(0, prefix.size()), prefix);
}

inline bool ends_with_ignore_case(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && equals_ignore_case(s.substr(s.size() - suffix.size()), suffix);
}

// Byte offset of the first ASCII case-insensitive occurrence of `needle` in
// `s`, or npos. An empty needle is found at 0.
inline size_t find_ignore_case(std::string_view s, std::string_view needle) {
  if (needle.empty()) return 0;
  if (needle.size() > s.size()) return std::string_view::npos;
  for (size_t i = 0; i + needle.size() <= s.size(); ++i) {
    if (equals_ignore_case(s.substr(i, needle.size()), needle)) return i;
  }
  return std::string_view::npos;
}

inline bool contains_ignore_case(std::string_view s, std::string_view needle) {
  return find_ignore_case(s, needle) != std::string_view::npos;
}

// contains_ignore_case for a needle that is already lowercase (the common
// case: a constant), folding only `hay`.
inline bool contains_ci(std::string_view hay, std::string_view lowercase_needle) {
  if (lowercase_needle.size() > hay.size()) return false;
  for (size_t i = 0; i + lowercase_needle.size() <= hay.size(); ++i) {
    size_t j = 0;
    while (j < lowercase_needle.size() && ascii_lower(hay[i + j]) == lowercase_needle[j]) ++j;
    if (j == lowercase_needle.size()) return true;
  }
  return false;
}

}  // namespace reader
