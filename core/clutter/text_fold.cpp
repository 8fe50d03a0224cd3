#include "clutter/text_fold.h"

#include <algorithm>

#include "base/utf8.h"

namespace reader::clutter {
namespace {

// Unicode confusables (UTS #39 confusables.txt) that render like a Latin
// letter in common fonts: Cyrillic and Greek capitals and small letters.
struct Confusable {
  uint32_t cp;
  char latin;
};
constexpr Confusable kConfusables[] = {
    {0x0391, 'a'}, {0x0392, 'b'}, {0x0395, 'e'}, {0x0396, 'z'}, {0x0397, 'h'}, {0x0399, 'i'},
    {0x039A, 'k'}, {0x039C, 'm'}, {0x039D, 'n'}, {0x039F, 'o'}, {0x03A1, 'p'}, {0x03A4, 't'},
    {0x03A5, 'y'}, {0x03A7, 'x'}, {0x03BF, 'o'},
    {0x0405, 's'}, {0x0406, 'i'}, {0x0408, 'j'}, {0x0410, 'a'}, {0x0412, 'b'}, {0x0415, 'e'},
    {0x041A, 'k'}, {0x041C, 'm'}, {0x041D, 'h'}, {0x041E, 'o'}, {0x0420, 'p'}, {0x0421, 'c'},
    {0x0422, 't'}, {0x0423, 'y'}, {0x0425, 'x'}, {0x0430, 'a'}, {0x0435, 'e'}, {0x043E, 'o'},
    {0x0440, 'p'}, {0x0441, 'c'}, {0x0443, 'y'}, {0x0445, 'x'}, {0x0455, 's'}, {0x0456, 'i'},
    {0x0458, 'j'}, {0x04BB, 'h'}, {0x04CF, 'l'}, {0x0501, 'd'}, {0x051B, 'q'}, {0x051D, 'w'},
    {0x0261, 'g'},
};

bool is_space_cp(uint32_t cp) {
  return cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == '\f' || cp == 0xA0 ||
         cp == 0x2007 || cp == 0x202F || cp == 0x200B;
}

}  // namespace

uint32_t fold_code_point(uint32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp < 0x80) return cp;
  // Latin-1 capitals À..Þ (except ×) have their small letter 0x20 above.
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;
  if (cp == 0x2018 || cp == 0x2019 || cp == 0x02BC) return '\'';
  // Outside the table's range (U+0261..U+051D): CJK, Arabic, punctuation...
  if (cp < 0x0261 || cp > 0x051D) return cp;
  for (const Confusable& c : kConfusables) {
    if (c.cp == cp) return static_cast<uint32_t>(c.latin);
  }
  return cp;
}

void fold_append(std::string& out, size_t& w, bool& space, std::string_view raw) {
  // Written through an index into a buffer with room for the rest of the
  // input (plus the pending space): ASCII bytes, most of a page, never
  // lengthen, so only a non-ASCII code point checks for room (an invalid
  // byte becomes U+FFFD's three). A push_back per byte was 3 % of clean().
  if (out.size() < w + raw.size() + 1) out.resize(std::max(2 * out.size(), w + raw.size() + 1));
  for (size_t i = 0; i < raw.size();) {
    const auto b = static_cast<unsigned char>(raw[i]);
    if (b < 0x80) {
      ++i;
      if (b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f') {
        space = w != 0;
        continue;
      }
      if (space) out[w++] = ' ';
      space = false;
      out[w++] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      continue;
    }
    uint32_t cp = next_code_point(raw, i);
    if (is_space_cp(cp)) {
      space = w != 0;
      continue;
    }
    if (out.size() < w + 5 + (raw.size() - i)) out.resize(2 * out.size() + 5);
    if (space) out[w++] = ' ';
    space = false;
    cp = fold_code_point(cp);
    if (cp < 0x80) {
      out[w++] = static_cast<char>(cp);
    } else if (cp < 0x800) {
      out[w++] = static_cast<char>(0xC0 | (cp >> 6));
      out[w++] = static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out[w++] = static_cast<char>(0xE0 | (cp >> 12));
      out[w++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out[w++] = static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out[w++] = static_cast<char>(0xF0 | (cp >> 18));
      out[w++] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out[w++] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out[w++] = static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
}

std::string fold_text(std::string_view raw) {
  std::string out;
  size_t w = 0;
  bool space = false;
  fold_append(out, w, space, raw);
  out.resize(w);
  return out;
}

}  // namespace reader::clutter
