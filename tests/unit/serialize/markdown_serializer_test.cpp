#include <doctest/doctest.h>

#include "dom_builder.h"
#include "serialize/markdown_serializer.h"

using reader::dom::Document;
using reader::dom::NodeId;
using reader::serialize::to_markdown;
using reader::testing::DomBuilder;

namespace {

NodeId with_text(DomBuilder& b, NodeId parent, std::string_view tag, std::string_view text,
                 DomBuilder::AttrList attrs = {}) {
  NodeId e = b.el(parent, tag, attrs);
  b.text(e, text);
  return e;
}

}  // namespace

TEST_CASE("markdown: headings and paragraphs") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  with_text(b, root, "h1", "Title");
  with_text(b, root, "p", "First  para.");
  with_text(b, root, "h3", "Sub");
  with_text(b, root, "p", "Second");
  CHECK(to_markdown(doc, root) == "# Title\n\nFirst para.\n\n### Sub\n\nSecond\n");
}

TEST_CASE("markdown: emphasis, strong, code, strikethrough") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto p = b.el(root, "p");
  b.text(p, "a ");
  with_text(b, p, "strong", "bold");
  b.text(p, " and");
  with_text(b, p, "em", " it ");  // whitespace moves outside the markers
  b.text(p, "then ");
  with_text(b, p, "code", "x = `y`");
  b.text(p, " ");
  with_text(b, p, "del", "old");
  b.el(p, "strong");  // empty: no "****"
  CHECK(to_markdown(doc, root) == "a **bold** and *it* then `` x = `y` `` ~~old~~\n");
}

TEST_CASE("markdown: code span padding when content starts with a backtick") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto p = b.el(root, "p");
  with_text(b, p, "code", "`tick");
  CHECK(to_markdown(doc, root) == "`` `tick ``\n");
}

TEST_CASE("markdown: fenced code block with language and clashing fences") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto pre = b.el(root, "pre");
  with_text(b, pre, "code", "let a = 1;\n```\nlet b = 2;\n", {{"class", "hl language-rust"}});
  CHECK(to_markdown(doc, root) == "````rust\nlet a = 1;\n```\nlet b = 2;\n````\n");
}

TEST_CASE("markdown: nested lists") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto ul = b.el(root, "ul");
  auto li1 = with_text(b, ul, "li", "one");
  auto ol = b.el(li1, "ol", {{"start", "9"}});
  with_text(b, ol, "li", "nine");
  with_text(b, ol, "li", "ten");
  with_text(b, ul, "li", "two");
  CHECK(to_markdown(doc, root) == "- one\n  9. nine\n  10. ten\n- two\n");
}

TEST_CASE("markdown: list item with paragraphs is loose and indented") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto ol = b.el(root, "ol");
  auto li = b.el(ol, "li");
  with_text(b, li, "p", "para one");
  with_text(b, li, "p", "para two");
  CHECK(to_markdown(doc, root) == "1. para one\n\n   para two\n");
}

TEST_CASE("markdown: nested blockquotes") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto q1 = b.el(root, "blockquote");
  with_text(b, q1, "p", "outer");
  auto q2 = b.el(q1, "blockquote");
  with_text(b, q2, "p", "inner");
  with_text(b, q1, "p", "outer again");
  CHECK(to_markdown(doc, root) == "> outer\n>\n> > inner\n>\n> outer again\n");
}

TEST_CASE("markdown: links and images") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto p = b.el(root, "p");
  with_text(b, p, "a", "the site", {{"href", "https://e.com/a b(c)"}, {"title", "say \"hi\""}});
  b.text(p, " ");
  b.el(p, "img", {{"src", "https://e.com/i.png"}, {"alt", "a [cat]"}});
  b.text(p, " ");
  auto a2 = b.el(p, "a", {{"href", "/x"}});
  b.el(a2, "img", {{"src", "i.png"}, {"alt", "pic"}});
  b.el(p, "a", {{"href", "/empty"}});  // no content: dropped
  CHECK(to_markdown(doc, root) ==
        "[the site](https://e.com/a%20b%28c%29 \"say \\\"hi\\\"\") ![a \\[cat\\]](https://e.com/i.png) "
        "[![pic](i.png)](/x)\n");
}

TEST_CASE("markdown: a link spanning blocks is split per block") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto a = b.el(root, "a", {{"href", "/post"}});
  with_text(b, a, "h2", "Headline");
  with_text(b, a, "p", "Teaser");
  CHECK(to_markdown(doc, root) == "## [Headline](/post)\n\n[Teaser](/post)\n");
}

TEST_CASE("markdown: figure with caption") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto fig = b.el(root, "figure");
  b.el(fig, "img", {{"src", "a.jpg"}, {"alt", "A"}});
  with_text(b, fig, "figcaption", "The caption");
  CHECK(to_markdown(doc, root) == "![A](a.jpg)\n\n*The caption*\n");
}

TEST_CASE("markdown: GFM tables") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto table = b.el(root, "table");
  auto tbody = b.el(table, "tbody");
  auto tr1 = b.el(tbody, "tr");
  with_text(b, tr1, "th", "a|b");
  with_text(b, tr1, "th", "c", {{"colspan", "2"}});
  auto tr2 = b.el(tbody, "tr");
  auto td = b.el(tr2, "td");
  with_text(b, td, "p", "x");
  with_text(b, td, "p", "y");
  with_text(b, tr2, "td", "z");
  CHECK(to_markdown(doc, root) == "| a\\|b | c |  |\n| --- | --- | --- |\n| x y | z |  |\n");
}

TEST_CASE("markdown: hr and br") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto p = b.el(root, "p");
  b.text(p, "line one");
  b.el(p, "br");
  b.text(p, "line two");
  b.el(p, "br");  // trailing: no hard break at the end of a paragraph
  b.el(root, "hr");
  with_text(b, root, "p", "after");
  CHECK(to_markdown(doc, root) == "line one\\\nline two\n\n---\n\nafter\n");
}

TEST_CASE("markdown: escaping of special characters") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  SUBCASE("inline specials") {
    with_text(b, root, "p", "a*b [c] `d` \\ ~e~ <tag> a < b &amp; snake_case _x_");
    CHECK(to_markdown(doc, root) ==
          "a\\*b \\[c\\] \\`d\\` \\\\ \\~e\\~ \\<tag> a < b \\&amp; snake_case \\_x\\_\n");
  }
  SUBCASE("line starts") {
    with_text(b, root, "p", "# not a heading");
    with_text(b, root, "p", "1. not a list");
    with_text(b, root, "p", "- not a bullet");
    with_text(b, root, "p", "> not a quote");
    with_text(b, root, "p", "+ plus");
    with_text(b, root, "p", "---");
    with_text(b, root, "p", "2024 was a year");
    CHECK(to_markdown(doc, root) ==
          "\\# not a heading\n\n1\\. not a list\n\n\\- not a bullet\n\n\\> not a quote\n\n"
          "\\+ plus\n\n\\---\n\n2024 was a year\n");
  }
  SUBCASE("heading ending in #") {
    with_text(b, root, "h2", "C#");
    CHECK(to_markdown(doc, root) == "## C\\#\n");
  }
  SUBCASE("text '!' before a link") {
    auto p = b.el(root, "p");
    b.text(p, "Wow!");
    with_text(b, p, "a", "link", {{"href", "/l"}});
    CHECK(to_markdown(doc, root) == "Wow\\![link](/l)\n");
  }
}

TEST_CASE("markdown: never more than one blank line; hidden content skipped") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  with_text(b, root, "p", "a");
  b.el(root, "p");
  b.el(root, "div");
  with_text(b, root, "script", "x()");
  with_text(b, root, "p", "b");
  std::string md = to_markdown(doc, root);
  CHECK(md == "a\n\nb\n");
  CHECK(md.find("\n\n\n") == std::string::npos);
}

TEST_CASE("markdown: empty list item keeps its marker") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto ul = b.el(root, "ul");
  b.el(ul, "li");
  with_text(b, ul, "li", "x");
  CHECK(to_markdown(doc, root) == "-\n- x\n");
}

TEST_CASE("markdown: 100,000 levels of nesting without recursion") {
  constexpr size_t kDepth = 100'000;
  SUBCASE("divs") {
    Document doc;
    DomBuilder b(doc);
    auto root = b.root();
    b.nest(root, "div", kDepth, "deep");
    CHECK(to_markdown(doc, root) == "deep\n");
  }
  SUBCASE("blockquotes") {
    Document doc;
    DomBuilder b(doc);
    auto root = b.root();
    b.nest(root, "blockquote", kDepth, "deep");
    std::string md = to_markdown(doc, root);
    CHECK(md.size() == kDepth * 2 + 5);
    CHECK(md.substr(md.size() - 9) == "> > deep\n");
  }
  SUBCASE("lists") {
    Document doc;
    DomBuilder b(doc);
    auto root = b.root();
    NodeId cur = root;
    for (size_t i = 0; i < kDepth / 2; ++i) cur = b.el(b.el(cur, "ul"), "li");
    b.text(cur, "deep");
    std::string md = to_markdown(doc, root);
    CHECK(md.size() == (kDepth / 2) * 2 + 5);
    CHECK(md.substr(0, 6) == "- - - ");
  }
  SUBCASE("inline elements") {
    Document doc;
    DomBuilder b(doc);
    auto root = b.root();
    b.nest(root, "em", kDepth, "deep");
    std::string md = to_markdown(doc, root);
    CHECK(md.size() == kDepth * 2 + 5);
  }
}

TEST_CASE("markdown: a table nested in a cell is flattened with spaces") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto tr = b.el(b.el(b.el(root, "table"), "tbody"), "tr");
  auto cell = b.el(tr, "td");
  auto inner_tr = b.el(b.el(b.el(cell, "table"), "tbody"), "tr");
  with_text(b, inner_tr, "td", "1");
  with_text(b, inner_tr, "td", "2");
  with_text(b, tr, "td", "3");
  CHECK(to_markdown(doc, root) == "| 1 2 | 3 |\n| --- | --- |\n");
}

TEST_CASE("markdown: many words inside deep emphasis stay linear") {
  constexpr size_t kDepth = 20'000;
  constexpr size_t kWords = 20'000;
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  NodeId cur = root;
  for (size_t i = 0; i < kDepth; ++i) cur = b.el(cur, i % 2 ? "em" : "strong");
  std::string words;
  for (size_t i = 0; i < kWords; ++i) words += "w ";
  b.text(cur, words);
  std::string md = to_markdown(doc, root);
  CHECK(md.size() == kDepth * 3 + kWords * 2 - 1 + 1);
}

TEST_CASE("markdown: &nbsp; spacer paragraphs are dropped") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  with_text(b, root, "p", "a");
  with_text(b, root, "p", "\xC2\xA0 \xC2\xA0");
  with_text(b, root, "p", "b");
  CHECK(to_markdown(doc, root) == "a\n\nb\n");
}

TEST_CASE("markdown: blocks inside a code block start lines (v8-blog)") {
  // Regression: "<pre><code>#include x<p>KEEPALIVE<br>int" glued two lines.
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto code = b.el(b.el(root, "pre"), "code");
  b.text(code, "#include x");
  auto p = b.el(code, "p");
  b.text(p, "KEEP");
  b.el(p, "br");
  b.text(p, "int");
  b.text(code, "end");
  CHECK(to_markdown(doc, root) == "```\n#include x\nKEEP\nint\nend\n```\n");
}
