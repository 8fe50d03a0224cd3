#include "extract/block_features.h"

#include <cstdint>
#include <unordered_map>

#include "base/text.h"
#include "extract/node_util.h"

namespace reader::extract {
namespace {

using dom::kNoNode;

constexpr const char* kFeatureNames[kBlockFeatureCount] = {
    "chars", "link_share", "words", "short_word_share", "mean_word_chars", "punct_share",
    "digit_share", "capital_share", "ends_sentence", "is_prose", "is_barrier", "tag",
    "parent_tag", "depth", "class_weight", "ancestor_weight", "index_share",
    "chars_before_share", "chars_share", "prose_before_share", "prose_after_share",
    "article_chars", "unit_count", "prev_chars", "next_chars", "prev_link_share",
    "next_link_share", "next_is_prose", "sibling_units", "sibling_link_share",
    "sibling_chars_share", "title_similarity", "thread", "whole_main", "class_hash_0",
    "class_hash_1", "class_hash_2", "class_hash_3", "class_hash_4", "class_hash_5",
    "class_hash_6", "class_hash_7", "class_hash_8", "class_hash_9", "class_hash_10",
    "class_hash_11", "class_hash_12", "class_hash_13", "class_hash_14", "class_hash_15"};
static_assert(kClassHashBuckets == 16, "kFeatureNames lists 16 class hash buckets");

// Ancestors further up than this are not walked (pages nest 100,000 deep).
constexpr int kMaxDepth = 64;
// Class and id tokens are read from the block and this many ancestors.
constexpr int kClassHashAncestors = 3;
// Longer units are not compared with the title (a heading repeats it).
constexpr size_t kMaxTitleCompareChars = 300;

// A small number per kind of block, so that a tree can split on it; the
// order groups text blocks, list and table blocks, and containers.
float tag_class(const Document& doc, NodeId id) {
  if (id == kNoNode || !doc.is_element(id)) return 0;
  Tag t = doc.tag(id);
  if (t == Tag::kP) return 1;
  if (is_heading(t)) return 2;
  if (t == Tag::kLi) return 3;
  if (t == Tag::kTd || t == Tag::kTh) return 4;
  if (t == Tag::kPre) return 5;
  if (t == Tag::kBlockquote) return 6;
  if (t == Tag::kFigcaption || t == Tag::kFigure) return 7;
  if (t == Tag::kDt || t == Tag::kDd || t == Tag::kDl) return 8;
  if (t == Tag::kUl || t == Tag::kOl) return 9;
  if (t == Tag::kDiv) return 10;
  if (t == Tag::kSection || t == Tag::kArticle || t == Tag::kMain) return 11;
  if (t == Tag::kHeader || t == Tag::kFooter || t == Tag::kNav || t == Tag::kAside) return 12;
  if (t == Tag::kTable || t == Tag::kTr || t == Tag::kTbody) return 13;
  return 14;
}

float share(double part, double whole) {
  return whole > 0 ? static_cast<float>(part / whole) : 0.0f;
}

bool is_punct(char c) {
  return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?';
}

// The text measures of one unit (kFeatWords .. kFeatCapitalShare).
void text_measures(std::string_view text, size_t chars, BlockRow& row) {
  size_t words = 0, short_words = 0, word_chars = 0, capitals = 0, punct = 0, digits = 0;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size()) break;
    size_t start = i;
    while (i < text.size() && text[i] != ' ') ++i;
    std::string_view w = text.substr(start, i - start);
    size_t len = utf8_length(w);
    ++words;
    word_chars += len;
    if (len <= 3) ++short_words;
    if (w[0] >= 'A' && w[0] <= 'Z') ++capitals;
    for (char c : w) {
      if (is_punct(c)) ++punct;
      else if (is_ascii_digit(c)) ++digits;
    }
  }
  row[kFeatWords] = static_cast<float>(words);
  row[kFeatShortWordShare] = share(static_cast<double>(short_words), static_cast<double>(words));
  row[kFeatMeanWordChars] = share(static_cast<double>(word_chars), static_cast<double>(words));
  row[kFeatCapitalShare] = share(static_cast<double>(capitals), static_cast<double>(words));
  row[kFeatPunctShare] = share(static_cast<double>(punct), static_cast<double>(chars));
  row[kFeatDigitShare] = share(static_cast<double>(digits), static_cast<double>(chars));
}

// Adds the class and id tokens of `id` (runs of ASCII letters and digits,
// lower-cased) to the hash buckets of `row` (FNV-1a: the same on every
// platform).
void hash_class_tokens(const Document& doc, NodeId id, BlockRow& row) {
  for (std::string_view attr : {doc.attr(id, "class"), doc.attr(id, "id")}) {
    size_t i = 0;
    while (i < attr.size()) {
      uint32_t h = 2166136261u;
      size_t len = 0;
      for (; i < attr.size(); ++i) {
        char c = ascii_lower(attr[i]);
        if (!((c >= 'a' && c <= 'z') || is_ascii_digit(c))) break;
        h = (h ^ static_cast<uint8_t>(c)) * 16777619u;
        ++len;
      }
      if (len > 0) row[kFeatClassHash0 + static_cast<int>(h % kClassHashBuckets)] += 1.0f;
      else ++i;
    }
  }
}

}  // namespace

const char* block_feature_name(int feature) {
  return feature >= 0 && feature < kBlockFeatureCount ? kFeatureNames[feature] : "";
}

std::vector<BlockRow> block_features(const Document& doc, NodeId article, const TextUnits& tu,
                                     const ExtractOptions& options) {
  const std::vector<TextUnit>& units = tu.units;
  const size_t n = units.size();
  std::vector<BlockRow> rows(n);
  if (n == 0) return rows;
  const double total = static_cast<double>(tu.total_chars);

  // Class weights, once per element (units share ancestors).
  std::unordered_map<NodeId, int> weights;
  auto weight_of = [&](NodeId id) {
    auto it = weights.find(id);
    if (it != weights.end()) return it->second;
    int w = class_weight(doc, id, options.thread);
    weights.emplace(id, w);
    return w;
  };
  // Units grouped by their block's parent.
  struct Group {
    size_t units = 0, chars = 0, link_chars = 0;
  };
  std::unordered_map<NodeId, Group> groups;
  for (const TextUnit& u : units) {
    Group& g = groups[doc.parent(u.block)];
    ++g.units;
    g.chars += u.chars;
    g.link_chars += u.link_chars;
  }
  size_t prose_total = 0;
  for (const TextUnit& u : units) {
    if (is_prose(u)) prose_total += u.chars;
  }

  size_t before = 0, prose_before = 0;
  for (size_t i = 0; i < n; ++i) {
    const TextUnit& u = units[i];
    BlockRow& row = rows[i];
    const bool prose = is_prose(u);
    row[kFeatChars] = static_cast<float>(u.chars);
    row[kFeatLinkShare] = share(static_cast<double>(u.link_chars), static_cast<double>(u.chars));
    text_measures(u.text, u.chars, row);
    row[kFeatEndsSentence] = ends_with_sentence_mark(u.text) ? 1.0f : 0.0f;
    row[kFeatIsProse] = prose ? 1.0f : 0.0f;
    row[kFeatIsBarrier] = u.barrier ? 1.0f : 0.0f;
    row[kFeatTag] = u.block == article ? 0.0f : tag_class(doc, u.block);
    NodeId parent = doc.parent(u.block);
    row[kFeatParentTag] = u.block == article ? 0.0f : tag_class(doc, parent);
    int depth = 0, ancestor_weight = 0;
    for (NodeId a = u.block; a != kNoNode && a != article && depth < kMaxDepth; a = doc.parent(a)) {
      ++depth;
      if (a != u.block) ancestor_weight += weight_of(a);
    }
    row[kFeatDepth] = static_cast<float>(depth);
    row[kFeatClassWeight] = u.block == article ? 0.0f : static_cast<float>(weight_of(u.block));
    row[kFeatAncestorWeight] = static_cast<float>(ancestor_weight);
    row[kFeatIndexShare] = share(static_cast<double>(i), static_cast<double>(n));
    row[kFeatCharsBeforeShare] = share(static_cast<double>(before), total);
    row[kFeatCharsShare] = share(static_cast<double>(u.chars), total);
    row[kFeatProseBeforeShare] = share(static_cast<double>(prose_before), total);
    size_t prose_after = prose_total - prose_before - (prose ? u.chars : 0);
    row[kFeatProseAfterShare] = share(static_cast<double>(prose_after), total);
    row[kFeatArticleChars] = static_cast<float>(tu.total_chars);
    row[kFeatUnitCount] = static_cast<float>(n);
    if (i > 0) {
      const TextUnit& p = units[i - 1];
      row[kFeatPrevChars] = static_cast<float>(p.chars);
      row[kFeatPrevLinkShare] = share(static_cast<double>(p.link_chars), static_cast<double>(p.chars));
    }
    if (i + 1 < n) {
      const TextUnit& x = units[i + 1];
      row[kFeatNextChars] = static_cast<float>(x.chars);
      row[kFeatNextLinkShare] = share(static_cast<double>(x.link_chars), static_cast<double>(x.chars));
      row[kFeatNextIsProse] = is_prose(x) ? 1.0f : 0.0f;
    }
    const Group& g = groups[parent];
    row[kFeatSiblingUnits] = static_cast<float>(g.units);
    row[kFeatSiblingLinkShare] = share(static_cast<double>(g.link_chars), static_cast<double>(g.chars));
    row[kFeatSiblingCharsShare] = share(static_cast<double>(g.chars), total);
    row[kFeatTitleSimilarity] =
        !options.title.empty() && u.chars <= kMaxTitleCompareChars
            ? static_cast<float>(text_similarity(options.title, u.text))
            : 0.0f;
    row[kFeatThread] = options.thread ? 1.0f : 0.0f;
    row[kFeatWholeMain] = options.whole_main ? 1.0f : 0.0f;
    NodeId a = u.block;
    for (int k = 0; k <= kClassHashAncestors && a != kNoNode && a != article; ++k) {
      if (doc.is_element(a)) hash_class_tokens(doc, a, row);
      a = doc.parent(a);
    }
    before += u.chars;
    if (prose) prose_before += u.chars;
  }
  return rows;
}

}  // namespace reader::extract
