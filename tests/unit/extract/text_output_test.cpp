// Plain-text output of extracted articles (serialize/text_serializer.cpp
// fixes found by the trafilatura-dev evaluation).
#include <doctest/doctest.h>

#include <string>

#include "dom/document.h"
#include "extract/clean_article.h"
#include "serialize/html_serializer.h"
#include "html/parser.h"
#include "serialize/text_serializer.h"

namespace {

std::string body_text(const std::string& body_html) {
  reader::dom::Document doc;
  reader::html::parse_document("<html><body>" + body_html + "</body></html>", doc);
  return reader::serialize::to_plain_text(doc, doc.body());
}

}  // namespace

TEST_CASE("nhk easy news: furigana (<rt>, <rp>) is not part of the text") {
  CHECK(body_text("<p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rp>(</rp><rt>ぎゃくたい</rt><rp>)</rp></ruby>をなくす</p>") ==
        "子どもへの虐待をなくす");
}

TEST_CASE("a video placeholder link reads as one line of its own") {
  CHECK(body_text("<p>Before.</p><p><a href='https://www.youtube.com/embed/x'>\xE2\x96\xB6 Video</a></p><p>After.</p>") ==
        "Before.\n\n\xE2\x96\xB6 Video\n\nAfter.");
}

TEST_CASE("embedded-videos: an embed inside a paragraph becomes an inline link, not a nested <p>") {
  reader::dom::Document doc;
  reader::html::parse_document(
      "<html><body><div><p>Watch: <iframe src='https://www.youtube.com/embed/x'></iframe></p>"
      "<iframe src='https://player.vimeo.com/video/1'></iframe></div></body></html>",
      doc);
  reader::dom::NodeId div = doc.first_child(doc.body());
  reader::extract::post_process(doc, div, "https://example.com/");
  std::string html = reader::serialize::outer_html(doc, div);
  CHECK(html.find("<p><p>") == std::string::npos);
  CHECK(html.find("<p>Watch: <a href=\"https://www.youtube.com/embed/x\">") != std::string::npos);
  CHECK(html.find("<p><a href=\"https://player.vimeo.com/video/1\">") != std::string::npos);
  CHECK(reader::serialize::to_plain_text(doc, div) == "Watch: \xE2\x96\xB6 Video\n\n\xE2\x96\xB6 Video");
}
