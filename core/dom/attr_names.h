// Common attribute names in static storage, so that an element's attribute
// names need not be copied into the document's arena (names are ~7% of a
// page's bytes, and nearly all of them come from a short list).
#pragma once
#include <string_view>

namespace reader::dom {

// The static copy of `name` when it is a common attribute name, else "".
std::string_view static_attr_name(std::string_view name);

}  // namespace reader::dom
