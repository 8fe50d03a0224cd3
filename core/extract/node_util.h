// Small measurements of DOM nodes used by the extractor (Readability.js
// helpers: _getInnerText, _getLinkDensity, _getClassWeight, ...).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "base/ascii.h"
#include "base/text.h"
#include "base/utf8.h"
#include "dom/document.h"

namespace reader::extract {

using dom::Document;
using dom::NodeId;
using dom::Tag;

// Text of the subtree, trimmed, runs of whitespace collapsed to one space.
std::string inner_text(const Document& doc, NodeId id);
// utf8_length(inner_text(doc, id)) without building the string: the
// extractor asks for it per candidate and per link (issue 12: building the
// text was 15% of clean() natively).
size_t inner_text_length(const Document& doc, NodeId id);
// Share of the text that sits inside links (hash links weigh 0.3).
double link_density(const Document& doc, NodeId id);
// link_density() of each of `nodes`, bit for bit, in one walk of the
// document instead of one per node (nested candidates re-read their
// subtrees: 7 % of clean()).
std::vector<double> link_densities(const Document& doc, const std::vector<NodeId>& nodes);
// "class id" of an element, for pattern matching.
std::string class_and_id(const Document& doc, NodeId id);
// +/-25 per positive/negative class and id (Readability _getClassWeight).
// On a forum thread (posts_are_content) post and reply classes ("comment",
// "reply", vocab/readability.h kThreadPost) weigh nothing negative.
int class_weight(const Document& doc, NodeId id, bool posts_are_content = false);
// Number of commas (all the comma characters Readability counts).
int count_commas(std::string_view text);
bool has_ancestor_tag(const Document& doc, NodeId id, Tag tag, int max_depth = 3);
bool is_phrasing_content(const Document& doc, NodeId id);
bool is_whitespace_text(const Document& doc, NodeId id);
// Element with no text and only <br>/<hr> children.
bool is_element_without_content(const Document& doc, NodeId id);
// Exactly one element child with tag `t` and no non-whitespace text.
bool has_single_tag_inside(const Document& doc, NodeId id, Tag t);
bool has_child_block_element(const Document& doc, NodeId id);
// Readability _isProbablyVisible: hidden attribute, display:none,
// visibility:hidden, aria-hidden (except fallback-image), ...
bool is_probably_visible(const Document& doc, NodeId id);
// Share of the tokens of `b` that are not in `a` (Readability _textSimilarity).
// Count of descendants with tag `t`.
int count_tags(const Document& doc, NodeId id, Tag t);

}  // namespace reader::extract
