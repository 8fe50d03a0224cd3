// The learned block scorer: features (block_features.cpp), tree inference
// (block_model.cpp), the embedded model and the pruning with its guard
// (learned_prune.cpp).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract/block_features.h"
#include "extract/block_model.h"
#include "extract/learned_prune.h"
#include "extract/prose.h"
#include "html/parser.h"

namespace {

using reader::dom::Document;
using reader::extract::BlockModel;
using reader::extract::BlockRow;

// One tree: link share <= 0.5 -> +2 (content), else -3 (boilerplate).
const int16_t kRoot[] = {0};
const int8_t kFeature[] = {reader::extract::kFeatLinkShare};
const float kSplit[] = {0.5f};
const int16_t kLeft[] = {~0};
const int16_t kRight[] = {~1};
const float kLeaf[] = {2.0f, -3.0f};

BlockModel link_model(std::string_view names) {
  return BlockModel{names, 0.25, 0.0, 1, kRoot, kFeature, kSplit, kLeft, kRight, kLeaf};
}

// The model keeps a view of its feature names: they live as long as the test.
const std::string& layout() {
  static const std::string names = [] {
    std::string joined;
    for (int f = 0; f < reader::extract::kBlockFeatureCount; ++f) {
      if (f) joined += ',';
      joined += reader::extract::block_feature_name(f);
    }
    return joined;
  }();
  return names;
}

const std::string kProse =
    "<p>The pilot project presses pellets from leaves, which are dried, ground and pressed in a "
    "barn, and the town hopes to heat its schools with them next winter.</p>";

struct Pruned {
  std::string text;
  std::vector<reader::extract::ScoredBlock> blocks;
  std::vector<std::string> rules;
};

Pruned prune(const std::string& body_html, const BlockModel& model) {
  Document doc;
  reader::html::parse_document("<html><body>" + body_html + "</body></html>", doc);
  reader::dom::RemovalLog log;
  Pruned out;
  reader::extract::ExtractOptions opt;
  reader::extract::prune_blocks_with(model, doc, doc.body(), opt, log, &out.blocks, true);
  out.text = doc.text_content(doc.body());
  for (const auto& e : log.entries()) out.rules.push_back(e.rule);
  return out;
}

std::vector<BlockRow> rows_of(const std::string& body_html) {
  Document doc;
  reader::html::parse_document("<html><body>" + body_html + "</body></html>", doc);
  reader::extract::TextUnits tu = reader::extract::text_units(doc, doc.body());
  return reader::extract::block_features(doc, doc.body(), tu, reader::extract::ExtractOptions());
}

}  // namespace

TEST_CASE("the embedded model was trained on this build's feature layout") {
  const BlockModel& m = reader::extract::block_model();
  CHECK(m.tree_count > 0);
  CHECK(reader::extract::block_model_matches_features(m));
}

TEST_CASE("tree inference: x <= threshold goes left, leaves add to the bias") {
  BlockModel m = link_model(layout());
  BlockRow row{};
  row[reader::extract::kFeatLinkShare] = 0.5f;
  CHECK(reader::extract::block_log_odds(m, row) == doctest::Approx(2.25));
  row[reader::extract::kFeatLinkShare] = 0.75f;
  CHECK(reader::extract::block_log_odds(m, row) == doctest::Approx(-2.75));
  CHECK(reader::extract::block_probability(0.0) == doctest::Approx(0.5));
}

TEST_CASE("block features: links, tag, position and class tokens") {
  std::vector<BlockRow> rows =
      rows_of(kProse + "<p class='share-box'><a href=/a>Share this story with friends</a></p>");
  REQUIRE(rows.size() == 2);
  CHECK(rows[0][reader::extract::kFeatLinkShare] == 0.0f);
  CHECK(rows[1][reader::extract::kFeatLinkShare] == 1.0f);
  CHECK(rows[0][reader::extract::kFeatIsProse] == 1.0f);
  CHECK(rows[1][reader::extract::kFeatIndexShare] == 0.5f);
  CHECK(rows[0][reader::extract::kFeatNextLinkShare] == 1.0f);
  CHECK(rows[1][reader::extract::kFeatWords] == 5.0f);
  // Class tokens are hashed case-insensitively, whatever their order.
  auto buckets = [](const BlockRow& r) {
    return std::vector<float>(r.begin() + reader::extract::kFeatClassHash0, r.end());
  };
  std::vector<BlockRow> other = rows_of(kProse + "<p class='Box SHARE'>Share</p>");
  CHECK(buckets(rows[1]) == buckets(other[1]));
  float sum = 0;
  for (float b : buckets(rows[1])) sum += b;
  CHECK(sum == 2.0f);
}

TEST_CASE("blocks the model judges boilerplate go, with the model's probability as reason") {
  Pruned p = prune(kProse + kProse + kProse +
                       "<p><a href=/a>Share this story with friends</a></p>",
                   link_model(layout()));
  CHECK(p.text.find("next winter") != std::string::npos);
  CHECK(p.text.find("Share this") == std::string::npos);
  REQUIRE(p.rules.size() == 1);
  CHECK(p.rules[0] == "learned scorer p=0.06");
  REQUIRE(p.blocks.size() == 4);
  CHECK_FALSE(p.blocks[0].removed);
  CHECK(p.blocks[3].removed);
}

TEST_CASE("no catastrophic loss: nothing goes when the boilerplate would be most of the text") {
  Pruned p = prune(kProse + "<p><a href=/a>" + kProse.substr(3, kProse.size() - 7) + "</a></p>",
                   link_model(layout()));
  CHECK(p.rules.empty());
  CHECK(p.blocks.size() == 2);
}

TEST_CASE("a model trained on another feature layout is not used") {
  Pruned p = prune(kProse + kProse + kProse + "<p><a href=/a>Share this story with friends</a></p>",
                   link_model("chars,link_share"));
  CHECK(p.rules.empty());
  CHECK(p.text.find("Share this") != std::string::npos);
}

TEST_CASE("outside forum threads the embedded scorer only scores, it removes nothing") {
  Document doc;
  reader::html::parse_document(
      "<html><body>" + kProse + "<p><a href=/a>Share this story with friends</a></p></body></html>",
      doc);
  reader::dom::RemovalLog log;
  std::vector<reader::extract::ScoredBlock> rec;
  reader::extract::ExtractOptions opt;
  reader::extract::prune_learned_blocks(doc, doc.body(), opt, log, &rec);
  CHECK(log.size() == 0);
  REQUIRE(rec.size() == 2);
  CHECK_FALSE(rec[1].removed);
  CHECK(rec[0].log_odds != 0.0);
}
