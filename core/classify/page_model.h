// The learned page-type classifier (issue 9): a small gradient-boosted
// ensemble per page type (one-vs-rest scores of a multi-class model),
// trained by tests/learn/train.py on the tuning part of wcxb-dev, whose
// truth names every page's type. Each type's trees are generated data
// (page_model_data.cpp) in the block scorer's format
// (extract/block_model.h), summed in the same fixed order: native and
// WebAssembly builds agree. The type with the highest score wins.
#pragma once
#include <array>

#include "classify/page_features.h"
#include "extract/block_model.h"
#include "meta/page_type.h"

namespace reader::classify {

constexpr int kPageTypeCount = 7;

// One model per meta::PageType, in its order.
const std::array<const extract::BlockModel*, kPageTypeCount>& page_models();

// True when every model was trained on the feature layout of this build.
bool page_models_match_features();

// The learned type of a page; `fallback` (the rules' type) when the models
// do not match this build's features.
meta::PageType classify_page_learned(const PageRow& row, meta::PageType fallback);

}  // namespace reader::classify
