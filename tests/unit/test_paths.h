// Paths of test data, set by tests/CMakeLists.txt.
#pragma once
#include <fstream>
#include <sstream>
#include <string>

namespace reader::testing {

inline std::string tests_dir() { return READER_TESTS_DIR; }
inline std::string shared_dir() { return READER_SHARED_DIR; }

inline bool read_file(const std::string& path, std::string& out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  std::ostringstream ss;
  ss << f.rdbuf();
  out = ss.str();
  return true;
}

}  // namespace reader::testing
