// Tag ids: known tag names as integers so code can switch on them.
#pragma once
#include <cstdint>
#include <string_view>

namespace reader::dom {

enum class Tag : uint16_t {
  kUnknown = 0,
#define X(id, name, properties) id,
#include "dom/tags.def"
#undef X
  kCount
};

// Lowercase name -> id (kUnknown when not in the table). Case-sensitive:
// callers pass lowercase names.
Tag tag_from_name(std::string_view lowercase_name);
// id -> lowercase name ("" for kUnknown).
std::string_view tag_name(Tag t);

// What a tag is, one bit each, from the table in dom/gen_tags.py (where each
// set's source is given). The properties describe HTML-namespace elements:
// callers check the namespace (doc.is_html, doc.ns) first.
enum class TagProperty : uint16_t {
#define P(id, bit) id = 1u << (bit),
#include "dom/tag_properties.def"
#undef P
};

bool has_property(Tag t, TagProperty p);
inline bool is_heading(Tag t) { return has_property(t, TagProperty::kHeading); }

enum class Ns : uint8_t { kHtml = 0, kSvg, kMathMl };

// Attribute namespaces, only used in foreign content (xlink:href...).
enum class AttrNs : uint8_t { kNone = 0, kXlink, kXml, kXmlns };

}  // namespace reader::dom
