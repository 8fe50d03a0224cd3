#include "dom/tag.h"

#include <iterator>

#include "dom/name_table.h"

namespace reader::dom {
namespace {

constexpr std::string_view kNames[] = {
    "",
#define X(id, name) name,
#include "dom/tags.def"
#undef X
};

}  // namespace

Tag tag_from_name(std::string_view name) {
  static const NameTable kTable(kNames, std::size(kNames));
  int i = kTable.find(name);  // "" finds index 0, kUnknown
  return i < 0 ? Tag::kUnknown : static_cast<Tag>(i);
}

std::string_view tag_name(Tag t) {
  auto i = static_cast<size_t>(t);
  return i < std::size(kNames) ? kNames[i] : std::string_view();
}

}  // namespace reader::dom
