#include "extract/trim_boilerplate.h"

#include <vector>

#include "extract/node_util.h"

namespace reader::extract {
namespace {

using dom::kNoNode;

// A prose paragraph: this many characters with few links. Shorter blocks
// after the last one are credits, dates, "Weiterführende Links" headings,
// contact lines (trafilatura-dev: 87 of 149 kept boilerplate snippets sit
// after the last article snippet).
constexpr size_t kMinProseChars = 100;
// Shorter text still counts as prose when it ends a sentence.
constexpr size_t kMinSentenceChars = 40;
// More link text than this share makes a block a link list, not prose.
constexpr double kMaxProseLinkShare = 0.3;
// Safety net: never trim more than this share of the article's text (a
// page that is a list of short items has no prose paragraph to anchor on).
constexpr double kMaxTrimShare = 0.4;
// Inline nesting deeper than this is not followed when looking for a text
// node's block (pathological pages nest 100,000 deep).
constexpr int kMaxInlineClimb = 64;

bool is_block(const Document& doc, NodeId id) {
  if (!doc.is_element(id)) return false;
  switch (doc.tag(id)) {
    case Tag::kP: case Tag::kDiv: case Tag::kSection: case Tag::kArticle: case Tag::kLi:
    case Tag::kH1: case Tag::kH2: case Tag::kH3: case Tag::kH4: case Tag::kH5: case Tag::kH6:
    case Tag::kTd: case Tag::kTh: case Tag::kDd: case Tag::kDt: case Tag::kBlockquote:
    case Tag::kPre: case Tag::kFigcaption: case Tag::kFigure: case Tag::kUl: case Tag::kOl:
    case Tag::kDl: case Tag::kHeader: case Tag::kFooter: case Tag::kAside: case Tag::kNav:
    case Tag::kMain: case Tag::kAddress: case Tag::kCaption: case Tag::kTable: case Tag::kTr:
    case Tag::kForm: case Tag::kFieldset:
      return true;
    default:
      return false;
  }
}

// One run of text sharing a block ancestor: a paragraph, a heading, a cell.
struct Unit {
  NodeId block = kNoNode;
  size_t first_text = 0;  // index into the text node list
  size_t chars = 0;
  size_t link_chars = 0;
  bool in_table = false;
  std::string text;
};

bool ends_sentence(std::string_view t) {
  while (!t.empty() && (t.back() == ' ' || t.back() == '"' || t.back() == ')')) t.remove_suffix(1);
  if (t.empty()) return false;
  char c = t.back();
  if (c == '.' || c == '!' || c == '?') return true;
  // 。！？ (U+3002, U+FF01, U+FF1F).
  for (std::string_view end : {"\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F"}) {
    if (t.size() >= end.size() && t.substr(t.size() - end.size()) == end) return true;
  }
  return false;
}

bool is_prose(const Unit& u) {
  if (u.chars == 0) return false;
  if (static_cast<double>(u.link_chars) > kMaxProseLinkShare * static_cast<double>(u.chars))
    return false;
  return u.chars >= kMinProseChars || (u.chars >= kMinSentenceChars && ends_sentence(u.text));
}

}  // namespace

void trim_trailing_boilerplate(Document& doc, NodeId article, dom::RemovalLog& log) {
  if (article == kNoNode) return;
  std::vector<NodeId> texts;
  std::vector<Unit> units;
  std::vector<int32_t> text_index(doc.node_count(), -1);
  size_t total_chars = 0;
  for (NodeId n = doc.first_child(article); n != kNoNode; n = doc.next_in_tree(n, article)) {
    if (!doc.is_text(n) || is_whitespace_text(doc, n)) continue;
    std::string t = collapse_whitespace(doc.data(n));
    size_t len = text_length(t);
    NodeId block = doc.parent(n);
    bool in_link = false;
    for (int i = 0; block != article && !is_block(doc, block) && i < kMaxInlineClimb; ++i) {
      if (doc.is_html(block, Tag::kA)) in_link = true;
      block = doc.parent(block);
    }
    if (units.empty() || units.back().block != block) {
      Unit u;
      u.block = block;
      u.first_text = texts.size();
      u.in_table = doc.is_html(block, Tag::kTd) || doc.is_html(block, Tag::kTh) ||
                   has_ancestor_tag(doc, block, Tag::kTable, kMaxInlineClimb);
      units.push_back(std::move(u));
    }
    Unit& u = units.back();
    u.chars += len;
    if (in_link) u.link_chars += len;
    if (!u.text.empty()) u.text.push_back(' ');
    u.text += t;
    text_index[n] = static_cast<int32_t>(texts.size());
    texts.push_back(n);
    total_chars += len;
  }
  // The cut: the first unit after the last prose paragraph (or table).
  size_t cut = units.size();
  size_t trimmed_chars = 0;
  while (cut > 0 && !is_prose(units[cut - 1]) && !units[cut - 1].in_table) {
    --cut;
    trimmed_chars += units[cut].chars;
  }
  if (cut == units.size() || cut == 0) return;
  if (static_cast<double>(trimmed_chars) > kMaxTrimShare * static_cast<double>(total_chars)) return;
  size_t first_cut_text = units[cut].first_text;
  // Index of the first text node under `id`, or SIZE_MAX when it has none.
  auto first_text_under = [&](NodeId id) -> size_t {
    for (NodeId n = doc.first_child(id); n != kNoNode; n = doc.next_in_tree(n, id)) {
      if (doc.is_text(n) && text_index[n] >= 0) return static_cast<size_t>(text_index[n]);
    }
    return SIZE_MAX;
  };
  for (size_t i = first_cut_text; i < texts.size(); ++i) {
    NodeId x = texts[i];
    bool detached = false;
    while (true) {
      NodeId p = doc.parent(x);
      if (p == kNoNode) {
        detached = true;  // an ancestor was removed already
        break;
      }
      if (p == article || first_text_under(p) < first_cut_text) break;
      x = p;
    }
    if (detached || doc.parent(x) == kNoNode) continue;
    // Only subtrees that are still in the article (not under a removed one).
    if (!doc.is_ancestor(article, x)) continue;
    log.add(x, "boilerplate", "trailing-boilerplate: short or linky block after the last paragraph",
            x);
    doc.detach(x);
  }
}

}  // namespace reader::extract
