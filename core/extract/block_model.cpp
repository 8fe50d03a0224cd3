#include "extract/block_model.h"

#include <cmath>
#include <string>

namespace reader::extract {

double block_log_odds(const BlockModel& model, const BlockRow& row) {
  return tree_ensemble_sum(model, row.data());
}

double tree_ensemble_sum(const BlockModel& model, const float* row) {
  double sum = model.bias;
  for (int t = 0; t < model.tree_count; ++t) {
    int n = model.tree_root[t];
    while (n >= 0) {
      // Float against float: the same comparison the trainer made between
      // the float feature and its double threshold (see BlockModel::split).
      float x = row[static_cast<size_t>(model.feature[n])];
      n = x <= model.split[n] ? model.left[n] : model.right[n];
    }
    sum += model.leaf[~n];
  }
  return sum;
}

double block_probability(double log_odds) { return 1.0 / (1.0 + std::exp(-log_odds)); }

bool tree_model_matches_layout(const BlockModel& model, const char* (*feature_name)(int),
                               int count) {
  std::string names;
  for (int f = 0; f < count; ++f) {
    if (f) names += ',';
    names += feature_name(f);
  }
  return names == model.feature_names;
}

bool block_model_matches_features(const BlockModel& model) {
  return tree_model_matches_layout(model, block_feature_name, kBlockFeatureCount);
}

}  // namespace reader::extract
