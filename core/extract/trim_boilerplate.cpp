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

}  // namespace

void trim_trailing_boilerplate(Document& doc, NodeId article, dom::RemovalLog& log) {
  if (article == kNoNode) return;
  TextUnits tu = text_units(doc, article);
  const std::vector<TextUnit>& units = tu.units;
  const std::vector<NodeId>& texts = tu.texts;
  std::vector<int32_t> text_index(doc.node_count(), -1);
  for (size_t i = 0; i < texts.size(); ++i) text_index[texts[i]] = static_cast<int32_t>(i);
  size_t total_chars = tu.total_chars;
  // The cut: the first unit after the last prose paragraph (or table).
  size_t cut = units.size();
  size_t trimmed_chars = 0;
  while (cut > 0 && !is_prose(units[cut - 1]) && !is_plain_barrier(units[cut - 1])) {
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
