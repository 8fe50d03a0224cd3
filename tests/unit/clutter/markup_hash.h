// Markup as a site with CSS modules ships it: every class and id replaced by
// a meaningless hash ("sc-1a2b3c"), the same hash for the same original
// value, so a page keeps its structure and loses every word its names said.
// The metamorphic tests clean a page as written and hashed and compare.
#pragma once
#include <cstdint>
#include <cstdio>
#include <regex>
#include <string>

namespace reader::testing {

inline std::string meaningless_name(const std::string& value) {
  uint32_t h = 2166136261u;  // FNV-1a
  for (unsigned char c : value) h = (h ^ c) * 16777619u;
  char buf[16];
  std::snprintf(buf, sizeof buf, "sc-%06x", h & 0xFFFFFFu);
  return buf;
}

// `html` with the value of every class attribute (token by token) and every
// id attribute replaced by meaningless_name() of the original.
inline std::string hash_class_and_id(const std::string& html) {
  static const std::regex kAttr(
      R"re(([\s"'])(class|id|CLASS|ID)(\s*=\s*)("([^"]*)"|'([^']*)'|([^\s"'>]+)))re");
  std::string out;
  auto begin = std::sregex_iterator(html.begin(), html.end(), kAttr);
  size_t last = 0;
  for (auto it = begin; it != std::sregex_iterator(); ++it) {
    const std::smatch& m = *it;
    out.append(html, last, m.position(0) - last);
    std::string value = m[5].matched ? m[5].str() : m[6].matched ? m[6].str() : m[7].str();
    std::string hashed;
    bool is_class = m[2].str() == "class" || m[2].str() == "CLASS";
    size_t pos = 0;
    while (pos < value.size()) {
      size_t start = value.find_first_not_of(" \t\n\r\f", pos);
      if (start == std::string::npos) break;
      size_t end = is_class ? value.find_first_of(" \t\n\r\f", start) : value.size();
      if (end == std::string::npos) end = value.size();
      if (!hashed.empty()) hashed += ' ';
      hashed += meaningless_name(value.substr(start, end - start));
      pos = end;
    }
    out += m[1].str() + m[2].str() + m[3].str() + "\"" + hashed + "\"";
    last = m.position(0) + m.length(0);
  }
  out.append(html, last, std::string::npos);
  return out;
}

}  // namespace reader::testing
