// The reader page's labels (core/reader_page/labels.json): every category the
// core can report has a name people read, in the singular and the plural, and
// the standalone page uses them.
#include <doctest/doctest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "clutter/rules.h"
#include "reader.h"
#include "reader_page/labels.h"

namespace {

// Categories logged by code rather than by rules.json: structure_match.cpp
// (hidden, boilerplate), trim_boilerplate.cpp (boilerplate, related),
// clean_article.cpp's categorize(), user_rules.cpp (user).
const char* const kCodeCategories[] = {"hidden", "boilerplate", "related", "social", "comments",
                                       "navigation", "ad", "newsletter", "subscription",
                                       "author-bio", "user"};

std::set<std::string> reported_categories() {
  std::set<std::string> out(std::begin(kCodeCategories), std::end(kCodeCategories));
  for (const auto& rule : reader::clutter::builtin_rules().rules) out.insert(rule.category);
  return out;
}

// `n` paragraphs long enough for the extractor to take them as an article.
std::string paragraphs(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    out += "<p>Paragraph " + std::to_string(i) +
           " of the article, long enough to be read as text by the extractor, with some "
           "words, commas, and sentences. Another sentence follows here.</p>";
  }
  return out;
}

}  // namespace

TEST_CASE("labels: every reported category has a readable name") {
  std::vector<std::string> labelled = reader::page::labelled_categories();
  for (const std::string& c : reported_categories()) {
    INFO(c);
    CHECK(std::find(labelled.begin(), labelled.end(), c) != labelled.end());
    // A name, not the identifier (two identifiers are already plain words).
    bool readable = reader::page::category_label(c, 1) != c || c == "paywall" || c == "ad" ||
                    c == "navigation";
    CHECK(readable);
  }
  CHECK(reader::page::category_label("consent") == "cookie notice");
  CHECK(reader::page::category_label("consent", 3) == "cookie notices");
  CHECK(reader::page::category_label("newsletter") == "newsletter sign-up");
  CHECK(reader::page::category_label("brand-new") == "brand-new");
  CHECK(reader::page::category_label("") == "other");
}

TEST_CASE("labels: counts and summaries") {
  CHECK(reader::page::removed_summary(0) == "Nothing removed");
  CHECK(reader::page::removed_summary(1) == "1 item removed");
  CHECK(reader::page::removed_summary(12) == "12 items removed");
  CHECK(reader::page::text("readingTime", 7) == "7 min read");
  CHECK(reader::page::text("no such key").empty());
  std::vector<reader::Removal> removed(4);
  removed[0].category = "newsletter";
  removed[1].category = "consent";
  removed[2].category = "newsletter";
  removed[3].category = "user";
  CHECK(reader::page::category_counts(removed) ==
        "2 newsletter sign-ups, 1 cookie notice, 1 block you removed");
}

TEST_CASE("reader page: the shared stylesheet, markup and labels") {
  reader::Options o;
  o.url = "https://news.example/a";
  std::string body = paragraphs(8);
  std::string html = "<html lang=ar dir=rtl><head><title>A story</title>"
                     "<meta property='og:image' content='https://img.example/lead-photo.jpg'>"
                     "</head><body><article>" + body +
                     "<div class='cookie-consent'>We use cookies to improve your experience. "
                     "Accept all cookies</div></article></body></html>";
  reader::Result r = reader::clean(html, o);
  std::string page = reader::to_reader_page(r);
  std::string_view css = reader::page::stylesheet();
  REQUIRE(css.size() > 1000);
  CHECK(page.find(std::string(css.substr(0, 200))) != std::string::npos);
  CHECK(page.find("<html lang=\"ar\" dir=\"rtl\">") != std::string::npos);
  // The article's direction on <main> too: .rm-root sets ltr for the controls.
  CHECK(page.find("<main class=\"rm-page\" lang=\"ar\" dir=\"rtl\">") != std::string::npos);
  CHECK(page.find("<article class=\"rm-article\"") != std::string::npos);
  CHECK(page.find("<h1 class=\"rm-title\" id=\"rm-title\">A story</h1>") != std::string::npos);
  CHECK(page.find("<figure class=\"rm-lead\"><img src=\"https://img.example/lead-photo.jpg\"") !=
        std::string::npos);
  CHECK(page.find("Source: <a href=\"https://news.example/a\"") != std::string::npos);
  CHECK(page.find(">news.example</a>") != std::string::npos);
  if (!r.article.removed.empty()) {
    CHECK(page.find("<span class=\"rm-removed-count\">" +
                    reader::page::removed_summary(r.article.removed.size())) != std::string::npos);
  }
}

TEST_CASE("reader page: the lead image is not shown twice") {
  reader::Options o;
  o.url = "https://news.example/a";
  std::string body =
      "<figure><img src='https://cdn.example/resized/800/lead-photo.jpg'></figure>" + paragraphs(8);
  std::string html = "<html><head><title>T</title>"
                     "<meta property='og:image' content='https://img.example/lead-photo.jpg?w=1200'>"
                     "</head><body><article>" + body + "</article></body></html>";
  reader::Result r = reader::clean(html, o);
  CHECK(r.article.lead_image_in_content);
  CHECK(reader::to_reader_page(r).find("<figure class=\"rm-lead\"") == std::string::npos);
  nlohmann::json j = nlohmann::json::parse(reader::to_json(r));
  CHECK(j["leadImageInContent"] == true);
}

TEST_CASE("reader page: a page with no article text says so politely") {
  reader::Options o;
  o.url = "https://shop.example/";
  reader::Result r = reader::clean("<html><head><title>Shop</title></head><body>"
                                   "<nav><a href=/a>A</a> <a href=/b>B</a></nav></body></html>", o);
  std::string page = reader::to_reader_page(r);
  CHECK(page.find("<section class=\"rm-not-article\"") != std::string::npos);
  CHECK(page.find(reader::page::text("notArticleTitle")) != std::string::npos);
  CHECK(page.find("<div class=\"rm-content\"") == std::string::npos);
}

TEST_CASE("json: extra formats on request") {
  reader::Options o = reader::options_from_json(R"({"formats": ["markdown", "readerPage"]})",
                                                "https://news.example/a");
  CHECK(o.with_markdown);
  CHECK(o.with_reader_page);
  std::string html = "<html><head><title>T</title></head><body><article>";
  for (int i = 0; i < 6; ++i) {
    html += "<p>Paragraph with <a href='/x'>a link</a>, enough words to be an article, and more "
            "words after the comma to make the paragraph long enough.</p>";
  }
  html += "</article></body></html>";
  nlohmann::json with = nlohmann::json::parse(reader::to_json(reader::clean(html, o)));
  CHECK(with["markdown"].get<std::string>().find("[a link](https://news.example/x)") !=
        std::string::npos);
  CHECK(with["readerPage"].get<std::string>().rfind("<!DOCTYPE html>", 0) == 0);
  nlohmann::json without = nlohmann::json::parse(
      reader::to_json(reader::clean(html, reader::options_from_json("{}", "https://news.example/a"))));
  CHECK_FALSE(without.contains("markdown"));
  CHECK_FALSE(without.contains("readerPage"));
}
