// Choice of the article container (grab_article.cpp), regressions named
// after the page that showed them.
#include <doctest/doctest.h>

#include <string>

#include "extract_run.h"

namespace {

// Text of the extracted article (post-processed like the facade does).
std::string extracted_text(const std::string& html) {
  return reader::testing::run_extraction(html, "https://example.com/", "A letter").plain_text();
}

bool has(const std::string& text, const std::string& s) { return text.find(s) != std::string::npos; }

}  // namespace

TEST_CASE("harpers letter: a comma-rich cell of signatories does not beat the letter") {
  std::string names;
  for (int i = 0; i < 60; ++i) {
    names += "<strong>Person " + std::to_string(i) + "</strong>, <span>University " +
             std::to_string(i) + "</span><br>";
  }
  std::string letter;
  for (int i = 0; i < 6; ++i) {
    letter += "<p>Paragraph " + std::to_string(i) +
              " of the letter argues that the free exchange of ideas, the lifeblood of a "
              "liberal society, is daily becoming more constricted, and we need to defend it.</p>";
  }
  std::string text = extracted_text("<html><body><div class=page><article class=post>"
                                    "<div class=wysiwyg>" + letter +
                                    "<table><tr><td>" + names + "</td></tr><tr><td></td></tr></table>"
                                    "</div></article></div><footer>Privacy Policy</footer></body></html>");
  CHECK(has(text, "Paragraph 0 of the letter"));
  CHECK(has(text, "Paragraph 5 of the letter"));
  CHECK(has(text, "Person 59"));
}

TEST_CASE("nhk easy news: a javascript: link keeps its ruby markup, furigana stays out of the text") {
  std::string p = "<p><a href='javascript:void(0)'><ruby><span>虐待</span><rt>ぎゃくたい</rt></ruby></a>"
                  "をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができて、親が子どもを教育するために、"
                  "たたいたり蹴ったりする体罰を禁止することになりました。</p>";
  std::string text = extracted_text("<html><body><div class=article-body>" + p + p + p +
                                    "</div></body></html>");
  CHECK(has(text, "虐待をなくすための法律ができて"));
  CHECK_FALSE(has(text, "ぎゃくたい"));
}

TEST_CASE("forstpraxis: every section of an articleBody split into deep wrappers is kept") {
  // Each section sits four divs deep with a positive class ("paragraph-text"):
  // the best-scoring section alone would be the top candidate.
  std::string sections;
  const char* heads[] = {"Pilot project", "A grant is requested", "Heating value"};
  for (int i = 0; i < 3; ++i) {
    // The middle section is long and comma-rich: the best single candidate.
    std::string commas;
    for (int k = 0; i == 1 && k < 5; ++k) commas += ", and the drying hall, the mill, the press";
    sections += std::string("<div><div class=paragraph_wrapper><h2><div>") + heads[i] +
                "</div></h2><div class=paragraph-text><div><p>Section " + std::to_string(i) +
                " explains how leaves are dried, ground and pressed into pellets in a barn" +
                commas + " and what the town hopes to gain from it next winter. The mayor "
                "expects the pilot to run through the season before the council votes on it.</p>"
                "</div></div></div></div>";
  }
  std::string text = extracted_text("<html><body><main><article class=node>"
                                    "<div itemprop=articleBody><div>" + sections + "</div></div>"
                                    "</article><aside><a href=/x>Other news</a></aside></main></body></html>");
  CHECK(has(text, "Section 0 explains"));
  CHECK(has(text, "Section 1 explains"));
  CHECK(has(text, "Section 2 explains"));
  CHECK(has(text, "A grant is requested"));
  CHECK_FALSE(has(text, "Other news"));
}

TEST_CASE("tagesspiegel: the lead paragraph in the article header is kept") {
  std::string body;
  for (int i = 0; i < 5; ++i) {
    body += "<p>Body paragraph " + std::to_string(i) +
            " reports on the new distancing rules, which shops, schools, and offices must follow "
            "from Monday, and what the health office expects of them.</p>";
  }
  std::string text = extracted_text(
      "<html><body><article><header><h1>Rules</h1><p class=intro>The ideas range from "
      "spit guards to one-way systems in the aisles of supermarkets.</p>"
      "<p><a href=/more>More on this topic and other related stories</a></p></header>"
      "<div class=story-body>" + body + "</div></article>"
      "<div class=teasers><p>Unrelated teaser text that sits outside the article element.</p></div>"
      "</body></html>");
  CHECK(has(text, "The ideas range from spit guards"));
  CHECK(text.find("The ideas range") < text.find("Body paragraph 0"));
  CHECK(has(text, "Body paragraph 4"));
  CHECK_FALSE(has(text, "More on this topic"));
  CHECK_FALSE(has(text, "Unrelated teaser"));
}

TEST_CASE("deep nesting inside an article with a lead and a junk tail stays fast") {
  std::string html = "<html><body><article><p>A lead sentence that opens the story and ends here.</p>";
  for (int i = 0; i < 50000; ++i) html += "<div>";
  for (int i = 0; i < 4; ++i) {
    html += "<p>Deep paragraph " + std::to_string(i) +
            " has enough words, commas, and detail to be scored as the body of the article.</p>";
  }
  for (int i = 0; i < 50000; ++i) html += "</div>";
  html += "<p><span>Foto: dpa</span></p></article></body></html>";
  std::string text = extracted_text(html);
  CHECK(has(text, "Deep paragraph 3"));
  CHECK_FALSE(has(text, "Foto: dpa"));
}

TEST_CASE("novalanalove: a page-builder wrapper with a negative class name keeps the article") {
  // Elementor wraps every text in "elementor-widget-container"; "widget" is a
  // negative class word, but the block holds the whole article.
  std::string body;
  for (int i = 0; i < 6; ++i) {
    body += "<p>Paragraph " + std::to_string(i) +
            " about earrings, ear cuffs, and hoops, and how to combine them with longer pieces.</p>";
  }
  reader::testing::ExtractRun r = reader::testing::run_extraction(
      "<html><body><div id=main><div class=elementor-widget-container>" + body +
          "</div></div></body></html>",
      "https://example.com/", "");
  REQUIRE(r.found());
  CHECK(r.ex.attempt == 0);  // no retry needed: the first attempt kept the body
  CHECK(has(r.text(), "Paragraph 5 about earrings"));
}
