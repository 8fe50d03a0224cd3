// Character references (WHATWG HTML 13.2.5.72-80 and 13.5): named reference
// lookup (longest prefix) and numeric reference code point fix-ups.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace reader::html {

// Longest named character reference that is a prefix of `s` (`s` starts
// right after the '&'). `length` is 0 when no name matches.
struct NamedRefMatch {
  size_t length = 0;       // bytes of `s` consumed, including a final ';'
  std::string_view value;  // UTF-8 replacement text
  bool ends_with_semicolon = false;
};
NamedRefMatch match_named_ref(std::string_view s);

// Longest name in the table; no match can consume more than this.
constexpr size_t kMaxNamedRefLength = 32;

// 13.2.5.80 Numeric character reference end state: maps the parsed number
// to the code point to emit and reports the parse error code (or nullptr).
struct NumericRefResult {
  uint32_t code_point;
  const char* error;
};
NumericRefResult resolve_numeric_ref(uint32_t number);

// Appends `cp` as UTF-8. Surrogates are written as WTF-8 (three bytes) so
// that lone surrogates in test input survive a round trip.
void append_utf8(std::string& out, uint32_t cp);

}  // namespace reader::html
