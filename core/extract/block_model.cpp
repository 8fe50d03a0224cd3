#include "extract/block_model.h"

#include <cmath>
#include <string>

namespace reader::extract {

double block_log_odds(const BlockModel& model, const BlockRow& row) {
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

bool block_model_matches_features(const BlockModel& model) {
  std::string names;
  for (int f = 0; f < kBlockFeatureCount; ++f) {
    if (f) names += ',';
    names += block_feature_name(f);
  }
  return names == model.feature_names;
}

}  // namespace reader::extract
