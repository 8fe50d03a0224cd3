// The theweek fixture: every line of its expected.json, through the public API.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <set>

#include "reader.h"
#include "test_paths.h"

namespace {

struct Fixture {
  nlohmann::json expected;
  reader::Result result;
};

const Fixture& fixture() {
  static Fixture f = [] {
    Fixture out;
    std::string html, json;
    std::string dir = reader::testing::tests_dir() + "/fixtures/";
    REQUIRE(reader::testing::read_file(dir + "theweek-north-korea.html", html));
    REQUIRE(reader::testing::read_file(dir + "theweek-north-korea.expected.json", json));
    out.expected = nlohmann::json::parse(json);
    reader::Options o;
    o.url = out.expected["url"].get<std::string>();
    out.result = reader::clean(html, o);
    return out;
  }();
  return f;
}

}  // namespace

TEST_CASE("theweek fixture: metadata") {
  const Fixture& f = fixture();
  const reader::Article& a = f.result.article;
  CHECK(f.result.usable);
  CHECK(a.title == f.expected["title"].get<std::string>());
  CHECK(a.byline.find(f.expected["byline_contains"].get<std::string>()) != std::string::npos);
  CHECK(a.site_name == f.expected["siteName"].get<std::string>());
  CHECK(a.lang == f.expected["lang"].get<std::string>());
  CHECK(a.published_time.rfind(f.expected["publishedTime_prefix"].get<std::string>(), 0) == 0);
  CHECK(a.excerpt.find(f.expected["excerpt_contains"].get<std::string>()) != std::string::npos);
  CHECK(a.readerable);
}

TEST_CASE("theweek fixture: content keeps the article") {
  const Fixture& f = fixture();
  for (const auto& s : f.expected["content_must_contain"]) {
    INFO(s.get<std::string>());
    CHECK(f.result.article.text_content.find(s.get<std::string>()) != std::string::npos);
  }
}

TEST_CASE("theweek fixture: content drops the clutter") {
  const Fixture& f = fixture();
  for (const auto& s : f.expected["content_must_not_contain"]) {
    INFO(s.get<std::string>());
    CHECK(f.result.article.content.find(s.get<std::string>()) == std::string::npos);
    CHECK(f.result.article.text_content.find(s.get<std::string>()) == std::string::npos);
  }
}

TEST_CASE("theweek fixture: removals are reported by category") {
  const Fixture& f = fixture();
  std::set<std::string> categories;
  for (const reader::Removal& r : f.result.article.removed) {
    categories.insert(r.category);
    CHECK(!r.rule.empty());
    CHECK(!r.html.empty());
  }
  for (const auto& c : f.expected["removed_categories_at_least"]) {
    INFO(c.get<std::string>());
    CHECK(categories.count(c.get<std::string>()) == 1);
  }
}

TEST_CASE("theweek fixture: lead image with caption is in the article") {
  const Fixture& f = fixture();
  CHECK(f.result.article.content.find("<figure>") != std::string::npos);
  CHECK(f.result.article.content.find("kim-putin-vladivostok-1200-80.jpg") != std::string::npos);
}

TEST_CASE("theweek fixture: the standalone reader page") {
  const Fixture& f = fixture();
  std::string page = reader::to_reader_page(f.result);
  CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(page.find("<html lang=\"en-GB\"") != std::string::npos);
  CHECK(page.find(">6 September 2023</time>") != std::string::npos);
  CHECK(page.find("min read") != std::string::npos);
  CHECK(page.find("items removed") != std::string::npos);
  CHECK(page.find("<script") == std::string::npos);
  for (const auto& s : f.expected["content_must_not_contain"]) {
    // The removed-items list names what was removed, in the footer only.
    size_t footer = page.find("<footer class=\"rm-footer\">");
    INFO(s.get<std::string>());
    CHECK(page.substr(0, footer).find(s.get<std::string>()) == std::string::npos);
  }
}
