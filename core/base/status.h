// Status codes and processing limits shared by every module.
#pragma once
#include <cstddef>
#include <cstdint>

namespace reader {

// Outcome of a whole run. Anything but kOk still comes with a best-effort
// result unless noted; callers decide whether to use it.
enum class Status : uint8_t {
  kOk = 0,
  kInputTooLarge,    // input truncated to Limits::max_input_bytes
  kTooManyNodes,     // tree building stopped at Limits::max_nodes
  kTooDeep,          // elements past Limits::max_depth were flattened
  kEmptyInput,       // nothing to parse (unusable input)
  kBinaryInput,      // looks like an image/PDF/archive (unusable input)
};

const char* status_name(Status s);

// Limits bound time and memory on hostile input. Defaults fit real pages with
// a wide margin: the largest Readability test page is 1.9 MB with ~40k nodes.
struct Limits {
  size_t max_input_bytes = 64u << 20;  // 64 MiB
  uint32_t max_nodes = 4'000'000;
  uint32_t max_depth = 1024;           // deeper elements are attached at this depth
  uint32_t max_errors = 1000;          // parse errors kept as data
};

}  // namespace reader
