#include "dom/tag.h"

#include <iterator>

#include "dom/name_table.h"

namespace reader::dom {
namespace {

constexpr std::string_view kNames[] = {
    "",
#define X(id, name, properties) name,
#include "dom/tags.def"
#undef X
};

// The property bits, unscoped so tags.def's "kHeading | kSpecial" reads.
enum : uint16_t {
#define P(id, bit) id = 1u << (bit),
#include "dom/tag_properties.def"
#undef P
};

constexpr uint16_t kProperties[] = {
    0,
#define X(id, name, properties) static_cast<uint16_t>(properties),
#include "dom/tags.def"
#undef X
};
static_assert(std::size(kProperties) == std::size(kNames));

}  // namespace

Tag tag_from_name(std::string_view name) {
  static const NameTable kTable(kNames, std::size(kNames));
  int i = kTable.find(name);  // "" finds index 0, kUnknown
  return i < 0 ? Tag::kUnknown : static_cast<Tag>(i);
}

bool has_property(Tag t, TagProperty p) {
  const auto i = static_cast<size_t>(t);
  return i < std::size(kProperties) && (kProperties[i] & static_cast<uint16_t>(p)) != 0;
}

std::string_view tag_name(Tag t) {
  auto i = static_cast<size_t>(t);
  return i < std::size(kNames) ? kNames[i] : std::string_view();
}

}  // namespace reader::dom
