// Reads a whole file as bytes: the one helper the test programs share
// (unit tests, html5lib-check, parse-bench, fuzz drivers).
#pragma once
#include <fstream>
#include <sstream>
#include <string>

namespace reader::testing {

inline bool read_file(const std::string& path, std::string& out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  std::ostringstream ss;
  ss << f.rdbuf();
  out = ss.str();
  return true;
}

}  // namespace reader::testing
