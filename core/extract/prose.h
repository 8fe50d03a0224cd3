// Text units and the "is this prose?" judgement shared by the container
// choice (grab_article.cpp) and the tail trim (trim_boilerplate.cpp).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "dom/document.h"

namespace reader::extract {

// One run of text sharing a block ancestor: a paragraph, a heading, a cell.
struct TextUnit {
  dom::NodeId block = dom::kNoNode;
  size_t first_text = 0;   // index of its first text node in TextUnits::texts
  size_t chars = 0;        // weighted length (CJK counts kCjkCharWeight)
  size_t link_chars = 0;   // of which inside <a>
  bool barrier = false;    // table cell, code, list item
  std::string text;        // whitespace-collapsed
};

struct TextUnits {
  std::vector<TextUnit> units;
  std::vector<dom::NodeId> texts;  // non-blank text nodes in document order
  size_t total_chars = 0;
};

// The text units of the subtree of `root`, in document order.
TextUnits text_units(const dom::Document& doc, dom::NodeId root);

// Code points, CJK characters counting as several (the unit of TextUnit::chars).
size_t prose_length(std::string_view text);
// Ends with . ! ? : … 。！？ (closing quotes and brackets skipped).
bool ends_with_sentence_mark(std::string_view text);
// A prose paragraph: long enough (or a whole sentence) and not mostly links.
bool is_prose(const TextUnit& u);
// Tables, code and lists of plain items: content even when short.
bool is_plain_barrier(const TextUnit& u);

// Detaches the largest subtrees of `root` whose text all belongs to units
// flagged in `marked` (one flag per unit of `tu`, the text_units of `root`)
// and returns their roots in document order; a root's node id is its
// document-order position for the removal log. One bottom-up and one
// top-down pass: linear in the size of the subtree.
std::vector<dom::NodeId> detach_marked_units(dom::Document& doc, dom::NodeId root,
                                             const TextUnits& tu, const std::vector<bool>& marked);

// Weighted length of the prose units under `root`.
size_t prose_chars(const dom::Document& doc, dom::NodeId root);

}  // namespace reader::extract
