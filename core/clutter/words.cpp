#include "clutter/words.h"

#include "base/utf8.h"

namespace reader::clutter {

bool is_word_code_point(uint32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows
  if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
  return true;
}

uint32_t code_point_before(std::string_view s, size_t end) {
  size_t start = end;  // back over at most 3 continuation bytes, then the lead byte
  auto continuation = [&](size_t i) { return (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80; };
  while (start > 0 && continuation(start - 1) && end - start < 3) --start;
  if (start > 0) --start;
  size_t i = start;
  return next_code_point(s, i);
}

uint32_t code_point_at(std::string_view s, size_t pos) { return next_code_point(s, pos); }

size_t find_words(std::string_view text, std::string_view phrase, size_t from) {
  bool open_end = !phrase.empty() && phrase.back() == '*';
  if (open_end) phrase.remove_suffix(1);
  if (phrase.empty()) return std::string_view::npos;
  bool word_start = is_word_code_point(code_point_at(phrase, 0));
  bool word_end = !open_end && is_word_code_point(code_point_before(phrase, phrase.size()));
  for (size_t pos = text.find(phrase, from); pos != std::string_view::npos;
       pos = text.find(phrase, pos + 1)) {
    bool start = pos == 0 || !word_start || !is_word_code_point(code_point_before(text, pos));
    size_t end = pos + phrase.size();
    bool stop = end == text.size() || !word_end || !is_word_code_point(code_point_at(text, end));
    if (start && stop) return pos;
  }
  return std::string_view::npos;
}

std::string with_counts(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '(' || c == ')' || c == '[' || c == ']') continue;
    if (c >= '0' && c <= '9') {
      // Digits with thousands separators inside ("1,204", "1.204").
      while (i + 1 < text.size() &&
             ((text[i + 1] >= '0' && text[i + 1] <= '9') ||
              ((text[i + 1] == ',' || text[i + 1] == '.') && i + 2 < text.size() &&
               text[i + 2] >= '0' && text[i + 2] <= '9'))) {
        ++i;
      }
      out += '#';
      continue;
    }
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out += c;
  }
  return out;
}

}  // namespace reader::clutter
