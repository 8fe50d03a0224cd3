// Whole real pages (Readability corpus sources): the sanitized body must be
// inert and stable under re-parsing, and keep most of the page's text.
#include <doctest/doctest.h>

#include <dirent.h>

#include <string>
#include <vector>

#include "dom/document.h"
#include "html/parser.h"
#include "inert_check.h"
#include "sanitize/sanitizer.h"
#include "serialize/html_serializer.h"
#include "serialize/text_serializer.h"
#include "test_paths.h"

using reader::dom::Document;
using reader::dom::NodeId;

namespace {

std::vector<std::string> list_dir(const std::string& dir) {
  std::vector<std::string> names;
  DIR* d = opendir(dir.c_str());
  if (!d) return names;
  while (dirent* e = readdir(d)) {
    if (e->d_name[0] != '.') names.push_back(e->d_name);
  }
  closedir(d);
  return names;
}

// Sanitizes the body of each page; returns how many pages were checked.
size_t check_pages(const std::vector<std::string>& paths) {
  size_t pages = 0;
  for (const std::string& path : paths) {
    std::string html;
    if (!reader::testing::read_file(path, html)) continue;
    CAPTURE(path);
    Document doc;
    reader::html::parse_document(html, doc);
    NodeId body = doc.body();
    if (body == reader::dom::kNoNode) continue;
    reader::sanitize::sanitize(doc, body);
    const std::string out = reader::serialize::inner_html(doc, body);
    const auto problems = reader::testing::inertness_problems(out);
    CHECK_MESSAGE(problems.empty(), (problems.empty() ? "" : problems.front()));
    Document again;
    NodeId frag = reader::html::parse_fragment(out, reader::dom::Tag::kDiv, reader::dom::Ns::kHtml,
                                               "div", again);
    reader::sanitize::sanitize(again, frag);
    CHECK(reader::serialize::inner_html(again, frag) == out);
    ++pages;
  }
  return pages;
}

}  // namespace

TEST_CASE("page corpus: sanitized Readability source pages are inert and stable" * doctest::test_suite("corpus")) {
  const std::string dir = reader::testing::shared_dir() + "/corpora/readability/test-pages";
  std::vector<std::string> paths;
  for (const std::string& slug : list_dir(dir)) paths.push_back(dir + "/" + slug + "/source.html");
  if (paths.empty()) {
    MESSAGE("skipped: Readability corpus not found at " << dir);
    return;
  }
  const size_t pages = check_pages(paths);
  MESSAGE("sanitized " << pages << " Readability pages");
  CHECK(pages > 100);
}

TEST_CASE("page corpus: sanitized trafilatura pages are inert and stable" * doctest::test_suite("corpus")) {
  const std::string dir = reader::testing::shared_dir() + "/corpora/trafilatura-dev/pages";
  std::vector<std::string> paths;
  for (const std::string& name : list_dir(dir)) paths.push_back(dir + "/" + name);
  if (paths.empty()) {
    MESSAGE("skipped: trafilatura corpus not found at " << dir);
    return;
  }
  const size_t pages = check_pages(paths);
  MESSAGE("sanitized " << pages << " trafilatura pages");
  CHECK(pages > 300);
}

TEST_CASE("page corpus: sanitizing Readability's expected articles keeps their text" * doctest::test_suite("corpus")) {
  // Regression: "mathjax" lost 55% of its text when <math> was dropped whole.
  constexpr double kMinKeptShare = 0.99;
  const std::string dir = reader::testing::shared_dir() + "/corpora/readability/test-pages";
  size_t pages = 0;
  for (const std::string& slug : list_dir(dir)) {
    std::string html;
    if (!reader::testing::read_file(dir + "/" + slug + "/expected.html", html)) continue;
    CAPTURE(slug);
    Document doc;
    NodeId frag = reader::html::parse_fragment(html, reader::dom::Tag::kDiv, reader::dom::Ns::kHtml,
                                               "div", doc);
    const size_t before = reader::serialize::to_plain_text(doc, frag).size();
    reader::sanitize::sanitize(doc, frag);
    const size_t after = reader::serialize::to_plain_text(doc, frag).size();
    CHECK(static_cast<double>(after) >= kMinKeptShare * static_cast<double>(before));
    ++pages;
  }
  if (pages == 0) MESSAGE("skipped: Readability corpus not found at " << dir);
}
