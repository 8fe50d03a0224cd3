// Cleaning of the gathered article (Readability.js _prepArticle and
// _postProcessContent). Conditional removals are recorded in the log with
// the check that failed, like Readability's debug log.
#pragma once
#include "dom/document.h"
#include "dom/removal_log.h"
#include "extract/extractor.h"

namespace reader::extract {

struct CleanContext {
  dom::Document& doc;
  dom::RemovalLog& log;
  const ExtractOptions& options;
  bool clean_conditionally;
  // Work budget of conditional cleaning, in visited nodes: each check walks
  // the candidate's subtree, so nested wrappers would make it quadratic.
  // When spent, the remaining candidates are kept (best effort, linear time).
  size_t budget = 0;
  // Text length of the whole article when cleaning starts.
  size_t article_chars = 0;
  // Readability _getClassWeight is 0 once the cascade drops
  // FLAG_WEIGHT_CLASSES, in cleaning too: a retry that stopped trusting
  // class names must not remove blocks for them (d43f330c...: every forum
  // post, classed "MtnComment", went for its negative weight).
  bool weight_classes = true;
};

void prep_article(CleanContext& ctx, dom::NodeId article);

// Before extraction, on the whole page (Readability _unwrapNoscriptImages,
// _removeScripts, _prepDocument): noscript images replace their lazy
// placeholders, scripts/styles go, <br><br> runs become paragraphs, <font>
// becomes <span>.
void prep_document(dom::Document& doc);

// After extraction: lazy images resolved, relative URLs made absolute
// (against base_url), video embeds turned into links, nested wrappers
// simplified.
void post_process(dom::Document& doc, dom::NodeId article, std::string_view base_url);

}  // namespace reader::extract
