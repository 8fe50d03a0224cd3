#include <doctest/doctest.h>

#include "dom_builder.h"
#include "serialize/html_serializer.h"

using reader::dom::Document;
using reader::dom::Ns;
using reader::dom::Tag;
using reader::serialize::inner_html;
using reader::serialize::outer_html;
using reader::testing::DomBuilder;

TEST_CASE("html serializer: escaping (HTML 13.3 escaping a string)") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  SUBCASE("text escapes & < > and NBSP, keeps quotes") {
    b.text(root, "a & b < c > d \xC2\xA0 \"q\" 'x'");
    CHECK(inner_html(doc, root) == "a &amp; b &lt; c &gt; d &nbsp; \"q\" 'x'");
  }
  SUBCASE("attribute values escape & \" NBSP < >") {
    b.el(root, "span", {{"title", "a&b \"c\" <d> \xC2\xA0 'e'"}});
    CHECK(inner_html(doc, root) ==
          "<span title=\"a&amp;b &quot;c&quot; &lt;d&gt; &nbsp; 'e'\"></span>");
  }
  SUBCASE("UTF-8 other than NBSP passes through") {
    b.text(root, "\xC3\xA9\xC2\xA9\xE2\x82\xAC");  // é © €
    CHECK(inner_html(doc, root) == "\xC3\xA9\xC2\xA9\xE2\x82\xAC");
  }
}

TEST_CASE("html serializer: void elements have no end tag and no children") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  b.el(root, "br");
  b.el(root, "img", {{"src", "a.png"}, {"alt", ""}});
  auto hr = b.el(root, "hr");
  b.text(hr, "ignored");  // a void element's children are never serialized
  b.el(root, "wbr");
  CHECK(inner_html(doc, root) == "<br><img src=\"a.png\" alt=\"\"><hr><wbr>");
  CHECK(inner_html(doc, hr) == "");
}

TEST_CASE("html serializer: raw text parents emit text literally") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto script = b.el(root, "script");
  b.text(script, "if (a < b && c) {}");
  auto style = b.el(root, "style");
  b.text(style, "a > b {}");
  auto ns = b.el(root, "noscript");  // scripting is off: not raw text
  b.text(ns, "<b>");
  auto xmp = b.el(root, "xmp");
  b.text(xmp, "<i>&");
  CHECK(inner_html(doc, root) ==
        "<script>if (a < b && c) {}</script><style>a > b {}</style>"
        "<noscript>&lt;b&gt;</noscript><xmp><i>&</xmp>");
}

TEST_CASE("html serializer: comments, doctype, document") {
  Document doc;
  DomBuilder b(doc);
  doc.append_child(doc.root(), doc.create_doctype("html"));
  auto html = b.el(doc.root(), "html");
  auto body = b.el(html, "body");
  b.comment(body, " hi ");
  b.text(body, "x");
  CHECK(outer_html(doc, doc.root()) == "<!DOCTYPE html><html><body><!-- hi -->x</body></html>");
  CHECK(inner_html(doc, doc.root()) == "<!DOCTYPE html><html><body><!-- hi -->x</body></html>");
}

TEST_CASE("html serializer: outer_html and inner_html of an element") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto p = b.el(root, "p", {{"class", "x"}});
  b.text(p, "hello ");
  auto em = b.el(p, "em");
  b.text(em, "world");
  CHECK(outer_html(doc, p) == "<p class=\"x\">hello <em>world</em></p>");
  CHECK(inner_html(doc, p) == "hello <em>world</em>");
  CHECK(outer_html(doc, em) == "<em>world</em>");
  CHECK(outer_html(doc, doc.first_child(em)) == "world");
  auto br = b.el(p, "br");
  CHECK(outer_html(doc, br) == "<br>");
}

TEST_CASE("html serializer: template serializes its template contents") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto tmpl = b.el(root, "template");
  auto content = doc.template_content(tmpl);
  auto span = b.el(content, "span");
  b.text(span, "in template");
  CHECK(inner_html(doc, root) == "<template><span>in template</span></template>");
  CHECK(inner_html(doc, tmpl) == "<span>in template</span>");
}

TEST_CASE("html serializer: foreign elements and namespaced attributes") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto svg = b.el(root, "svg", {}, Ns::kSvg);
  auto use = doc.create_element(Tag::kUnknown, Ns::kSvg, "use");
  doc.set_attr(use, "href", "#a", reader::dom::AttrNs::kXlink);
  doc.set_attr(use, "lang", "en", reader::dom::AttrNs::kXml);
  doc.set_attr(use, "xlink", "http://www.w3.org/1999/xlink", reader::dom::AttrNs::kXmlns);
  doc.append_child(svg, use);
  auto fo = doc.create_element(Tag::kForeignobject, Ns::kSvg, "foreignObject");
  doc.append_child(svg, fo);
  auto path = doc.create_element(Tag::kUnknown, Ns::kSvg, "path");  // foreign: not void
  doc.append_child(svg, path);
  CHECK(inner_html(doc, root) ==
        "<svg><use xlink:href=\"#a\" xml:lang=\"en\" "
        "xmlns:xlink=\"http://www.w3.org/1999/xlink\"></use>"
        "<foreignObject></foreignObject><path></path></svg>");
}

TEST_CASE("html serializer: already prefixed foreign attribute names are not prefixed twice") {
  Document doc;
  auto root = doc.create_element(Tag::kDiv);
  auto svg = doc.create_element(Tag::kSvg, Ns::kSvg);
  doc.append_child(root, svg);
  doc.set_attr(svg, "xlink:href", "#b", reader::dom::AttrNs::kXlink);
  doc.set_attr(svg, "xmlns", "http://www.w3.org/2000/svg", reader::dom::AttrNs::kXmlns);
  CHECK(inner_html(doc, root) ==
        "<svg xlink:href=\"#b\" xmlns=\"http://www.w3.org/2000/svg\"></svg>");
}

TEST_CASE("html serializer: pre keeps a leading newline through a round trip") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto pre = b.el(root, "pre");
  b.text(pre, "\ncode");
  CHECK(inner_html(doc, root) == "<pre>\n\ncode</pre>");
  auto pre2 = b.el(root, "pre");
  b.text(pre2, "code");
  CHECK(outer_html(doc, pre2) == "<pre>code</pre>");
}

TEST_CASE("html serializer: 100,000 nested elements without recursion") {
  constexpr size_t kDepth = 100'000;
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  b.nest(root, "div", kDepth, "deep");
  std::string html = inner_html(doc, root);
  CHECK(html.size() == kDepth * (5 + 6) + 4);
  CHECK(html.substr(0, 10) == "<div><div>");
  CHECK(html.find("<div>deep</div>") != std::string::npos);
  CHECK(html.substr(html.size() - 12) == "</div></div>");
}
