// Test helper: builds a dom::Document from a tiny, well-formed markup subset
// so selector tests read like HTML without depending on the HTML parser:
//   <tag a="v" b='v' c=v d> </tag> <tag/> text <!--comment-->
// No entities, no implied tags. Elements inside <svg> get Ns::kSvg and keep
// their name's case; HTML element and attribute names are lowercased.
// Iterative; the document gets <html> as the root element only if written.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "dom/document.h"

namespace reader::testing {

inline std::string mini_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

// Appends the parsed markup to `parent`.
inline void build_markup(dom::Document& doc, dom::NodeId parent, std::string_view m) {
  std::vector<dom::NodeId> stack{parent};
  size_t i = 0;
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  auto in_svg = [&]() {
    dom::NodeId top = stack.back();
    return doc.is_element(top) && doc.ns(top) == dom::Ns::kSvg;
  };
  while (i < m.size()) {
    if (m.compare(i, 4, "<!--") == 0) {
      size_t end = m.find("-->", i + 4);
      if (end == std::string_view::npos) end = m.size();
      doc.append_child(stack.back(), doc.create_comment(m.substr(i + 4, end - i - 4)));
      i = end + 3;
    } else if (m.compare(i, 2, "</") == 0) {
      size_t end = m.find('>', i);
      if (stack.size() > 1) stack.pop_back();
      i = end == std::string_view::npos ? m.size() : end + 1;
    } else if (m[i] == '<') {
      ++i;
      size_t start = i;
      while (i < m.size() && !is_space(m[i]) && m[i] != '>' && m[i] != '/') ++i;
      std::string raw(m.substr(start, i - start));
      bool svg = in_svg() || mini_lower(raw) == "svg";
      dom::NodeId el = svg ? doc.create_element_named(raw, dom::Ns::kSvg)
                           : doc.create_element_named(mini_lower(raw));
      doc.append_child(stack.back(), el);
      bool self_closing = false;
      while (i < m.size() && m[i] != '>') {
        if (is_space(m[i])) {
          ++i;
          continue;
        }
        if (m[i] == '/') {
          self_closing = true;
          ++i;
          continue;
        }
        size_t ns = i;
        while (i < m.size() && !is_space(m[i]) && m[i] != '=' && m[i] != '>' && m[i] != '/') ++i;
        std::string name(m.substr(ns, i - ns));
        if (!svg) name = mini_lower(name);
        std::string value;
        if (i < m.size() && m[i] == '=') {
          ++i;
          if (i < m.size() && (m[i] == '"' || m[i] == '\'')) {
            char q = m[i++];
            size_t vs = i;
            while (i < m.size() && m[i] != q) ++i;
            value = std::string(m.substr(vs, i - vs));
            ++i;
          } else {
            size_t vs = i;
            while (i < m.size() && !is_space(m[i]) && m[i] != '>') ++i;
            value = std::string(m.substr(vs, i - vs));
          }
        }
        doc.add_attr_if_missing(el, name, value);
      }
      ++i;  // '>'
      if (!self_closing) stack.push_back(el);
    } else {
      size_t end = m.find('<', i);
      if (end == std::string_view::npos) end = m.size();
      doc.append_text(stack.back(), m.substr(i, end - i));
      i = end;
    }
  }
}

}  // namespace reader::testing
