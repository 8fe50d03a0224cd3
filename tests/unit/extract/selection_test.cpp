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

namespace {

// chefkoch.de.mandarinen reduced: one recipe split into sibling <article>
// cards under <main>; the head card (class "recipe-header") holds the title
// and a teaser, the ingredients card a headed table (class "table-header"),
// the body card the cooking times and the preparation.
std::string recipe_page(const std::string& cards_after) {
  std::string steps;
  for (int i = 0; i < 4; ++i) {
    steps += "<p>Step " + std::to_string(i) +
             ": stir the pudding, spread the cream on the base, add the tangerines, and bake "
             "the cake at 175 degrees until the edge turns golden.</p>";
  }
  return "<html><body><main>"
         "<article class=recipe-header><h1>Tangerine Cream Cake</h1>"
         "<p class=recipe-text>The creamiest cake I know!</p></article>"
         "<article class=recipe-ingredients><h2>Ingredients</h2>"
         "<table class='ingredients table-header'><thead><tr><th colspan=2><h3>For the base:</h3>"
         "</th></tr></thead><tbody><tr><td>125 g</td><td>Flour</td></tr>"
         "<tr><td>65 g</td><td>Margarine or butter</td></tr></tbody></table></article>"
         "<article class=recipe-steps><h2>Preparation</h2><small><span>Baking time about 80 "
         "minutes</span></small><div class=box>" + steps + "</div></article>" +
         cards_after + "</main></body></html>";
}

std::string recipe_text(const std::string& cards_after) {
  return reader::testing::run_extraction(recipe_page(cards_after), "https://example.com/",
                                         "Tangerine Cream Cake by jesusfreak | Chefkoch")
      .plain_text();
}

}  // namespace

TEST_CASE("chefkoch.de.mandarinen: an article split into sibling cards keeps every card") {
  std::string text = recipe_text("");
  CHECK(has(text, "The creamiest cake I know!"));  // the head card, not stripped as "header"
  CHECK(has(text, "Margarine or butter"));         // the headed table, not stripped as "header"
  CHECK(has(text, "For the base:"));
  CHECK(has(text, "Baking time about 80 minutes"));  // the body card whole, not its text block
  CHECK(has(text, "Step 3: stir the pudding"));
  CHECK(text.find("creamiest") < text.find("Margarine"));
  CHECK(text.find("Margarine") < text.find("Step 0"));
}

TEST_CASE("chefkoch.de.mandarinen: a comment card after the body card is not a part") {
  std::string text = recipe_text(
      "<article class=recipe-notes><h2>Notes</h2><p>A reader wrote that the cake also works "
      "with peaches, and that it tastes even better on the second day, chilled.</p></article>");
  CHECK(has(text, "Step 3: stir the pudding"));
  CHECK(has(text, "Margarine or butter"));
  CHECK_FALSE(has(text, "peaches"));
}

namespace {

// d43f330cbaf74e92b9aec85e937cb904 reduced: a forum thread in <main> whose
// posts are all classed "MtnComment" (an unlikely, negative class), and a
// sidebar outside <main> with `offer_count` promotional paragraphs.
std::string forum_page(int offer_count, bool long_opening_post) {
  const std::string post =
      "seit dem Update auf iOS 13 habe ich auf allen Geräten, iPhone, iPad, und Watch, keinen "
      "Zugriff mehr auf den App Store, wenn ich unterwegs bin, im WLAN geht es, über LTE nicht, "
      "Browser, Mail, und andere Apps laufen problemlos, also ratlos.";
  std::string posts;
  for (int i = 0; i < 6; ++i) {
    std::string body = i == 0 && long_opening_post ? post + " " + post + " " + post : post;
    posts += "<div class=MtnComment><div class=MtnCommentContent><div class=MtnCommentText>Post " +
             std::to_string(i) + ": " + body + "</div></div></div>";
  }
  std::string threads, offers;
  for (int i = 0; i < 12; ++i) {
    threads += "<li><a href=/t" + std::to_string(i) + ">Another thread about backups number " +
               std::to_string(i) + "</a></li>";
  }
  for (int i = 0; i < offer_count; ++i) {
    offers += "<p>Offer " + std::to_string(i) + ": bis zu 75 Prozent Rabatt auf populäre Artikel, "
              "alle Angebote sind aber nur kurze Zeit verfügbar, also schnell zugreifen.</p>";
  }
  return "<html><body><main id=content><h2 class=Title>Kein App Store mehr</h2>" + posts +
         "</main><aside id=panel><div><h3>Forum</h3><ul>" + threads + "</ul></div><div>" + offers +
         "</div></aside></body></html>";
}

}  // namespace

TEST_CASE("d43f330c: a forum thread whose posts are classed 'comment' is the article") {
  // Stripping every post as unlikely left the sidebar outside <main> as the
  // best candidate; the retry reads no class names, so the posts are not
  // cleaned away for their negative weight either.
  std::string text = extracted_text(forum_page(4, true));
  CHECK(has(text, "Post 0: seit dem Update"));
  CHECK(has(text, "Post 5: seit dem Update"));
  CHECK_FALSE(has(text, "Offer 0"));
}

TEST_CASE("d43f330c: the retry takes its candidate from <main> though the sidebar scores higher") {
  // Eight offers in one block outscore every single post.
  std::string text = extracted_text(forum_page(8, false));
  CHECK(has(text, "Post 0: seit dem Update"));
  CHECK_FALSE(has(text, "Offer 0"));
}
