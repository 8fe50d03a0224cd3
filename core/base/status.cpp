#include "base/status.h"

namespace reader {

const char* status_name(Status s) {
  switch (s) {
    case Status::kOk: return "ok";
    case Status::kInputTooLarge: return "input-too-large";
    case Status::kTooManyNodes: return "too-many-nodes";
    case Status::kTooDeep: return "too-deep";
    case Status::kEmptyInput: return "empty-input";
    case Status::kBinaryInput: return "binary-input";
  }
  return "unknown";
}

}  // namespace reader
