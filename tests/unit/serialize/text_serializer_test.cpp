#include <doctest/doctest.h>

#include <algorithm>

#include "dom_builder.h"
#include "serialize/text_serializer.h"

using reader::dom::Document;
using reader::dom::NodeId;
using reader::serialize::to_plain_text;
using reader::testing::DomBuilder;

namespace {

// <tag>text</tag> appended to parent.
NodeId with_text(DomBuilder& b, NodeId parent, std::string_view tag, std::string_view text) {
  NodeId e = b.el(parent, tag);
  b.text(e, text);
  return e;
}

}  // namespace

TEST_CASE("text serializer: adjacent blocks never glue words") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  SUBCASE("paragraphs get a blank line") {
    with_text(b, root, "p", "foo");
    with_text(b, root, "p", "bar");
    CHECK(to_plain_text(doc, root) == "foo\n\nbar");
  }
  SUBCASE("divs and list items get a newline") {
    with_text(b, root, "div", "foo");
    with_text(b, root, "div", "bar");
    auto ul = b.el(root, "ul");
    with_text(b, ul, "li", "one");
    with_text(b, ul, "li", "two");
    CHECK(to_plain_text(doc, root) == "foo\nbar\n\none\ntwo");
  }
  SUBCASE("headings") {
    with_text(b, root, "h2", "Title");
    b.text(root, "body text");
    CHECK(to_plain_text(doc, root) == "Title\n\nbody text");
  }
}

TEST_CASE("text serializer: br is a newline, two are a blank line, never more") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  b.text(root, "a");
  b.el(root, "br");
  b.text(root, "b");
  b.el(root, "br");
  b.el(root, "br");
  b.el(root, "br");
  b.el(root, "br");
  b.text(root, "c");
  CHECK(to_plain_text(doc, root) == "a\nb\n\nc");
}

TEST_CASE("text serializer: whitespace collapses in inline content") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto p = b.el(root, "p");
  b.text(p, "  hello \n\t ");
  with_text(b, p, "em", "big");
  b.text(p, "   world  ");
  b.text(p, "x\xC2\xA0y");  // NBSP is content, not collapsible
  CHECK(to_plain_text(doc, root) == "hello big world x\xC2\xA0y");
}

TEST_CASE("text serializer: inline elements do not add spaces") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  b.text(root, "un");
  with_text(b, root, "b", "believ");
  b.text(root, "able");
  CHECK(to_plain_text(doc, root) == "unbelievable");
}

TEST_CASE("text serializer: pre is verbatim") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  with_text(b, root, "p", "before");
  auto pre = b.el(root, "pre");
  b.text(pre, "int  x;\n  y = 1;");
  with_text(b, root, "p", "after");
  CHECK(to_plain_text(doc, root) == "before\n\nint  x;\n  y = 1;\n\nafter");
}

TEST_CASE("text serializer: hidden content is excluded") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  b.text(root, "visible");
  with_text(b, root, "script", "alert(1)");
  with_text(b, root, "style", "p{}");
  with_text(b, root, "noscript", "enable js");
  auto tmpl = b.el(root, "template");
  b.text(doc.template_content(tmpl), "template text");
  b.comment(root, "comment");
  b.text(root, " end");
  CHECK(to_plain_text(doc, root) == "visible end");
}

TEST_CASE("text serializer: table cells separated by a tab, rows by a newline") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto table = b.el(root, "table");
  auto tbody = b.el(table, "tbody");
  auto tr1 = b.el(tbody, "tr");
  with_text(b, tr1, "th", "name");
  with_text(b, tr1, "th", "age");
  auto tr2 = b.el(tbody, "tr");
  with_text(b, tr2, "td", "Ann");
  with_text(b, tr2, "td", "31");
  with_text(b, root, "p", "after");
  CHECK(to_plain_text(doc, root) == "name\tage\nAnn\t31\n\nafter");
}

TEST_CASE("text serializer: no trailing spaces, no leading or trailing blank lines") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto pre = b.el(root, "pre");
  b.text(pre, "\n\nline   \n\n\n\nnext\t\n\n");
  CHECK(to_plain_text(doc, root) == "line\n\nnext");
}

TEST_CASE("text serializer: 100,000 nested elements without recursion") {
  constexpr size_t kDepth = 100'000;
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  b.nest(root, "div", kDepth, "deep");
  b.text(root, "tail");
  CHECK(to_plain_text(doc, root) == "deep\ntail");
  Document doc2;
  DomBuilder b2(doc2);
  auto root2 = b2.root();
  b2.nest(root2, "span", kDepth, "deep");
  CHECK(to_plain_text(doc2, root2) == "deep");
}

TEST_CASE("text serializer: a 100,000-cell row stays linear") {
  constexpr size_t kCells = 100'000;
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto tr = b.el(b.el(b.el(root, "table"), "tbody"), "tr");
  for (size_t i = 0; i < kCells; ++i) {
    with_text(b, tr, "td", "x");
    b.text(tr, " ");
  }
  std::string text = to_plain_text(doc, root);
  CHECK(text.size() == kCells * 2 - 1);
  CHECK(std::count(text.begin(), text.end(), '\t') == static_cast<long>(kCells - 1));
}

TEST_CASE("text serializer: &nbsp; spacer paragraphs do not add blank lines") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  with_text(b, root, "p", "a");
  with_text(b, root, "p", "\xC2\xA0");
  with_text(b, root, "p", "b\xC2\xA0");
  with_text(b, root, "p", "c");
  CHECK(to_plain_text(doc, root) == "a\n\nb\n\nc");
}
