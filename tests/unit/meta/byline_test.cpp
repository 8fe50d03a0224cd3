// meta/byline.h: bylines without "By" and dates. Cases from the Readability
// corpus, named after their page.
#include <doctest/doctest.h>

#include "meta/byline.h"

namespace reader::meta {

TEST_CASE("clean_byline") {
  SUBCASE("plain names stay") {
    CHECK(clean_byline("Jeffrey Gettleman") == "Jeffrey Gettleman");
    CHECK(clean_byline("Jong, Michiel de") == "Jong, Michiel de");
    CHECK(clean_byline("Byron Smith") == "Byron Smith");
  }
  SUBCASE("iab-1: By + newline") { CHECK(clean_byline("By\n\t\t\tScott Cunningham") == "Scott Cunningham"); }
  SUBCASE("lwn-1: trailing date") {
    CHECK(clean_byline("By Nathan Willis\n        March 25, 2015") == "Nathan Willis");
  }
  SUBCASE("breitbart: date glued to the name") {
    CHECK(clean_byline("by Lucas Nolan22 Dec 2016651") == "Lucas Nolan");
  }
  SUBCASE("yahoo-3: upper case name and time") {
    CHECK(clean_byline("By GILLIAN MOHNEY\n  March 11, 2015 3:46 PM") == "GILLIAN MOHNEY");
  }
  SUBCASE("other markers") {
    CHECK(clean_byline("Written by Rob Ewaschuk") == "Rob Ewaschuk");
    CHECK(clean_byline("Par S\xC3\xA9" "bastien Farcis") == "S\xC3\xA9" "bastien Farcis");
    CHECK(clean_byline("By: Jane Doe") == "Jane Doe");
  }
  SUBCASE("markers alone name no one") {
    CHECK(clean_byline("By") == "");
    CHECK(clean_byline("Article by") == "");
    CHECK(clean_byline("Author:") == "");
  }
  SUBCASE("German and French markers and dates (trafilatura pages)") {
    CHECK(clean_byline("Christian Thiele, 07 Dezember, 2022") == "Christian Thiele");
    CHECK(clean_byline("Auteur: Anna Kubi\xC5\xA1ta") == "Anna Kubi\xC5\xA1ta");
    CHECK(clean_byline("Artikel von: hausinfo") == "hausinfo");
    CHECK(clean_byline("Erstellt von Andri Bryner") == "Andri Bryner");
    CHECK(clean_byline("Jane Doe, 7. Mai 2021") == "Jane Doe");
  }
  SUBCASE("a trailing URL goes") {
    CHECK(clean_byline("Frank Bueltge - http://bueltge.de") == "Frank Bueltge");
  }
  SUBCASE("separators before a date go too") {
    CHECK(clean_byline("Jane Doe | 2021-03-04") == "Jane Doe");
    CHECK(clean_byline("Jane Doe, Updated Jan. 5, 2020") == "Jane Doe");
    CHECK(clean_byline("Jane Doe on 03/04/2021") == "Jane Doe");
  }
  SUBCASE("seattletimes-1 / spiceworks: only a date is no byline") {
    CHECK(clean_byline("April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm") == "");
    CHECK(clean_byline("Last Updated: January 7, 2025") == "");
  }
  SUBCASE("URLs are not bylines") {
    CHECK(clean_byline("https://www.facebook.com/someone") == "");
  }
  SUBCASE("entities") { CHECK(clean_byline("Mac &amp; i") == "Mac & i"); }
}

TEST_CASE("find_date_start") {
  CHECK(find_date_start("Jane March 3, 2020") == 5);
  CHECK(find_date_start("Jane 2020-01-02") == 5);
  CHECK(find_date_start("Mayer Smith") == std::string_view::npos);
  CHECK(find_date_start("May 2") == 0);
  CHECK(find_date_start("Agent 007") == std::string_view::npos);
}

TEST_CASE("clean_byline: what names no one") {
  SUBCASE("labels and notes found where bylines are looked for") {
    CHECK(clean_byline("About the Author") == "");
    CHECK(clean_byline("Follow the author") == "");
    CHECK(clean_byline("Reading time: 2 minutes") == "");
    CHECK(clean_byline("Visit the Apple Store") == "");
    CHECK(clean_byline("admin") == "");
  }
  SUBCASE("no letters, or markup debris") {
    CHECK(clean_byline("262588213843476") == "");
    CHECK(clean_byline("()x") == "");
  }
  SUBCASE("a sentence is not a name; a list of names is") {
    CHECK(clean_byline("This article was Written By Our Product Research Team Get to know us") == "");
    CHECK(clean_byline("Danielle DeSiato, Donna Enzmann, Natalie Nguyen, Ana Costa, Jan de Vries") ==
          "Danielle DeSiato, Donna Enzmann, Natalie Nguyen, Ana Costa, Jan de Vries");
  }
  SUBCASE("leading punctuation goes (an empty first author: ', USA TODAY')") {
    CHECK(clean_byline(", USA TODAY") == "USA TODAY");
    CHECK(clean_byline("| By Jane Doe") == "Jane Doe");
  }
  SUBCASE("'Di' and 'Door' are markers only before a name of two or more words") {
    CHECK(clean_byline("Di Mario Rossi") == "Mario Rossi");
    CHECK(clean_byline("Door Jan de Vries") == "Jan de Vries");
    CHECK(clean_byline("Di Maria") == "Di Maria");
  }
}

TEST_CASE("is_byline_line") {
  CHECK(is_byline_line("By Jane Doe"));
  CHECK(is_byline_line("BY JANE DOE"));
  CHECK(is_byline_line("By Jane Doe and John Roe, March 3, 2024"));
  CHECK(is_byline_line("Von Maria M\xC3\xBCller"));
  CHECK(is_byline_line("Par Claire Dubois et Marc Leroy"));
  CHECK(is_byline_line("Por Ana de la Cruz"));
  CHECK(is_byline_line("Door Jan van der Berg"));
  CHECK_FALSE(is_byline_line("By the way, this is prose."));
  CHECK_FALSE(is_byline_line("Par ailleurs, le gouvernement a dit"));
  CHECK_FALSE(is_byline_line("By"));
  CHECK_FALSE(is_byline_line("Jane Doe"));
  CHECK_FALSE(is_byline_line("By One Two Three Four Five Six"));
  SUBCASE("filters and products on shop pages (wcxb-dev tuning)") {
    CHECK_FALSE(is_byline_line("By Manufacturer"));
    CHECK_FALSE(is_byline_line("Door Straps"));
    CHECK_FALSE(is_byline_line("By CollectionCompressionSportMerino Wool"));
    CHECK(is_byline_line("By Danielle DeSiato"));
  }
}

}  // namespace reader::meta
