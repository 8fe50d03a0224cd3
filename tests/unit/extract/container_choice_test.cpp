// The learned container choice: candidate features (container_features.cpp),
// the guarded choice (container_model.cpp) and the embedded model.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract/clean_article.h"
#include "extract/container_features.h"
#include "extract/container_model.h"
#include "extract/extractor.h"
#include "html/parser.h"

namespace {

using reader::dom::Document;
using reader::dom::NodeId;
using reader::extract::BlockModel;
using reader::extract::ContainerSet;
namespace ex = reader::extract;

// The model keeps a view of its feature names: they live as long as the test.
const std::string& layout() {
  static const std::string names = [] {
    std::string joined;
    for (int f = 0; f < ex::kContainerFeatureCount; ++f) {
      if (f) joined += ',';
      joined += ex::container_feature_name(f);
    }
    return joined;
  }();
  return names;
}

// One tree that is one leaf (root ~0): every candidate gains 0.5 (bias 0.25
// + leaf 0.25); threshold 0.1. The split arrays are never read.
const int16_t kRoot[] = {~0};
const int8_t kFeature[] = {0};
const float kSplit[] = {0.0f};
const int16_t kChild[] = {~0};
const float kLeaf[] = {0.25f};

BlockModel constant_model(std::string_view names) {
  return BlockModel{names, 0.25, 0.1, 1, kRoot, kFeature, kSplit, kChild, kChild, kLeaf};
}

const std::string kItem =
    "<li><h3>Walnut desk, solid wood</h3><p>Hand-oiled top, two drawers, 140 by 70 cm.</p></li>";

// A listing: navigation, a short intro the rules might take, the items.
std::string listing_page() {
  std::string items;
  for (int i = 0; i < 8; ++i) items += kItem;
  return "<html><body><nav><a href=/>Home</a> <a href=/shop>Shop</a> <a href=/about>About "
         "us and our workshop</a></nav><main id=m><div id=intro><p>Our desks, tables and "
         "shelves are made to order in the workshop.</p></div><ul id=items>" +
         items + "</ul></main><footer>Contact, imprint and shipping terms of the shop.</footer>"
                 "</body></html>";
}

int index_of(const Document& doc, const ContainerSet& set, std::string_view id) {
  for (size_t i = 0; i < set.candidates.size(); ++i) {
    if (doc.attr(set.candidates[i].node, "id") == id) return static_cast<int>(i);
  }
  return -1;
}

NodeId element_by_id(const Document& doc, std::string_view id) {
  for (NodeId n = 0; n < doc.node_count(); ++n) {
    if (doc.is_element(n) && doc.attr(n, "id") == id) return n;
  }
  return reader::dom::kNoNode;
}

}  // namespace

TEST_CASE("the embedded container model was trained on this build's feature layout") {
  const BlockModel& m = ex::container_model();
  CHECK(m.tree_count > 0);
  CHECK(ex::container_model_matches_features(m));
}

TEST_CASE("container candidates: shares, markup counts and the relation to the rules' choice") {
  Document doc;
  reader::html::parse_document(listing_page(), doc);
  ContainerSet set = ex::container_candidates(doc, /*collection*/ 4);
  int body = index_of(doc, set, "");
  int main = index_of(doc, set, "m");
  int items = index_of(doc, set, "items");
  REQUIRE(body == 0);
  REQUIRE(main > 0);
  REQUIRE(items > main);
  const auto& b = set.candidates[static_cast<size_t>(body)].row;
  const auto& m = set.candidates[static_cast<size_t>(main)].row;
  const auto& u = set.candidates[static_cast<size_t>(items)].row;
  CHECK(b[ex::kCfShare] == 1.0f);
  CHECK(m[ex::kCfShare] < 1.0f);
  CHECK(m[ex::kCfIsMain] == 1.0f);
  CHECK(b[ex::kCfHoldsMain] == 1.0f);
  CHECK(u[ex::kCfInMain] == 1.0f);
  CHECK(u[ex::kCfRepetition] == 1.0f);  // eight alike <li>
  CHECK(u[ex::kCfListItems] > 0.0f);
  CHECK(b[ex::kCfLinkShare] > 0.0f);
  CHECK(u[ex::kCfLinkShare] == 0.0f);
  CHECK(b[ex::kCfChromeShare] > 0.0f);
  CHECK(u[ex::kCfPageType] == 4.0f);
  // Its text nodes are those of the list.
  const auto& c = set.candidates[static_cast<size_t>(items)];
  CHECK(c.text_end - c.text_begin == 16);

  // The rules chose the intro's <div>: <main> holds it, the list lies apart.
  ex::set_choice_features(set, element_by_id(doc, "intro"), 60);
  CHECK(m[ex::kCfRelation] == 2.0f);
  CHECK(u[ex::kCfRelation] == 4.0f);
  CHECK(u[ex::kCfChosenChars] == 60.0f);
  CHECK(u[ex::kCfCharsPerChosen] > 5.0f);
}

TEST_CASE("the choice takes the best candidate only where the rules found little on a non-article") {
  Document doc;
  reader::html::parse_document(listing_page(), doc);
  BlockModel model = constant_model(layout());
  SUBCASE("a collection page with a short rules' article: a candidate is taken") {
    ContainerSet set = ex::container_candidates(doc, 4);
    ex::set_choice_features(set, element_by_id(doc, "intro"), 60);
    std::vector<double> gains;
    int pick = ex::choose_container(model, set, &gains);
    REQUIRE(pick >= 0);
    CHECK(gains.size() == set.candidates.size());
    CHECK(gains[static_cast<size_t>(pick)] == doctest::Approx(0.5));
    // Never the rules' own container.
    CHECK(set.candidates[static_cast<size_t>(pick)].row[ex::kCfRelation] != 1.0f);
  }
  SUBCASE("an article page: the rules' choice stays") {
    ContainerSet set = ex::container_candidates(doc, 0);
    ex::set_choice_features(set, element_by_id(doc, "intro"), 60);
    CHECK(ex::choose_container(model, set, nullptr) == -1);
  }
  SUBCASE("a long rules' article: the rules' choice stays") {
    ContainerSet set = ex::container_candidates(doc, 4);
    ex::set_choice_features(set, element_by_id(doc, "intro"), 1000);
    CHECK(ex::choose_container(model, set, nullptr) == -1);
  }
  SUBCASE("the rules' article holds half the page: the rules' choice stays") {
    ContainerSet set = ex::container_candidates(doc, 4);
    ex::set_choice_features(set, element_by_id(doc, "intro"), (set.page_chars + 1) / 2);
    CHECK(ex::choose_container(model, set, nullptr) == -1);
  }
  SUBCASE("a model of another layout is not used") {
    BlockModel stale = constant_model("share,chars");
    ContainerSet set = ex::container_candidates(doc, 4);
    ex::set_choice_features(set, element_by_id(doc, "intro"), 60);
    CHECK(ex::choose_container(stale, set, nullptr) == -1);
  }
}

// hukumusume, qq (Readability's test pages): a whole story in under 1,000
// code points of Japanese or Chinese was "short" for the choice, which then
// took the page around it. The rules' length weighs CJK characters as
// prose.h does.
TEST_CASE("the rules' article length weighs CJK characters (hukumusume, qq)") {
  std::string story;
  for (int i = 0; i < 12; ++i) story += "<p>むかしむかし、ある山のふもとに、おじいさんとおばあさんが住んでいました。</p>";
  const std::string html =
      "<html><body><nav><a href=/>ホーム</a> <a href=/list>一覧</a></nav><div id=story>" + story +
      "</div><footer>このサイトについて</footer></body></html>";
  ex::PageFactory make = [html]() {
    ex::PreparedPage p;
    p.doc = std::make_unique<Document>();
    reader::html::parse_document(html, *p.doc);
    ex::prep_document(*p.doc);
    return p;
  };
  ex::ExtractOptions o;
  o.page_type = 6;  // service
  o.record_blocks = true;
  ex::Extraction e = ex::extract_article(make, o);
  REQUIRE(e.content != reader::dom::kNoNode);
  REQUIRE(!e.containers.empty());
  const float chosen = e.containers[0].features[ex::kCfChosenChars];
  // 12 sentences of 36 code points, 34 of them kana and kanji.
  CHECK(chosen > 1000.0f);
  CHECK(chosen >= 2.5f * static_cast<float>(e.text_length));
  for (const auto& c : e.containers) CHECK_FALSE(c.chosen);
  // The recorded candidates index the page's texts.
  CHECK(e.containers[0].text_end <= e.candidate_texts.size());
}
