#include "dom/tag.h"

#include <algorithm>
#include <iterator>

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
  // kNames[1..] is sorted (gen_tags.py sorts it).
  auto begin = std::begin(kNames) + 1;
  auto end = std::end(kNames);
  auto it = std::lower_bound(begin, end, name);
  if (it == end || *it != name) return Tag::kUnknown;
  return static_cast<Tag>(it - std::begin(kNames));
}

std::string_view tag_name(Tag t) {
  auto i = static_cast<size_t>(t);
  return i < std::size(kNames) ? kNames[i] : std::string_view();
}

}  // namespace reader::dom
