// Features of the article's text blocks for the learned block scorer
// (block_model.h): one row of numbers per text unit (prose.h) describing
// its text, its links, its markup and its place in the article. The row
// layout is a contract with the trained model: tests/learn/train.py reads
// the names below from the CLI's diagnostic dump (--blocks) and refuses a
// model trained on another layout.
#pragma once
#include <array>
#include <vector>

#include "dom/document.h"
#include "extract/extractor.h"
#include "extract/prose.h"

namespace reader::extract {

enum BlockFeature : int {
  kFeatChars,              // weighted length (prose_length)
  kFeatLinkShare,          // link_chars / chars
  kFeatWords,              // space-separated words
  kFeatShortWordShare,     // words of <= 3 code points (function words, any script)
  kFeatMeanWordChars,      // code points per word
  kFeatPunctShare,         // , . ; : ! ? per character
  kFeatDigitShare,         // ASCII digits per character
  kFeatCapitalShare,       // words starting with an ASCII capital
  kFeatEndsSentence,       // 1 when the text ends with a sentence mark
  kFeatIsProse,            // is_prose
  kFeatIsBarrier,          // table cell, code, list item
  kFeatTag,                // block tag class (see tag_class in the .cpp)
  kFeatParentTag,          // the block's parent's tag class
  kFeatDepth,              // elements between the article root and the block
  kFeatClassWeight,        // Readability class weight of the block
  kFeatAncestorWeight,     // sum of the class weights of its ancestors in the article
  kFeatIndexShare,         // unit index / unit count
  kFeatCharsBeforeShare,   // article text before the unit / article text
  kFeatCharsShare,         // the unit's share of the article text
  kFeatProseBeforeShare,   // prose text before the unit / article text
  kFeatProseAfterShare,    // prose text after the unit / article text
  kFeatArticleChars,       // article text length
  kFeatUnitCount,          // units in the article
  kFeatPrevChars,          // previous unit's length (0: none)
  kFeatNextChars,          // next unit's length (0: none)
  kFeatPrevLinkShare,      // previous unit's link share
  kFeatNextLinkShare,      // next unit's link share
  kFeatNextIsProse,        // the next unit is prose
  kFeatSiblingUnits,       // units whose block has the same parent
  kFeatSiblingLinkShare,   // link share of those units together
  kFeatSiblingCharsShare,  // their share of the article text
  kFeatTitleSimilarity,    // text_similarity(title, text) for short units
  kFeatThread,             // extraction as a forum thread
  kFeatWholeMain,          // extraction of a whole <main>
  // Class and id tokens of the block and its nearest ancestors in the
  // article, hashed into kClassHashBuckets counts (a weak, site-independent
  // vocabulary signal: "share", "related", "caption", "meta"...).
  kFeatClassHash0,
  kBlockFeatureCount = kFeatClassHash0 + 16

};

constexpr int kClassHashBuckets = kBlockFeatureCount - kFeatClassHash0;

using BlockRow = std::array<float, kBlockFeatureCount>;

// Names of the features, in BlockFeature order (the dump and train.py).
const char* block_feature_name(int feature);

// One row per unit of `units` (text_units of `article`), in the same order.
std::vector<BlockRow> block_features(const dom::Document& doc, dom::NodeId article,
                                     const TextUnits& units, const ExtractOptions& options);

}  // namespace reader::extract
