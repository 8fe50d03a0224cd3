#include "extract/container_model.h"

namespace reader::extract {
namespace {

// Where the choice is made (tests/learn/container.py mirrors both): on
// pages not classified as articles (meta::PageType::kArticle), and where
// the rules' article is short (under kMaxRulesChars, CJK characters
// weighing more: prose.h): the rules
// found little there. Without these limits the choice gained more on
// wcxb-dev held-out (word F1 0.825 -> 0.848, simulated) but took whole
// pages around a found article on Readability's test pages and
// trafilatura-dev (readability tuning word F1 0.986 -> 0.926,
// trafilatura-dev 0.941 -> 0.926): their references are the article alone.
// Nor where the rules' article holds kMaxRulesShare of the page's text or
// more: Readability's small synthetic pages (base-url, visibility-hidden)
// are nearly all article, and taking a larger container there only moved
// their first paragraph (the excerpt).
constexpr float kArticlePageType = 0;
constexpr float kMaxRulesChars = 1000;
constexpr float kMaxRulesShare = 0.5f;

bool in_scope(const ContainerRow& row) {
  return container_choice_applies(static_cast<int>(row[kCfPageType])) &&
         row[kCfChosenChars] < kMaxRulesChars &&
         row[kCfChosenShare] < kMaxRulesShare && row[kCfRelation] != 0 &&
         row[kCfRelation] != 1;
}

}  // namespace

bool container_choice_applies(int page_type) {
  return static_cast<float>(page_type) != kArticlePageType;
}

bool container_model_matches_features(const BlockModel& model) {
  return tree_model_matches_layout(model, container_feature_name, kContainerFeatureCount);
}

double container_gain(const BlockModel& model, const ContainerRow& row) {
  return tree_ensemble_sum(model, row.data());
}

int choose_container(const BlockModel& model, const ContainerSet& set, std::vector<double>* gains) {
  const bool usable = model.tree_count > 0 && container_model_matches_features(model);
  int best = -1;
  double best_gain = 0;
  for (size_t i = 0; i < set.candidates.size(); ++i) {
    const ContainerRow& row = set.candidates[i].row;
    double g = usable ? container_gain(model, row) : 0;
    if (gains) gains->push_back(g);
    // Only a candidate whose relation to the rules' choice is known, and
    // not that choice itself.
    if (!usable || !in_scope(row)) continue;
    if (g > model.threshold && (best < 0 || g > best_gain)) {
      best = static_cast<int>(i);
      best_gain = g;
    }
  }
  return best;
}

}  // namespace reader::extract
