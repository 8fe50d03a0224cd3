// Metadata against Readability.js's expected-metadata.json for the 130 pages
// of its test suite (/work/shared/corpora/readability; skipped without it).
//
// Values are compared whitespace-collapsed; expected bylines go through
// clean_byline first, since dropping "By" and dates is deliberate. The
// floors are pinned just under the measured rates: lower one only with a
// reason in the commit message.
//
// Known, deliberate differences (measured 2026-11-28, bylines 2026-12-03):
//   byline: 7 pages where we find a real author Readability misses (its
//     first grabArticle pass succeeds before it looks inside "header"s, or
//     it ignores JSON-LD author strings: tumblr; "By Ellie Hall" and "by
//     John Gruber" lines: buzzfeed-1, daringfireball-1), and royal-road,
//     where Readability's byline is the label "Follow Author".
//   dir: rtl-4 (<article dir=rtl>) where Readability reports null.
//   siteName: tmz-1 expects "http://www.tmz.com" (a URL: rejected);
//     nytimes-5 gets its publisher from JSON-LD WebPage -> @id.
//   publishedTime: 18 pages get a date from itemprop, <time> in <article>,
//     JSON-LD WebPage or meta tags Readability does not read, where it has
//     none (all checked to be the article's date).
//   excerpt: msn, whose description ends in a double-escaped "&nbsp;" that
//     Readability leaves as text.
#include <doctest/doctest.h>

#include <dirent.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string_view>
#include <map>
#include <string>
#include <vector>

#include "meta/byline.h"
#include "meta/metadata.h"
#include "meta/text.h"
#include "meta_test_util.h"
#include "test_paths.h"

namespace reader::meta {
namespace {

// The URL Readability's test harness gives every page.
constexpr char kTestPageUrl[] = "http://fakehost/test/page.html";

struct FieldScore {
  int matched = 0;        // equal (both empty counts)
  int total = 0;
  int with_value = 0;     // Readability has a value
  int with_value_ok = 0;  // ... and we match it
};

std::vector<std::string> list_pages(const std::string& root) {
  std::vector<std::string> slugs;
  DIR* d = opendir(root.c_str());
  if (d == nullptr) return slugs;
  while (const dirent* e = readdir(d)) {
    const std::string name = e->d_name;
    if (!name.empty() && name[0] != '.') slugs.push_back(name);
  }
  closedir(d);
  std::sort(slugs.begin(), slugs.end());
  return slugs;
}

double rate(int a, int b) { return b == 0 ? 1.0 : static_cast<double>(a) / b; }

// Readability's title is `title` with one more site or section part: "Title
// | Site" or "Site: Title" (what strip_site_parts documents it strips).
bool is_title_plus_part(const std::string& expected, const std::string& title) {
  if (title.empty() || expected.size() <= title.size()) return false;
  constexpr std::string_view kSeparators[] = {
      " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \\ ", " / ", " > ", " \xC2\xBB ",
      " :: ", " \xC2\xB7 ", " \xE2\x80\xA2 ", ": "};
  for (const std::string_view sep : kSeparators) {
    const std::string head = title + std::string(sep);
    const std::string tail = std::string(sep) + title;
    if (expected.size() > head.size() && expected.compare(0, head.size(), head) == 0) return true;
    if (expected.size() > tail.size() &&
        expected.compare(expected.size() - tail.size(), tail.size(), tail) == 0) {
      return true;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("readability corpus: metadata match rates" * doctest::test_suite("corpus")) {
  const std::string root = reader::testing::shared_dir() + "/corpora/readability/test-pages/";
  const std::vector<std::string> pages = list_pages(root);
  if (pages.empty()) {
    MESSAGE("readability corpus not found, skipped");
    return;
  }
  std::map<std::string, FieldScore> scores;
  int excerpt_found = 0, excerpt_found_ok = 0;
  int clean_exact = 0, clean_stripped = 0, clean_total = 0;
  for (const std::string& slug : pages) {
    std::string html, expected_text;
    if (!reader::testing::read_file(root + slug + "/source.html", html) ||
        !reader::testing::read_file(root + slug + "/expected-metadata.json", expected_text)) {
      continue;
    }
    const nlohmann::json expected = nlohmann::json::parse(expected_text, nullptr, false);
    REQUIRE_FALSE(expected.is_discarded());
    const auto doc = parse_html(html);
    const Metadata m = extract_metadata(*doc, kTestPageUrl);
    // "title" is the chain's title (Readability's); the clean one is below.
    const std::pair<const char*, const std::string*> fields[] = {
        {"title", &m.source_title}, {"byline", &m.byline},  {"dir", &m.dir},
        {"lang", &m.lang},       {"excerpt", &m.excerpt},   {"siteName", &m.site_name},
        {"publishedTime", &m.published_time}};
    for (const auto& [name, value] : fields) {
      if (!expected.contains(name)) continue;
      const nlohmann::json& e = expected[name];
      const std::string raw = e.is_string() ? e.get<std::string>() : std::string();
      const std::string want =
          std::string(name) == "byline" ? clean_byline(raw) : collapse_whitespace(raw);
      const bool ok = want == collapse_whitespace(*value);
      FieldScore& s = scores[name];
      ++s.total;
      s.matched += ok;
      if (!want.empty()) {
        ++s.with_value;
        s.with_value_ok += ok;
      }
      if (std::string(name) == "title") {
        ++clean_total;
        const std::string clean = collapse_whitespace(m.title);
        clean_exact += want == clean;
        clean_stripped += want != clean && is_title_plus_part(want, clean);
      }
      if (std::string(name) == "excerpt" && !value->empty()) {
        ++excerpt_found;
        excerpt_found_ok += ok;
      }
    }
  }
  for (const auto& [name, s] : scores) {
    MESSAGE(name << ": " << s.matched << "/" << s.total << " equal; " << s.with_value_ok << "/"
                 << s.with_value << " of Readability's values");
  }
  MESSAGE("excerpt where a description exists: " << excerpt_found_ok << "/" << excerpt_found);
  MESSAGE("clean title: " << clean_exact << "/" << clean_total << " equal, " << clean_stripped
                          << " more equal but for a stripped site or section part");

  CHECK(pages.size() >= 130);
  CHECK(rate(scores["title"].matched, scores["title"].total) >= 0.98);
  CHECK(rate(clean_exact + clean_stripped, clean_total) >= 0.99);
  CHECK(rate(scores["byline"].matched, scores["byline"].total) >= 0.94);
  CHECK(rate(scores["byline"].with_value_ok, scores["byline"].with_value) >= 0.98);
  CHECK(rate(scores["dir"].matched, scores["dir"].total) >= 0.98);
  CHECK(rate(scores["lang"].matched, scores["lang"].total) >= 0.98);
  CHECK(rate(scores["siteName"].matched, scores["siteName"].total) >= 0.97);
  CHECK(rate(scores["publishedTime"].with_value_ok, scores["publishedTime"].with_value) >= 0.97);
  CHECK(rate(excerpt_found_ok, excerpt_found) >= 0.95);
}

}  // namespace reader::meta
