// Trailing boilerplate after the article's last prose paragraph (the
// trafilatura idea of a text-quality tail): related links, contact boxes,
// image credits and copyright lines that sibling gathering pulled in.
#pragma once
#include "dom/document.h"
#include "dom/removal_log.h"

namespace reader::extract {

// Removes the blocks after the last prose paragraph of `article` that are
// short or mostly links; each removal is logged (category "boilerplate").
void trim_trailing_boilerplate(dom::Document& doc, dom::NodeId article, dom::RemovalLog& log);
// Removes short paragraphs that are mostly a link ("Lesen Sie auch: ...").
void remove_link_paragraphs(dom::Document& doc, dom::NodeId article, dom::RemovalLog& log);

}  // namespace reader::extract
