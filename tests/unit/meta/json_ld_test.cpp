// meta/json_ld.h: schema.org JSON-LD, Readability's _getJSONLD and more.
#include <doctest/doctest.h>

#include <string>

#include "meta/json_ld.h"
#include "meta_test_util.h"

namespace reader::meta {
namespace {

std::string ld_script(const std::string& json) {
  return "<script type=\"application/ld+json\">" + json + "</script>";
}

JsonLdMetadata read(const std::string& head, const std::string& body = "<p>x</p>") {
  const auto doc = parse_html("<html><head>" + head + "</head><body>" + body);
  return read_json_ld(*doc);
}

}  // namespace

TEST_CASE("is_article_type follows Readability's regex") {
  CHECK(is_article_type("Article"));
  CHECK(is_article_type("NewsArticle"));
  CHECK(is_article_type("ReportageNewsArticle"));
  CHECK(is_article_type("BlogPosting"));
  CHECK(is_article_type("ScholarlyArticle"));
  CHECK(is_article_type("Report"));
  CHECK(is_article_type("APIReference"));
  CHECK_FALSE(is_article_type("WebPage"));
  CHECK_FALSE(is_article_type("Person"));
  CHECK_FALSE(is_article_type("article"));  // case-sensitive, as upstream
}

TEST_CASE("JSON-LD article fields") {
  const JsonLdMetadata m = read(ld_script(R"({
    "@context": "https://schema.org", "@type": "NewsArticle",
    "headline": "The headline", "description": "  The\n description ",
    "datePublished": "2023-09-06T11:42:18Z",
    "author": [{"@type": "Person", "name": "Ann One"}, {"@type": "Person", "name": "Bob Two"}],
    "publisher": {"@type": "Organization", "name": "The Paper"},
    "image": {"@type": "ImageObject", "url": "/img/a.jpg", "caption": "A caption"},
    "inLanguage": "en-GB", "mainEntityOfPage": {"@id": "https://x.org/a"},
    "articleBody": "Body text"})"));
  REQUIRE(m.has_article);
  CHECK(m.article.title == "The headline");
  CHECK(m.article.excerpt == "The description");
  CHECK(m.article.published_time == "2023-09-06T11:42:18Z");
  CHECK(m.article.byline == "Ann One, Bob Two");
  CHECK(m.article.site_name == "The Paper");
  CHECK(m.article.image == "/img/a.jpg");
  CHECK(m.article.image_caption == "A caption");
  CHECK(m.article.lang == "en-GB");
  CHECK(m.article.url == "https://x.org/a");
  CHECK(m.article.article_body == "Body text");
  CHECK_FALSE(m.is_paywalled);
}

TEST_CASE("JSON-LD @graph with @id references (Yoast style)") {
  const JsonLdMetadata m = read(ld_script(R"({
    "@context": "https://schema.org",
    "@graph": [
      {"@type": "WebSite", "@id": "https://x.org/#website", "name": "X Site"},
      {"@type": "WebPage", "@id": "https://x.org/a#webpage", "name": "Page name - X Site",
       "inLanguage": "fr"},
      {"@type": ["Article", "NewsArticle"], "headline": "Graph headline",
       "author": {"@id": "https://x.org/#/person/1"},
       "publisher": {"@id": "https://x.org/#organization"},
       "image": {"@id": "https://x.org/a#primaryimage"}},
      {"@type": "Person", "@id": "https://x.org/#/person/1", "name": "Jane Ref"},
      {"@type": "Organization", "@id": "https://x.org/#organization", "name": "X Org"},
      {"@type": "ImageObject", "@id": "https://x.org/a#primaryimage", "url": "https://x.org/i.png"}
    ]})"));
  REQUIRE(m.has_article);
  CHECK(m.article.title == "Graph headline");
  CHECK(m.article.byline == "Jane Ref");
  CHECK(m.article.site_name == "X Org");
  CHECK(m.article.image == "https://x.org/i.png");
  CHECK(m.page.title == "Page name - X Site");
  CHECK(m.website_name == "X Site");
  CHECK(m.page.lang == "fr");
}

TEST_CASE("JSON-LD authors") {
  SUBCASE("a plain string") {
    CHECK(read(ld_script(R"({"@context":"http://schema.org","@type":"Article","author":"Solo Writer"})"))
              .article.byline == "Solo Writer");
  }
  SUBCASE("a URL string is not a name") {
    CHECK(read(ld_script(R"({"@context":"http://schema.org","@type":"Article","author":"https://x.org/me"})"))
              .article.byline == "");
  }
  SUBCASE("mixed array, duplicates dropped, givenName/familyName") {
    CHECK(read(ld_script(R"({"@context":"http://schema.org","@type":"Article","author":[
            "A One", {"name": "A One"}, {"givenName": "B", "familyName": "Two"}, 42, null]})"))
              .article.byline == "A One, B Two");
  }
}

TEST_CASE("JSON-LD title: name vs headline (Readability)") {
  const std::string json = R"({"@context":"https://schema.org","@type":"Article",
      "name":"Short name of the page","headline":"The actual headline of the story"})";
  SUBCASE("headline wins when only it resembles the document title") {
    const JsonLdMetadata m =
        read("<title>The actual headline of the story | Site</title>" + ld_script(json));
    CHECK(m.article.title == "The actual headline of the story");
  }
  SUBCASE("name wins otherwise") {
    const JsonLdMetadata m = read("<title>Unrelated words entirely</title>" + ld_script(json));
    CHECK(m.article.title == "Short name of the page");
  }
}

TEST_CASE("JSON-LD scripts Readability skips or tolerates") {
  SUBCASE("no schema.org context: ignored") {
    CHECK_FALSE(read(ld_script(R"({"@context":"https://example.org","@type":"Article","headline":"X"})"))
                    .has_article);
    CHECK_FALSE(read(ld_script(R"({"@type":"Article","headline":"X"})")).has_article);
  }
  SUBCASE("@context object with @vocab (test page schema-org-context-object)") {
    CHECK(read(ld_script(R"({"@context":{"@vocab":"http://schema.org/"},"@type":"NewsArticle","headline":"V"})"))
              .article.title == "V");
  }
  SUBCASE("full and compact type IRIs") {
    CHECK(read(ld_script(R"({"@context":"https://schema.org","@type":"http://schema.org/NewsArticle","headline":"I"})"))
              .article.title == "I");
    CHECK(read(ld_script(R"({"@context":"https://schema.org","@type":["schema:BlogPosting"],"headline":"C"})"))
              .article.title == "C");
  }
  SUBCASE("non-article types are not articles") {
    const JsonLdMetadata m =
        read(ld_script(R"({"@context":"https://schema.org","@type":"Organization","name":"Org"})"));
    CHECK_FALSE(m.has_article);
    CHECK(m.article.title == "");
  }
  SUBCASE("the first article wins across scripts and arrays") {
    const JsonLdMetadata m = read(
        ld_script(R"([{"@context":"https://schema.org","@type":"BreadcrumbList"},
                      {"@context":"https://schema.org","@type":"BlogPosting","headline":"First"}])") +
        ld_script(R"({"@context":"https://schema.org","@type":"Article","headline":"Second"})"));
    CHECK(m.article.title == "First");
  }
  SUBCASE("malformed JSON is ignored, the next script still counts") {
    const JsonLdMetadata m =
        read(ld_script(R"({"@context":"https://schema.org","@type":"Article","headline":)") +
             ld_script(R"({"@context":"https://schema.org","@type":"Article","headline":"Good"})"));
    CHECK(m.article.title == "Good");
  }
  SUBCASE("CDATA and comment wrappers, trailing junk, raw newlines in strings") {
    CHECK(read(ld_script("//<![CDATA[\n{\"@context\":\"https://schema.org\",\"@type\":\"Article\","
                         "\"headline\":\"C\"}\n//]]>"))
              .article.title == "C");
    CHECK(read(ld_script("<!-- {\"@context\":\"https://schema.org\",\"@type\":\"Article\","
                         "\"headline\":\"H\"} -->"))
              .article.title == "H");
    CHECK(read(ld_script(R"({"@context":"https://schema.org","@type":"Article","headline":"T"};)"))
              .article.title == "T");
    CHECK(read(ld_script("{\"@context\":\"https://schema.org\",\"@type\":\"Article\","
                         "\"description\":\"line one\nline two\"}"))
              .article.excerpt == "line one line two");
  }
  SUBCASE("type attribute with parameters and case") {
    const auto doc = parse_html(
        "<script type=' Application/LD+JSON; charset=utf-8 '>"
        R"({"@context":"https://schema.org","@type":"Article","headline":"P"})"
        "</script>");
    CHECK(read_json_ld(*doc).article.title == "P");
  }
  SUBCASE("deep nesting is skipped, not parsed") {
    std::string deep = R"({"@context":"https://schema.org","@type":"Article","headline":"D","x":)";
    deep += std::string(100000, '[') + std::string(100000, ']') + "}";
    CHECK_FALSE(read(ld_script(deep)).has_article);
  }
  SUBCASE("garbage does not crash") {
    for (const char* junk : {"", "{", "}", "[[[", "\"", "{\"a\":\"\\", "null", "]]]{{{"}) {
      CHECK_FALSE(read(ld_script(junk)).has_article);
    }
  }
}

TEST_CASE("JSON-LD entities in strings are decoded") {
  const JsonLdMetadata m = read(ld_script(
      R"({"@context":"https://schema.org","@type":"Article","headline":"Tom &amp; Jerry&#8217;s &rsquo;day&rsquo;",
          "author":{"name":"Jos&eacute; P&#233;rez"}})"));
  CHECK(m.article.title == "Tom & Jerry\xE2\x80\x99s \xE2\x80\x99" "day\xE2\x80\x99");
  CHECK(m.article.byline == "Jos\xC3\xA9 P\xC3\xA9rez");
}

TEST_CASE("JSON-LD paywall markers") {
  SUBCASE("isAccessibleForFree as string, hasPart as object (theweek)") {
    const JsonLdMetadata m = read(ld_script(R"({"@context":"https://schema.org","@type":"NewsArticle",
        "isAccessibleForFree":"False",
        "hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paywall"}})"));
    CHECK(m.is_paywalled);
    REQUIRE(m.paywall_selectors.size() == 1);
    CHECK(m.paywall_selectors[0] == ".paywall");
  }
  SUBCASE("boolean false, hasPart array with free and paid parts, selector lists") {
    const JsonLdMetadata m = read(ld_script(R"({"@context":"https://schema.org","@type":"Article",
        "isAccessibleForFree":false,
        "hasPart":[{"isAccessibleForFree":true,"cssSelector":".free"},
                   {"isAccessibleForFree":false,"cssSelector":[".paid-1",".paid-2"]},
                   {"isAccessibleForFree":false,"cssSelector":".paid-1"}]})"));
    CHECK(m.is_paywalled);
    REQUIRE(m.paywall_selectors.size() == 2);
    CHECK(m.paywall_selectors[0] == ".paid-1");
    CHECK(m.paywall_selectors[1] == ".paid-2");
  }
  SUBCASE("free articles are not paywalled") {
    const JsonLdMetadata m = read(ld_script(
        R"({"@context":"https://schema.org","@type":"Article","isAccessibleForFree":true})"));
    CHECK_FALSE(m.is_paywalled);
    CHECK(m.paywall_selectors.empty());
  }
}

}  // namespace reader::meta
