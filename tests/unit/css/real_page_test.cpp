// Selectors and filters on real pages (readability corpus, parsed with the
// HTML parser): the cached select_all path (sibling-index cache, :has memo)
// must agree with uncached per-element matches(), and stay fast on the
// largest page of the corpus.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "css/cosmetic_filter.h"
#include "css/selector.h"
#include "html/parser.h"
#include "test_paths.h"

using reader::css::SelectorError;
using reader::css::SelectorList;
using reader::dom::Document;
using reader::dom::NodeId;

namespace {

const char* kSelectors[] = {
    "div:has(img)",
    "div:has(> p)",
    ":has(a) > :has(img)",
    "li:has(+ li)",
    "div:not(:has(p, img))",
    "ul > li:nth-child(2n+1)",
    "tr:nth-last-of-type(3)",
    "a:only-child",
    ":is(header, footer, nav, aside) a[href^=http]",
    "div p ~ p",
    "body > * div > span + a",
    "li:nth-child(odd of :has(a))",
    "p:empty",
    "[class*=share i], [id$=ad], [data-src]",
    // Procedural (cosmetic-filter) operators.
    "div:has-text(the)",
    "li:has-text(/\\d{2,}/)",
    ":not(:has-text(a))",
    "section:has-text(Share) a",
};

// A Readability corpus page by its slug, or "fixture": the vendored theweek
// page, there on every clone.
bool load(const std::string& slug, Document& doc) {
  std::string html;
  std::string path = slug == "fixture"
                         ? reader::testing::tests_dir() + "/fixtures/theweek-north-korea.html"
                         : reader::testing::shared_dir() + "/corpora/readability/test-pages/" +
                               slug + "/source.html";
  if (!reader::testing::read_file(path, html)) return false;
  reader::html::parse_document(html, doc);
  return true;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST_CASE("select_all agrees with uncached matches() on real pages") {
  int non_empty = 0;
  int pages = 0;
  for (const char* slug : {"fixture", "001", "nytimes-1", "wikipedia", "yahoo-2"}) {
    Document doc;
    if (!load(slug, doc)) {
      MESSAGE("corpus page missing, skipped: ", std::string(slug));
      continue;
    }
    ++pages;
    for (const char* text : kSelectors) {
      CAPTURE(slug);
      CAPTURE(text);
      SelectorError err;
      reader::css::SelectorParseOptions options;
      options.procedural = true;
      auto list = SelectorList::parse(text, &err, options);
      REQUIRE(list);
      std::vector<NodeId> expected;
      for (NodeId n = doc.first_child(Document::root()); n != reader::dom::kNoNode;
           n = doc.next_in_tree(n, Document::root())) {
        if (doc.is_element(n) && list->matches(doc, n)) expected.push_back(n);
      }
      CHECK(reader::css::select_all(doc, Document::root(), *list) == expected);
      if (!expected.empty()) ++non_empty;
    }
  }
  // Not vacuous: most selectors match something on these pages (the
  // fixture alone, on a clone without ../shared, matches 14 of 18).
  REQUIRE(pages >= 1);
  CHECK(non_empty >= (pages == 5 ? 40 : 12));
}

TEST_CASE("select_all with :has stays fast on the largest corpus page" * doctest::test_suite("corpus")) {
  Document doc;
  if (!load("yahoo-2", doc)) {
    MESSAGE("corpus page missing, skipped");
    return;
  }
  MESSAGE("yahoo-2 nodes: ", doc.node_count());
  for (const char* text : {"div:has(img)", ":has(a)", "*:not(:has(*))", "div:has(> div > a)",
                           "div:has(span a)", ":has(+ div)"}) {
    SelectorError err;
    auto list = SelectorList::parse(text, &err);
    REQUIRE(list);
    auto start = std::chrono::steady_clock::now();
    size_t found = reader::css::select_all(doc, Document::root(), *list).size();
    double s = seconds_since(start);
    MESSAGE(std::string(text), ": ", found, " elements in ", s * 1000, " ms");
    CHECK(s < 1.0);
  }
}

TEST_CASE("a list of many filters applies in one pass" * doctest::test_suite("corpus")) {
  Document doc;
  if (!load("yahoo-2", doc)) {
    MESSAGE("corpus page missing, skipped");
    return;
  }
  // 5,000 generic class filters plus a few procedural ones, EasyList-style.
  std::string list_text;
  for (int i = 0; i < 5000; ++i) list_text += "##.ad-slot-" + std::to_string(i) + "\n";
  for (int i = 0; i < 2000; ++i) list_text += "##a[href^=\"https://ad" + std::to_string(i) + ".example/\"]\n";
  list_text += "##div:has-text(/advertisement/i)\n##aside:-abp-has(a[href*=ads])\n##.yvp-cc-effect-header\n";
  std::vector<reader::css::FilterError> errors;
  auto start = std::chrono::steady_clock::now();
  auto filters = reader::css::FilterList::parse(list_text, &errors);
  double parse_s = seconds_since(start);
  CHECK(errors.empty());
  start = std::chrono::steady_clock::now();
  auto matches = filters.apply(doc, Document::root(), "news.yahoo.com");
  double apply_s = seconds_since(start);
  MESSAGE("parse ", parse_s * 1000, " ms, apply ", apply_s * 1000, " ms, ", matches.size(), " hidden");
  CHECK(matches.size() == 10);  // the page's ten .yvp-cc-effect-header elements
  CHECK(apply_s < 2.0);
  CHECK(parse_s < 2.0);
}

TEST_CASE("select_all stays fast on a 40k-node page, including a 1,000-deep chain") {
  // Body: 1,000 nested <div>s, each also holding 20 <span> leaves with text,
  // then 400 flat <article>s of 25 elements each: ~41k elements.
  Document doc;
  NodeId html = doc.create_element(reader::dom::Tag::kHtml);
  doc.append_child(Document::root(), html);
  NodeId body = doc.create_element(reader::dom::Tag::kBody);
  doc.append_child(html, body);
  NodeId parent = body;
  for (int depth = 0; depth < 1000; ++depth) {
    NodeId div = doc.create_element(reader::dom::Tag::kDiv);
    doc.set_attr(div, "class", depth % 7 == 0 ? "box wrap" : "box");
    doc.append_child(parent, div);
    for (int k = 0; k < 20; ++k) {
      NodeId span = doc.create_element(reader::dom::Tag::kSpan);
      doc.append_child(div, span);
      doc.append_child(span, doc.create_text("word "));
    }
    parent = div;
  }
  doc.append_child(parent, doc.create_element(reader::dom::Tag::kImg));
  for (int a = 0; a < 400; ++a) {
    NodeId article = doc.create_element(reader::dom::Tag::kArticle);
    doc.append_child(body, article);
    for (int k = 0; k < 12; ++k) {
      NodeId p = doc.create_element(reader::dom::Tag::kP);
      doc.append_child(article, p);
      NodeId link = doc.create_element(reader::dom::Tag::kA);
      doc.append_child(p, link);
      doc.append_child(link, doc.create_text(k == 5 ? "Sponsored" : "text"));
    }
  }
  MESSAGE("nodes: ", doc.node_count());
  const char* selectors[] = {"div:has(img)", "div:has(p)", "div:has(span img)", "div:has(> img)",
                             ":not(:has(*))", "article:has(> p > a)", "div.wrap div.box span",
                             "span:nth-child(2n+1)", "div:has(~ article)", "p:nth-last-of-type(3)"};
  for (const char* text : selectors) {
    SelectorError err;
    auto list = SelectorList::parse(text, &err);
    REQUIRE(list);
    auto start = std::chrono::steady_clock::now();
    size_t found = reader::css::select_all(doc, Document::root(), *list).size();
    double s = seconds_since(start);
    MESSAGE(std::string(text), ": ", found, " elements in ", s * 1000, " ms");
    CHECK(s < 1.0);
  }
  // Spot-check counts: every div contains the img; the deepest div holds it directly.
  SelectorError err;
  CHECK(reader::css::select_all(doc, Document::root(), *SelectorList::parse("div:has(img)", &err)).size() == 1000);
  CHECK(reader::css::select_all(doc, Document::root(), *SelectorList::parse("div:has(> img)", &err)).size() == 1);
  CHECK(reader::css::select_all(doc, Document::root(), *SelectorList::parse("div:has(p)", &err)).empty());
  std::vector<reader::css::FilterError> errors;
  auto filters = reader::css::FilterList::parse("##article:has-text(Sponsored)\n##div.box:has-text(/wor[d]/)\n", &errors);
  REQUIRE(errors.empty());
  auto start = std::chrono::steady_clock::now();
  auto hidden = filters.apply(doc, Document::root(), "example.com");
  double s = seconds_since(start);
  MESSAGE(":has-text filters: ", hidden.size(), " hidden in ", s * 1000, " ms");
  CHECK(hidden.size() == 1400);
  CHECK(s < 2.0);
}

TEST_CASE("the filter index finds exactly what a brute-force scan finds" * doctest::test_suite("corpus")) {
  Document doc;
  if (!load("nytimes-1", doc)) {
    MESSAGE("corpus page missing, skipped");
    return;
  }
  const char* selectors[] = {
      "div.story-body p", "a[href*=\"nytimes\"]", "[data-testid]", "#site-content div", "li:has(a)",
      "span", ":has-text(/\\d{4}/) > a", "*:not(div):empty", ".css-1j8dw05, header a", "IMG[SRC$=jpg i]",
      "[class|=css] span", "meta[property^=og]", "section > :first-child", "button:has(svg)"};
  std::string list_text;
  std::vector<SelectorList> brute;
  reader::css::SelectorParseOptions options;
  options.procedural = true;
  for (const char* s : selectors) {
    list_text += std::string("##") + s + "\n";
    SelectorError err;
    auto one = SelectorList::parse(s, &err, options);
    REQUIRE(one);
    brute.push_back(std::move(*one));
  }
  std::vector<reader::css::FilterError> errors;
  auto filters = reader::css::FilterList::parse(list_text, &errors);
  REQUIRE(errors.empty());
  std::vector<std::pair<NodeId, std::string>> expected;
  for (NodeId n = doc.first_child(Document::root()); n != reader::dom::kNoNode;
       n = doc.next_in_tree(n, Document::root())) {
    if (!doc.is_element(n)) continue;
    for (size_t i = 0; i < brute.size(); ++i) {
      if (brute[i].matches(doc, n)) {
        expected.emplace_back(n, std::string("##") + selectors[i]);
        break;
      }
    }
  }
  std::vector<std::pair<NodeId, std::string>> actual;
  for (const auto& m : filters.apply(doc, Document::root(), "www.nytimes.com")) {
    actual.emplace_back(m.node, m.rule_text);
  }
  CHECK(expected.size() > 100);
  CHECK(actual == expected);
}
