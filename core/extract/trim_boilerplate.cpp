#include "extract/trim_boilerplate.h"

#include <vector>

#include "extract/node_util.h"
#include "extract/prose.h"

namespace reader::extract {
namespace {

using dom::kNoNode;

// Safety net: never trim more than this share of the article's text (a
// page that is a list of short items has no prose paragraph to anchor on).
constexpr double kMaxTrimShare = 0.4;
// A paragraph shorter than this that is mostly (this share) link text is a
// "read also" pointer, not article text.
constexpr size_t kMaxLinkParagraphChars = 120;
constexpr double kMinLinkParagraphShare = 0.8;
// Shorter link paragraphs are inline navigation of the text itself ("Next").
constexpr size_t kMinLinkParagraphChars = 20;

// A block holding an image and no text: a figure, a picture, an image
// wrapper.
bool is_media_block(const Document& doc, NodeId id) {
  if (!doc.is_element(id)) return false;
  if (doc.is_html(id, Tag::kImg) || doc.is_html(id, Tag::kPicture)) return true;
  bool media = false;
  for (NodeId n = doc.first_child(id); n != kNoNode; n = doc.next_in_tree(n, id)) {
    if (doc.is_html(n, Tag::kImg) || doc.is_html(n, Tag::kPicture)) media = true;
    else if (doc.is_text(n) && !is_whitespace_text(doc, n)) return false;
  }
  return media;
}

// A link paragraph right after an image is the image's credit, part of the
// illustration, not a pointer elsewhere (lazy-image-2: every figure is
// followed by "(Artist: 3ihard)" linking to the artist's page).
bool follows_media(const Document& doc, NodeId block) {
  NodeId prev = doc.prev_sibling(block);
  while (prev != kNoNode && !doc.is_element(prev) && is_whitespace_text(doc, prev)) {
    prev = doc.prev_sibling(prev);
  }
  return prev != kNoNode && is_media_block(doc, prev);
}

// The last unit of article text: a prose paragraph or a table, list or code
// block. A heading is no anchor: an article does not end with one, and a
// heading with nothing after it titles a box whose content is gone, such as
// a comment form ("Kommentieren" + "Sie müssen sich einloggen, um sich an
// einer Diskussion beteiligen zu können.", d43f330cbaf74e92b9aec85e937cb904).
bool is_tail_anchor(const Document& doc, const TextUnit& u) {
  if (is_heading(doc.tag(u.block))) return false;
  return is_prose(u) || is_plain_barrier(u);
}

}  // namespace

void trim_trailing_boilerplate(Document& doc, NodeId article, dom::RemovalLog& log) {
  if (article == kNoNode) return;
  TextUnits tu = text_units(doc, article);
  const std::vector<TextUnit>& units = tu.units;
  // The cut: the first unit after the last prose paragraph (or table).
  size_t cut = units.size();
  size_t trimmed_chars = 0;
  while (cut > 0 && !is_tail_anchor(doc, units[cut - 1])) {
    --cut;
    trimmed_chars += units[cut].chars;
  }
  if (cut == units.size() || cut == 0) return;
  if (static_cast<double>(trimmed_chars) > kMaxTrimShare * static_cast<double>(tu.total_chars)) return;
  std::vector<bool> marked(units.size(), false);
  for (size_t i = cut; i < units.size(); ++i) marked[i] = true;
  for (NodeId n : detach_marked_units(doc, article, tu, marked)) {
    log.add(n, "boilerplate", "trailing-boilerplate: short or linky block after the last paragraph", n);
  }
}

void remove_link_paragraphs(Document& doc, NodeId article, dom::RemovalLog& log) {
  if (article == kNoNode) return;
  TextUnits tu = text_units(doc, article);
  for (const TextUnit& u : tu.units) {
    if (!doc.is_html(u.block, Tag::kP) || u.chars < kMinLinkParagraphChars ||
        u.chars >= kMaxLinkParagraphChars)
      continue;
    if (static_cast<double>(u.link_chars) < kMinLinkParagraphShare * static_cast<double>(u.chars))
      continue;
    if (doc.parent(u.block) == kNoNode || !doc.is_ancestor(article, u.block)) continue;
    if (follows_media(doc, u.block)) continue;
    log.add(u.block, "related", "link-paragraph: a short paragraph that is mostly a link", u.block);
    doc.detach(u.block);
  }
}

}  // namespace reader::extract
