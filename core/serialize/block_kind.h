// How the text and Markdown serializers treat an element's box.
#pragma once
#include <string>

#include "base/text.h"
#include "dom/document.h"

namespace reader::serialize {

enum class BlockKind : uint8_t {
  kInline,     // text flows through it
  kLine,       // starts and ends a line (div, li, tr, dt, dd, figcaption...)
  kParagraph,  // separated from its neighbours by a blank line (p, h1, ul...)
  kHidden,     // content never rendered as text (script, style, template...)
};

BlockKind block_kind(const dom::Document& doc, dom::NodeId el);

// Removes trailing ASCII whitespace and U+00A0 NO-BREAK SPACE (UTF-8 C2 A0)
// from `s`: a line of only &nbsp; reads as an empty line.
inline void trim_trailing_blanks(std::string& s) {
  while (!s.empty()) {
    if (is_html_space(s.back())) {
      s.pop_back();
    } else if (s.size() >= 2 && s[s.size() - 2] == '\xC2' && s.back() == '\xA0') {
      s.resize(s.size() - 2);
    } else {
      break;
    }
  }
}

}  // namespace reader::serialize
