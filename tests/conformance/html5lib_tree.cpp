// html5lib tree-construction suite: parses every *.dat file of a directory
// (tests/README.md of html5lib-tests describes the format), runs each test
// through parse_document / parse_fragment and compares the "#document" dump.
#include <algorithm>
#include <cstdio>
#include <dirent.h>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "../read_file.h"
#include "dom/document.h"
#include "html/parser.h"
#include "suites.h"
#include "tree_dump.h"

namespace reader::conformance {
namespace {

struct TreeTest {
  std::string data;
  std::string fragment_context;  // empty: whole document
  bool has_fragment = false;
  bool script_on = false;
  std::string expected;          // dump lines, each ending in '\n'
  int line = 0;                  // line of "#data" in the file
};

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) {
      if (start < text.size()) lines.push_back(text.substr(start));
      break;
    }
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

std::vector<TreeTest> parse_dat(const std::string& text) {
  std::vector<TreeTest> tests;
  std::vector<std::string> lines = split_lines(text);
  enum class Section { kNone, kData, kErrors, kFragment, kDocument } section = Section::kNone;
  std::vector<std::string> data_lines, doc_lines;
  auto finish = [&]() {
    if (tests.empty()) return;
    TreeTest& t = tests.back();
    std::string data;
    for (size_t i = 0; i < data_lines.size(); ++i) {
      if (i) data += '\n';
      data += data_lines[i];
    }
    t.data = data;
    // The blank line separating tests belongs to no document.
    while (!doc_lines.empty() && doc_lines.back().empty()) doc_lines.pop_back();
    for (const std::string& l : doc_lines) t.expected += l + "\n";
    data_lines.clear();
    doc_lines.clear();
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& l = lines[i];
    if (l == "#data" && (section == Section::kNone || section == Section::kDocument)) {
      finish();
      tests.emplace_back();
      tests.back().line = static_cast<int>(i + 1);
      section = Section::kData;
      continue;
    }
    if (section == Section::kData) {
      if (l == "#errors") section = Section::kErrors;
      else data_lines.push_back(l);
      continue;
    }
    if (section == Section::kErrors || section == Section::kFragment) {
      if (l == "#document-fragment") {
        section = Section::kFragment;
        tests.back().has_fragment = true;
      } else if (l == "#script-on") {
        tests.back().script_on = true;
      } else if (l == "#document") {
        section = Section::kDocument;
      } else if (section == Section::kFragment && tests.back().fragment_context.empty()) {
        tests.back().fragment_context = l;
      }
      continue;
    }
    if (section == Section::kDocument) doc_lines.push_back(l);
  }
  finish();
  return tests;
}

std::string run_test(const TreeTest& t) {
  dom::Document doc;
  html::ParseOptions options;
  options.scripting = false;
  if (!t.has_fragment) {
    html::parse_document(t.data, doc, options);
    return dump_children(doc, dom::Document::root());
  }
  dom::Ns ns = dom::Ns::kHtml;
  std::string name = t.fragment_context;
  if (name.rfind("svg ", 0) == 0) {
    ns = dom::Ns::kSvg;
    name = name.substr(4);
  } else if (name.rfind("math ", 0) == 0) {
    ns = dom::Ns::kMathMl;
    name = name.substr(5);
  }
  std::string lower = name;
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  dom::NodeId frag =
      html::parse_fragment(t.data, dom::tag_from_name(lower), ns, name, doc, options);
  return dump_children(doc, frag);
}


std::vector<std::string> list_dat_files(const std::string& dir) {
  std::vector<std::string> names;
  DIR* d = opendir(dir.c_str());
  if (!d) {
    std::fprintf(stderr, "tree-construction: cannot read %s\n", dir.c_str());
    return names;
  }
  while (dirent* e = readdir(d)) {
    std::string n = e->d_name;
    if (n.size() > 4 && n.compare(n.size() - 4, 4, ".dat") == 0) names.push_back(n);
  }
  closedir(d);
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

SuiteStats run_tree_suite(const std::string& dir, bool verbose) {
  SuiteStats total;
  for (const std::string& name : list_dat_files(dir)) {
    std::string text;
    if (!reader::testing::read_file(dir + "/" + name, text)) continue;
    SuiteStats file;
    int index = 0;
    for (const TreeTest& t : parse_dat(text)) {
      ++index;
      if (t.script_on) {
        ++file.skipped;
        continue;
      }
      ++file.total;
      std::string got = run_test(t);
      if (got == t.expected) {
        ++file.passed;
      } else if (verbose) {
        std::printf("FAIL tree-construction/%s #%d (line %d)%s%s\n#data\n%s\n#expected\n%s#got\n%s\n",
                    name.c_str(), index, t.line, t.has_fragment ? " fragment " : "",
                    t.has_fragment ? t.fragment_context.c_str() : "", t.data.c_str(),
                    t.expected.c_str(), got.c_str());
      }
    }
    std::printf("tree-construction/%s: %d/%d", name.c_str(), file.passed, file.total);
    if (file.skipped) std::printf(" (%d skipped)", file.skipped);
    std::printf("\n");
    total.passed += file.passed;
    total.total += file.total;
    total.skipped += file.skipped;
  }
  return total;
}

}  // namespace reader::conformance
