// The learned container choice (issue 9): the rules pick the page's content
// container; a small gradient-boosted regressor, trained by
// tests/learn/train.py on the tuning parts of wcxb-dev, predicts for every
// other candidate (container_features.h) how much word F1 taking it instead
// would gain, and the extractor takes the best one when the predicted gain
// passes the model's threshold. The trees are generated data
// (container_model_data.cpp) in the block scorer's format (block_model.h),
// evaluated in the same fixed order: native and WebAssembly agree.
#pragma once
#include "extract/block_model.h"
#include "extract/container_features.h"

namespace reader::extract {

const BlockModel& container_model();

// True when the model data was trained on the feature layout of this build.
bool container_model_matches_features(const BlockModel& model);

// False for pages where the choice never acts (articles: see the .cpp), so
// the extractor need not gather candidates there.
bool container_choice_applies(int page_type);

// The predicted gain of taking the candidate instead of the rules' choice.
double container_gain(const BlockModel& model, const ContainerRow& row);

// The candidate to take instead of the rules' choice, or -1: the one with
// the highest predicted gain, when it is above the model's threshold. Fills
// `gains` (one per candidate) when not null.
int choose_container(const BlockModel& model, const ContainerSet& set, std::vector<double>* gains);

}  // namespace reader::extract
