// html5lib-check DIR [-v] [--min-tokenizer=PCT] [--min-tree=PCT]
// Runs the html5lib tokenizer and tree-construction suites found under DIR
// (DIR/tokenizer, DIR/tree-construction). The last line of output is always
//   html5lib: tokenizer P/T tree-construction P/T
// Exit status 1 when a pass rate is below its bar (or DIR is unusable).
#include <cstdio>
#include <cstdlib>
#include <string>

#include "suites.h"

namespace {

// Conformance bars, percent of non-skipped tests.
constexpr double kDefaultMinTokenizer = 99.0;
constexpr double kDefaultMinTree = 95.0;

double percent(const reader::conformance::SuiteStats& s) {
  return s.total == 0 ? 0.0 : 100.0 * s.passed / s.total;
}

int usage() {
  std::fprintf(stderr,
               "usage: html5lib-check DIR [-v] [--min-tokenizer=PCT] [--min-tree=PCT]\n"
               "  DIR is the html5lib-tests root (with tokenizer/ and tree-construction/)\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::string dir;
  bool verbose = false;
  double min_tokenizer = kDefaultMinTokenizer;
  double min_tree = kDefaultMinTree;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-v" || a == "--verbose") verbose = true;
    else if (a.rfind("--min-tokenizer=", 0) == 0) min_tokenizer = std::atof(a.c_str() + 16);
    else if (a.rfind("--min-tree=", 0) == 0) min_tree = std::atof(a.c_str() + 11);
    else if (a == "-h" || a == "--help") return usage();
    else if (dir.empty()) dir = a;
    else return usage();
  }
  if (dir.empty()) return usage();
  reader::conformance::SuiteStats tok = reader::conformance::run_tokenizer_suite(dir + "/tokenizer", verbose);
  reader::conformance::SuiteStats tree =
      reader::conformance::run_tree_suite(dir + "/tree-construction", verbose);
  if (tok.skipped || tree.skipped) {
    std::printf("skipped: tokenizer %d tree-construction %d\n", tok.skipped, tree.skipped);
  }
  std::printf("html5lib: tokenizer %d/%d tree-construction %d/%d\n", tok.passed, tok.total,
              tree.passed, tree.total);
  bool ok = tok.total > 0 && tree.total > 0 && percent(tok) >= min_tokenizer &&
            percent(tree) >= min_tree;
  return ok ? 0 : 1;
}
