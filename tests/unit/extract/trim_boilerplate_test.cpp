// Trailing boilerplate after the last prose paragraph (trim_boilerplate.cpp).
#include <doctest/doctest.h>

#include <string>

#include "extract/trim_boilerplate.h"
#include "html/parser.h"

namespace {

using reader::dom::Document;
using reader::dom::NodeId;

struct Trimmed {
  std::string text;
  size_t removals = 0;
};

// Parses `body_html` and trims the <body> as if it were the extracted article.
Trimmed trim(const std::string& body_html) {
  Document doc;
  reader::html::parse_document("<html><body>" + body_html + "</body></html>", doc);
  reader::dom::RemovalLog log;
  reader::extract::trim_trailing_boilerplate(doc, doc.body(), log);
  return {doc.text_content(doc.body()), log.size()};
}

Trimmed drop_link_paragraphs(const std::string& body_html) {
  Document doc;
  reader::html::parse_document("<html><body>" + body_html + "</body></html>", doc);
  reader::dom::RemovalLog log;
  reader::extract::remove_link_paragraphs(doc, doc.body(), log);
  return {doc.text_content(doc.body()), log.size()};
}

bool has(const Trimmed& t, const std::string& s) { return t.text.find(s) != std::string::npos; }

const std::string kProse =
    "<p>The pilot project presses pellets from leaves, which are dried, ground and pressed in a "
    "barn, and the town hopes to heat its schools with them next winter.</p>";

}  // namespace

TEST_CASE("fluter/dtb: related links, credits and copyright after the last paragraph go") {
  Trimmed t = trim(kProse + kProse +
                   "<p>Titelbild: Jane Doe</p><h4>Weiterführende Links</h4>"
                   "<ul><li><a href=/a>Another story about something</a></li>"
                   "<li><a href=/b>Yet another story</a></li></ul><p>© 2020 Example Inc.</p>");
  CHECK(has(t, "next winter"));
  CHECK_FALSE(has(t, "Titelbild"));
  CHECK_FALSE(has(t, "Weiterführende"));
  CHECK_FALSE(has(t, "Another story"));
  CHECK_FALSE(has(t, "2020 Example"));
  CHECK(t.removals >= 3);
}

TEST_CASE("a short closing sentence, a plain list and a table are content") {
  Trimmed t = trim(kProse + "<p>I thank everyone who helped…</p>" +
                   "<h3>Conclusion</h3><ul><li>Tuples save memory</li><li>Maps are fast</li></ul>"
                   "<table><tr><td>Dose</td><td>2 tablets</td></tr></table>");
  CHECK(has(t, "I thank everyone"));
  CHECK(has(t, "Tuples save memory"));
  CHECK(has(t, "2 tablets"));
  CHECK(t.removals == 0);
}

TEST_CASE("qq: a CJK closing paragraph is prose, the copyright line after it is not") {
  Trimmed t = trim(kProse +
                   "<p>DeepMind希望DNC可以推动计算行业实现更多突破。DeepMind已将其研究结果发表在科学刊物上。（编译/林靖东）</p>"
                   "<p>【未经授权，不得转载】</p>");
  CHECK(has(t, "DeepMind希望"));
  CHECK_FALSE(has(t, "未经授权"));
}

TEST_CASE("a block holding the last paragraph keeps it; only the tail text goes") {
  Trimmed t = trim("<div>" + kProse + "<span>Foto: dpa</span></div>");
  CHECK(has(t, "next winter"));
  CHECK_FALSE(has(t, "Foto: dpa"));
}

TEST_CASE("a page of short items has no prose anchor and is left alone") {
  Trimmed t = trim("<p>Short item one</p><p>Short item two</p><p>Short item three</p>");
  CHECK(t.removals == 0);
  CHECK(has(t, "Short item three"));
}

TEST_CASE("wapo/tennisnet: a short paragraph that is one link is a 'read also' pointer") {
  Trimmed t = drop_link_paragraphs(
      kProse + "<p><a href=/x>Hier das Einzel-Tableau in Pune</a></p>" + kProse +
      "<p>See the <a href=/y>official report</a> for the full numbers and the method.</p>"
      "<p><a href=#n>Next</a></p>");
  CHECK_FALSE(has(t, "Einzel-Tableau"));
  CHECK(has(t, "official report"));  // a link inside a sentence stays
  CHECK(has(t, "Next"));             // too short to judge: inline navigation
  CHECK(t.removals == 1);
}

TEST_CASE("heiko-adams.de.laufen: a closing sentence that ends with an emoji is article text") {
  Trimmed t = trim(kProse + kProse +
                   "<p>Man fühlt sich danach irgendwie wie ein Badass – und das gefällt mir "
                   "\xF0\x9F\x98\x89</p>"
                   "<div>Post Views: 1.432</div>");
  CHECK(has(t, "das gefällt mir"));
  CHECK_FALSE(has(t, "Post Views"));
}

TEST_CASE("lazy-image-2: a link paragraph right after a figure is its credit and stays") {
  Trimmed t = drop_link_paragraphs(
      kProse +
      "<figure><div><img src=a.jpg alt=''></div></figure>\n"
      "<p>(<span><a href=http://artist.example/art/1><em>Artist: Mechanical-Hand</em></a>"
      "</span>)</p>" +
      kProse + "<p><a href=/x>Hier das Einzel-Tableau in Pune</a></p>");
  CHECK(has(t, "Artist: Mechanical-Hand"));
  CHECK_FALSE(has(t, "Einzel-Tableau"));  // a link paragraph after prose still goes
  CHECK(t.removals == 1);
}

TEST_CASE("d43f330c: headings after the last paragraph title a box that is gone") {
  // A comment form's heading and log-in note: the note is a whole sentence,
  // but a heading does not end an article.
  Trimmed t = trim(kProse + kProse +
                   "<h2>Kommentieren</h2><h3>Sie müssen sich <a href=/login>einloggen</a>, "
                   "um sich an einer Diskussion beteiligen zu können.</h3>");
  CHECK(has(t, "next winter"));
  CHECK_FALSE(has(t, "Kommentieren"));
  CHECK_FALSE(has(t, "einloggen"));
  // A closing sentence after a heading is still the article's end.
  Trimmed kept = trim(kProse + "<h3>Fazit</h3><p>Am Ende lohnt sich der Umstieg für alle.</p>");
  CHECK(has(kept, "Fazit"));
  CHECK(has(kept, "lohnt sich"));
}
