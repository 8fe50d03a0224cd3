// The learned block scorer: a small gradient-boosted tree ensemble over the
// features of block_features.h, trained by tests/learn/train.py on the
// tuning parts of the dev corpora and embedded as data
// (block_model_data.cpp, generated). Inference is plain arithmetic in a
// fixed order (doubles, no fast-math), so native and WebAssembly builds give
// the same scores bit for bit.
#pragma once
#include <cstdint>
#include <string_view>

#include "extract/block_features.h"

namespace reader::extract {

// The generated model (block_model_data.cpp). Trees are stored in preorder:
// a split node's left child is the next node, `right` gives the other one.
struct BlockModel {
  std::string_view feature_names;  // comma-separated, must match block_feature_name()
  double bias;                     // initial log-odds
  double threshold;                // a block scoring below this is boilerplate
  int tree_count;
  const uint32_t* tree_start;      // first node of each tree
  const int8_t* feature;           // split feature, -1 on a leaf
  const uint32_t* right;           // right child of a split node
  const double* value;             // split: x <= value goes left; leaf: its log-odds share
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
