#include "extract/learned_prune.h"

#include <string>

#include "base/number.h"
#include "extract/block_features.h"
#include "extract/prose.h"

namespace reader::extract {
namespace {

using dom::Document;
using dom::kNoNode;
using dom::NodeId;

// No catastrophic loss (issue 9): when the blocks judged boilerplate hold
// more than this share of the article's text, the model is not trusted on
// this page and nothing is removed.
constexpr double kMaxPruneShare = 0.4;

// Where the scorer removes blocks: forum threads only. Measured with
// tests/learn/train.py and tests/corpus/evaluate.py (issue 9), pruning every
// page gained on wcxb-dev tuning (0.811 -> 0.815) but not on held-out
// (0.820 -> 0.821) and lost on readability (F1 0.987 -> 0.982: blocks
// Readability keeps) and trafilatura-dev held-out (0.934 -> 0.928); on
// forum threads it gained on both parts (tuning 0.724 -> 0.740, held-out
// 0.788 -> 0.795): signatures, "reply"/"quote" bars and post footers.
bool in_scope(const ExtractOptions& options) { return options.thread; }

std::string reason(double log_odds) {
  return "learned scorer p=" + format_fixed(block_probability(log_odds), 2);  // printf's %.2f
}

}  // namespace

void prune_learned_blocks(Document& doc, NodeId article, const ExtractOptions& options,
                          dom::RemovalLog& log, std::vector<ScoredBlock>* record) {
  prune_blocks_with(block_model(), doc, article, options, log, record, in_scope(options));
}

void prune_blocks_with(const BlockModel& model, Document& doc, NodeId article,
                       const ExtractOptions& options, dom::RemovalLog& log,
                       std::vector<ScoredBlock>* record, bool remove) {
  if (article == kNoNode) return;
  const bool usable = model.tree_count > 0 && block_model_matches_features(model);
  if (!(usable && remove) && !record) return;
  TextUnits tu = text_units(doc, article);
  std::vector<BlockRow> rows = block_features(doc, article, tu, options);
  std::vector<double> scores(rows.size());
  std::vector<bool> marked(rows.size(), false);
  size_t marked_chars = 0;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (!usable) continue;
    scores[i] = block_log_odds(model, rows[i]);
    if (remove && scores[i] < model.threshold) {
      marked[i] = true;
      marked_chars += tu.units[i].chars;
    }
  }
  if (static_cast<double>(marked_chars) > kMaxPruneShare * static_cast<double>(tu.total_chars)) {
    marked.assign(marked.size(), false);
  }
  if (record) {
    for (size_t i = 0; i < rows.size(); ++i) {
      record->push_back({tu.units[i].text, std::vector<float>(rows[i].begin(), rows[i].end()),
                         scores[i], marked[i]});
    }
  }
  // The first text node of each marked unit, to explain each removed
  // subtree by the most content-like unit in it.
  std::vector<NodeId> firsts;
  std::vector<double> first_scores;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (!marked[i]) continue;
    firsts.push_back(tu.texts[tu.units[i].first_text]);
    first_scores.push_back(scores[i]);
  }
  for (NodeId n : detach_marked_units(doc, article, tu, marked)) {
    double best = -1e300;
    for (size_t k = 0; k < firsts.size(); ++k) {
      if ((firsts[k] == n || doc.is_ancestor(n, firsts[k])) && first_scores[k] > best) {
        best = first_scores[k];
      }
    }
    log.add(n, "boilerplate", reason(best), n);
  }
}

}  // namespace reader::extract
