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
    uint32_t i = model.tree_start[t];
    while (model.feature[i] >= 0) {
      // Features are floats (as the trainer saw them); thresholds are the
      // trainer's doubles, compared in double.
      double x = static_cast<double>(row[static_cast<size_t>(model.feature[i])]);
      i = x <= model.value[i] ? i + 1 : model.right[i];
    }
    sum += model.value[i];
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
