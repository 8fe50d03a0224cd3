// Character reference tables and matching; see char_ref.h.
#include "html/char_ref.h"

#include <algorithm>
#include <string>

namespace reader::html {
namespace {

// 13.5 Named character references; generated, sorted bytewise by name:
// kNamedRefText holds "name\0value\0" pairs (compact in the WebAssembly
// module, issue 12), indexed here on first use.
#include "html/entities.inc"

// An entry: offsets into kNamedRefText.
struct NamedCharRef {
  uint16_t name_offset;  // the name without the leading '&'
  uint16_t value_offset;  // UTF-8
  uint8_t name_length;
  uint8_t value_length;
};

struct NamedRefTable {
  NamedCharRef refs[kNamedRefCount];
  // [begin, end) of the names starting with each ASCII byte: the first step
  // of the match without a binary search over the whole table.
  uint16_t begin[128] = {};
  uint16_t end[128] = {};

  NamedRefTable() {
    size_t at = 0;
    for (size_t i = 0; i < kNamedRefCount; ++i) {
      NamedCharRef& r = refs[i];
      r.name_offset = static_cast<uint16_t>(at);
      r.name_length = static_cast<uint8_t>(std::char_traits<char>::length(kNamedRefText + at));
      at += r.name_length + 1;
      r.value_offset = static_cast<uint16_t>(at);
      r.value_length = static_cast<uint8_t>(std::char_traits<char>::length(kNamedRefText + at));
      at += r.value_length + 1;
      const auto c = static_cast<unsigned char>(kNamedRefText[r.name_offset]);
      if (end[c] == 0) begin[c] = static_cast<uint16_t>(i);
      end[c] = static_cast<uint16_t>(i + 1);
    }
  }
};

const NamedRefTable& named_refs() {
  static const NamedRefTable table;
  return table;
}

unsigned char name_char(const NamedCharRef& r, size_t k) {
  return static_cast<unsigned char>(kNamedRefText[r.name_offset + k]);
}

// 13.2.5.80: the replacement table for numbers 0x80-0x9F (windows-1252
// code points); 0 means "no replacement" (the number is kept).
constexpr uint16_t kC1Replacements[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,       // 88-8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,  // 98-9F
};

bool is_noncharacter(uint32_t n) { return (n >= 0xFDD0 && n <= 0xFDEF) || (n & 0xFFFE) == 0xFFFE; }

bool is_control(uint32_t n) { return n <= 0x1F || (n >= 0x7F && n <= 0x9F); }

bool is_ascii_whitespace(uint32_t n) {
  return n == 0x09 || n == 0x0A || n == 0x0C || n == 0x0D || n == 0x20;
}

}  // namespace

NamedRefMatch match_named_ref(std::string_view s) {
  // All names in [lo, hi) share the prefix s[0, k). Each step keeps only the
  // names whose character k equals s[k]; a name of length k + 1 is a match.
  NamedRefMatch best;
  if (s.empty() || static_cast<unsigned char>(s[0]) >= 128) return best;
  const NamedRefTable& table = named_refs();
  const NamedCharRef* refs = table.refs;
  size_t lo = table.begin[static_cast<unsigned char>(s[0])];
  size_t hi = table.end[static_cast<unsigned char>(s[0])];
  const size_t limit = std::min(s.size(), kMaxNamedRefLength);
  // No name is one character long, so matching starts at the second one.
  for (size_t k = 1; k < limit && lo < hi; ++k) {
    const unsigned char c = static_cast<unsigned char>(s[k]);
    // A name of exactly length k sorts first in the range; it can't extend.
    if (refs[lo].name_length == k) ++lo;
    auto char_at = [k](const NamedCharRef& r) { return name_char(r, k); };
    const NamedCharRef* first = std::partition_point(
        refs + lo, refs + hi, [&](const NamedCharRef& r) { return char_at(r) < c; });
    const NamedCharRef* last = std::partition_point(
        first, refs + hi, [&](const NamedCharRef& r) { return char_at(r) <= c; });
    lo = static_cast<size_t>(first - refs);
    hi = static_cast<size_t>(last - refs);
    if (lo < hi && refs[lo].name_length == k + 1) {
      best.length = k + 1;
      best.value = std::string_view(kNamedRefText + refs[lo].value_offset, refs[lo].value_length);
      best.ends_with_semicolon = c == ';';
    }
  }
  return best;
}

NumericRefResult resolve_numeric_ref(uint32_t n) {
  if (n == 0) return {0xFFFD, "null-character-reference"};
  if (n > 0x10FFFF) return {0xFFFD, "character-reference-outside-unicode-range"};
  if (n >= 0xD800 && n <= 0xDFFF) return {0xFFFD, "surrogate-character-reference"};
  if (is_noncharacter(n)) return {n, "noncharacter-character-reference"};
  if (n == 0x0D || (is_control(n) && !is_ascii_whitespace(n))) {
    if (n >= 0x80 && n <= 0x9F && kC1Replacements[n - 0x80] != 0) {
      return {kC1Replacements[n - 0x80], "control-character-reference"};
    }
    return {n, "control-character-reference"};
  }
  return {n, nullptr};
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    if (cp > 0x10FFFF) cp = 0xFFFD;
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace reader::html
