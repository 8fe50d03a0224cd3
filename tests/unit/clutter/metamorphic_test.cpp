// Metamorphic tests of the clutter pass (issue 10): what a page loses must
// not depend on the names its markup happens to use, nor on the language its
// prompts are written in.
// - Hashed names: every class and id replaced by a meaningless hash
//   (markup_hash.h); the removals (category and text) and what stays must
//   be identical, on every catalogue page and on the theweek fixture.
// - Translations: the fixture's prompts in DE, FR, ES, IT, PT and NL
//   (tests/fixtures/theweek-north-korea.prompts.json); the same blocks must
//   go under the same categories, and no translated prompt may stay.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "catalogue_run.h"
#include "clutter/rules.h"
#include "extract/clean_article.h"
#include "html/parser.h"
#include "meta/metadata.h"
#include "test_paths.h"

using namespace reader::testing;

namespace {

const char* kFixtureUrl =
    "https://theweek.com/north-korea/1026312/would-north-korean-weapons-tilt-the-war-russias-way";

std::string fixture_html() {
  std::string html;
  REQUIRE(read_file(tests_dir() + "/fixtures/theweek-north-korea.html", html));
  return html;
}

// The clutter pass as the pipeline runs it on a whole page (metadata for
// the hints, the extractor's prep, then the pass): what it removed, under
// which category, and the body's text that stayed.
struct ClutterRun {
  std::string text;
  std::vector<std::pair<std::string, std::string>> removals;  // (category, text)
};

ClutterRun run_clutter(const std::string& html) {
  reader::dom::Document doc;
  reader::html::parse_document(html, doc);
  reader::meta::Metadata md = reader::meta::extract_metadata(doc, kFixtureUrl);
  reader::extract::prep_document(doc);
  reader::dom::RemovalLog log;
  reader::clutter::remove_clutter(doc, doc.body(), reader::clutter::builtin_rules(), log,
                                  reader::clutter::PageHints{md.paywall_selectors, md.byline});
  ClutterRun out;
  out.text = spaced_text(doc, doc.body());
  // Empty blocks (ad slots waiting for a script) lose nothing and keep
  // nothing: only class names can tell them, and only text is compared.
  for (const auto& e : log.entries()) {
    std::string text = spaced_text(doc, e.node);
    if (!text.empty()) out.removals.emplace_back(e.category, text);
  }
  return out;
}

std::vector<std::string> categories(const ClutterRun& r) {
  std::vector<std::string> out;
  for (const auto& [category, text] : r.removals) out.push_back(category);
  return out;
}

}  // namespace

TEST_CASE("metamorphic: hashed class and id names change nothing on the prompt catalogue") {
  for (const CatalogueEntry& e : kCatalogue) {
    std::string name = e.name;
    CAPTURE(name);
    CatalogueOutcome plain = run_catalogue_entry(e, false);
    CatalogueOutcome hashed = run_catalogue_entry(e, true);
    CHECK(plain.text == hashed.text);
    CHECK(plain.removals == hashed.removals);
  }
  CatalogueFigures f = measure_catalogue(true);
  std::printf("hashed %s\n", f.summary().c_str());
}

TEST_CASE("metamorphic: hashed class and id names change nothing on the theweek fixture") {
  std::string html = fixture_html();
  std::string hashed_html = hash_class_and_id(html);
  REQUIRE(hashed_html != html);
  REQUIRE(hashed_html.find("class=\"paywall\"") == std::string::npos);
  ClutterRun plain = run_clutter(html);
  ClutterRun hashed = run_clutter(hashed_html);
  CHECK(plain.text == hashed.text);
  std::string plain_categories, hashed_categories;
  for (const std::string& c : categories(plain)) plain_categories += c + " ";
  for (const std::string& c : categories(hashed)) hashed_categories += c + " ";
  CHECK(plain_categories == hashed_categories);
  size_t n = std::min(plain.removals.size(), hashed.removals.size());
  for (size_t k = 0; k < n; ++k) {
    CAPTURE(k);
    CHECK(plain.removals[k].first == hashed.removals[k].first);
    CHECK(plain.removals[k].second == hashed.removals[k].second);
  }
}

namespace {

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size())) {
    s.replace(pos, from.size(), to);
  }
  return s;
}

std::string joined_categories(const ClutterRun& r) {
  std::string out;
  for (const std::string& c : categories(r)) out += c + " ";
  return out;
}

// "<Sign in<" -> "Sign in"; "&amp;" -> "&": the words as the page shows them.
std::string shown(std::string s) {
  s = replace_all(s, "&amp;", "&");
  if (!s.empty() && s.front() == '>') s.erase(0, 1);
  size_t lt = s.find('<');
  if (lt != std::string::npos) s.erase(lt);
  return s;
}

}  // namespace

TEST_CASE("metamorphic: the fixture's prompts in DE, FR, ES, IT, PT and NL go as the English do") {
  std::string html = fixture_html();
  std::string json;
  REQUIRE(read_file(tests_dir() + "/fixtures/theweek-north-korea.prompts.json", json));
  nlohmann::json t = nlohmann::json::parse(json);
  const auto& en = t["en"];
  ClutterRun english = run_clutter(html);
  for (const char* lang : {"de", "fr", "es", "it", "pt", "nl"}) {
    std::string language = lang;
    CAPTURE(language);
    const auto& tr = t[lang];
    REQUIRE(tr.size() == en.size());
    std::string translated = html;
    for (size_t k = 0; k < en.size(); ++k) {
      std::string from = en[k].get<std::string>();
      REQUIRE(translated.find(from) != std::string::npos);
      translated = replace_all(translated, from, tr[k].get<std::string>());
    }
    for (bool hashed : {false, true}) {
      CAPTURE(hashed);
      ClutterRun run = run_clutter(hashed ? hash_class_and_id(translated) : translated);
      CHECK(joined_categories(run) == joined_categories(english));
      CHECK(run.text == english.text);
      for (const auto& s : tr) {
        std::string words = shown(s.get<std::string>());
        CAPTURE(words);
        CHECK(run.text.find(words) == std::string::npos);
      }
    }
  }
}
