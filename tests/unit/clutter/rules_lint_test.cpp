// Lints the built-in rules: they parse, ids are sorted and unique, every rule
// has evidence, vocabularies are lowercase, categories are known.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "clutter/rules.h"
#include "test_paths.h"

using reader::clutter::builtin_rules;
using reader::clutter::parse_rules;

namespace {

// rules.json as written, evidence included (the core embeds it without).
reader::clutter::RuleSet source_rules() {
  std::string json;
  REQUIRE(reader::testing::read_file(reader::testing::tests_dir() + "/../core/clutter/rules.json", json));
  return parse_rules(json);
}

}  // namespace

TEST_CASE("built-in rules lint clean") {
  const auto source = source_rules();
  for (const std::string& e : source.errors) FAIL_CHECK(e);
  CHECK(source.errors.empty());
  const auto& set = builtin_rules();
  for (const std::string& e : set.errors) FAIL_CHECK(e);
  CHECK(set.errors.empty());
  CHECK(set.rules.size() >= 12);
}

TEST_CASE("the embedded rules are rules.json without the evidence") {
  const auto source = source_rules();
  const auto& embedded = builtin_rules();
  REQUIRE(embedded.rules.size() == source.rules.size());
  for (size_t i = 0; i < source.rules.size(); ++i) {
    const auto& a = source.rules[i];
    const auto& b = embedded.rules[i];
    INFO(a.id);
    CHECK(b.id == a.id);
    CHECK(b.category == a.category);
    CHECK(b.kind == a.kind);
    CHECK(b.contains == a.contains);
    CHECK(b.parts == a.parts);
    CHECK(b.phrases == a.phrases);
    CHECK(b.with == a.with);
    CHECK(b.max_chars == a.max_chars);
    CHECK(b.match == a.match);
    CHECK(b.min_chars == a.min_chars);
    CHECK(b.standalone == a.standalone);
    CHECK((b.selector == nullptr) == (a.selector == nullptr));
    CHECK(b.evidence.empty());
  }
}

TEST_CASE("a rule without evidence is a lint error unless evidence is not required") {
  const char* json = R"({"rules":[{"id":"a","category":"ad","kind":"attr","contains":["x"]}]})";
  CHECK(parse_rules(json).errors.size() == 1);
  CHECK(parse_rules(json, /*require_evidence=*/false).errors.empty());
}

TEST_CASE("built-in text rules use every match mode and the new categories") {
  std::set<std::string> categories;
  bool modes[5] = {};
  for (const auto& r : builtin_rules().rules) {
    categories.insert(r.category);
    if (r.kind == reader::clutter::Rule::Kind::kText) modes[static_cast<int>(r.match)] = true;
  }
  for (bool m : modes) CHECK(m);
  for (const char* c : {"feedback", "copyright", "contact", "credit"}) {
    INFO(c);
    CHECK(categories.count(c) == 1);
  }
}

TEST_CASE("built-in rules cover every issue category") {
  std::set<std::string> categories;
  for (const auto& r : builtin_rules().rules) categories.insert(r.category);
  for (const char* c : {"subscription", "newsletter", "paywall", "signin", "consent", "social",
                        "related", "author-bio", "navigation", "ad", "comments", "promo"}) {
    INFO(c);
    CHECK(categories.count(c) == 1);
  }
}

TEST_CASE("text rules have phrases in seven languages for the prompt categories") {
  // One phrase per language known to be in the data: en de fr es it pt nl.
  const char* expected[] = {"sign up for our newsletter", "newsletter abonnieren",
                            "inscrivez-vous à la newsletter", "suscríbete",
                            "iscriviti alla newsletter", "assine a newsletter",
                            "schrijf je in voor de nieuwsbrief", "already a subscriber",
                            "jetzt abonnieren"};
  std::set<std::string> phrases;
  for (const auto& r : builtin_rules().rules) phrases.insert(r.phrases.begin(), r.phrases.end());
  for (const char* p : expected) {
    INFO(p);
    CHECK(phrases.count(p) == 1);
  }
}

TEST_CASE("the linter catches bad rule files") {
  SUBCASE("not JSON") { CHECK(!parse_rules("{oops").errors.empty()); }
  SUBCASE("unsorted ids") {
    auto s = parse_rules(R"({"rules":[
      {"id":"b","category":"ad","kind":"attr","contains":["x"],"evidence":"e"},
      {"id":"a","category":"ad","kind":"attr","contains":["y"],"evidence":"e"}]})");
    CHECK(s.errors.size() == 1);
  }
  SUBCASE("duplicate ids") {
    auto s = parse_rules(R"({"rules":[
      {"id":"a","category":"ad","kind":"attr","contains":["x"],"evidence":"e"},
      {"id":"a","category":"ad","kind":"attr","contains":["y"],"evidence":"e"}]})");
    CHECK(s.errors.size() == 1);
  }
  SUBCASE("unknown match mode, a term that is not folded (Cyrillic look-alike, Latin-1 capital)") {
    auto s = parse_rules(R"({"rules":[
      {"id":"a","category":"ad","kind":"text","match":"fuzzy","phrases":["x"],"evidence":"e"},
      {"id":"b","category":"ad","kind":"text","phrases":["\u0430d"],"evidence":"e"},
      {"id":"c","category":"ad","kind":"text","phrases":["\u00dcber"],"evidence":"e"}]})");
    CHECK(s.errors.size() == 3);
  }
  SUBCASE("members of the wrong type are lint errors, not exceptions") {
    auto s = parse_rules(R"({"rules":[
      {"id":"a","category":"ad","kind":"text","phrases":["x"],"max_chars":"many","evidence":"e"},
      {"id":"b","category":"ad","kind":"text","phrases":["x"],"standalone":1,"evidence":7},
      {"id":"c","category":"ad","kind":"attr","contains":["x"],"min_chars":-3,"evidence":"e"},
      {"id":"d","category":"ad","kind":"text","phrases":["", "*"],"evidence":"e"}]})");
    CHECK(s.errors.size() == 7);  // b: bad standalone, bad evidence, so no evidence
    REQUIRE(s.rules.size() == 4);
    CHECK(s.rules[0].max_chars == 200);
  }
  SUBCASE("missing evidence, uppercase term, unknown kind, bad selector") {
    auto s = parse_rules(R"({"rules":[
      {"id":"a","category":"ad","kind":"attr","contains":["X"]},
      {"id":"b","category":"ad","kind":"regex","evidence":"e"},
      {"id":"c","category":"ad","kind":"selector","selector":"div[","evidence":"e"}]})");
    CHECK(s.errors.size() == 4);
    CHECK(s.rules.size() == 1);
  }
}
