#include "clutter/text_fold.h"

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
  for (const Confusable& c : kConfusables) {
    if (c.cp == cp) return static_cast<uint32_t>(c.latin);
  }
  return cp;
}

std::string fold_text(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  bool space = false;
  for (size_t i = 0; i < raw.size();) {
    unsigned char b = static_cast<unsigned char>(raw[i]);
    uint32_t cp;
    if (b < 0x80) {
      cp = b;
      ++i;
    } else {
      cp = next_code_point(raw, i);
    }
    if (is_space_cp(cp)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    cp = fold_code_point(cp);
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else {
      append_utf8(out, cp);
    }
  }
  return out;
}

}  // namespace reader::clutter
