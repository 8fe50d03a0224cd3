// Paths of test data, set by tests/CMakeLists.txt.
#pragma once
#include <string>

#include "../read_file.h"

namespace reader::testing {

inline std::string tests_dir() { return READER_TESTS_DIR; }
inline std::string shared_dir() { return READER_SHARED_DIR; }

}  // namespace reader::testing
