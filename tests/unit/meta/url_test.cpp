// meta/url.h: the document base URL.
#include <doctest/doctest.h>

#include "meta/url.h"
#include "meta_test_util.h"

namespace reader::meta {

TEST_CASE("document_base_url") {
  SUBCASE("<base href> relative to the page") {
    const auto doc = parse_html(
        "<html><head><base target=_blank><base href='/news/'><base href='/ignored/'></head></html>");
    CHECK(document_base_url(*doc, "https://x.org/a/b.html") == "https://x.org/news/");
    CHECK(resolve_url(document_base_url(*doc, "https://x.org/a/b.html"), "img.png") ==
          "https://x.org/news/img.png");
  }
  SUBCASE("absolute <base href>") {
    const auto doc = parse_html("<base href='https://cdn.example/root/'><p>x");
    CHECK(document_base_url(*doc, "https://x.org/") == "https://cdn.example/root/");
  }
  SUBCASE("no <base>: the page URL") {
    const auto doc = parse_html("<p>x");
    CHECK(document_base_url(*doc, "https://x.org/p") == "https://x.org/p");
  }
  SUBCASE("javascript:/data: bases are refused (HTML: set the frozen base URL)") {
    CHECK(document_base_url(*parse_html("<base href='javascript:alert(1)'>"), "https://x.org/p") ==
          "https://x.org/p");
    CHECK(document_base_url(*parse_html("<base href='data:text/html,x'>"), "https://x.org/p") ==
          "https://x.org/p");
  }
  SUBCASE("relative <base> without a page URL is unusable") {
    const auto doc = parse_html("<base href='/x/'>");
    CHECK(document_base_url(*doc, "") == "");
  }
}

}  // namespace reader::meta
