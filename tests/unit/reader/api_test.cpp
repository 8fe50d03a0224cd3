// The public facade: bad input, limits, output formats, safety.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "reader.h"

namespace {

std::string article_page(const std::string& extra = "") {
  std::string s = "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Big news about the economy | The Paper</title>"
                  "<meta property='og:site_name' content='The Paper'></head><body><article>"
                  "<h1>Big news about the economy</h1>";
  for (int i = 0; i < 8; ++i) {
    s += "<p>Sentence number " + std::to_string(i) +
         " tells the story, with commas, names, places and numbers, long enough to count as "
         "content in a real article that people read.</p>";
  }
  return s + extra + "</article></body></html>";
}

reader::Result clean(const std::string& html) {
  reader::Options o;
  o.url = "https://paper.example/news/1";
  return reader::clean(html, o);
}

}  // namespace

TEST_CASE("unusable input gives a clear error, not a crash") {
  CHECK_FALSE(clean("").usable);
  CHECK_FALSE(clean("   \n\t ").usable);
  reader::Result png = clean(std::string("\x89PNG\r\n\x1a\n\0\0\0", 11));
  CHECK_FALSE(png.usable);
  CHECK(png.error.find("PNG") != std::string::npos);
  CHECK(png.status == reader::Status::kBinaryInput);
}

TEST_CASE("a non-article still gives a best-effort result") {
  reader::Result r = clean("<html><body><a href=/a>A</a> <a href=/b>B</a></body></html>");
  CHECK(r.usable);
  CHECK_FALSE(r.article.readerable);
}

TEST_CASE("invalid UTF-8 and NUL bytes are repaired") {
  const char kBad[] =
      "<p>This paragraph has a bad \xC3\x28 byte and a NUL \0 byte in the middle of a long "
      "sentence, with commas, that is clearly part of the article text people read.</p>";
  reader::Result r = clean(article_page(std::string(kBad, sizeof(kBad) - 1)));
  CHECK(r.usable);
  CHECK(r.article.text_content.find("\xEF\xBF\xBD") != std::string::npos);
  nlohmann::json j = nlohmann::json::parse(reader::to_json(r));  // valid JSON
  CHECK(j["textContent"].is_string());
}

TEST_CASE("deep nesting and the depth limit") {
  std::string deep = "<html><body>";
  for (int i = 0; i < 300000; ++i) deep += "<div>";
  deep += "<p>text at the bottom</p>";
  reader::Result r = clean(deep);
  CHECK(r.usable);
  CHECK(r.status == reader::Status::kTooDeep);
}

TEST_CASE("input size limit truncates with a status") {
  reader::Options o;
  o.limits.max_input_bytes = 1000;
  reader::Result r = reader::clean(article_page(), o);
  CHECK(r.status == reader::Status::kInputTooLarge);
}

TEST_CASE("scripts and handlers never reach the output") {
  reader::Result r = clean(article_page(
      "<p>x<img src=x onerror=alert(1)><script>alert(2)</script>"
      "<a href='javascript:alert(3)'>j</a><svg><script>alert(4)</script></svg></p>"));
  std::string page = reader::to_reader_page(r);
  for (const std::string& s : {r.article.content, page}) {
    CHECK(s.find("onerror") == std::string::npos);
    CHECK(s.find("<script") == std::string::npos);
    CHECK(s.find("javascript:") == std::string::npos);
  }
  CHECK(page.find("Content-Security-Policy") != std::string::npos);
}

TEST_CASE("json has Readability's field names plus ours") {
  reader::Result r = clean(article_page());
  nlohmann::json j = nlohmann::json::parse(reader::to_json(r));
  for (const char* k : {"title", "byline", "dir", "lang", "content", "textContent", "length",
                        "excerpt", "siteName", "publishedTime", "leadImage", "readerable",
                        "removed", "readingMinutes"}) {
    INFO(k);
    CHECK(j.contains(k));
  }
  CHECK(j["title"] == "Big news about the economy");
  CHECK(j["siteName"] == "The Paper");
  CHECK(j["lang"] == "en");
  CHECK(j["readerable"] == true);
  CHECK(j["length"].get<size_t>() > 500);
  CHECK(j["readingMinutes"].get<int>() >= 1);
}

TEST_CASE("text output separates blocks; markdown has a heading") {
  reader::Result r = clean(article_page());
  std::string text = reader::to_text(r);
  CHECK(text.find("people read.\n\nSentence number 1") != std::string::npos);
  std::string md = reader::to_markdown(r);
  CHECK(md.rfind("# Big news about the economy\n", 0) == 0);
}

TEST_CASE("options_from_json") {
  reader::Options o = reader::options_from_json(
      R"({"userRules":"##.x","removeClutter":false,"charset":"latin1"})", "https://a.example/");
  CHECK(o.user_rules == "##.x");
  CHECK_FALSE(o.remove_clutter);
  CHECK(o.charset == "latin1");
  CHECK(o.url == "https://a.example/");
  reader::Options bad = reader::options_from_json("{nope", "https://b.example/");
  CHECK(bad.remove_clutter);
  CHECK(bad.url == "https://b.example/");
}

TEST_CASE("user rules from options: removal reported with the rule text") {
  reader::Options o;
  o.url = "https://paper.example/news/1";
  o.user_rules = "paper.example##p:has-text(Sentence number 7)\nfoo##bar##baz\n";
  reader::Result r = reader::clean(article_page(), o);
  CHECK(r.article.text_content.find("Sentence number 7") == std::string::npos);
  bool found = false;
  for (const auto& rm : r.article.removed) {
    if (rm.category == "user" && rm.rule.find("Sentence number 7") != std::string::npos) found = true;
  }
  CHECK(found);
  CHECK(r.rule_errors.size() == 1);
}

TEST_CASE("byline: a German author line in the page is found and loses its 'Von'") {
  // <p class="autor">: the word for author in German/Spanish/Italian/Polish
  // (Readability's byline pattern has only the English words).
  std::string page =
      "<!DOCTYPE html><html lang=de><head><meta charset=utf-8><title>Stadtrat beschließt "
      "Verkehrsetat</title></head><body><article><h1>Stadtrat beschließt Verkehrsetat</h1>"
      "<p class='autor'>Von Maria Müller</p>";
  for (int i = 0; i < 6; ++i) {
    page += "<p>Der Stadtrat hat am Dienstagabend mit sieben zu zwei Stimmen einen neuen Haushalt "
            "beschlossen, der die Ausgaben für den Nahverkehr um zwölf Prozent erhöht.</p>";
  }
  page += "</article></body></html>";
  reader::Result r = clean(page);
  CHECK(r.article.byline == "Maria Müller");
  CHECK(r.article.text_content.find("Von Maria Müller") == std::string::npos);
}

TEST_CASE("a page behind an open dialog: the aria-hidden app root still holds the article") {
  // React/Vue apps mark everything behind a modal aria-hidden="true" while a
  // cookie or paywall dialog is open; aria-hidden hides nothing from view.
  std::string body;
  for (int i = 0; i < 8; ++i) {
    body += "<p>Sentence number " + std::to_string(i) +
            " tells the story, with commas, names, places and numbers, long enough to count as "
            "content in a real article that people read.</p>";
  }
  std::string page = "<!DOCTYPE html><html><head><title>Big news</title></head><body>"
                     "<div id='__next' aria-hidden='true'><main><article><h1>Big news</h1>" +
                     body +
                     "</article></main><div aria-hidden='true' class='x'>Hidden teaser text that "
                     "stays hidden</div></div>"
                     "<div role='dialog' aria-modal='true'><p>We use cookies to improve your "
                     "experience.</p><button>Accept</button></div></body></html>";
  reader::Result r = clean(page);
  CHECK(r.article.text_content.find("Sentence number 7") != std::string::npos);
  CHECK(r.article.text_content.find("We use cookies") == std::string::npos);
  // A small aria-hidden element inside is still hidden.
  CHECK(r.article.text_content.find("Hidden teaser text") == std::string::npos);
}

TEST_CASE("clean_owned and to_json(Result&&) give the JSON of clean and to_json, freeing as they go") {
  reader::Options o;
  o.url = "https://paper.example/news/1";
  o.with_markdown = true;
  o.with_reader_page = true;
  const std::string html = article_page("<div class='newsletter-signup'><p>Sign up for our newsletter</p></div>");
  const reader::Result kept = reader::clean(html, o);
  const std::string expected = reader::to_json(kept);
  CHECK(reader::to_json(kept, 2) == nlohmann::json::parse(expected).dump(2));

  std::string bytes = html;
  reader::Result r = reader::clean_owned(std::move(bytes), o);
  CHECK(bytes.empty());  // the page's bytes were released once decoded
  CHECK(r.article_dom != nullptr);
  CHECK(reader::to_json(std::move(r)) == expected);
  CHECK(r.article_dom == nullptr);  // the DOM went before the JSON was written
  CHECK(r.article.content.empty());
}
