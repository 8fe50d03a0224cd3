// The learned page-type classifier: its features (page_features.cpp) and
// the embedded model (page_model.cpp, page_model_data.cpp) on small pages
// whose type no single rule decides.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <string_view>

#include "classify/page_features.h"
#include "classify/page_model.h"
#include "html/parser.h"

namespace {

namespace cl = reader::classify;
using reader::meta::PageType;
using reader::meta::PageTypeSignals;

std::unique_ptr<reader::dom::Document> parse(std::string_view html) {
  auto doc = std::make_unique<reader::dom::Document>();
  reader::html::parse_document(html, *doc);
  return doc;
}

cl::PageRow features_of(std::string_view html, const PageTypeSignals& signals) {
  auto doc = parse(html);
  return cl::page_features(*doc, signals);
}

PageType learned_type(std::string_view html, const PageTypeSignals& signals) {
  return cl::classify_page_learned(features_of(html, signals), PageType::kService);
}

std::string repeat(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

const std::string kSentence =
    "The committee met on Tuesday to weigh the proposal, and after a long debate about "
    "costs, timing and the views of residents it agreed to delay the vote until spring. ";

}  // namespace

TEST_CASE("page features: counts over the markup") {
  const std::string html =
      "<html><body><h1>Desks</h1><ul>" +
      repeat("<li class=card><h3><a href=/d>Walnut desk</a></h3><span>$1,250</span></li>", 6) +
      "</ul><p>" + kSentence + kSentence + "</p><form><input name=q><button>Go</button></form>"
      "<script>var price = '$5';</script><pre><code>x</code></pre>"
      "<div class=comment-list>c</div></body></html>";
  const cl::PageRow r = features_of(html, PageTypeSignals{{}, "product", "", "https://ex.com/shop/desks"});
  CHECK(r[cl::kPfPrices] == 6);          // the script's price is not text
  CHECK(r[cl::kPfRepeatMax] == 6);       // six cards alike in a row
  CHECK(r[cl::kPfRepeatGroups] == 1);
  CHECK(r[cl::kPfLinkedHeadings] == 6);
  CHECK(r[cl::kPfHeadings] == 6);
  CHECK(r[cl::kPfH1] == 1);
  CHECK(r[cl::kPfForms] == 1);
  CHECK(r[cl::kPfControls] == 1);
  CHECK(r[cl::kPfButtons] == 1);
  CHECK(r[cl::kPfCode] == 2);
  CHECK(r[cl::kPfCommentMarkup] == 1);
  CHECK(r[cl::kPfOgType] == 2);
  CHECK(r[cl::kPfUrlSegments] == 2);
  CHECK(r[cl::kPfPointsCollection] > 0);  // the rules' vote for /shop/
  CHECK(r[cl::kPfLinkShare] > 0);
  CHECK(r[cl::kPfLinkShare] < 1);
  CHECK(r[cl::kPfProseShare] > 0);
}

TEST_CASE("page features: a page without body or address") {
  auto doc = parse("");
  const cl::PageRow r = cl::page_features(*doc, PageTypeSignals{});
  CHECK(r[cl::kPfChars] == 0);
  CHECK(r[cl::kPfUrlSegments] == 0);
}

TEST_CASE("page model: trained on this build's features") {
  CHECK(cl::page_models_match_features());
}

// Readability's test pages have no metadata and a short path: the rules
// called 40 of 130 of them service pages. A page of prose is an article.
TEST_CASE("page model: a page of prose without metadata is an article") {
  const std::string html = "<html><body><h1>The vote is delayed</h1>" +
                           repeat("<p>" + kSentence + "</p>", 12) + "</body></html>";
  CHECK(learned_type(html, PageTypeSignals{{}, "", "", "http://fakehost/test/page.html"}) ==
        PageType::kArticle);
}

TEST_CASE("page model: a product page with its offer") {
  const std::string html =
      "<html><body><h1>Walnut desk</h1><div class=price>$1,250</div>"
      "<form><select name=size><option>140</option></select><input type=number name=qty>"
      "<button class=add-to-cart>Add to cart</button></form><p>Hand-oiled top, two drawers.</p>"
      "</body></html>";
  CHECK(learned_type(html, PageTypeSignals{{"Product"}, "product", "",
                                           "https://ex.com/products/walnut-desk"}) ==
        PageType::kProduct);
}

TEST_CASE("page model: a forum thread") {
  const std::string post =
      "<article class=post><div class=author>ann</div><time>2 May</time><p>" + kSentence +
      "</p><button>Reply</button></article>";
  const std::string html = "<html><body><h1>Delay the vote?</h1>" + repeat(post, 8) + "</body></html>";
  CHECK(learned_type(html, PageTypeSignals{{"DiscussionForumPosting"}, "", "",
                                           "https://forum.ex.com/t/delay-the-vote/123"}) ==
        PageType::kForum);
}

// Readability's test page replace-brs: text split by ten <br> in a row was
// taken for a run of ten cards (a listing, so not readerable).
TEST_CASE("page features: paragraphs and line breaks are no repeated cards") {
  const std::string html = "<html><body><article><h1>Breaks</h1>" +
                           repeat(kSentence + "<br><br>", 5) + repeat("<p>" + kSentence + "</p>", 6) +
                           "</article></body></html>";
  const cl::PageRow r = features_of(html, PageTypeSignals{{}, "", "", "http://fakehost/test/page.html"});
  CHECK(r[cl::kPfRepeatMax] <= 1);
  CHECK(r[cl::kPfRepeatGroups] == 0);
  CHECK(cl::classify_page_learned(r, PageType::kService) == PageType::kArticle);
}
