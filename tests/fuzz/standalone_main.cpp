// main() for the fuzz targets when the compiler has no libFuzzer (g++): runs
// LLVMFuzzerTestOneInput once on every file given (directories: their files),
// so the targets are compiled and exercised on their seeds by ctest.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "../read_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

bool run_file(const std::string& path) {
  std::string bytes;
  if (!reader::testing::read_file(path, bytes)) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    return false;
  }
  // A copy in its own allocation, so reads past the end are caught by ASan.
  std::vector<uint8_t> buf(bytes.begin(), bytes.end());
  LLVMFuzzerTestOneInput(buf.data(), buf.size());
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  int ran = 0;
  for (int i = 1; i < argc; ++i) {
    std::filesystem::path p(argv[i]);
    if (std::filesystem::is_directory(p)) {
      for (const auto& e : std::filesystem::directory_iterator(p)) {
        if (!e.is_regular_file()) continue;
        if (!run_file(e.path().string())) return 1;
        ++ran;
      }
    } else {
      if (!run_file(p.string())) return 1;
      ++ran;
    }
  }
  std::printf("%s: ran %d inputs\n", argc > 0 ? argv[0] : "fuzz", ran);
  return ran > 0 ? 0 : 1;
}
