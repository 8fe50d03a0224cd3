// Name adjustments for foreign (SVG / MathML) content, WHATWG HTML 13.2.6.1
// ("adjust SVG attributes", "adjust MathML attributes", "adjust foreign
// attributes") and the SVG tag name table of 13.2.6.5.
#pragma once
#include <string_view>

#include "dom/tag.h"

namespace reader::html {

// The camelCase SVG element name for a lowercase token name ("foreignobject"
// -> "foreignObject"), or the name itself when the table has no entry.
std::string_view adjust_svg_tag_name(std::string_view lowercase_name);

// The camelCase SVG attribute name ("viewbox" -> "viewBox"), or the name.
std::string_view adjust_svg_attribute_name(std::string_view lowercase_name);

// "definitionurl" -> "definitionURL", otherwise the name.
std::string_view adjust_mathml_attribute_name(std::string_view lowercase_name);

// A namespaced attribute after "adjust foreign attributes": namespace and
// local name ("xlink:href" -> {kXlink, "href"}).
struct ForeignAttrName {
  dom::AttrNs ns = dom::AttrNs::kNone;
  std::string_view local;
};
// Returns {kNone, name} for names not in the table.
ForeignAttrName adjust_foreign_attribute_name(std::string_view name);

}  // namespace reader::html
