// The sanitizer on markup parsed by the real parser: entity-obfuscated URLs,
// parser-specific shapes, a realistic article.
#include <doctest/doctest.h>

#include <string>

#include "dom/document.h"
#include "html/parser.h"
#include "inert_check.h"
#include "sanitize/sanitizer.h"
#include "serialize/html_serializer.h"

using reader::dom::Document;
using reader::dom::NodeId;

namespace {

std::string clean(std::string_view html) {
  Document doc;
  NodeId frag = reader::html::parse_fragment(html, reader::dom::Tag::kDiv, reader::dom::Ns::kHtml,
                                             "div", doc);
  reader::sanitize::sanitize(doc, frag);
  return reader::serialize::inner_html(doc, frag);
}

}  // namespace

TEST_CASE("parsed sanitizer: entity and whitespace obfuscated script URLs") {
  CHECK(clean("<a href='&#x6A;avascript:alert(1)'>a</a>") == "<a>a</a>");
  CHECK(clean("<a href='java&Tab;script:alert(1)'>a</a>") == "<a>a</a>");
  CHECK(clean("<a href='java&#10;script:alert(1)'>a</a>") == "<a>a</a>");
  CHECK(clean("<a href='&#1;javascript:alert(1)'>a</a>") == "<a>a</a>");
  CHECK(clean("<a href='javascript&colon;alert(1)'>a</a>") == "<a>a</a>");
  CHECK(clean("<a href=' &#32;JAVASCRIPT:alert(1)'>a</a>") == "<a>a</a>");
  CHECK(clean("<img src='vbscript:msgbox(1)' alt=x>") == "");
  CHECK(clean("<a href='data:text/html;base64,PHNjcmlwdD4='>a</a>") == "<a>a</a>");
  CHECK(clean("<a href='https://e.com/?q=javascript:x'>a</a>") ==
        "<a href=\"https://e.com/?q=javascript:x\" rel=\"noopener noreferrer\">a</a>");
}

TEST_CASE("parsed sanitizer: a realistic article keeps its content") {
  const char* html =
      "<article class='post' data-id='7'>"
      "<h1 style='color:red'>Title</h1>"
      "<p>Text with <a href='/rel' target=_blank onclick='track()'>a link</a> and "
      "<script>track()</script><b>bold</b>.</p>"
      "<figure><picture><source srcset='a.webp 1x' type='image/webp'>"
      "<img src='a.jpg' alt='A' loading=lazy></picture><figcaption>Cap</figcaption></figure>"
      "<video src='https://e.com/v.mp4' autoplay muted></video>"
      "<iframe src='https://www.youtube.com/embed/x'></iframe>"
      "<form><label>Email <input name=email></label><button>Subscribe</button></form>"
      "<pre><code class='language-js hljs'>let a = 1 &lt; 2;</code></pre>"
      "</article>";
  const std::string out = clean(html);
  CHECK(out ==
        "<article><h1>Title</h1><p>Text with <a href=\"/rel\" rel=\"noopener noreferrer\">a link</a>"
        " and <b>bold</b>.</p><figure><picture><source srcset=\"a.webp 1x\" type=\"image/webp\">"
        "<img src=\"a.jpg\" alt=\"A\"></picture><figcaption>Cap</figcaption></figure>"
        "<video src=\"https://e.com/v.mp4\" muted=\"\" controls=\"\"></video>"
        "Email <pre><code class=\"language-js\">let a = 1 &lt; 2;</code></pre></article>");
  CHECK(reader::testing::inertness_problems(out).empty());
}

TEST_CASE("parsed sanitizer: mutation-XSS shapes come out inert and stable") {
  for (const char* payload : {
           "<svg><p><style><img src=x onerror=alert(1)></style></svg>",
           "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
           "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
           "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
           "<xmp><img src=x onerror=alert(1)></xmp>",
           "<textarea><img src=x onerror=alert(1)></textarea>",
           "<a href=\"&#14;javascript:alert(1)\">x</a>",
       }) {
    CAPTURE(payload);
    const std::string out = clean(payload);
    CAPTURE(out);
    CHECK(reader::testing::inertness_problems(out).empty());
    CHECK(clean(out) == out);
  }
}
