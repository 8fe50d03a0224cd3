// ASCII helpers of the tree builder (WHATWG "ASCII whitespace" as the parser
// uses it, and ASCII case-insensitive comparison).
#pragma once
#include <string_view>

namespace reader::html {

// U+0009 TAB, U+000A LF, U+000C FF, U+000D CR, U+0020 SPACE.
inline bool is_html_whitespace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

inline bool equals_ascii_ci(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x + 32);
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y + 32);
    if (x != y) return false;
  }
  return true;
}

}  // namespace reader::html
