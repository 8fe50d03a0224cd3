// The learned block scorer: a small gradient-boosted tree ensemble over the
// features of block_features.h, trained by tests/learn/train.py on the
// tuning parts of the dev corpora and embedded as data
// (block_model_data.cpp, generated). Inference is plain arithmetic in a
// fixed order (no fast-math), so native and WebAssembly builds give the same
// scores bit for bit.
#pragma once
#include <cstdint>
#include <string_view>

#include "extract/block_features.h"

namespace reader::extract {

// The generated model (block_model_data.cpp). Split nodes and leaves are
// stored apart, each in preorder; a child or a root is a split's index, or
// ~i (negative) for leaf i. Sizes (issue 12, .wasm size): int16 children and
// float thresholds take 9 bytes a split, a float leaf 4, where preorder
// arrays of uint32 and double took 13 bytes a node.
struct BlockModel {
  std::string_view feature_names;  // comma-separated, must match block_feature_name()
  double bias;                     // initial log-odds
  double threshold;                // a block scoring below this is boilerplate
  int tree_count;
  const int16_t* tree_root;        // each tree's root
  const int8_t* feature;           // per split: the feature it tests
  // Per split: x <= split goes left. The features are floats, and the
  // trainer's double threshold rounded down to a float gives the same
  // answer for every float x (train.py asserts it on the training rows).
  const float* split;
  const int16_t* left;             // per split: its children
  const int16_t* right;
  // Per leaf: its log-odds share, the trained double rounded to a float
  // (train.py checks that no training row's decision or "p=0.12" changes),
  // summed in double in tree order, so native and WebAssembly builds give
  // the same scores bit for bit.
  const float* leaf;
};

const BlockModel& block_model();

// Log-odds that the block is article content.
double block_log_odds(const BlockModel& model, const BlockRow& row);
// The ensemble's sum (bias plus one leaf per tree) for a row of features in
// the model's layout: the block scorer's log-odds, the container model's
// predicted gain (container_model.h).
double tree_ensemble_sum(const BlockModel& model, const float* row);
// The probability of a log-odds (for explanations: "p=0.12").
double block_probability(double log_odds);
// True when the model data was trained on the feature layout of this build.
bool block_model_matches_features(const BlockModel& model);
// True when the model's feature names are feature_name(0 .. count - 1).
bool tree_model_matches_layout(const BlockModel& model, const char* (*feature_name)(int),
                               int count);

}  // namespace reader::extract
