// The pages clean-bench runs over, each with the options the corpus tests
// (tests/corpus/) give it, so the benchmark times the same work they check.
#pragma once
#include <string>
#include <vector>

namespace reader::bench {

struct BenchPage {
  std::string name;     // slug (Readability layout) or file name
  std::string path;
  std::string url;      // Options::url ("" = none)
  std::string charset;  // Options::charset ("" = detect)
};

struct BenchCorpus {
  std::string name;
  std::string dir;
  std::vector<BenchPage> pages;
};

// A directory's pages: its */source.html files when it has any (Readability
// layout: URL http://fakehost/test/page.html and charset utf-8, as
// tests/corpus/corpus_readability.py), else every *.html / *.htm below it,
// with the URL that an evaldata.json in the directory or its parent gives
// (trafilatura layout). Sorted by path; empty when the directory is absent.
BenchCorpus load_corpus(const std::string& name, const std::string& dir);

// Loose files given on the command line: a source.html gets the Readability
// settings above, any other file no URL and a detected charset.
BenchCorpus files_corpus(const std::vector<std::string>& paths);

}  // namespace reader::bench
