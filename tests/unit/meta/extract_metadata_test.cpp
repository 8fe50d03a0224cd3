// meta/metadata.h: the priority chain, source by source.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "meta/document_hints.h"
#include "meta/dom_text.h"
#include "meta/metadata.h"
#include "meta_test_util.h"
#include "test_paths.h"

namespace reader::meta {
namespace {

const char kArticleLd[] = R"(<script type="application/ld+json">{"@context":"https://schema.org",
  "@type":"NewsArticle","headline":"LD title","author":{"name":"LD Author"},
  "description":"LD description","publisher":{"name":"LD Site"},
  "datePublished":"2001-01-01","image":"https://x.org/ld.jpg"}</script>)";

const char kMetas[] = R"(
  <meta property="og:title" content="OG title">
  <meta property="og:site_name" content="OG Site">
  <meta property="og:description" content="OG description">
  <meta property="og:image" content="/og.jpg">
  <meta property="article:published_time" content="2002-02-02">
  <meta name="author" content="Meta Author">
  <meta name="twitter:title" content="Twitter title">)";

Metadata extract(const std::string& head, const std::string& body = "<p>text</p>",
                 const std::string& url = "https://x.org/a/page.html") {
  const auto doc = parse_html("<html lang='en'><head>" + head + "</head><body>" + body);
  return extract_metadata(*doc, url);
}

}  // namespace

TEST_CASE("priority: JSON-LD over meta tags over the document") {
  SUBCASE("JSON-LD first") {
    const Metadata m = extract(std::string("<title>Doc title here, long enough</title>") + kMetas + kArticleLd);
    CHECK(m.title == "LD title");
    CHECK(m.byline == "LD Author");
    CHECK(m.excerpt == "LD description");
    CHECK(m.site_name == "LD Site");
    CHECK(m.published_time == "2001-01-01");
    CHECK(m.lead_image == "https://x.org/ld.jpg");
  }
  SUBCASE("then OpenGraph and meta names") {
    const Metadata m = extract(std::string("<title>Doc title here, long enough</title>") + kMetas);
    CHECK(m.title == "OG title");
    CHECK(m.byline == "Meta Author");
    CHECK(m.excerpt == "OG description");
    CHECK(m.site_name == "OG Site");
    CHECK(m.published_time == "2002-02-02");
    CHECK(m.lead_image == "https://x.org/og.jpg");
  }
  SUBCASE("then the document") {
    const Metadata m = extract("<title>The document title of this page | Site</title>",
                               "<div class='byline'>By Doc Author</div><p>text</p>"
                               "<time pubdate datetime='2003-03-03'>March</time>");
    CHECK(m.title == "The document title of this page");
    CHECK(m.byline == "Doc Author");
    CHECK(m.excerpt == "");
    CHECK(m.site_name == "");
    CHECK(m.published_time == "2003-03-03");
    CHECK(m.lang == "en");
  }
}

TEST_CASE("published time from markup") {
  SUBCASE("itemprop=datePublished: content, datetime, then <abbr title> (blogger)") {
    CHECK(extract("", "<abbr itemprop='datePublished' title='2016-05-08T00:55:00-07:00'>12:55 AM</abbr>")
              .published_time == "2016-05-08T00:55:00-07:00");
    CHECK(extract("", "<span itemprop='datePublished'>May 3, 2020</span>").published_time ==
          "May 3, 2020");
  }
  SUBCASE("<time datetime> counts with pubdate or inside <article>, not in a sidebar") {
    CHECK(extract("", "<aside><time datetime='2020-01-01'>x</time></aside>").published_time == "");
    CHECK(extract("", "<aside><time datetime='2020-01-01'>x</time></aside>"
                      "<article><time datetime='2021-02-02'>y</time></article>")
              .published_time == "2021-02-02");
  }
}

TEST_CASE("Readability's meta order (test page 003-metadata-preferred)") {
  const Metadata m = extract(R"(
    <title>Title Element</title>
    <meta name="title" content="Meta name title"/>
    <meta name="og:title" content="Open Graph name title"/>
    <meta name="twitter:title" content="Twitter name title"/>
    <meta name="DC.title" content="Dublin Core name title"/>
    <meta property="dc:title" content="Dublin Core property title"/>
    <meta property="twitter:title" content="Twitter property title"/>
    <meta property="og:title" content="Open Graph property title"/>
    <meta name="author" content="Meta name author"/>
    <meta name="DC.creator" content="Dublin Core name author"/>
    <meta property="dc:creator" content="Dublin Core property author"/>
    <meta name="description" content="Meta name description"/>
    <meta property="dc:description" content="Dublin Core property description"/>
    <meta property="og:description" content="Open Graph property description"/>)");
  CHECK(m.title == "Dublin Core property title");
  CHECK(m.byline == "Dublin Core property author");
  CHECK(m.excerpt == "Dublin Core property description");
}

TEST_CASE("weaker meta sources") {
  SUBCASE("parsely (test page parsely-metadata)") {
    const Metadata m = extract(R"(<meta name="parsely-title" content="Some Other Title" />
      <meta name="parsely-pub-date" content="2024-04-20T04:20:00.000Z" />
      <meta name="parsely-author" content="Jane Doe" />)");
    CHECK(m.title == "Some Other Title");
    CHECK(m.byline == "Jane Doe");
    CHECK(m.published_time == "2024-04-20T04:20:00.000Z");
  }
  SUBCASE("citation_* and dcterms.*") {
    const Metadata m = extract(R"(<meta name="citation_title" content="A Paper Title">
      <meta name="citation_author" content="Curie, Marie">
      <meta name="citation_publication_date" content="1903/06/25">
      <meta name="dcterms.description" content="Abstract here">)");
    CHECK(m.title == "A Paper Title");
    CHECK(m.byline == "Marie Curie");  // citation_author is "Last, First"
    CHECK(m.published_time == "1903/06/25");
    CHECK(m.excerpt == "Abstract here");
  }
  SUBCASE("article:author only when not a URL") {
    CHECK(extract(R"(<meta property="article:author" content="https://facebook.com/someone">)").byline == "");
    CHECK(extract(R"(<meta property="article:author" content="Ann Author">)").byline == "Ann Author");
  }
  SUBCASE("a URL is not a site name") {
    CHECK(extract(R"(<meta property="og:site_name" content="https://x.org">)").site_name == "");
  }
  SUBCASE("JSON-LD WebSite name is the last site name source") {
    const std::string website = R"(<script type="application/ld+json">{"@context":"https://schema.org",
        "@type":"WebSite","name":"Web Site Name"}</script>)";
    CHECK(extract(website).site_name == "Web Site Name");
    CHECK(extract(website + R"(<meta property="og:site_name" content="OG Site">)").site_name == "OG Site");
  }
  SUBCASE("JSON-LD WebPage comes after meta tags") {
    const Metadata m = extract(R"(<meta property="og:title" content="OG wins">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage",
      "name":"Page name","description":"Page description","inLanguage":"de"}</script>)");
    CHECK(m.title == "OG wins");
    CHECK(m.excerpt == "Page description");
    CHECK(m.lang == "en");  // <html lang> first
  }
}

TEST_CASE("entities and whitespace in every source") {
  // Double-escaped content (test page 005-unescape-html-entities).
  const Metadata m = extract(R"(<meta property="og:title" content="Tom &amp;amp;  Jerry">
    <meta name="author" content="  By  Jos&amp;eacute;
      Smith ">
    <meta property="dc:description og:description" content="&amp;#xg; &amp;#x1F62D;">)");
  CHECK(m.title == "Tom & Jerry");
  CHECK(m.byline == "Jos\xC3\xA9 Smith");
  CHECK(m.excerpt == "&#xg; \xF0\x9F\x98\xAD");
}

TEST_CASE("byline elements (Readability's _isValidByline)") {
  SUBCASE("rel=author") {
    CHECK(extract("", "<p>x <a rel='author' href='/me'>Rel Author</a></p>").byline == "Rel Author");
  }
  SUBCASE("itemprop=author with an itemprop=name inside") {
    CHECK(extract("", "<div itemprop='author'><span>Written by</span> <span itemprop='name'>"
                      "Item Name</span></div>")
              .byline == "Item Name");
  }
  SUBCASE("hidden bylines and unlikely containers are skipped") {
    CHECK(extract("", "<div class='byline' style='display: none'>Hidden</div>"
                      "<div class='sidebar'><span class='author'>Side</span></div>"
                      "<span class='author'>Visible Writer</span>")
              .byline == "Visible Writer");
  }
  SUBCASE("too long is not a byline") {
    CHECK(extract("", "<div class='author'>" + std::string(120, 'x') + "</div>").byline == "");
  }
}

TEST_CASE("lang, dir") {
  const auto doc = parse_html("<html lang='he' dir='RTL'><body><p>x");
  const Metadata m = extract_metadata(*doc, "");
  CHECK(m.lang == "he");
  CHECK(m.dir == "rtl");
  const auto doc2 = parse_html("<html><head><meta property='og:locale' content='pt_BR'></head>"
                               "<body dir='ltr'>");
  const Metadata m2 = extract_metadata(*doc2, "");
  CHECK(m2.lang == "pt-BR");
  CHECK(m2.dir == "ltr");
}

TEST_CASE("dir: document fallback and dir_of for the article node") {
  // Test page rtl-3: only <main> has a dir.
  const auto doc = parse_html("<body><main dir='RTL'><div><p id=x>text</p></div></main>");
  CHECK(extract_metadata(*doc, "").dir == "rtl");
  dom::NodeId p = dom::kNoNode;
  for (dom::NodeId id = 0; id != dom::kNoNode; id = doc->next_in_tree(id, 0)) {
    if (doc->is_html(id, dom::Tag::kP)) p = id;
  }
  REQUIRE(p != dom::kNoNode);
  CHECK(dir_of(*doc, p) == "rtl");
  CHECK(dir_of(*doc, doc->body()) == "");
}

TEST_CASE("URLs resolve through <base href>") {
  const Metadata m = extract(R"(<base href="https://cdn.x.org/base/">
      <link rel="Canonical" href="../canonical">
      <meta property="og:image" content="img/a b.jpg">
      <meta property="og:image:alt" content="Alt text">)");
  CHECK(m.canonical_url == "https://cdn.x.org/canonical");
  CHECK(m.lead_image == "https://cdn.x.org/base/img/a%20b.jpg");
  CHECK(m.lead_image_caption == "Alt text");
  SUBCASE("data: images are kept") {
    CHECK(extract(R"(<meta property="og:image" content="data:image/png;base64,AA==">)").lead_image ==
          "data:image/png;base64,AA==");
  }
  SUBCASE("link rel=image_src as the last resort") {
    CHECK(extract(R"(<link rel="image_src" href="/src.png">)").lead_image == "https://x.org/src.png");
  }
}

TEST_CASE("empty and hostile documents") {
  const auto empty = parse_html("");
  const Metadata m = extract_metadata(*empty, "");
  CHECK(m.title == "");
  CHECK(m.byline == "");
  CHECK_FALSE(m.is_paywalled_ld);
  // 100,000 nested elements: every walk here is iterative.
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<span class='x'>";
  deep += "<span class='author'>Deep Writer</span>";
  const Metadata d = extract("<title>Deep page</title>", deep);
  CHECK(d.title == "Deep page");
}

TEST_CASE("nested byline candidates stay linear") {
  // Every level matches the byline pattern and holds the same 300 KB of text:
  // reading each level's whole text would be quadratic.
  std::string html = "<title>Nested</title><body>";
  for (int i = 0; i < 3000; ++i) html += "<div class='author'>";
  html += std::string(300000, 'x');
  const auto start = std::chrono::steady_clock::now();
  const Metadata m = extract(html);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(m.byline == "");
  CHECK(seconds < 5.0);
}

TEST_CASE("bounded_text") {
  const auto doc = parse_html("<div id=a>  \n  <b>ab</b>cd  </div>");
  dom::NodeId div = dom::kNoNode;
  for (dom::NodeId id = 0; id != dom::kNoNode; id = doc->next_in_tree(id, 0)) {
    if (doc->is_html(id, dom::Tag::kDiv)) div = id;
  }
  REQUIRE(div != dom::kNoNode);
  CHECK(bounded_text(*doc, div, 100, 100).value() == "  \n  abcd  ");
  CHECK(bounded_text(*doc, div, 6, 100).value() == "  \n  abcd  ");  // leading space is free
  CHECK_FALSE(bounded_text(*doc, div, 5, 100).has_value());
  CHECK_FALSE(bounded_text(*doc, div, 100, 3).has_value());
}

TEST_CASE("fixture theweek-north-korea") {
  // The vendored copy: always there, so this test always runs.
  std::string html;
  REQUIRE(reader::testing::read_file(
      reader::testing::tests_dir() + "/fixtures/theweek-north-korea.html", html));
  const auto doc = parse_html(html);
  const Metadata m = extract_metadata(
      *doc, "https://theweek.com/north-korea/1026312/would-north-korean-weapons-tilt-the-war-russias-way");
  CHECK(m.title == "Would North Korean weapons tilt the war Russia\xE2\x80\x99s way?");
  CHECK(m.byline.find("Chas Newkey-Burden") != std::string::npos);
  CHECK(m.site_name == "The Week");
  CHECK(m.lang == "en-GB");
  CHECK(m.published_time.rfind("2023-09-06", 0) == 0);
  CHECK(m.excerpt.find("Putin wants to boost") != std::string::npos);
  CHECK(m.is_paywalled_ld);
  REQUIRE(m.paywall_selectors.size() == 1);
  CHECK(m.paywall_selectors[0] == ".paywall");
  CHECK(m.lead_image == "https://cdn.mos.cms.futurecdn.net/kim-putin-vladivostok-1200-80.jpg");
}

}  // namespace reader::meta

// Issue 10: bylines in markup Readability's class patterns do not see.
TEST_CASE("byline from <address>, profile links and 'Von'/'Par'/'Por' lines") {
  auto byline_of = [](const std::string& article) {
    auto doc = reader::meta::parse_html("<html><head><title>T</title></head><body><article><h1>T</h1>" + article +
                          "<p>text</p></article></body></html>");
    return reader::meta::extract_metadata(*doc, "https://example.com/a").byline;
  };
  SUBCASE("an <address> in the article, its 'By' dropped") {
    CHECK(byline_of("<address>By <a href='/staff/jane'>Jane Doe</a></address>") == "Jane Doe");
    CHECK(byline_of("<address>Von Maria Müller</address>") == "Maria Müller");
  }
  SUBCASE("a link to the author's profile page") {
    CHECK(byline_of("<p><a href='/author/jane-doe'>Jane Doe</a> · 3 min read</p>") == "Jane Doe");
    CHECK(byline_of("<div><a href='https://medium.com/@reefwatch'>Reef Watch</a></div>") ==
          "Reef Watch");
    CHECK(byline_of("<div>Par <a href='/auteurs/claire-dubois'>Claire Dubois</a></div>") ==
          "Claire Dubois");
  }
  SUBCASE("never a date, never a link that is not a profile") {
    CHECK(byline_of("<address>March 25, 2015</address>") == "");
    CHECK(byline_of("<p><a href='/author/'>All authors</a></p>") == "");
    CHECK(byline_of("<p><a href='/news/world'>World news</a></p>") == "");
  }
}

// Issue 10: "By X" lines without any author markup, and bylines that name
// the site.
TEST_CASE("byline from a 'By X' line, and never the site's name") {
  auto meta_of = [](const std::string& head, const std::string& body) {
    auto doc = reader::meta::parse_html("<html><head><title>T</title>" + head + "</head><body>" +
                                        body + "</body></html>");
    return reader::meta::extract_metadata(*doc, "https://example.com/news/2024/03/a-story");
  };
  const std::string story = "<h1>A headline</h1><p>Story text that goes on for a while.</p>";
  SUBCASE("a line of its own, in six languages") {
    CHECK(meta_of("", "<div class=x1>By Jane Doe</div>" + story).byline == "Jane Doe");
    CHECK(meta_of("", "<p>Von Maria M\xC3\xBCller, 3. M\xC3\xA4rz 2024</p>" + story).byline ==
          "Maria M\xC3\xBCller");
    CHECK(meta_of("", "<span>Par Claire Dubois</span>" + story).byline == "Claire Dubois");
    CHECK(meta_of("", "<span>Por Ana Garc\xC3\xAD" "a</span>" + story).byline ==
          "Ana Garc\xC3\xAD" "a");
    CHECK(meta_of("", "<p>Di Mario Rossi</p>" + story).byline == "Mario Rossi");
    CHECK(meta_of("", "<p>Door Jan de Vries</p>" + story).byline == "Jan de Vries");
  }
  SUBCASE("not on a shop's page: there 'Shop by Brand' lines are filters") {
    const auto doc = reader::meta::parse_html(
        "<html><head><meta property='og:type' content='product'></head><body>"
        "<p>By Jane Doe</p>" + story + "</body></html>");
    CHECK(reader::meta::extract_metadata(*doc, "https://example.com/p/123").byline == "");
  }
  SUBCASE("not in menus, footers or sidebars, and not a sentence") {
    CHECK(meta_of("", "<aside><p>By Other Writer</p></aside>" + story).byline == "");
    CHECK(meta_of("", story + "<footer><p>By Site Staff</p></footer>").byline == "");
    CHECK(meta_of("", "<p>By the way, this is prose.</p>" + story).byline == "");
  }
  SUBCASE("a byline naming the site gives way to one naming a person") {
    const reader::meta::Metadata m = meta_of(R"(<meta property="og:site_name" content="Cleveland Clinic">
      <meta name="author" content="Cleveland Clinic">)",
                               "<p>By Holly Wilgus</p>" + story);
    CHECK(m.byline == "Holly Wilgus");
  }
  SUBCASE("... and stays when nothing else names anyone (a company's own page)") {
    const reader::meta::Metadata m = meta_of(R"(<meta property="og:site_name" content="EcoFlow">
      <meta name="author" content="EcoFlow">)",
                               story);
    CHECK(m.byline == "EcoFlow");
  }
  SUBCASE("a person named like the site is not the site") {
    const reader::meta::Metadata m = meta_of(R"(<meta property="og:site_name" content="Scott Davenport Photography">
      <meta name="author" content="Scott Davenport">)",
                               story);
    CHECK(m.byline == "Scott Davenport");
  }
}
