// meta/meta_tags.h: Readability's name/property patterns and the wide table.
#include <doctest/doctest.h>

#include "meta/meta_tags.h"
#include "meta_test_util.h"

namespace reader::meta {

TEST_CASE("property pattern: every space-separated match, later tags override") {
  // Test page 004-metadata-space-separated-properties.
  const auto doc = parse_html(R"(
    <meta property="x:title dc:title" content="Preferred title"/>
    <meta property="og:title twitter:title" content="A title"/>
    <meta property="dc:creator twitter:site_name" content="Creator Name"/>
    <meta property="og:description x:description twitter:description" content="A description"/>
    <meta property="dc:description og:description" content="Preferred description"/>)");
  const MetaTags t = collect_meta_tags(*doc);
  CHECK(t.get("dc:title") == "Preferred title");
  CHECK(t.get("og:title") == "A title");
  CHECK(t.get("twitter:title") == "A title");
  CHECK(t.get("dc:creator") == "Creator Name");
  CHECK(t.get("twitter:site_name") == "Creator Name");
  CHECK(t.get("og:description") == "Preferred description");  // the later tag
  CHECK(t.get("twitter:description") == "A description");
  CHECK(t.get("x:title") == "");
}

TEST_CASE("property pattern details") {
  const auto doc = parse_html(R"(
    <meta property=" OG : Title " content=" Spaced ">
    <meta property="article:published_time" content="2020-01-01">
    <meta property="article:author_name" content="Prefix match">
    <meta property="dcterm:creator" content="DCTerm">)");
  const MetaTags t = collect_meta_tags(*doc);
  CHECK(t.get("og:title") == "Spaced");
  CHECK(t.get("article:published_time") == "2020-01-01");
  CHECK(t.get("article:author") == "Prefix match");  // the pattern is unanchored
  CHECK(t.get("dcterm:creator") == "DCTerm");
}

TEST_CASE("name pattern: anchored, '.' read as ':'") {
  const auto doc = parse_html(R"(
    <meta name="DC.title" content="DC name">
    <meta name="parsely-pub-date" content="2024-04-20">
    <meta name="weibo:article:title" content="Weibo">
    <meta name="author" content="Plain author">
    <meta name="og:description" content="OG by name">
    <meta name="twitter:title extra" content="Not anchored">
    <meta name="description" content="">)");
  const MetaTags t = collect_meta_tags(*doc);
  CHECK(t.get("dc:title") == "DC name");
  CHECK(t.get("parsely-pub-date") == "2024-04-20");
  CHECK(t.get("weibo:article:title") == "Weibo");
  CHECK(t.get("author") == "Plain author");
  CHECK(t.get("og:description") == "OG by name");
  CHECK(t.get("twitter:title") == "");
  CHECK(t.get("description") == "");  // empty content is skipped
}

TEST_CASE("a matching property hides the name of the same tag") {
  const auto doc = parse_html(R"(<meta name="author" property="og:title" content="Both">)");
  const MetaTags t = collect_meta_tags(*doc);
  CHECK(t.get("og:title") == "Both");
  CHECK(t.get("author") == "");
}

TEST_CASE("the wide table: names, properties, itemprop, http-equiv; first wins") {
  const auto doc = parse_html(R"(
    <meta name="citation_title" content="Paper">
    <meta name="citation_title" content="Later">
    <meta name="sailthru.author" content="Sail">
    <meta property="og:image og:image:url" content="/i.png">
    <meta itemprop="datePublished" content="2001-02-03">
    <meta http-equiv="Content-Language" content="de">
    <body><meta name="in-body" content="yes">)");
  const MetaTags t = collect_meta_tags(*doc);
  CHECK(t.any("citation_title") == "Paper");
  CHECK(t.any("sailthru:author") == "Sail");
  CHECK(t.any("sailthru.author") == "Sail");
  CHECK(t.any("og:image") == "/i.png");
  CHECK(t.any("og:image:url") == "/i.png");
  CHECK(t.any("itemprop:datepublished") == "2001-02-03");
  CHECK(t.any("http-equiv:content-language") == "de");
  CHECK(t.any("in-body") == "yes");
}

}  // namespace reader::meta
