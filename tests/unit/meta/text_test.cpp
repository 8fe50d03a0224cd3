// meta/text.h: whitespace, entities and JavaScript-compatible lengths.
#include <doctest/doctest.h>

#include "meta/text.h"

namespace reader::meta {

TEST_CASE("unescape_html_entities") {
  SUBCASE("Readability's five names and numeric references") {
    CHECK(unescape_html_entities("a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;") ==
          "a & b <c> \"d\" 'e'");
    CHECK(unescape_html_entities("&#65;&#x42;&#X43;") == "ABC");
  }
  SUBCASE("the whole HTML table, semicolon required") {
    CHECK(unescape_html_entities("it&rsquo;s &eacute;t&eacute;") == "it\xE2\x80\x99s \xC3\xA9t\xC3\xA9");
    CHECK(unescape_html_entities("AT&T &copy 2020") == "AT&T &copy 2020");
  }
  SUBCASE("test page 005-unescape-html-entities") {
    // Content after HTML parsing: "&#xg; &#x1F62D; &#128557; &#xFFFFFFFF; &#x0;"
    CHECK(unescape_html_entities("&#xg; &#x1F62D; &#128557; &#xFFFFFFFF; &#x0;") ==
          "&#xg; \xF0\x9F\x98\xAD \xF0\x9F\x98\xAD \xEF\xBF\xBD \xEF\xBF\xBD");
  }
  SUBCASE("surrogates and huge numbers become U+FFFD") {
    CHECK(unescape_html_entities("&#xD800;") == "\xEF\xBF\xBD");
    CHECK(unescape_html_entities("&#99999999999999999999;") == "\xEF\xBF\xBD");
  }
  SUBCASE("unterminated references stay") {
    CHECK(unescape_html_entities("&#123") == "&#123");
    CHECK(unescape_html_entities("&") == "&");
    CHECK(unescape_html_entities("a&") == "a&");
    CHECK(unescape_html_entities("&#;") == "&#;");
  }
}

TEST_CASE("collapse_whitespace and trim use JavaScript's \\s") {
  CHECK(collapse_whitespace("  a \n\t b  ") == "a b");
  CHECK(collapse_whitespace("a\xC2\xA0\xC2\xA0" "b") == "a b");       // NBSP
  CHECK(collapse_whitespace("\xE3\x80\x80" "a\xE2\x80\x83" "b") == "a b");  // U+3000, U+2003
  CHECK(trim("\xEF\xBB\xBF x \xC2\xA0") == "x");
  CHECK(collapse_whitespace("") == "");
  CHECK(clean_text("  Tom &amp;\n Jerry ") == "Tom & Jerry");
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

TEST_CASE("case-insensitive helpers") {
  CHECK(equals_ignore_case("OG:Title", "og:title"));
  CHECK(starts_with_ignore_case("Written by", "WRITTEN"));
  CHECK(ends_with_ignore_case("The Week", "WEEK"));
  CHECK(find_ignore_case("class Byline x", "byline") == 6);
  CHECK_FALSE(contains_ignore_case("abc", "abcd"));
}

}  // namespace reader::meta
