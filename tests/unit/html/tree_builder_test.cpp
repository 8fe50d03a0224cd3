// Tree builder (WHATWG HTML 13.2.6) through parse_document / parse_fragment.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "dom/document.h"
#include "html/parser.h"

namespace reader::html {
namespace {

using dom::Document;
using dom::kNoNode;
using dom::NodeId;
using dom::Ns;
using dom::Tag;

// Element children of `parent`, in order.
std::vector<NodeId> element_children(const Document& doc, NodeId parent) {
  std::vector<NodeId> out;
  for (NodeId c = doc.first_child(parent); c != kNoNode; c = doc.next_sibling(c)) {
    if (doc.is_element(c)) out.push_back(c);
  }
  return out;
}

// Compact outline of a subtree: tag(children...), text in quotes. Iterative.
std::string outline(const Document& doc, NodeId root) {
  std::string out;
  struct Item {
    NodeId node;
    bool close;
  };
  std::vector<Item> stack{{root, false}};
  while (!stack.empty()) {
    Item it = stack.back();
    stack.pop_back();
    if (it.close) {
      out += ')';
      continue;
    }
    if (!out.empty() && out.back() != '(') out += ',';
    if (doc.is_text(it.node)) {
      out += '"' + std::string(doc.data(it.node)) + '"';
      continue;
    }
    if (!doc.is_element(it.node)) continue;
    out += std::string(doc.name(it.node));
    if (doc.first_child(it.node) == kNoNode) continue;
    out += '(';
    stack.push_back({it.node, true});
    std::vector<NodeId> kids;
    for (NodeId c = doc.first_child(it.node); c != kNoNode; c = doc.next_sibling(c)) kids.push_back(c);
    for (size_t i = kids.size(); i-- > 0;) stack.push_back({kids[i], false});
  }
  return out;
}

// Number of element ancestors of `id`.
int depth(const Document& doc, NodeId id) {
  int d = 0;
  for (NodeId p = doc.parent(id); p != kNoNode; p = doc.parent(p)) {
    if (doc.is_element(p)) ++d;
  }
  return d;
}

std::string repeat(const std::string& s, int n) {
  std::string out;
  out.reserve(s.size() * static_cast<size_t>(n));
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST_CASE("implied html, head and body") {
  Document doc;
  ParseResult r = parse_document("hello", doc);
  CHECK(r.status == Status::kOk);
  NodeId html = doc.html_element();
  REQUIRE(html != kNoNode);
  CHECK((doc.node(html).flags & dom::kFlagImplied) != 0);
  REQUIRE(doc.head() != kNoNode);
  REQUIRE(doc.body() != kNoNode);
  CHECK(outline(doc, html) == "html(head,body(\"hello\"))");
  CHECK(doc.quirks_mode == dom::QuirksMode::kQuirks);  // no doctype

  SUBCASE("head content stays in head, body content starts the body") {
    Document d2;
    parse_document("<!DOCTYPE html><title>T</title><meta charset=utf-8><p>x", d2);
    CHECK(d2.quirks_mode == dom::QuirksMode::kNoQuirks);
    NodeId doctype = d2.first_child(Document::root());
    REQUIRE(doctype != kNoNode);
    CHECK(d2.type(doctype) == dom::NodeType::kDoctype);
    CHECK(d2.name(doctype) == "html");
    CHECK(outline(d2, d2.html_element()) == "html(head(title(\"T\"),meta),body(p(\"x\")))");
  }
}

TEST_CASE("misnested formatting runs the adoption agency algorithm") {
  Document doc;
  parse_document("<b>1<p>2</b>3</p>", doc);
  CHECK(outline(doc, doc.body()) == "body(b(\"1\"),p(b(\"2\"),\"3\"))");

  SUBCASE("formatting elements are reconstructed in a new block") {
    Document d2;
    parse_document("<p><i>a</p><p>b", d2);
    CHECK(outline(d2, d2.body()) == "body(p(i(\"a\")),p(i(\"b\")))");
    std::vector<NodeId> ps = element_children(d2, d2.body());
    REQUIRE(ps.size() == 2);
    NodeId reconstructed = d2.first_child(ps[1]);
    CHECK((d2.node(reconstructed).flags & dom::kFlagReconstructed) != 0);
  }
  SUBCASE("nested <a> closes the first") {
    Document d3;
    parse_document("<a href=1>x<a href=2>y", d3);
    CHECK(outline(d3, d3.body()) == "body(a(\"x\"),a(\"y\"))");
  }
}

TEST_CASE("table foster parenting") {
  Document doc;
  parse_document("<table>x<tr><td>y</td></tr><div>z</div></table>", doc);
  CHECK(outline(doc, doc.body()) == "body(\"x\",div(\"z\"),table(tbody(tr(td(\"y\")))))");
  std::vector<NodeId> kids = element_children(doc, doc.body());
  REQUIRE(kids.size() == 2);
  CHECK(doc.is_html(kids[0], Tag::kDiv));
  CHECK((doc.node(kids[0]).flags & dom::kFlagFosterParented) != 0);

  SUBCASE("whitespace in tables stays in place") {
    Document d2;
    parse_document("<table> <tr> <td>a</td> </tr> </table>", d2);
    CHECK(outline(d2, d2.body()) == "body(table(\" \",tbody(tr(\" \",td(\"a\"),\" \"),\" \")))");
  }
}

TEST_CASE("template contents go into the template's content fragment") {
  Document doc;
  parse_document("<template><p>x</p><tr></template>", doc);
  NodeId head = doc.head();
  REQUIRE(head != kNoNode);
  std::vector<NodeId> kids = element_children(doc, head);
  REQUIRE(kids.size() == 1);
  NodeId tmpl = kids[0];
  CHECK(doc.is_html(tmpl, Tag::kTemplate));
  CHECK(doc.first_child(tmpl) == kNoNode);
  REQUIRE(doc.has_template_content(tmpl));
  NodeId content = doc.template_content(tmpl);
  CHECK(doc.type(content) == dom::NodeType::kFragment);
  std::vector<NodeId> inner = element_children(doc, content);
  REQUIRE(inner.size() == 1);  // <tr> after <p> in "in body" template mode is ignored
  CHECK(outline(doc, inner[0]) == "p(\"x\")");
}

TEST_CASE("SVG and MathML: names and attributes are adjusted") {
  Document doc;
  parse_document(
      "<svg viewbox='0 0 1 1' xlink:href=#a><foreignobject><p>html</p></foreignobject>"
      "<clippath/></svg><math definitionurl=u><mi>x</mi></math>",
      doc);
  std::vector<NodeId> kids = element_children(doc, doc.body());
  REQUIRE(kids.size() == 2);
  NodeId svg = kids[0];
  CHECK(doc.ns(svg) == Ns::kSvg);
  CHECK(doc.attr(svg, "viewBox") == "0 0 1 1");
  dom::FoundAttr href = doc.find_attr(svg, "href");
  REQUIRE(href != nullptr);
  CHECK(href->ns == dom::AttrNs::kXlink);
  std::vector<NodeId> svg_kids = element_children(doc, svg);
  REQUIRE(svg_kids.size() == 2);
  CHECK(doc.name(svg_kids[0]) == "foreignObject");
  CHECK(doc.tag(svg_kids[0]) == Tag::kForeignobject);
  CHECK(doc.name(svg_kids[1]) == "clipPath");
  // foreignObject is an HTML integration point: <p> is an HTML element.
  NodeId p = doc.first_child(svg_kids[0]);
  CHECK(doc.is_html(p, Tag::kP));
  NodeId math = kids[1];
  CHECK(doc.ns(math) == Ns::kMathMl);
  CHECK(doc.attr(math, "definitionURL") == "u");
  CHECK(doc.ns(doc.first_child(math)) == Ns::kMathMl);

  SUBCASE("an HTML breakout tag leaves foreign content") {
    Document d2;
    parse_document("<svg><g><div>x</div></g></svg>", d2);
    CHECK(outline(d2, d2.body()) == "body(svg(g),div(\"x\"))");
  }
}

TEST_CASE("raw text, RCDATA and PLAINTEXT elements switch the tokenizer") {
  Document doc;
  parse_document("<title>a<b>c</title><textarea>\nx<y></textarea><script>1<2</script>", doc);
  CHECK(outline(doc, doc.head()) == "head(title(\"a<b>c\"))");
  // The textarea's leading LF is dropped; the script follows in the body.
  CHECK(outline(doc, doc.body()) == "body(textarea(\"x<y>\"),script(\"1<2\"))");

  SUBCASE("plaintext swallows the rest") {
    Document d2;
    parse_document("<plaintext><b></plaintext>", d2);
    CHECK(outline(d2, d2.body()) == "body(plaintext(\"<b></plaintext>\"))");
  }
  SUBCASE("scripting is off: noscript is parsed as markup") {
    Document d3;
    parse_document("<body><noscript><p>x</p></noscript>", d3);
    CHECK(outline(d3, d3.body()) == "body(noscript(p(\"x\")))");
  }
}

TEST_CASE("customizable select: markup inside <select> is kept") {
  Document doc;
  parse_document("<select><div>d</div><option>a<option selected>b</select>x", doc);
  CHECK(outline(doc, doc.body()) == "body(select(div(\"d\"),option(\"a\"),option(\"b\")),\"x\")");

  SUBCASE("<input> closes an open select") {
    Document d2;
    parse_document("<select><option>a<input>", d2);
    CHECK(outline(d2, d2.body()) == "body(select(option(\"a\")),input)");
  }
  SUBCASE("selectedcontent receives a copy of the selected option") {
    Document d3;
    parse_document("<select><button><selectedcontent></button><option>a<option selected>b<i>c</i>",
                   d3);
    CHECK(outline(d3, d3.body()) ==
          "body(select(button(selectedcontent(\"b\",i(\"c\"))),option(\"a\"),"
          "option(\"b\",i(\"c\"))))");
  }
}

TEST_CASE("frameset replaces the body while frameset-ok holds") {
  Document doc;
  parse_document("<frameset><frame></frameset>", doc);
  NodeId body = doc.body();  // Document::body() also returns a frameset
  REQUIRE(body != kNoNode);
  CHECK(outline(doc, body) == "frameset(frame)");

  Document d2;
  parse_document("<p>text</p><frameset>", d2);  // text cleared frameset-ok
  CHECK(outline(d2, d2.body()) == "body(p(\"text\"))");
}

TEST_CASE("DOCTYPE decides the quirks mode") {
  struct Case {
    const char* html;
    dom::QuirksMode mode;
  };
  const Case cases[] = {
      {"<!DOCTYPE html><p>", dom::QuirksMode::kNoQuirks},
      {"<p>", dom::QuirksMode::kQuirks},
      {"<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\">", dom::QuirksMode::kQuirks},
      {"<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
       "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">",
       dom::QuirksMode::kLimitedQuirks},
      {"<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">", dom::QuirksMode::kQuirks},
  };
  for (const Case& c : cases) {
    Document doc;
    parse_document(c.html, doc);
    CAPTURE(c.html);
    CHECK(doc.quirks_mode == c.mode);
  }
  // The doctype node keeps its identifiers as "publicId" / "systemId".
  Document ids;
  parse_document("<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01//EN\" \"http://x/s.dtd\">", ids);
  NodeId doctype = ids.first_child(Document::root());
  REQUIRE(ids.type(doctype) == dom::NodeType::kDoctype);
  CHECK(ids.attr(doctype, "publicId") == "-//W3C//DTD HTML 4.01//EN");
  CHECK(ids.attr(doctype, "systemId") == "http://x/s.dtd");
  CHECK(ids.quirks_mode == dom::QuirksMode::kNoQuirks);
  // Quirks mode changes the tree: <table> does not close an open <p>.
  Document quirky;
  parse_document("<p><table>", quirky);
  CHECK(outline(quirky, quirky.body()) == "body(p(table))");
  Document standard;
  parse_document("<!DOCTYPE html><p><table>", standard);
  CHECK(outline(standard, standard.body()) == "body(p,table)");
}

TEST_CASE("deep nesting: 200k divs with default limits") {
  const int kDivs = 200000;
  Document doc;
  ParseResult r = parse_document(repeat("<div>", kDivs) + "deep" + repeat("</div>", kDivs) + "after", doc);
  CHECK(r.status == Status::kTooDeep);
  CHECK(doc.node_count() >= static_cast<size_t>(kDivs));
  // No node sits deeper than the limit (+1 for the text in the last element).
  Limits limits;
  int max_depth = 0;
  NodeId deep_text = kNoNode;
  for (NodeId n = doc.first_child(Document::root()); n != kNoNode;
       n = doc.next_in_tree(n, Document::root())) {
    int d = depth(doc, n);
    if (d > max_depth) max_depth = d;
    if (doc.is_text(n) && doc.data(n) == "deep") deep_text = n;
  }
  CHECK(max_depth <= static_cast<int>(limits.max_depth) + 1);
  REQUIRE(deep_text != kNoNode);
  CHECK(depth(doc, deep_text) == static_cast<int>(limits.max_depth));
  // Once every div is closed, text goes back to the body.
  NodeId last = doc.last_child(doc.body());
  REQUIRE(last != kNoNode);
  CHECK(doc.is_text(last));
  CHECK(doc.data(last) == "after");
}

TEST_CASE("max_depth flattens deeper elements into the element at that depth") {
  ParseOptions options;
  options.limits.max_depth = 5;  // html, body, div, div, div
  Document doc;
  ParseResult r = parse_document("<div><div><div><span>a</span><span>b</span></div></div></div>", doc, options);
  CHECK(r.status == Status::kTooDeep);
  CHECK(outline(doc, doc.body()) == "body(div(div(div(span,\"a\",span,\"b\"))))");
}

TEST_CASE("max_nodes stops inserting and keeps what was built") {
  ParseOptions options;
  options.limits.max_nodes = 100;
  Document doc;
  ParseResult r = parse_document(repeat("<p>x", 1000), doc, options);
  CHECK(r.status == Status::kTooManyNodes);
  // A token creates a handful of nodes at most past the check.
  CHECK(doc.node_count() <= 100 + 8);
  CHECK(doc.node_count() >= 90);
  CHECK(doc.body() != kNoNode);
}

TEST_CASE("fragment parsing (13.4)") {
  SUBCASE("body context") {
    Document doc;
    NodeId frag = parse_fragment("<p>a<p>b", Tag::kBody, Ns::kHtml, "body", doc);
    CHECK(doc.type(frag) == dom::NodeType::kFragment);
    std::vector<NodeId> kids = element_children(doc, frag);
    REQUIRE(kids.size() == 2);
    CHECK(outline(doc, kids[0]) == "p(\"a\")");
    CHECK(outline(doc, kids[1]) == "p(\"b\")");
    CHECK(doc.html_element() == kNoNode);  // the document itself is untouched
  }
  SUBCASE("tr context: cells without an implied tbody") {
    Document doc;
    NodeId frag = parse_fragment("<td>x</td><td>y", Tag::kTr, Ns::kHtml, "tr", doc);
    std::vector<NodeId> kids = element_children(doc, frag);
    REQUIRE(kids.size() == 2);
    CHECK(doc.is_html(kids[0], Tag::kTd));
  }
  SUBCASE("textarea context is RCDATA") {
    Document doc;
    NodeId frag = parse_fragment("<b>x</b>", Tag::kTextarea, Ns::kHtml, "textarea", doc);
    REQUIRE(doc.first_child(frag) != kNoNode);
    CHECK(doc.is_text(doc.first_child(frag)));
    CHECK(doc.data(doc.first_child(frag)) == "<b>x</b>");
  }
  SUBCASE("svg context: children are SVG elements") {
    Document doc;
    NodeId frag = parse_fragment("<circle/><foreignobject/>", Tag::kUnknown, Ns::kSvg, "path", doc);
    std::vector<NodeId> kids = element_children(doc, frag);
    REQUIRE(kids.size() == 2);
    CHECK(doc.ns(kids[0]) == Ns::kSvg);
    CHECK(doc.name(kids[1]) == "foreignObject");
  }
}

TEST_CASE("parse errors are data, capped by max_errors") {
  ParseOptions options;
  options.keep_errors = true;
  Document doc;
  ParseResult r = parse_document("<p>\n</b></i>", doc, options);
  REQUIRE(!r.errors.empty());
  bool saw_line_two = false;
  for (const ParseError& e : r.errors) {
    CHECK(!e.code.empty());
    if (e.line == 2) saw_line_two = true;
  }
  CHECK(saw_line_two);

  options.limits.max_errors = 3;
  Document d2;
  ParseResult capped = parse_document(repeat("</x>", 50), d2, options);
  CHECK(capped.errors.size() == 3);

  ParseOptions quiet;
  Document d3;
  CHECK(parse_document("</x></y>", d3, quiet).errors.empty());
}

TEST_CASE("hostile input stays linear") {
  // Distinct unclosed formatting elements and deep unclosed inline nesting;
  // a quadratic walk would take minutes here.
  std::string distinct;
  for (int i = 0; i < 50000; ++i) distinct += "<b id=" + std::to_string(i) + ">";
  Document doc;
  ParseResult r = parse_document(distinct + "text" + repeat("</i>", 1000), doc);
  CHECK(r.status == Status::kTooDeep);
  Document d2;
  parse_document("<p><object>" + repeat("<span>", 100000) + repeat("<div>", 100000), d2);
  CHECK(d2.body() != kNoNode);
}

// Regression (found while removing the 256-attribute cap): "add the
// attributes that are not already present" for a second <html> or <body>
// start tag scanned the element's attributes once per new attribute, so two
// tags of 30k and 60k attributes took 2.7 billion comparisons.
TEST_CASE("regression: html_body_attribute_merge_quadratic") {
  std::string first = "<html", second = "<html", body = "<body", body2 = "<body";
  const int kAttrs = 30000;  // x2 stays under Document::kMaxAttrsPerElement
  for (int i = 0; i < kAttrs; ++i) {
    std::string n = std::to_string(i);
    first += " a" + n + "=1";
    second += " a" + n + "=2 b" + n + "=3";
    body += " c" + n;
    body2 += " c" + n + "=x d" + n;
  }
  Document doc;
  parse_document(first + "><p>x" + second + ">" + body + ">" + body2 + ">", doc);
  NodeId html = doc.html_element();
  REQUIRE(html != kNoNode);
  CHECK(doc.attrs(html).size() == 2 * kAttrs);
  CHECK(doc.attr(html, "a7") == "1");       // the first value wins
  CHECK(doc.attr(html, "b7") == "3");       // new names are added
  REQUIRE(doc.body() != kNoNode);
  CHECK(doc.attrs(doc.body()).size() == 2 * kAttrs);
  CHECK(doc.attr(doc.body(), "c9") == "");  // present, with its empty value
  CHECK(doc.attr(doc.body(), "d9") == "");
  CHECK(doc.has_attr(doc.body(), "d9"));
}

TEST_CASE("elements keep all their attributes, in order (no 256 cap)") {
  std::string tag = "<div";
  for (int i = 0; i < 1000; ++i) tag += " x" + std::to_string(i) + "=v" + std::to_string(i);
  Document doc;
  parse_document(tag + " x5=dup>t</div>", doc);
  NodeId div = element_children(doc, doc.body()).at(0);
  dom::AttrRange attrs = doc.attrs(div);
  REQUIRE(attrs.size() == 1000);  // the duplicate x5 was dropped by the tokenizer
  CHECK(attrs.begin()[0].name == "x0");
  CHECK(attrs.begin()[999].name == "x999");
  CHECK(doc.attr(div, "x5") == "v5");
}

TEST_CASE("formatting elements re-created by the parser keep their attributes") {
  Document doc;
  // </b> inside <p> runs the adoption agency; the second paragraph
  // reconstructs <i>.
  parse_document("<b class=x id=y><p>1</b>2<i title=t lang=en>3<p>4", doc);
  std::vector<NodeId> b_elements, i_elements;
  for (NodeId n = doc.root(); n != kNoNode; n = doc.next_in_tree(n, doc.root())) {
    if (doc.is_html(n, Tag::kB)) b_elements.push_back(n);
    if (doc.is_html(n, Tag::kI)) i_elements.push_back(n);
  }
  REQUIRE(b_elements.size() == 2);
  CHECK(doc.attr(b_elements[1], "class") == "x");
  CHECK(doc.attr(b_elements[1], "id") == "y");
  REQUIRE(i_elements.size() == 2);
  CHECK(doc.attr(i_elements[1], "title") == "t");
  CHECK(doc.attr(i_elements[1], "lang") == "en");
  CHECK(doc.attrs(i_elements[1]).size() == 2);
}

}  // namespace
}  // namespace reader::html
