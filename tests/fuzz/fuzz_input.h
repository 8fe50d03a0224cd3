// Helpers shared by the fuzz targets: splitting the fuzzer's bytes into a
// few parameters and a payload, and an iterative tree check.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dom/document.h"

namespace reader::fuzz {

// Reads parameter bytes off the front of the input; once the input is used
// up, every further parameter is 0.
class FuzzInput {
 public:
  FuzzInput(const uint8_t* data, size_t size)
      : rest_(reinterpret_cast<const char*>(data), size) {}

  uint8_t take_byte() {
    if (rest_.empty()) return 0;
    uint8_t b = static_cast<uint8_t>(rest_.front());
    rest_.remove_prefix(1);
    return b;
  }
  // Splits off everything before the first `sep` (the rest follows it); with
  // no `sep`, the whole input is the head and the rest is empty.
  std::string_view take_until(char sep) {
    size_t at = rest_.find(sep);
    std::string_view head = rest_.substr(0, at);
    rest_ = at == std::string_view::npos ? std::string_view() : rest_.substr(at + 1);
    return head;
  }
  std::string_view rest() const { return rest_; }

 private:
  std::string_view rest_;
};

// Walks the subtree of `scope` without recursion and aborts when parent and
// sibling links disagree or the walk exceeds the node count (a cycle).
void check_tree(const dom::Document& doc, dom::NodeId scope);

}  // namespace reader::fuzz
