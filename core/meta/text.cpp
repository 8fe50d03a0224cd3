#include "meta/text.h"

#include <cstdint>

#include "base/utf8.h"
#include "html/char_ref.h"

namespace reader::meta {

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

size_t space_length_at(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const size_t left = s.size() - i;
  if (left == 0) return 0;
  if (is_ascii_space(s[i])) return 1;
  if (b(0) < 0xC2 || left < 2) return 0;
  if (b(0) == 0xC2) return b(1) == 0xA0 ? 2 : 0;  // U+00A0
  if (left < 3) return 0;
  switch (b(0)) {
    case 0xE1: return (b(1) == 0x9A && b(2) == 0x80) ? 3 : 0;  // U+1680
    case 0xE2:
      if (b(1) == 0x80) {
        const unsigned c = b(2);
        // U+2000-U+200A, U+2028, U+2029, U+202F
        return ((c >= 0x80 && c <= 0x8A) || c == 0xA8 || c == 0xA9 || c == 0xAF) ? 3 : 0;
      }
      return (b(1) == 0x81 && b(2) == 0x9F) ? 3 : 0;  // U+205F
    case 0xE3: return (b(1) == 0x80 && b(2) == 0x80) ? 3 : 0;  // U+3000
    case 0xEF: return (b(1) == 0xBB && b(2) == 0xBF) ? 3 : 0;  // U+FEFF
    default: return 0;
  }
}

std::string_view trim(std::string_view s) {
  size_t begin = 0;
  while (begin < s.size()) {
    const size_t n = space_length_at(s, begin);
    if (n == 0) break;
    begin += n;
  }
  // Scan forward once to find the end of the last non-space character.
  size_t end = begin;
  size_t i = begin;
  while (i < s.size()) {
    const size_t n = space_length_at(s, i);
    if (n != 0) {
      i += n;
    } else {
      ++i;
      end = i;
    }
  }
  return s.substr(begin, end - begin);
}

std::string collapse_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  size_t i = 0;
  while (i < s.size()) {
    const size_t n = space_length_at(s, i);
    if (n != 0) {
      pending_space = !out.empty();
      i += n;
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(s[i]);
    ++i;
  }
  return out;
}

size_t js_word_count(std::string_view s) {
  size_t runs = 0;
  bool in_space = false;
  size_t i = 0;
  while (i < s.size()) {
    const size_t n = space_length_at(s, i);
    if (n != 0) {
      if (!in_space) ++runs;
      in_space = true;
      i += n;
    } else {
      in_space = false;
      ++i;
    }
  }
  return runs + 1;
}

size_t utf16_length(std::string_view s) {
  size_t units = 0;
  size_t i = 0;
  while (i < s.size()) {
    const uint32_t cp = next_code_point(s, i);
    units += cp >= 0x10000 ? 2 : 1;
  }
  return units;
}

char to_lower_ascii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

std::string to_lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = to_lower_ascii(c);
  return out;
}

bool equals_ignore_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (to_lower_ascii(a[i]) != to_lower_ascii(b[i])) return false;
  }
  return true;
}

bool starts_with_ignore_case(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && equals_ignore_case(s.substr(0, prefix.size()), prefix);
}

bool ends_with_ignore_case(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         equals_ignore_case(s.substr(s.size() - suffix.size()), suffix);
}

size_t find_ignore_case(std::string_view s, std::string_view needle) {
  if (needle.empty()) return 0;
  if (needle.size() > s.size()) return std::string_view::npos;
  for (size_t i = 0; i + needle.size() <= s.size(); ++i) {
    if (equals_ignore_case(s.substr(i, needle.size()), needle)) return i;
  }
  return std::string_view::npos;
}

bool contains_ignore_case(std::string_view s, std::string_view needle) {
  return find_ignore_case(s, needle) != std::string_view::npos;
}

namespace {

// Digits of a numeric reference past which the value is certainly out of
// range; stops the accumulator from overflowing on "&#99999999999999;".
constexpr size_t kMaxNumericRefDigits = 8;

int digit_value(char c, bool hex) {
  if (c >= '0' && c <= '9') return c - '0';
  if (!hex) return -1;
  const char l = to_lower_ascii(c);
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

}  // namespace reader::meta
