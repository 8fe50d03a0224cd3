#include "dom/name_table.h"

namespace reader::dom {

namespace {
// Table slots per name (at least): a sparse table keeps probe chains short.
constexpr size_t kSlotsPerName = 4;
}  // namespace

NameTable::NameTable(const std::string_view* names, size_t count) : names_(names) {
  size_t size = 16;
  while (size < count * kSlotsPerName) size *= 2;
  slots_.assign(size, -1);
  mask_ = static_cast<uint32_t>(size - 1);
  for (size_t n = 0; n < count; ++n) {
    uint32_t i = hash(names[n]) & mask_;
    while (slots_[i] >= 0) {
      if (names_[slots_[i]] == names[n]) break;  // duplicate: keep the first
      i = (i + 1) & mask_;
    }
    if (slots_[i] < 0) slots_[i] = static_cast<int32_t>(n);
  }
}

}  // namespace reader::dom
