// html5lib conformance suites, run by html5lib-check (tests/conformance/).
#pragma once
#include <string>

namespace reader::conformance {

struct SuiteStats {
  int passed = 0;
  int total = 0;
  int skipped = 0;   // counted separately (e.g. #script-on cases)
};

// Runs every *.test file under `dir` (html5lib-tests/tokenizer); prints one
// line per file "tokenizer/<file>: P/T". Failures are listed when `verbose`.
SuiteStats run_tokenizer_suite(const std::string& dir, bool verbose);

// Runs every *.dat file under `dir` (html5lib-tests/tree-construction).
SuiteStats run_tree_suite(const std::string& dir, bool verbose);

}  // namespace reader::conformance
