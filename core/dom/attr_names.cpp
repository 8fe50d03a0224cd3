#include "dom/attr_names.h"

#include <iterator>

#include "dom/name_table.h"

namespace reader::dom {

int static_attr_name_index(std::string_view name) {
  static const NameTable kTable(kCommonAttrNames, std::size(kCommonAttrNames));
  // Longer names are rarely in the list; skip hashing them.
  constexpr size_t kLongestCommon = 20;
  if (name.size() > kLongestCommon) return -1;
  return kTable.find(name);
}

std::string_view static_attr_name(std::string_view name) {
  return static_attr_name_at(static_attr_name_index(name));
}

}  // namespace reader::dom
