// Pruning of the gathered article by the learned block scorer
// (block_model.h): text blocks the model judges boilerplate go, each removal
// logged with the model's probability ("learned scorer p=0.12").
#pragma once
#include <vector>

#include "dom/document.h"
#include "dom/removal_log.h"
#include "extract/block_model.h"
#include "extract/extractor.h"

namespace reader::extract {

// Scores the text units of `article` and removes the boilerplate ones,
// unless together they hold more than a safety share of the article's text.
// It removes blocks only where it beat the rules on held-out pages (forum
// threads, see learned_prune.cpp). With `record`, every unit's text,
// features and score are appended to it.
void prune_learned_blocks(dom::Document& doc, dom::NodeId article, const ExtractOptions& options,
                          dom::RemovalLog& log, std::vector<ScoredBlock>* record);
// The same with a given model (the embedded one is block_model()), on any
// page; `remove` = false only scores.
void prune_blocks_with(const BlockModel& model, dom::Document& doc, dom::NodeId article,
                       const ExtractOptions& options, dom::RemovalLog& log,
                       std::vector<ScoredBlock>* record, bool remove = true);

}  // namespace reader::extract
