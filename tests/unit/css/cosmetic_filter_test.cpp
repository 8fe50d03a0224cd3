// Cosmetic filter lists: syntax coverage, domain scoping, exceptions,
// procedural operators, and every unsupported form reported with its line.
#include <doctest/doctest.h>

#include <string>

#include "css/cosmetic_filter.h"
#include "mini_markup.h"

using reader::css::FilterError;
using reader::css::FilterList;
using reader::dom::Document;

namespace {

struct Doc {
  explicit Doc(std::string_view markup) { reader::testing::build_markup(doc, Document::root(), markup); }
  Document doc;
};

// Ids of the hidden elements on `host`, space-separated.
std::string hidden(const FilterList& list, const Document& doc, std::string_view host) {
  std::string out;
  for (const auto& m : list.apply(doc, Document::root(), host)) {
    if (!out.empty()) out += ' ';
    out += std::string(doc.attr(m.node, "id"));
  }
  return out;
}

FilterList parse_ok(std::string_view text) {
  std::vector<FilterError> errors;
  FilterList list = FilterList::parse(text, &errors);
  for (const auto& e : errors) FAIL_CHECK("line ", e.line, ": ", e.text, " -> ", e.reason);
  return list;
}

const char* kPage = R"(<div id=ad1 class="ad banner"></div><div id=box class=box>Please )"
                    R"(<b>Subscribe</b>   now</div><div id=box2 class=box>Read more</div>)"
                    R"(<aside id=side><span class=sponsor>x</span></aside><p id=p1>Sponsored post</p>)";

}  // namespace

TEST_CASE("generic and domain-specific hiding filters") {
  Doc d(kPage);
  FilterList list = parse_ok(
      "[Adblock Plus 2.0]\n"
      "! Title: test list\n"
      "\n"
      "##.banner\n"
      "example.com##aside\n"
      "example.com,~shop.example.com##p\n"
      "other.org,example.*###box2\n");
  CHECK(list.filter_count() == 4);
  CHECK(hidden(list, d.doc, "unrelated.net") == "ad1");
  CHECK(hidden(list, d.doc, "example.com") == "ad1 box2 side p1");
  CHECK(hidden(list, d.doc, "www.example.com") == "ad1 box2 side p1");
  CHECK(hidden(list, d.doc, "shop.example.com") == "ad1 box2 side");  // ~ negation
  CHECK(hidden(list, d.doc, "example.co.uk") == "ad1 box2");
  CHECK(hidden(list, d.doc, "other.org") == "ad1 box2");
  CHECK(hidden(list, d.doc, "") == "ad1");  // unknown host: generic filters only
}

TEST_CASE("negated-only domain lists apply everywhere else") {
  Doc d(kPage);
  FilterList list = parse_ok("~example.com,~example.org##aside\n");
  CHECK(hidden(list, d.doc, "news.net") == "side");
  CHECK(hidden(list, d.doc, "www.example.com") == "");
  CHECK(hidden(list, d.doc, "example.org") == "");
}

TEST_CASE("exceptions cancel hiding filters with the same selector") {
  Doc d(kPage);
  FilterList list = parse_ok(
      "##.banner\n"
      "##aside\n"
      "example.com#@#.banner\n"
      "#@#aside\n");
  CHECK(list.exception_count() == 2);
  CHECK(hidden(list, d.doc, "www.example.com") == "");
  CHECK(hidden(list, d.doc, "other.net") == "ad1");  // generic #@#aside cancels everywhere
  // An exception for a different selector changes nothing.
  FilterList other = parse_ok("##.banner\nexample.com#@#.ad\n");
  CHECK(hidden(other, d.doc, "example.com") == "ad1");
}

TEST_CASE("the first filter in list order is reported, one match per element") {
  Doc d(kPage);
  FilterList list = parse_ok("##div.ad\n##.banner\n##div\n");
  auto matches = list.apply(d.doc, Document::root(), "x.com");
  REQUIRE(matches.size() == 3);
  CHECK(matches[0].rule_text == "##div.ad");
  CHECK(matches[1].rule_text == "##div");
  CHECK(d.doc.attr(matches[2].node, "id") == "box2");
}

TEST_CASE("procedural operators") {
  Doc d(kPage);
  SUBCASE(":has-text with a literal needle (whitespace-collapsed, case-sensitive)") {
    FilterList list = parse_ok("##div.box:has-text(Subscribe now)\n");
    CHECK(hidden(list, d.doc, "a.com") == "box");
    FilterList lower = parse_ok("##div.box:has-text(subscribe)\n");
    CHECK(hidden(lower, d.doc, "a.com") == "");
  }
  SUBCASE(":has-text with a regex and flags") {
    FilterList list = parse_ok("##div:has-text(/^please\\s+subscribe/i)\n");
    CHECK(hidden(list, d.doc, "a.com") == "box");
    FilterList anchored = parse_ok("##div:has-text(/^Subscribe/)\n");
    CHECK(hidden(anchored, d.doc, "a.com") == "");
    FilterList parens = parse_ok("##p:has-text(/(Sponsored|Promoted) post/)\n");
    CHECK(hidden(parens, d.doc, "a.com") == "p1");
    // A ')' inside a regex character class or escaped does not end the argument.
    FilterList klass = parse_ok("##p:has-text(/[)S]ponsored\\)?/):not(.x)\n");
    CHECK(hidden(klass, d.doc, "a.com") == "p1");
  }
  SUBCASE(":-abp-contains is :has-text") {
    FilterList list = parse_ok("##p:-abp-contains(Sponsored)\n");
    CHECK(hidden(list, d.doc, "a.com") == "p1");
  }
  SUBCASE(":-abp-has and :has") {
    FilterList list = parse_ok("##aside:-abp-has(.sponsor)\n");
    CHECK(hidden(list, d.doc, "a.com") == "side");
    FilterList native = parse_ok("example.com##aside:has(> span.sponsor)\n");
    CHECK(hidden(native, d.doc, "example.com") == "side");
  }
  SUBCASE("nested inside :not and :has, and chained") {
    FilterList list = parse_ok("##div.box:not(:has-text(Subscribe))\n");
    CHECK(hidden(list, d.doc, "a.com") == "box2");
    FilterList has = parse_ok("##:has(> b:has-text(Subscribe))\n");
    CHECK(hidden(has, d.doc, "a.com") == "box");
    FilterList chain = parse_ok("##div:has-text(Please):has-text(now)\n");
    CHECK(hidden(chain, d.doc, "a.com") == "box");
  }
  SUBCASE("attribute selectors") {
    FilterList list = parse_ok("##div[class^=\"ad \"]\n##[id*=side i]\n");
    CHECK(hidden(list, d.doc, "a.com") == "ad1 side");
  }
}

TEST_CASE("unsupported syntax is reported with 1-based line numbers") {
  const char* text =
      "! comment\n"                              // 1
      "||ads.example.com^\n"                     // 2 network filter
      "example.com#?#div:-abp-has(.ad)\n"        // 3
      "example.com#$#abort-on-property-read x\n" // 4
      "example.com##+js(set-constant, a, 1)\n"   // 5
      "##div:style(display: none)\n"             // 6
      "##div:upward(2)\n"                        // 7
      "##:xpath(//div)\n"                        // 8
      "##div:matches-css(color: red)\n"          // 9
      "##.ok\n"                                  // 10 (valid)
      "example.com##^script:has-text(ad)\n"      // 11
      "example.com##\n"                          // 12
      "##div[\n"                                 // 13
      "/ads\\d/##.x\n"                           // 14
      "ex*mple.com##.x\n"                        // 15
      "a.com,,b.com##.x\n"                       // 16
      "example.com#@#+js(nobab)\n"               // 17
      "example.com#%#window.x=1\n"               // 18
      "example.org$$script[tag-content=\"ad\"]\n"  // 19
      "##div:has-text(/(a)\\1/)\n"                // 20
      "##div:has-text(/[z-a]/)\n"                // 21
      "##div:has-text()\n"                       // 22
      "##p::before\n"                            // 23
      "##div:remove()\n";                        // 24
  std::vector<FilterError> errors;
  FilterList list = FilterList::parse(text, &errors);
  CHECK(list.filter_count() == 1);
  struct Expected {
    int line;
    const char* reason_part;
  };
  const Expected expected[] = {
      {2, "network filter"},
      {3, "#?#"},
      {4, "#$#"},
      {5, "##+js"},
      {6, "':style()'"},
      {7, "':upward()'"},
      {8, "':xpath()'"},
      {9, "':matches-css()'"},
      {11, "##^"},
      {12, "empty selector"},
      {13, "column 7: expected an attribute name"},
      {14, "regular-expression domains"},
      {15, "wildcards"},
      {16, "empty domain"},
      {17, "##+js"},
      {18, "#%#"},
      {19, "$$"},
      {20, "backreferences"},
      {21, "out of order"},
      {22, "empty text argument"},
      {23, "pseudo-elements"},
      {24, "':remove()'"},
  };
  REQUIRE(errors.size() == std::size(expected));
  for (size_t i = 0; i < errors.size(); ++i) {
    CAPTURE(errors[i].text);
    CAPTURE(errors[i].reason);
    CHECK(errors[i].line == expected[i].line);
    CHECK(errors[i].reason.find(expected[i].reason_part) != std::string::npos);
  }
  CHECK(errors[0].text == "||ads.example.com^");
}

TEST_CASE("selector errors give the column within the line") {
  std::vector<FilterError> errors;
  FilterList::parse("example.com##div > :hover\n", &errors);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].line == 1);
  // ':hover' starts at column 20 (1-based) of the line.
  CHECK(errors[0].reason == "invalid selector at column 20: unsupported pseudo-class ':hover'");
}

TEST_CASE("CRLF line endings, uBO '# ' comments, blank lines, no trailing newline") {
  std::vector<FilterError> errors;
  FilterList list = FilterList::parse("# a comment\r\n\r\n  ##.a  \r\n##.b", &errors);
  CHECK(errors.empty());
  CHECK(list.filter_count() == 2);
  Doc d("<div id=x class=b></div>");
  auto m = list.apply(d.doc, Document::root(), "");
  REQUIRE(m.size() == 1);
  CHECK(m[0].rule_text == "##.b");
}

TEST_CASE(":has-text regex input is capped, long text does not hang") {
  std::string text(200'000, 'a');
  Document doc;
  auto div = doc.create_element_named("div");
  doc.append_child(Document::root(), div);
  doc.append_child(div, doc.create_text(text + "needle"));
  FilterList regex = parse_ok("##div:has-text(/needle/)\n");
  CHECK(regex.apply(doc, Document::root(), "").empty());  // beyond the 10,000-byte cap
  FilterList plain = parse_ok("##div:has-text(needle)\n");
  CHECK(plain.apply(doc, Document::root(), "").size() == 1);  // literal needles see everything
  // Patterns that make backtracking engines explode stay linear here.
  FilterList star = parse_ok("##div:has-text(/(a|b|ab)*c/)\n##div:has-text(/(a+)+b/)\n##div:has-text(/.*x/)\n");
  CHECK(star.apply(doc, Document::root(), "").empty());
}
