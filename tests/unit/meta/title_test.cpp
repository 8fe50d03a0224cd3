// meta/title.h: Readability's _getArticleTitle (site parts: site_title_test.cpp).
#include <doctest/doctest.h>

#include <string>

#include "meta/title.h"
#include "meta_test_util.h"

namespace reader::meta {
namespace {

std::string title_of(const std::string& head_title, const std::string& body = "") {
  const auto doc = parse_html("<title>" + head_title + "</title><body>" + body);
  return article_title(*doc);
}

}  // namespace

TEST_CASE("document_title strips and collapses ASCII whitespace, skips SVG titles") {
  const auto doc = parse_html(
      "<svg><title>svg</title></svg><title>\n  A   &amp;\tB  </title><title>second</title>");
  CHECK(document_title(*doc) == "A & B");
  CHECK(document_title(*parse_html("<p>no title")) == "");
}

TEST_CASE("article_title: separators") {
  SUBCASE("the part after the last separator goes") {
    CHECK(title_of("The Best Article Ever Written | Example News") == "The Best Article Ever Written");
    CHECK(title_of("A long enough title here - Section - Site") == "A long enough title here - Section");
  }
  SUBCASE("en and em dashes are separators (test page title-en-dash)") {
    CHECK(title_of("Lorem ipsum dolor sit amet \xE2\x80\x93 My website") == "Lorem ipsum dolor sit amet");
    CHECK(title_of("Lorem ipsum dolor sit amet \xE2\x80\x94 My website") == "Lorem ipsum dolor sit amet");
  }
  SUBCASE("too few words before the separator: drop the first part instead") {
    CHECK(title_of("Site News | How the quick brown fox jumped") == "How the quick brown fox jumped");
  }
  SUBCASE("4 words or fewer revert to the whole title") {
    CHECK(title_of("Short one | Site") == "Short one | Site");
  }
  SUBCASE("a hierarchical separator may cost exactly one word") {
    CHECK(title_of("Foo bar baz quux \xC2\xBB Site") == "Foo bar baz quux");
  }
  SUBCASE("hyphens inside words are not separators") {
    CHECK(title_of("Spider-Man returns to the big screen") == "Spider-Man returns to the big screen");
  }
}

TEST_CASE("article_title: colons") {
  SUBCASE("text after the last colon") {
    CHECK(title_of("Example: Breaking news about three things") == "Breaking news about three things");
  }
  SUBCASE("kept when a heading holds the whole title") {
    CHECK(title_of("Example: Breaking news about three things",
                   "<h1>Example: Breaking news about three things</h1>") ==
          "Example: Breaking news about three things");
  }
  SUBCASE("a long prefix before the colon is part of the title") {
    CHECK(title_of("How we learned to stop worrying today: a long story") ==
          "How we learned to stop worrying today: a long story");
  }
  SUBCASE("too short after the last colon: after the first colon") {
    CHECK(title_of("Site: Title with more words: Two") == "Title with more words: Two");
  }
}

TEST_CASE("article_title: implausible lengths use the only <h1>") {
  CHECK(title_of("Home", "<h1>  The  real   article headline is\nhere </h1>") ==
        "The real article headline is\nhere");  // a single \n is not a run
  SUBCASE("a short <h1> reverts to the title") {
    CHECK(title_of("Home", "<h1>Four words at most</h1>") == "Home");
  }
  CHECK(title_of("Home", "<h1>One</h1><h1>Two</h1>") == "Home");
}

}  // namespace reader::meta
