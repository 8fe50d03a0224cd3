// Forum threads (ExtractOptions::thread, extract/thread.h).
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "extract/clean_article.h"
#include "extract/extractor.h"
#include "html/parser.h"

namespace {

std::string post_text(int i, int sentences) {
  std::string s;
  for (int k = 0; k < sentences; ++k) {
    s += "Post " + std::to_string(i) + " sentence " + std::to_string(k) +
         ", with the details of the problem, what was tried, and what helped in the end. ";
  }
  return s;
}

std::string extract_text(const std::string& html, bool thread) {
  reader::extract::PageFactory make = [html]() {
    reader::extract::PreparedPage p;
    p.doc = std::make_unique<reader::dom::Document>();
    reader::html::parse_document(html, *p.doc);
    reader::extract::prep_document(*p.doc);
    return p;
  };
  reader::extract::ExtractOptions o;
  o.thread = thread;
  reader::extract::Extraction ex = reader::extract::extract_article(make, o);
  return ex.content == reader::dom::kNoNode ? "" : ex.page.doc->text_content(ex.content);
}

}  // namespace

TEST_CASE("wcxb 0172 (Q&A): the question and every answer, not only the longest post") {
  std::string html =
      "<html><body><div id=mainbar itemscope itemtype='https://schema.org/QAPage'>"
      "<div id=question itemprop=mainEntity itemscope itemtype='https://schema.org/Question'>"
      "<div class=post-body><p>" + post_text(0, 3) + "</p></div></div>"
      "<div id=answers>"
      "<div class=answer itemprop=acceptedAnswer itemscope itemtype='https://schema.org/Answer'>"
      "<div class=post-body><p>" + post_text(1, 8) + "</p></div>"
      "<div class=comments><ul><li class=comment itemprop=comment>" + post_text(2, 1) +
      "</li></ul></div></div>"
      "<div class=answer itemprop=suggestedAnswer itemscope itemtype='https://schema.org/Answer'>"
      "<div class=post-body><p>" + post_text(3, 2) + "</p></div></div>"
      "</div></div><div class=sidebar><ul><li><a href=/q/1>Hot question</a></li></ul></div>"
      "</body></html>";
  std::string thread = extract_text(html, true);
  for (int i : {0, 1, 2, 3}) {
    CHECK(thread.find("Post " + std::to_string(i) + " sentence 0") != std::string::npos);
  }
  CHECK(thread.find("Hot question") == std::string::npos);
  // As an article the comment goes (classed "comment").
  CHECK(extract_text(html, false).find("Post 2 sentence 0") == std::string::npos);
}

TEST_CASE("wcxb 1066: posts in wrappers without a class, told apart by their numbered ids") {
  std::string posts;
  for (int i = 0; i < 4; ++i) {
    posts += "<div id=postBoxWrapper58720" + std::to_string(i) +
             "><article class='post-article reply'><div class=row><div class=columns>"
             "<div class=post-inner><div class=post-body><p>" + post_text(i, i == 1 ? 8 : 3) +
             "</p></div></div></div></div></article></div>";
  }
  std::string thread = extract_text("<html><body><div id=posts>" + posts +
                                    "</div></body></html>", true);
  for (int i = 0; i < 4; ++i) {
    CHECK(thread.find("Post " + std::to_string(i) + " sentence 0") != std::string::npos);
  }
}
