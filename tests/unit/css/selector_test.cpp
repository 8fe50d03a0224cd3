// Selector engine: one TEST_CASE per feature group, asserting which elements
// match (by their id attribute) on small hand-built documents.
#include <doctest/doctest.h>

#include <string>

#include "css/selector.h"
#include "mini_markup.h"

using reader::css::SelectorError;
using reader::css::SelectorList;
using reader::dom::Document;
using reader::dom::NodeId;

namespace {

// Ids of the elements select_all(root) returns, space-separated; "!error"
// when the selector does not parse.
std::string ids(const Document& doc, std::string_view selector) {
  SelectorError err;
  auto list = SelectorList::parse(selector, &err);
  if (!list) return "!error: " + err.message;
  std::string out;
  for (NodeId n : reader::css::select_all(doc, Document::root(), *list)) {
    if (!out.empty()) out += ' ';
    std::string_view id = doc.attr(n, "id");
    out += id.empty() ? std::string(doc.name(n)) : std::string(id);
  }
  return out;
}

// The parse error of an invalid selector (position -1 if it parsed).
SelectorError error_of(std::string_view selector) {
  SelectorError err;
  err.position = static_cast<size_t>(-1);
  auto list = SelectorList::parse(selector, &err);
  if (list) err.message = "(parsed)";
  return err;
}

struct Doc {
  explicit Doc(std::string_view markup) { reader::testing::build_markup(doc, Document::root(), markup); }
  Document doc;
};

}  // namespace

TEST_CASE("type, universal, id and class selectors") {
  Doc d(R"(<html id=h><body id=b><div id=d1 class="a  b"><p id=p1 class=b>x</p></div>)"
        R"(<DIV id=d2 class="A"></DIV><span id=s1 class="ab"></span></body></html>)");
  CHECK(ids(d.doc, "div") == "d1 d2");
  CHECK(ids(d.doc, "DiV") == "d1 d2");  // ASCII case-insensitive for HTML elements
  CHECK(ids(d.doc, "#p1") == "p1");
  CHECK(ids(d.doc, "#P1") == "");  // ids are case-sensitive in no-quirks mode
  CHECK(ids(d.doc, ".b") == "d1 p1");
  CHECK(ids(d.doc, ".a") == "d1");   // not "A", not "ab"
  CHECK(ids(d.doc, ".a.b") == "d1");
  CHECK(ids(d.doc, "p.a") == "");
  CHECK(ids(d.doc, "*") == "h b d1 p1 d2 s1");
  CHECK(ids(d.doc, "*.b") == "d1 p1");
  CHECK(ids(d.doc, "span#s1.ab") == "s1");
}

TEST_CASE("quirks mode makes ids and classes case-insensitive") {
  Doc d("<div id=Main class=Box></div>");
  d.doc.quirks_mode = reader::dom::QuirksMode::kQuirks;
  CHECK(ids(d.doc, "#main") == "Main");
  CHECK(ids(d.doc, ".box") == "Main");
}

TEST_CASE("attribute selectors") {
  Doc d(R"(<a id=a1 href="https://ads.example.com/x" lang="en-US" data-tags="nofollow sponsored"></a>)"
        R"(<a id=a2 href="/local" lang="en" data-x=""></a>)"
        R"(<a id=a3 HREF="HTTPS://X" lang="english" data-tags="Sponsored"></a>)");
  CHECK(ids(d.doc, "[data-x]") == "a2");
  CHECK(ids(d.doc, "[DATA-X]") == "a2");
  CHECK(ids(d.doc, "[href]") == "a1 a2 a3");
  CHECK(ids(d.doc, "[href='/local']") == "a2");
  CHECK(ids(d.doc, "[href=\"/local\"]") == "a2");
  CHECK(ids(d.doc, "[lang=en]") == "a2");
  CHECK(ids(d.doc, "[data-tags~=sponsored]") == "a1");
  CHECK(ids(d.doc, "[data-tags~=sponsored i]") == "a1 a3");
  CHECK(ids(d.doc, "[data-tags~='nofollow sponsored']") == "");  // a value with whitespace never matches
  CHECK(ids(d.doc, "[lang|=en]") == "a1 a2");                // not "english"
  CHECK(ids(d.doc, "[href^=https]") == "a1");
  CHECK(ids(d.doc, "[href^=https i]") == "a1 a3");
  CHECK(ids(d.doc, "[href$='/x']") == "a1");
  CHECK(ids(d.doc, "[href*=example]") == "a1");
  CHECK(ids(d.doc, "[href*=EXAMPLE i]") == "a1");
  CHECK(ids(d.doc, "[href*=EXAMPLE s]") == "");
  CHECK(ids(d.doc, "[data-x^='']") == "");  // empty value never matches ^= $= *=
  CHECK(ids(d.doc, "[data-x='']") == "a2");
  CHECK(ids(d.doc, "[ href = '/local' ]") == "a2");
  CHECK(ids(d.doc, R"([href="\2f local"])") == "a2");  // CSS escape: \2f is '/'
}

TEST_CASE("HTML attributes whose values are case-insensitive (type, lang, rel...)") {
  Doc d(R"(<input id=i1 type=TEXT><input id=i2 type=text data-k=TEXT>)"
        R"(<svg><a id=sa type=TEXT></a></svg>)");
  CHECK(ids(d.doc, "[type=text]") == "i1 i2");       // HTML elements only
  CHECK(ids(d.doc, "[type=text s]") == "i2");        // explicit flag wins
  CHECK(ids(d.doc, "[type^=te]") == "i1 i2");
  CHECK(ids(d.doc, "[data-k=text]") == "");          // other attributes stay case-sensitive
  CHECK(ids(d.doc, "[type=TEXT]") == "i1 i2 sa");
}

TEST_CASE("combinators") {
  Doc d(R"(<div id=outer><section id=sec><p id=p1></p><p id=p2></p><span id=s1></span>)"
        R"(<p id=p3></p></section><p id=p4></p></div>)");
  CHECK(ids(d.doc, "div p") == "p1 p2 p3 p4");
  CHECK(ids(d.doc, "div > p") == "p4");
  CHECK(ids(d.doc, "div>p") == "p4");
  CHECK(ids(d.doc, "section > p") == "p1 p2 p3");
  CHECK(ids(d.doc, "p + p") == "p2");
  CHECK(ids(d.doc, "p ~ p") == "p2 p3");
  CHECK(ids(d.doc, "span + p") == "p3");
  CHECK(ids(d.doc, "span ~ p") == "p3");
  CHECK(ids(d.doc, "#p1 ~ span") == "s1");
  CHECK(ids(d.doc, "div section > p + p") == "p2");
  CHECK(ids(d.doc, "div > section p") == "p1 p2 p3");
  CHECK(ids(d.doc, "section ~ p") == "p4");
  CHECK(ids(d.doc, "body p") == "");
}

TEST_CASE("descendant matching backtracks correctly") {
  // a > b c: the first <b> ancestor of c is not a child of <a>, a farther one is.
  Doc d("<a><b id=b1><x><b id=b2><c id=c1></c></b></x></b></a>");
  CHECK(ids(d.doc, "a > b c") == "c1");
  CHECK(ids(d.doc, "a > b > c") == "");
  CHECK(ids(d.doc, "x > b > c") == "c1");
  // Sibling restart: a + b ~ c with several candidates.
  Doc s("<i id=i1></i><a id=a1></a><b id=b1></b><i id=i2></i><b id=b2></b><c id=c1></c>");
  CHECK(ids(s.doc, "a + b ~ c") == "c1");
  CHECK(ids(s.doc, "i + b ~ c") == "c1");
  CHECK(ids(s.doc, "a + i ~ c") == "");
}

TEST_CASE("selector lists, :not, :is, :where") {
  Doc d(R"(<div id=d1 class=ad></div><div id=d2></div><p id=p1 class=ad></p><span id=s1></span>)");
  CHECK(ids(d.doc, "p, span") == "p1 s1");  // tree order, not list order
  CHECK(ids(d.doc, "span , p") == "p1 s1");
  CHECK(ids(d.doc, "div:not(.ad)") == "d2");
  CHECK(ids(d.doc, ":not(div, p)") == "s1");
  CHECK(ids(d.doc, "div:not(.ad):not(#d2)") == "");
  CHECK(ids(d.doc, ":is(div, p).ad") == "d1 p1");
  CHECK(ids(d.doc, ":where(span, p)") == "p1 s1");
  CHECK(ids(d.doc, ":not(:is(div, p))") == "s1");
  Doc n("<section><div id=x><p id=in></p></div></section><p id=out></p>");
  CHECK(ids(n.doc, "p:not(section p)") == "out");  // complex selectors inside :not
}

TEST_CASE(":has with relative selectors") {
  Doc d(R"(<div id=d1><p id=p1><img id=i1></p></div>)"
        R"(<div id=d2><img id=i2></div>)"
        R"(<div id=d3><span></span></div>)"
        R"(<h2 id=h1></h2><p id=p2></p>)"
        R"(<h2 id=h2></h2><span id=s2></span><p id=p3></p>)");
  CHECK(ids(d.doc, "div:has(img)") == "d1 d2");
  CHECK(ids(d.doc, "div:has(> img)") == "d2");
  CHECK(ids(d.doc, "div:has(>img)") == "d2");
  CHECK(ids(d.doc, "div:has(p img)") == "d1");
  CHECK(ids(d.doc, "div:has(> p > img)") == "d1");
  CHECK(ids(d.doc, "div:has(> span, > img)") == "d2 d3");
  CHECK(ids(d.doc, "h2:has(+ p)") == "h1");
  CHECK(ids(d.doc, "h2:has(~ p)") == "h1 h2");
  CHECK(ids(d.doc, "h2:has(+ span + p)") == "h2");
  CHECK(ids(d.doc, "div:not(:has(img))") == "d3");
  CHECK(ids(d.doc, ":has(> img)") == "p1 d2");
  // The relative selector is anchored: "div img" must have its div below the anchor.
  Doc a("<div id=top><section id=sec><img id=i></section></div>");
  CHECK(ids(a.doc, "section:has(div img)") == "");
  CHECK(ids(a.doc, "div:has(section img)") == "top");
  CHECK(ids(a.doc, ":has(:scope img)") == "");  // :scope is select_all's scope, not the anchor
}

TEST_CASE(":has memoisation gives the same answers as a plain search") {
  // Nested lists: every <li> that (transitively) contains a <b>.
  Doc d("<ul id=u1><li id=l1><ul id=u2><li id=l2><b></b></li><li id=l3></li></ul></li>"
        "<li id=l4><i></i></li></ul><ul id=u3><li id=l5></li></ul>");
  CHECK(ids(d.doc, "li:has(b)") == "l1 l2");
  CHECK(ids(d.doc, "ul:has(b)") == "u1 u2");
  CHECK(ids(d.doc, ":has(b), :has(i)") == "u1 l1 u2 l2 l4");
  // matches() (no caches) agrees.
  SelectorError err;
  auto list = SelectorList::parse("ul:has(b)", &err);
  REQUIRE(list);
  NodeId u3 = reader::css::select_first(d.doc, Document::root(), *SelectorList::parse("#u3", &err));
  REQUIRE(u3 != reader::dom::kNoNode);
  CHECK_FALSE(list->matches(d.doc, u3));
}

TEST_CASE("structural pseudo-classes") {
  Doc d(R"(<ul id=u>text<li id=l1></li><!--c--><li id=l2></li><p id=p1></p><li id=l3></li>)"
        R"(<li id=l4></li><li id=l5></li></ul><div id=only><b id=b1></b></div><i id=e1></i>)"
        R"(<i id=e2><!--only a comment--></i><i id=e3> </i>)");
  CHECK(ids(d.doc, "li:first-child") == "l1");
  CHECK(ids(d.doc, "li:last-child") == "l5");
  CHECK(ids(d.doc, ":only-child") == "b1");
  CHECK(ids(d.doc, "ul > :nth-child(2)") == "l2");
  CHECK(ids(d.doc, "ul > :nth-child(odd)") == "l1 p1 l4");
  CHECK(ids(d.doc, "ul > :nth-child(even)") == "l2 l3 l5");
  CHECK(ids(d.doc, "ul > :nth-child(2n+1)") == "l1 p1 l4");
  CHECK(ids(d.doc, "ul > :nth-child(-n+2)") == "l1 l2");
  CHECK(ids(d.doc, "ul > :nth-child(n+5)") == "l4 l5");
  CHECK(ids(d.doc, "ul > :nth-child( 3n - 1 )") == "l2 l4");
  CHECK(ids(d.doc, "ul > :nth-child(+3)") == "p1");
  CHECK(ids(d.doc, "ul > :nth-last-child(1)") == "l5");
  CHECK(ids(d.doc, "ul > :nth-last-child(-n+2)") == "l4 l5");
  CHECK(ids(d.doc, "li:nth-of-type(3)") == "l3");
  CHECK(ids(d.doc, "li:nth-last-of-type(2)") == "l4");
  CHECK(ids(d.doc, "p:first-of-type") == "p1");
  CHECK(ids(d.doc, "li:first-of-type") == "l1");
  CHECK(ids(d.doc, "li:last-of-type") == "l5");
  CHECK(ids(d.doc, "ul > :only-of-type") == "p1");
  CHECK(ids(d.doc, ":nth-child(2 of li)") == "l2");
  CHECK(ids(d.doc, ":nth-child(3 of li, p)") == "p1");
  CHECK(ids(d.doc, ":nth-last-child(1 of p)") == "p1");
  CHECK(ids(d.doc, "i:empty") == "e1 e2");  // comments allowed, whitespace text is not
  CHECK(ids(d.doc, "ul:empty") == "");
}

TEST_CASE(":root and :scope") {
  Doc d("<html id=h><body id=b><div id=d><p id=p></p></div></body></html>");
  CHECK(ids(d.doc, ":root") == "h");
  CHECK(ids(d.doc, ":root > body") == "b");
  SelectorError err;
  auto list = SelectorList::parse(":scope > p", &err);
  REQUIRE(list);
  NodeId div = reader::css::select_first(d.doc, Document::root(), *SelectorList::parse("#d", &err));
  auto found = reader::css::select_all(d.doc, div, *list);
  REQUIRE(found.size() == 1);
  CHECK(d.doc.attr(found[0], "id") == "p");
  // select_all never returns the scope itself.
  auto divs = reader::css::select_all(d.doc, div, *SelectorList::parse("div", &err));
  CHECK(divs.empty());
}

TEST_CASE("foreign elements keep case-sensitive type names") {
  Doc d("<div><svg id=s viewBox='0 0 1 1'><foreignObject id=f></foreignObject></svg></div>");
  CHECK(ids(d.doc, "foreignObject") == "f");
  CHECK(ids(d.doc, "foreignobject") == "");
  CHECK(ids(d.doc, "svg[viewbox]") == "s");  // attribute names: ASCII case-insensitive
}

TEST_CASE("CSS escapes, comments and whitespace") {
  Doc d(R"(<div id="1a" class="a:b"></div><div id=x class="é"></div>)");
  CHECK(ids(d.doc, R"(#\31 a)") == "1a");
  CHECK(ids(d.doc, R"(.a\:b)") == "1a");
  CHECK(ids(d.doc, ".é") == "x");
  CHECK(ids(d.doc, R"(.\e9)") == "x");
  CHECK(ids(d.doc, "div/* a comment */.a\\:b") == "1a");
  CHECK(ids(d.doc, "  div#x  ") == "x");
}

TEST_CASE("unsupported and invalid selectors give typed errors with positions") {
  struct Case {
    const char* selector;
    size_t position;
    const char* message_part;
  };
  const Case cases[] = {
      {"", 0, "expected a selector"},
      {"div,", 4, "expected a selector"},
      {"div, , p", 5, "expected a selector"},
      {"div > > p", 6, "unexpected character '>'"},
      {"a:hover", 1, "unsupported pseudo-class ':hover'"},
      {"p::before", 1, "pseudo-elements are not supported"},
      {"svg|rect", 3, "namespace"},
      {"*|p", 0, "namespace"},
      {"[xlink|href]", 6, "namespace"},
      {"a || b", 2, "column combinator"},
      {"div!", 3, "unexpected character '!'"},
      {"[href", 0, "unterminated attribute selector"},
      {"[href=1]", 6, "identifier or a quoted string"},
      {"[href=a x]", 8, "unknown attribute selector flag"},
      {"[href='a]", 6, "unterminated string"},
      {"div:not()", 8, "expected a selector"},
      {"div:not(p", 9, "expected ')'"},
      {":nth-child(n+)", 13, "expected an integer"},
      {":nth-child(foo)", 11, "expected An+B"},
      {":nth-child(2n of)", 16, "expected a selector"},
      {":nth-of-type(2 of p)", 15, "expected ')'"},
      {"div)", 3, "unexpected ')'"},
      {".1a", 0, "expected a class name"},
      {"#", 0, "expected an identifier after '#'"},
      {"div.a*", 5, "must come first"},
      {"p:has-text(x)", 1, "procedural operator"},
      {"div:upward(2)", 3, "unsupported procedural operator ':upward()'"},
      {":matches-css(color: red)", 0, "unsupported procedural operator"},
      {"p:focus-within", 1, "unsupported pseudo-class"},
  };
  for (const Case& c : cases) {
    std::string selector = c.selector;
    CAPTURE(selector);
    SelectorError err = error_of(c.selector);
    CAPTURE(err.message);
    CHECK(err.message.find(c.message_part) != std::string::npos);
    CHECK(err.position == c.position);
  }
}

TEST_CASE("nesting depth is capped") {
  std::string deep;
  for (int i = 0; i < 40; ++i) deep += ":not(";
  deep += "p";
  for (int i = 0; i < 40; ++i) deep += ")";
  SelectorError err = error_of(deep);
  CHECK(err.message.find("nested too deeply") != std::string::npos);
  CHECK(err.position == 5 * 32);
  std::string ok;
  for (int i = 0; i < 10; ++i) ok += ":is(";
  ok += "p";
  for (int i = 0; i < 10; ++i) ok += ")";
  Doc d("<p id=x></p>");
  CHECK(ids(d.doc, ok) == "x");
}

TEST_CASE("has_class splits on ASCII whitespace") {
  Doc d("<div id=d class=\" one\ttwo\nthree \"></div><p id=p></p>");
  SelectorError err;
  NodeId div = reader::css::select_first(d.doc, Document::root(), *SelectorList::parse("div", &err));
  NodeId p = reader::css::select_first(d.doc, Document::root(), *SelectorList::parse("p", &err));
  CHECK(reader::css::has_class(d.doc, div, "one"));
  CHECK(reader::css::has_class(d.doc, div, "two"));
  CHECK(reader::css::has_class(d.doc, div, "three"));
  CHECK_FALSE(reader::css::has_class(d.doc, div, "on"));
  CHECK_FALSE(reader::css::has_class(d.doc, div, ""));
  CHECK_FALSE(reader::css::has_class(d.doc, p, "one"));
}

TEST_CASE("rightmost keys index selectors by id, class, then tag") {
  SelectorError err;
  auto list = SelectorList::parse("div .x, a#Top.y, p, :not(p), [href] span, a[HREF^=x]", &err);
  REQUIRE(list);
  auto keys = list->rightmost_keys();
  REQUIRE(keys.size() == 6);
  using K = reader::css::SelectorKey::Kind;
  CHECK((keys[0].kind == K::kClass && keys[0].value == "x"));
  CHECK((keys[1].kind == K::kId && keys[1].value == "top"));
  CHECK((keys[2].kind == K::kTag && keys[2].value == "p"));
  CHECK(keys[3].kind == K::kNone);
  CHECK((keys[4].kind == K::kTag && keys[4].value == "span"));
  CHECK((keys[5].kind == K::kAttr && keys[5].value == "href"));
}

TEST_CASE("matching non-elements or out-of-range ids is false, not a crash") {
  Doc d("<p>text</p>");
  SelectorError err;
  auto list = SelectorList::parse("*", &err);
  REQUIRE(list);
  CHECK_FALSE(list->matches(d.doc, Document::root()));
  CHECK_FALSE(list->matches(d.doc, 12345));
  CHECK(reader::css::select_all(d.doc, 9999, *list).empty());
}
