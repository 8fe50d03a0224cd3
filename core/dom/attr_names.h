// Common attribute names in static storage, so that an element's attribute
// names need not be copied into the document's arena (names are ~7% of a
// page's bytes, and nearly all of them come from a short list).
#pragma once
#include <string_view>

namespace reader::dom {

// The static copy of `name` when it is a common attribute name, else "".
std::string_view static_attr_name(std::string_view name);
// Index of `name` in the common-name list, or -1 when it is not there; and
// the name at an index returned by it (lets a Document store 4-byte names).
int static_attr_name_index(std::string_view name);
std::string_view static_attr_name_at(int index);

}  // namespace reader::dom
