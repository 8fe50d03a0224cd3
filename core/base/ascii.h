// ASCII case folding, as HTML uses it for tag, attribute and keyword
// matching (https://infra.spec.whatwg.org/#ascii-lowercase): only A-Z change.
#pragma once
#include <string_view>

namespace reader {

inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// True when `lowercase_needle` occurs in `hay`, comparing `hay` ASCII
// case-insensitively (the needle is already lowercase). An empty needle
// always occurs.
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
