#include <doctest/doctest.h>

#include "../serialize/dom_builder.h"
#include "sanitize/sanitizer.h"
#include "serialize/html_serializer.h"

using reader::dom::Document;
using reader::dom::Ns;
using reader::dom::NodeId;
using reader::sanitize::sanitize;
using reader::sanitize::SanitizeReport;
using reader::serialize::inner_html;
using reader::serialize::outer_html;
using reader::testing::DomBuilder;

namespace {

std::string sanitized_inner(Document& doc, NodeId root) {
  sanitize(doc, root);
  return inner_html(doc, root);
}

}  // namespace

TEST_CASE("sanitizer: allowed elements stay, attributes are filtered") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto p = b.el(root, "p", {{"class", "lead"}, {"style", "color:red"}, {"onclick", "x()"},
                            {"title", "t"}, {"lang", "en"}, {"data-x", "1"}});
  b.text(p, "hi");
  CHECK(sanitized_inner(doc, root) == "<p title=\"t\" lang=\"en\">hi</p>");
}

TEST_CASE("sanitizer: dangerous elements are dropped with their content") {
  for (const char* tag : {"script", "style", "template", "iframe", "object", "embed", "applet",
                          "input", "button", "select", "textarea", "noscript", "link", "meta",
                          "base", "frame", "frameset", "canvas", "dialog", "title", "noembed",
                          "noframes"}) {
    CAPTURE(tag);
    Document doc;
    DomBuilder b(doc);
    auto root = b.root();
    b.text(root, "a");
    auto e = b.el(root, tag);
    b.text(e, "secret");
    b.text(root, "b");
    CHECK(sanitized_inner(doc, root) == "ab");
  }
}

TEST_CASE("sanitizer: foreign content (svg, math) is dropped") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto svg = b.el(root, "svg", {{"onload", "alert(1)"}}, Ns::kSvg);
  b.text(b.el(svg, "title", {}, Ns::kSvg), "x");
  auto math = b.el(root, "math", {}, Ns::kMathMl);
  b.text(b.el(math, "mi", {}, Ns::kMathMl), "y");
  b.text(root, " ok");
  CHECK(sanitized_inner(doc, root) == "y ok");
}

TEST_CASE("sanitizer: MathML formulas become text") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto m1 = b.el(root, "math", {}, Ns::kMathMl);
  b.text(b.el(m1, "mi", {}, Ns::kMathMl), " a ");
  b.text(b.el(m1, "mo", {}, Ns::kMathMl), "\xE2\x89\xA0");
  b.text(b.el(m1, "mn", {}, Ns::kMathMl), "0 ");
  b.text(root, ", ");
  auto m2 = b.el(root, "math", {{"alttext", "x^2"}}, Ns::kMathMl);
  b.text(b.el(m2, "mi", {}, Ns::kMathMl), "x");
  b.text(root, ", ");
  auto m3 = b.el(root, "math", {}, Ns::kMathMl);
  auto sem = b.el(m3, "semantics", {}, Ns::kMathMl);
  b.text(b.el(sem, "mi", {}, Ns::kMathMl), "y");
  b.text(b.el(sem, "annotation", {{"encoding", "application/x-tex"}}, Ns::kMathMl), "\\sqrt{y}");
  b.text(root, ", ");
  auto m4 = b.el(root, "math", {}, Ns::kMathMl);
  auto mtext = b.el(m4, "mtext", {}, Ns::kMathMl);
  b.text(b.el(mtext, "script"), "alert(1)");
  b.text(b.el(mtext, "b"), "<img src=x onerror=alert(1)>");
  SanitizeReport r = sanitize(doc, root);
  CHECK(inner_html(doc, root) ==
        "a \xE2\x89\xA0 0, x^2, \\sqrt{y}, &lt;img src=x onerror=alert(1)&gt;");
  CHECK(r.formulas_flattened == 4);
}

TEST_CASE("sanitizer: unknown and presentational elements are unwrapped") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto custom = b.el(root, "my-widget", {{"onclick", "x"}});
  b.text(custom, "one ");
  b.text(b.el(custom, "b"), "two");
  auto font = b.el(root, "font", {{"color", "red"}});
  b.text(font, " three");
  auto form = b.el(root, "form", {{"action", "javascript:x"}});
  b.text(b.el(form, "p"), "inside form");
  b.el(form, "input", {{"value", "secret"}});
  b.el(root, "empty-unknown");
  CHECK(sanitized_inner(doc, root) == "one <b>two</b> three<p>inside form</p>");
}

TEST_CASE("sanitizer: renamed legacy elements") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  b.text(b.el(root, "xmp"), "<b>x</b>");
  b.text(b.el(root, "tt"), "mono");
  b.text(b.el(root, "strike"), "old");
  CHECK(sanitized_inner(doc, root) == "<pre>&lt;b&gt;x&lt;/b&gt;</pre><code>mono</code><s>old</s>");
}

TEST_CASE("sanitizer: comments and doctypes are removed") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  b.comment(root, "[if IE]><script>alert(1)</script><![endif]");
  b.text(root, "x");
  SanitizeReport r = sanitize(doc, root);
  CHECK(inner_html(doc, root) == "x");
  CHECK(r.comments_dropped == 1);
}

TEST_CASE("sanitizer: links get safe URLs and rel") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  b.text(b.el(root, "a", {{"href", " https://e.com/ "}, {"target", "_blank"}}), "ok");
  b.text(b.el(root, "a", {{"href", "java\tscript:alert(1)"}}), "bad");
  b.text(b.el(root, "a", {{"href", "#note-1"}}), "fn");
  b.text(b.el(root, "a", {{"name", "top"}}), "anchor");
  CHECK(sanitized_inner(doc, root) ==
        "<a href=\"https://e.com/\" rel=\"noopener noreferrer\">ok</a><a>bad</a>"
        "<a href=\"#user-content-note-1\" rel=\"noopener noreferrer\">fn</a>"
        "<a id=\"user-content-top\">anchor</a>");
}

TEST_CASE("sanitizer: ids are prefixed (DOM clobbering), or dropped") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  b.text(b.el(root, "p", {{"id", "location"}}), "x");
  b.el(root, "p", {{"id", "has space"}});
  auto table = b.el(root, "table");
  auto tr = b.el(b.el(table, "tbody"), "tr");
  b.el(tr, "td", {{"headers", "h1  h2"}});
  CHECK(sanitized_inner(doc, root) ==
        "<p id=\"user-content-location\">x</p><p></p><table><tbody><tr>"
        "<td headers=\"user-content-h1 user-content-h2\"></td></tr></tbody></table>");
  Document doc2;
  DomBuilder b2(doc2);
  auto root2 = b2.root();
  b2.el(root2, "p", {{"id", "x"}});
  reader::sanitize::SanitizeOptions no_ids;
  no_ids.id_prefix = "";
  sanitize(doc2, root2, no_ids);
  CHECK(inner_html(doc2, root2) == "<p></p>");
}

TEST_CASE("sanitizer: images") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  b.el(root, "img", {{"src", "a.png"}, {"alt", "A"}, {"width", "10"}, {"onerror", "x"},
                     {"loading", "lazy"}});
  b.el(root, "img", {{"src", "data:image/png;base64,iVBO"}});
  b.el(root, "img", {{"src", "javascript:alert(1)"}});  // nothing left: dropped
  b.el(root, "img", {{"src", "data:image/svg+xml,<svg/onload=alert(1)>"}, {"srcset", "b.png 2x"}});
  b.el(root, "img", {{"srcset", "ok.png 1x, javascript:x 2x"}});
  CHECK(sanitized_inner(doc, root) ==
        "<img src=\"a.png\" alt=\"A\" width=\"10\"><img src=\"data:image/png;base64,iVBO\">"
        "<img srcset=\"b.png 2x\">");
}

TEST_CASE("sanitizer: picture sources keep srcset only; stray sources go") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto pic = b.el(root, "picture");
  b.el(pic, "source", {{"srcset", "a.webp"}, {"type", "image/webp"}, {"src", "x.png"}});
  b.el(pic, "img", {{"src", "a.jpg"}});
  b.el(root, "source", {{"srcset", "stray.png"}});
  CHECK(sanitized_inner(doc, root) ==
        "<picture><source srcset=\"a.webp\" type=\"image/webp\"><img src=\"a.jpg\"></picture>");
}

TEST_CASE("sanitizer: video and audio: no autoplay, https only, controls added") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto video = b.el(root, "video", {{"src", "https://e.com/v.mp4"}, {"autoplay", ""},
                                    {"poster", "http://e.com/p.jpg"}, {"onplay", "x"}});
  b.el(video, "source", {{"src", "https://e.com/v.webm"}, {"type", "video/webm"}});
  b.el(video, "source", {{"src", "http://e.com/v.ogv"}});
  b.el(root, "audio", {{"src", "/a.mp3"}, {"autoplay", ""}});
  CHECK(sanitized_inner(doc, root) ==
        "<video src=\"https://e.com/v.mp4\" controls=\"\"><source src=\"https://e.com/v.webm\" "
        "type=\"video/webm\"></video><audio controls=\"\"></audio>");
}

TEST_CASE("sanitizer: per-element attribute allowlists") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto ol = b.el(root, "ol", {{"start", "3"}, {"reversed", ""}, {"type", "a"}, {"value", "x"}});
  b.el(ol, "li", {{"value", "7"}, {"start", "1"}});
  b.el(root, "time", {{"datetime", "2024-01-01"}});
  b.el(root, "blockquote", {{"cite", "https://e.com"}});
  b.el(root, "q", {{"cite", "javascript:x"}});
  b.el(root, "p", {{"dir", "rtl"}});
  b.el(root, "p", {{"dir", "sideways"}});
  b.el(root, "code", {{"class", "hljs language-c++ evil-class"}});
  CHECK(sanitized_inner(doc, root) ==
        "<ol start=\"3\" reversed=\"\" type=\"a\"><li value=\"7\"></li></ol>"
        "<time datetime=\"2024-01-01\"></time><blockquote cite=\"https://e.com\"></blockquote>"
        "<q></q><p dir=\"rtl\"></p><p></p><code class=\"language-c++\"></code>");
}

TEST_CASE("sanitizer: namespaced attributes are dropped") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  auto a = b.el(root, "a");
  doc.set_attr(a, "href", "javascript:alert(1)", reader::dom::AttrNs::kXlink);
  doc.set_attr(a, "xlink:href", "javascript:alert(2)");
  CHECK(sanitized_inner(doc, root) == "<a></a>");
}

TEST_CASE("sanitizer: the root is never removed") {
  Document doc;
  DomBuilder b(doc);
  auto holder = b.root();
  auto section = b.el(holder, "section", {{"onclick", "x"}, {"title", "t"}});
  b.text(b.el(section, "p"), "keep");
  sanitize(doc, section);
  CHECK(outer_html(doc, section) == "<section title=\"t\"><p>keep</p></section>");

  auto custom = b.el(holder, "x-article", {{"onclick", "x"}});
  b.text(custom, "kept");
  sanitize(doc, custom);
  CHECK(outer_html(doc, custom) == "<div>kept</div>");

  auto script = b.el(holder, "script", {{"src", "x.js"}});
  b.text(script, "alert(1)");
  sanitize(doc, script);
  CHECK(outer_html(doc, script) == "<div></div>");
  CHECK(doc.parent(script) == holder);

  auto xmp = b.el(holder, "xmp");
  b.text(xmp, "</xmp><script>alert(1)</script>");
  sanitize(doc, xmp);
  CHECK(outer_html(doc, xmp) == "<pre>&lt;/xmp&gt;&lt;script&gt;alert(1)&lt;/script&gt;</pre>");

  auto form = b.el(holder, "form", {{"action", "javascript:x"}});
  b.el(form, "input");
  b.text(form, "text");
  sanitize(doc, form);
  CHECK(outer_html(doc, form) == "<div>text</div>");
}

TEST_CASE("sanitizer: sanitizing the whole document") {
  Document doc;
  DomBuilder b(doc);
  doc.append_child(doc.root(), doc.create_doctype("html"));
  auto html = b.el(doc.root(), "html");
  b.text(b.el(b.el(html, "head"), "title"), "T");
  auto body = b.el(html, "body", {{"onload", "x"}});
  b.text(b.el(body, "p"), "text");
  sanitize(doc, doc.root());
  CHECK(inner_html(doc, doc.root()) == "<p>text</p>");
}

TEST_CASE("sanitizer: report counts") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  b.el(root, "script");
  b.el(root, "blink");
  b.el(root, "a", {{"href", "vbscript:x"}, {"onclick", "y"}});
  SanitizeReport r = sanitize(doc, root);
  CHECK(r.elements_dropped == 1);
  CHECK(r.elements_unwrapped == 1);
  CHECK(r.urls_refused == 1);
  CHECK(r.attributes_dropped == 2);
}

TEST_CASE("sanitizer: 100,000 levels of nesting without recursion") {
  constexpr size_t kDepth = 100'000;
  SUBCASE("unwrapped unknown elements") {
    Document doc;
    DomBuilder b(doc);
    auto root = b.root();
    b.nest(root, "x-y", kDepth, "deep");
    sanitize(doc, root);
    CHECK(inner_html(doc, root) == "deep");
  }
  SUBCASE("kept divs with attributes") {
    Document doc;
    DomBuilder b(doc);
    auto root = b.root();
    NodeId cur = root;
    for (size_t i = 0; i < kDepth; ++i) cur = b.el(cur, "div", {{"onclick", "x"}});
    b.el(cur, "script");
    SanitizeReport r = sanitize(doc, root);
    CHECK(r.attributes_dropped == kDepth);
    CHECK(r.elements_dropped == 1);
    CHECK(inner_html(doc, root).size() == kDepth * 11);
  }
  SUBCASE("dropped subtree") {
    Document doc;
    DomBuilder b(doc);
    auto root = b.root();
    auto obj = b.el(root, "object");
    b.nest(obj, "div", kDepth, "x");
    SanitizeReport r = sanitize(doc, root);
    CHECK(inner_html(doc, root) == "");
    CHECK(r.elements_dropped == 1);
  }
}

TEST_CASE("sanitizer: carriage returns from &#13; are normalized (stable re-parse)") {
  Document doc;
  DomBuilder b(doc);
  auto root = b.root();
  b.text(b.el(root, "pre"), "a\r\nb\rc");
  b.el(root, "img", {{"src", "x.png"}, {"alt", "l1\r\nl2"}});
  CHECK(sanitized_inner(doc, root) == "<pre>a\nb c</pre><img src=\"x.png\" alt=\"l1\nl2\">");
}
