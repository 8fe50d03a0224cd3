#include "meta/text.h"

#include <cstdint>

#include "base/utf8.h"
#include "html/char_ref.h"

namespace reader::meta {

namespace {

// Digits of a numeric reference past which the value is certainly out of
// range; stops the accumulator from overflowing on "&#99999999999999;".
constexpr size_t kMaxNumericRefDigits = 8;

int digit_value(char c, bool hex) {
  if (c >= '0' && c <= '9') return c - '0';
  if (!hex) return -1;
  const char l = ascii_lower(c);
  if (l >= 'a' && l <= 'f') return l - 'a' + 10;
  return -1;
}

// Parses "&#...;" at `s[i]` (s[i] == '&'). Returns the bytes consumed, 0 if
// it is not a well-formed numeric reference.
size_t decode_numeric_ref(std::string_view s, size_t i, std::string& out) {
  size_t k = i + 2;  // past "&#"
  const bool hex = k < s.size() && (s[k] == 'x' || s[k] == 'X');
  if (hex) ++k;
  const size_t digits_begin = k;
  uint64_t value = 0;
  bool too_big = false;
  while (k < s.size() && digit_value(s[k], hex) >= 0) {
    if (k - digits_begin >= kMaxNumericRefDigits) too_big = true;
    if (!too_big) value = value * (hex ? 16 : 10) + static_cast<uint64_t>(digit_value(s[k], hex));
    ++k;
  }
  if (k == digits_begin || k >= s.size() || s[k] != ';') return 0;
  uint32_t cp = static_cast<uint32_t>(value);
  if (too_big || value == 0 || value > kMaxCodePoint || is_surrogate(cp)) {
    cp = kReplacementCharacter;
  }
  reader::append_utf8(out, cp);
  return k + 1 - i;
}

}  // namespace

std::string unescape_html_entities(std::string_view s) {
  if (s.find('&') == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    const size_t amp = s.find('&', i);
    if (amp == std::string_view::npos) {
      out.append(s.substr(i));
      break;
    }
    out.append(s.substr(i, amp - i));
    i = amp;
    if (i + 1 < s.size() && s[i + 1] == '#') {
      const size_t used = decode_numeric_ref(s, i, out);
      if (used != 0) {
        i += used;
        continue;
      }
    } else {
      const html::NamedRefMatch m = html::match_named_ref(s.substr(i + 1));
      if (m.length != 0 && m.ends_with_semicolon) {
        out.append(m.value);
        i += 1 + m.length;
        continue;
      }
    }
    out.push_back('&');
    ++i;
  }
  return out;
}

std::string clean_text(std::string_view s) {
  return collapse_whitespace(unescape_html_entities(s));
}

size_t title_separator_length(std::string_view s, size_t i, TitleSeparators set) {
  if (i >= s.size()) return 0;
  const char c = s[i];
  if (c == '\\' || c == '/' || c == '>') return 1;
  if (s.compare(i, 2, "\xC2\xBB") == 0) return 2;  // »
  if (set == TitleSeparators::kHierarchical) return 0;
  if (c == '|' || c == '-') return 1;
  if (s.compare(i, 3, "\xE2\x80\x93") == 0 || s.compare(i, 3, "\xE2\x80\x94") == 0) return 3;  // – —
  if (set == TitleSeparators::kReadability) return 0;
  if (s.compare(i, 2, "::") == 0) return 2;
  if (s.compare(i, 2, "\xC2\xB7") == 0) return 2;      // ·
  if (s.compare(i, 3, "\xE2\x80\xA2") == 0) return 3;  // •
  return 0;
}

}  // namespace reader::meta
