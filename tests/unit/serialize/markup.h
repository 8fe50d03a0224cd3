// Test helper: turns well-formed test markup into a DOM fragment.
// Uses the real HTML parser (reader::html::parse_fragment, context <div>).
#pragma once
#include <string_view>

#include "dom/document.h"
#include "html/parser.h"

namespace reader::testing {

// Parses `html` as the content of a <div>; returns a <div> element holding
// the parsed nodes (so serializers see a normal element root).
inline dom::NodeId parse_into_div(dom::Document& doc, std::string_view html) {
  dom::NodeId frag = html::parse_fragment(html, dom::Tag::kDiv, dom::Ns::kHtml, "div", doc);
  dom::NodeId div = doc.create_element(dom::Tag::kDiv);
  doc.move_children(frag, div);
  return div;
}

}  // namespace reader::testing
