#include "base/text.h"

#include <unordered_set>
#include <vector>

#include "base/utf8.h"

namespace reader {

size_t space_length_at(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  if (is_js_ascii_space(s[i])) return 1;
  // Every non-ASCII JavaScript space is two (NBSP) or three bytes long and
  // starts with C2, E1, E2, E3 or EF: decode only those.
  const unsigned char lead = static_cast<unsigned char>(s[i]);
  if (lead != 0xC2 && (lead < 0xE1 || lead > 0xE3) && lead != 0xEF) return 0;
  size_t next = i;
  const uint32_t cp = next_code_point(s, next);
  return cp >= 0x80 && is_js_space(cp) ? next - i : 0;
}

std::string_view next_html_token(std::string_view list, size_t& pos) {
  while (pos < list.size() && is_html_space(list[pos])) ++pos;
  const size_t begin = pos;
  while (pos < list.size() && !is_html_space(list[pos])) ++pos;
  return list.substr(begin, pos - begin);
}

std::string_view trim_html_space(std::string_view s) {
  while (!s.empty() && is_html_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_html_space(s.back())) s.remove_suffix(1);
  return s;
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

namespace {

size_t html_or_nbsp_length_at(std::string_view s, size_t i) {
  if (is_html_space(s[i])) return 1;
  return s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0' ? 2 : 0;
}

}  // namespace

char* collapse_whitespace_to(char* w, const char* out_begin, std::string_view s, SpaceSet set,
                             bool& pending_space) {
  size_t i = 0;
  // Bytes that can start no space of the set (see space_length_at): copied
  // a run at a time (this function was 7 % of native clean()).
  const bool js = set == SpaceSet::kJavaScript;
  auto is_plain = [js](char ch) {
    const auto c = static_cast<unsigned char>(ch);
    return c > 0x20 && c != 0xC2 && !(js && ((c >= 0xE1 && c <= 0xE3) || c == 0xEF));
  };
  while (i < s.size()) {
    if (is_plain(s[i])) {
      // Copied byte by byte as it is scanned: runs are words, too short
      // for a memcpy call to pay.
      if (pending_space) *w++ = ' ';
      pending_space = false;
      do {
        *w++ = s[i++];
      } while (i < s.size() && is_plain(s[i]));
      continue;
    }
    const size_t n =
        set == SpaceSet::kJavaScript ? space_length_at(s, i) : html_or_nbsp_length_at(s, i);
    if (n != 0) {
      pending_space = w != out_begin;
      i += n;
      continue;
    }
    if (pending_space) *w++ = ' ';
    pending_space = false;
    *w++ = s[i];
    ++i;
  }
  return w;
}

std::string collapse_whitespace(std::string_view s, SpaceSet set) {
  // The output is never longer than the input (a run of spaces becomes at
  // most one): written through a pointer into a buffer of the input's size,
  // without std::string's capacity check per append.
  std::string out(s.size(), '\0');
  bool pending_space = false;
  char* end = collapse_whitespace_to(out.data(), out.data(), s, set, pending_space);
  out.resize(static_cast<size_t>(end - out.data()));
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

namespace {
std::vector<std::string> similarity_tokens(std::string_view s) {
  std::vector<std::string> out;
  std::string cur;
  for (unsigned char c : s) {
    bool word = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                c == '_' || c >= 0x80;
    if (word) {
      cur.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    } else if (!cur.empty()) {
      out.push_back(std::move(cur));
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}
}  // namespace

double text_similarity(std::string_view a, std::string_view b) {
  const std::vector<std::string> ta = similarity_tokens(a);
  const std::vector<std::string> tb = similarity_tokens(b);
  if (ta.empty() || tb.empty()) return 0;
  const std::unordered_set<std::string> in_a(ta.begin(), ta.end());
  size_t total = 0, unique = 0;
  for (size_t i = 0; i < tb.size(); ++i) {
    total += tb[i].size() + (i ? 1 : 0);
    if (!in_a.count(tb[i])) unique += tb[i].size() + (unique ? 1 : 0);
  }
  return 1 - static_cast<double>(unique) / static_cast<double>(total);
}

}  // namespace reader
