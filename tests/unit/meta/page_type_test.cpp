// Page types from metadata and URL (meta/page_type.h).
#include <doctest/doctest.h>

#include <string>

#include "html/parser.h"
#include "meta/metadata.h"
#include "meta/page_type.h"

namespace {

using reader::meta::PageType;

PageType classify(const std::string& head, const std::string& body, const std::string& url) {
  reader::dom::Document doc;
  reader::html::parse_document("<html><head>" + head + "</head><body>" + body + "</body></html>",
                               doc);
  return reader::meta::extract_metadata(doc, url).page_type;
}

}  // namespace

TEST_CASE("forum threads: schema.org posting types, forum software, forum URLs") {
  CHECK(classify("", "<div itemscope itemtype='http://schema.org/DiscussionForumPosting'>"
                     "<p>First post</p></div>",
                 "https://example.org/t/slow-start/123") == PageType::kForum);
  CHECK(classify("<meta name=generator content='Discourse 3.4.0'>", "<p>x</p>",
                 "https://example.org/x") == PageType::kForum);
  CHECK(classify("<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
                 "\"@type\":\"QAPage\"}</script>",
                 "<p>x</p>", "https://example.org/q") == PageType::kForum);
  CHECK(classify("", "<p>x</p>", "https://forums.example.org/threads/a-question.99/") ==
        PageType::kForum);
}

TEST_CASE("documentation, products and collections") {
  CHECK(classify("", "<p>x</p>", "https://docs.example.org/en/latest/user/advanced/") ==
        PageType::kDocumentation);
  CHECK(classify("<meta name=generator content='Docusaurus v3'>", "<p>x</p>",
                 "https://example.org/intro") == PageType::kDocumentation);
  CHECK(classify("<meta property=og:type content=product>", "<p>x</p>",
                 "https://shop.example/products/wool-runner") == PageType::kProduct);
  CHECK(classify("<meta property=og:type content=product.group>", "<p>x</p>",
                 "https://shop.example/collections/shoes") == PageType::kCollection);
}

TEST_CASE("articles, listings and service pages") {
  CHECK(classify("<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
                 "\"@type\":\"NewsArticle\",\"headline\":\"H\"}</script>",
                 "<p>x</p>", "https://paper.example/a/b") == PageType::kArticle);
  CHECK(classify("", "<p>x</p>", "https://paper.example/2024/05/a-story") == PageType::kArticle);
  CHECK(classify("", "<p>x</p>", "https://lab.example/news") == PageType::kListing);
  CHECK(classify("", "<p>x</p>", "https://firm.example/services/tax") == PageType::kService);
  // The canonical URL is the page's own address (test harnesses fetch pages
  // under another one).
  CHECK(classify("<link rel=canonical href='https://paper.example/2023/01/story'>", "<p>x</p>",
                 "http://fakehost/test/page.html") == PageType::kArticle);
}
