#include "classify/page_model.h"

namespace reader::classify {

bool page_models_match_features() {
  for (const extract::BlockModel* m : page_models()) {
    if (m->tree_count == 0 ||
        !extract::tree_model_matches_layout(*m, page_feature_name, kPageFeatureCount))
      return false;
  }
  return true;
}

meta::PageType classify_page_learned(const PageRow& row, meta::PageType fallback) {
  static const bool usable = page_models_match_features();
  if (!usable) return fallback;
  int best = 0;
  double best_score = 0;
  for (int t = 0; t < kPageTypeCount; ++t) {
    double s = extract::tree_ensemble_sum(*page_models()[static_cast<size_t>(t)], row.data());
    if (t == 0 || s > best_score) {
      best = t;
      best_score = s;
    }
  }
  return static_cast<meta::PageType>(best);
}

}  // namespace reader::classify
