// NameTable: a fixed list of short names -> their index, by open addressing
// on an FNV-1a hash. Built once (function-local statics); a lookup hashes the
// name and compares one or two candidates, where a binary search over the
// tag list compared ~8 strings (tag_from_name was 6% of parse time).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace reader::dom {

class NameTable {
 public:
  NameTable(const std::string_view* names, size_t count);

  // Index of `name` in the list given to the constructor, or -1.
  int find(std::string_view name) const {
    uint32_t i = hash(name) & mask_;
    for (;;) {
      int32_t slot = slots_[i];
      if (slot < 0) return -1;
      if (names_[slot] == name) return slot;
      i = (i + 1) & mask_;
    }
  }

 private:
  static uint32_t hash(std::string_view s) {
    uint32_t h = 2166136261u;  // FNV-1a offset basis
    for (char c : s) h = (h ^ static_cast<uint8_t>(c)) * 16777619u;  // FNV prime
    return h;
  }

  const std::string_view* names_;
  std::vector<int32_t> slots_;  // index into names_, -1 = empty
  uint32_t mask_ = 0;
};

}  // namespace reader::dom
