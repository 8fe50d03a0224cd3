#include "extract/prose.h"

#include <cstdint>

#include "base/text.h"
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
constexpr size_t kMinSentenceChars = 30;
// More link text than this share makes a block a link list, not prose.
// (Wikipedia references, partly linked, are prose; link lists are not.)
constexpr double kMaxProseLinkShare = 0.5;
// A CJK character carries about as much text as this many Latin letters
// (qq: a 70-character Chinese closing paragraph is prose).
constexpr size_t kCjkCharWeight = 3;
// Inline nesting deeper than this is not followed when looking for a text
// node's block (pathological pages nest 100,000 deep).
constexpr int kMaxInlineClimb = 64;

bool is_block(const Document& doc, NodeId id) {
  return doc.is_element(id) && has_property(doc.tag(id), dom::TagProperty::kProseBlock);
}

// Closing quotes and brackets after a sentence's final mark: " ' ) ] » ” ’ ） 」 』.
bool strip_closer(std::string_view& t) {
  if (t.empty()) return false;
  char c = t.back();
  if (c == ' ' || c == '"' || c == '\'' || c == ')' || c == ']') {
    t.remove_suffix(1);
    return true;
  }
  for (std::string_view closer : {"\xC2\xBB", "\xE2\x80\x9D", "\xE2\x80\x99", "\xEF\xBC\x89",
                                   "\xE3\x80\x8D", "\xE3\x80\x8F"}) {
    if (t.size() >= closer.size() && t.substr(t.size() - closer.size()) == closer) {
      t.remove_suffix(closer.size());
      return true;
    }
  }
  return false;
}

bool ends_sentence(std::string_view t) {
  while (strip_closer(t)) {
  }
  if (t.empty()) return false;
  char c = t.back();
  // A colon introduces what follows ("so I'll summarize them:").
  if (c == '.' || c == '!' || c == '?' || c == ':') return true;
  // An emoji closes a sentence like a mark does ("und das gefällt mir 😉",
  // heiko-adams.de.laufen): U+1F000..U+1FFFF, lead bytes F0 9F, optionally
  // followed by the emoji variation selector U+FE0F.
  std::string_view e = t;
  if (e.size() >= 3 && e.substr(e.size() - 3) == "\xEF\xB8\x8F") e.remove_suffix(3);
  if (e.size() >= 4 && static_cast<unsigned char>(e[e.size() - 4]) == 0xF0 &&
      static_cast<unsigned char>(e[e.size() - 3]) == 0x9F) {
    return true;
  }
  // … 。！？ (U+2026, U+3002, U+FF01, U+FF1F).
  for (std::string_view end : {"\xE2\x80\xA6", "\xE3\x80\x82", "\xEF\xBC\x81", "\xEF\xBC\x9F"}) {
    if (t.size() >= end.size() && t.substr(t.size() - end.size()) == end) return true;
  }
  return false;
}

// Code points, CJK ideographs and kana counting kCjkCharWeight each.
size_t weighted_length(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) == 0x80) continue;
    // Lead bytes E3..E9 and EA..ED cover U+3000..U+D7FF (kana, CJK, Hangul).
    n += (c >= 0xE3 && c <= 0xED) ? kCjkCharWeight : 1;
  }
  return n;
}

}  // namespace

bool ends_with_sentence_mark(std::string_view text) { return ends_sentence(text); }

size_t prose_length(std::string_view text) { return weighted_length(text); }

bool is_prose(const TextUnit& u) {
  if (u.chars == 0) return false;
  if (static_cast<double>(u.link_chars) > kMaxProseLinkShare * static_cast<double>(u.chars))
    return false;
  return u.chars >= kMinProseChars || (u.chars >= kMinSentenceChars && ends_sentence(u.text));
}

// Tables, code and lists of plain items are article content even when
// short (strangemachines: a summary list after "Conclusion"; recipes:
// ingredient lists); a list item that is mostly a link is a related link.
bool is_plain_barrier(const TextUnit& u) {
  return u.barrier &&
         static_cast<double>(u.link_chars) <= kMaxProseLinkShare * static_cast<double>(u.chars);
}

TextUnits text_units(const Document& doc, NodeId root) {
  TextUnits out;
  for (NodeId n = doc.first_child(root); n != kNoNode; n = doc.next_in_tree(n, root)) {
    if (!doc.is_text(n) || is_whitespace_text(doc, n)) continue;
    NodeId block = doc.parent(n);
    bool in_link = false;
    for (int i = 0; block != root && !is_block(doc, block) && i < kMaxInlineClimb; ++i) {
      if (doc.is_html(block, Tag::kA)) in_link = true;
      block = doc.parent(block);
    }
    if (out.units.empty() || out.units.back().block != block) {
      TextUnit u;
      u.block = block;
      u.first_text = out.texts.size();
      u.barrier = doc.is_html(block, Tag::kTd) || doc.is_html(block, Tag::kTh) ||
                  doc.is_html(block, Tag::kPre) || doc.is_html(block, Tag::kLi) ||
                  has_ancestor_tag(doc, block, Tag::kTable, kMaxInlineClimb);
      out.units.push_back(std::move(u));
    }
    TextUnit& u = out.units.back();
    if (!u.text.empty()) u.text.push_back(' ');
    // The text's collapse is written straight onto the unit's text (a
    // string per text node was a third of this function).
    const size_t at = u.text.size();
    const std::string_view data = doc.data(n);
    u.text.resize(at + data.size());
    bool pending_space = false;
    char* piece = u.text.data() + at;
    char* end = collapse_whitespace_to(piece, piece, data, SpaceSet::kHtmlAndNbsp, pending_space);
    u.text.resize(static_cast<size_t>(end - u.text.data()));
    size_t len = weighted_length(std::string_view(u.text).substr(at));
    u.chars += len;
    if (in_link) u.link_chars += len;
    out.texts.push_back(n);
    out.total_chars += len;
  }
  return out;
}

std::vector<NodeId> detach_marked_units(Document& doc, NodeId root, const TextUnits& tu,
                                        const std::vector<bool>& marked) {
  enum : uint8_t { kEmpty = 0, kMarked = 1, kKept = 2 };  // bit set per node
  std::vector<uint8_t> state(doc.node_count(), kEmpty);
  for (size_t u = 0; u < tu.units.size(); ++u) {
    size_t end = u + 1 < tu.units.size() ? tu.units[u + 1].first_text : tu.texts.size();
    for (size_t t = tu.units[u].first_text; t < end; ++t) {
      state[tu.texts[t]] = u < marked.size() && marked[u] ? kMarked : kKept;
    }
  }
  std::vector<NodeId> order;
  for (NodeId n = doc.first_child(root); n != kNoNode; n = doc.next_in_tree(n, root)) {
    order.push_back(n);
  }
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    NodeId parent = doc.parent(*it);
    if (parent != root && parent != kNoNode) state[parent] |= state[*it];
  }
  std::vector<NodeId> removed;
  NodeId n = doc.first_child(root);
  while (n != kNoNode) {
    if (state[n] == kMarked) {
      NodeId next = doc.next_skipping_children(n, root);
      doc.detach(n);
      removed.push_back(n);
      n = next;
      continue;
    }
    n = state[n] & kMarked ? doc.next_in_tree(n, root) : doc.next_skipping_children(n, root);
  }
  return removed;
}

size_t prose_chars(const Document& doc, NodeId root) {
  size_t n = 0;
  for (const TextUnit& u : text_units(doc, root).units) {
    if (is_prose(u)) n += u.chars;
  }
  return n;
}

}  // namespace reader::extract
