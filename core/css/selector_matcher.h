// Selector matching (internal). Right-to-left over compounds with the
// "restart" pruning of Servo's matcher, so descendant combinators never
// backtrack exponentially; walks only ancestors and siblings, never recursing
// over the document tree.
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

#include "css/selector_ast.h"
#include "dom/document.h"

namespace reader::css::detail {

struct MatchContext {
  MatchContext(const dom::Document& d, dom::NodeId s, bool caches)
      : doc(d), scope(s), use_caches(caches), quirks(d.quirks_mode == dom::QuirksMode::kQuirks) {}

  const dom::Document& doc;
  dom::NodeId scope;  // what :scope matches (kNoNode: the root element)
  // Caches pay off when many elements are matched (select_all, MatchSession);
  // a single matches() call skips them.
  bool use_caches;
  bool quirks;  // ids and classes match ASCII case-insensitively in quirks mode

  // Sibling positions (1-based, 0 = not computed), filled one parent at a time.
  struct NthEntry {
    uint32_t index = 0, last_index = 0, type_index = 0, last_type_index = 0;
  };
  std::vector<NthEntry> nth;
  // :has(compound) results per relative selector and node:
  // 0 unknown, 1 true, 2 false.
  std::unordered_map<const ComplexSelector*, std::vector<uint8_t>> has_memo;
  // :has-text(literal) per selector and node: 1 = known not to match. A
  // literal missing from an element's collapsed text is missing from all its
  // descendants' texts too (each is a substring), so one miss prunes a subtree.
  std::unordered_map<const SimpleSelector*, std::vector<uint8_t>> text_miss;
  std::string scratch_text;
};

// True when `element` matches any (non-relative) selector of `list`.
bool match_list(const std::vector<ComplexSelector>& list, dom::NodeId element, MatchContext& ctx);

}  // namespace reader::css::detail
