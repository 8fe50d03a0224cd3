// meta/text.h: character references and the cleaned form of text fields.
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

TEST_CASE("clean_text unescapes, then collapses JavaScript whitespace") {
  CHECK(clean_text("  Tom &amp;\n Jerry ") == "Tom & Jerry");
  CHECK(clean_text("a&nbsp;&nbsp;b") == "a b");
}

}  // namespace reader::meta
