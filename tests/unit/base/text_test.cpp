// base/text.h and base/ascii.h: the whitespace sets, trimming, collapsing,
// JavaScript-compatible lengths and ASCII case folding every module uses.
#include <doctest/doctest.h>

#include "base/ascii.h"
#include "base/text.h"

namespace reader {

TEST_CASE("two whitespace sets: HTML's ASCII whitespace and JavaScript's \\s") {
  for (char c : {' ', '\t', '\n', '\f', '\r'}) {
    CHECK(is_html_space(c));
    CHECK(is_js_ascii_space(c));
  }
  CHECK_FALSE(is_html_space('\v'));  // not infra ASCII whitespace
  CHECK(is_js_ascii_space('\v'));
  CHECK_FALSE(is_html_space('x'));
  CHECK(is_js_space(0xA0));
  CHECK(is_js_space(0x2009));
  CHECK(is_js_space(0xFEFF));
  CHECK_FALSE(is_js_space(0x200B));  // ZERO WIDTH SPACE is not \s
}

TEST_CASE("space_length_at measures one JavaScript space in UTF-8") {
  CHECK(space_length_at(" a", 0) == 1);
  CHECK(space_length_at("\xC2\xA0x", 0) == 2);       // NBSP
  CHECK(space_length_at("\xE2\x80\x83x", 0) == 3);   // EM SPACE
  CHECK(space_length_at("\xE3\x80\x80", 0) == 3);    // IDEOGRAPHIC SPACE
  CHECK(space_length_at("\xE2\x80\x8B", 0) == 0);    // ZERO WIDTH SPACE
  CHECK(space_length_at("\xC3\xA9", 0) == 0);        // é
  CHECK(space_length_at("\xE2\x80", 0) == 0);        // truncated
  CHECK(space_length_at("a", 1) == 0);               // past the end
}

TEST_CASE("trim is String.prototype.trim, trim_html_space only ASCII whitespace") {
  CHECK(trim("\xEF\xBB\xBF x \xC2\xA0") == "x");
  CHECK(trim(" \v ") == "");
  CHECK(trim_html_space("\t a b \n") == "a b");
  CHECK(trim_html_space("\xC2\xA0x") == "\xC2\xA0x");
  CHECK(trim_html_space("\vx") == "\vx");
}

TEST_CASE("next_html_token walks an ASCII-whitespace-separated list") {
  std::string_view list = "\t a  bb\nc \f";
  size_t pos = 0;
  CHECK(next_html_token(list, pos) == "a");
  CHECK(next_html_token(list, pos) == "bb");
  CHECK(next_html_token(list, pos) == "c");
  CHECK(next_html_token(list, pos).empty());
  CHECK(next_html_token(list, pos).empty());
  pos = 0;
  CHECK(next_html_token("", pos).empty());
}

TEST_CASE("collapse_whitespace") {
  SUBCASE("JavaScript \\s (the default)") {
    CHECK(collapse_whitespace("  a \n\t b  ") == "a b");
    CHECK(collapse_whitespace("a\xC2\xA0\xC2\xA0" "b") == "a b");              // NBSP
    CHECK(collapse_whitespace("\xE3\x80\x80" "a\xE2\x80\x83" "b") == "a b");  // U+3000, U+2003
    CHECK(collapse_whitespace("a\vb") == "a b");
    CHECK(collapse_whitespace("") == "");
    // Runs of other bytes are copied whole, also around leads that start a
    // space only sometimes (E2: U+2003 is one, U+2014 is not; C2: NBSP or not).
    CHECK(collapse_whitespace("caf\xC3\xA9 \xE2\x80\x94\xE2\x80\x83x\xC2\xA9 ") ==
          "caf\xC3\xA9 \xE2\x80\x94 x\xC2\xA9");
  }
  SUBCASE("ASCII whitespace and NBSP only") {
    CHECK(collapse_whitespace(" a \xC2\xA0 b ", SpaceSet::kHtmlAndNbsp) == "a b");
    CHECK(collapse_whitespace("a\xE2\x80\x83" "b", SpaceSet::kHtmlAndNbsp) == "a\xE2\x80\x83" "b");
    CHECK(collapse_whitespace("a\vb", SpaceSet::kHtmlAndNbsp) == "a\vb");
    CHECK(collapse_whitespace("a\xC2", SpaceSet::kHtmlAndNbsp) == "a\xC2");  // truncated NBSP
  }
}

TEST_CASE("js_word_count is split(/\\s+/).length") {
  CHECK(js_word_count("") == 1);
  CHECK(js_word_count("one") == 1);
  CHECK(js_word_count("one two  three") == 3);
  CHECK(js_word_count(" lead") == 2);
}

TEST_CASE("utf16_length counts astral characters twice") {
  CHECK(utf16_length("abc") == 3);
  CHECK(utf16_length("\xC3\xA9") == 1);
  CHECK(utf16_length("\xF0\x9F\x98\xAD") == 2);
}

TEST_CASE("ASCII case folding") {
  CHECK(ascii_lower('Q') == 'q');
  CHECK(ascii_lower('\xC3') == '\xC3');
  CHECK(to_lower_ascii("DIV.Main \xC3\x89") == "div.main \xC3\x89");  // É stays
  CHECK(equals_ignore_case("OG:Title", "og:title"));
  CHECK_FALSE(equals_ignore_case("a", "ab"));
  CHECK(starts_with_ignore_case("Written by", "WRITTEN"));
  CHECK(ends_with_ignore_case("The Week", "WEEK"));
  CHECK(find_ignore_case("class Byline x", "byline") == 6);
  CHECK(find_ignore_case("abc", "") == 0);
  CHECK_FALSE(contains_ignore_case("abc", "abcd"));
  CHECK(contains_ci("Sidebar-AD", "ad"));
  CHECK_FALSE(contains_ci("Sidebar", "ad"));
}

}  // namespace reader

TEST_CASE("text_similarity is Readability's token measure") {
  using reader::text_similarity;
  CHECK(text_similarity("Hello World", "hello world") == doctest::Approx(1.0));
  CHECK(text_similarity("abc", "xyz") == doctest::Approx(0.0));
  // B = "a b c", missing "c": 1 - 1/5.
  CHECK(text_similarity("a b", "a b c") == doctest::Approx(0.8));
  CHECK(text_similarity("", "x") == 0.0);
  // Letters of every script are word characters: "Übersicht" is one token,
  // not "bersicht", and a title in another script is not empty.
  CHECK(text_similarity("Übersicht der Woche", "Übersicht der Woche") == doctest::Approx(1.0));
  CHECK(text_similarity("Übersicht", "bersicht") == doctest::Approx(0.0));
  CHECK(text_similarity("Война и мир", "Война и мир") == doctest::Approx(1.0));
}
