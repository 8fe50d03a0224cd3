#include "meta/dom_text.h"

#include "meta/text.h"

namespace reader::meta {
namespace {

// Whitespace allowed around the counted text before giving up (indentation
// of pretty-printed markup is rarely more than a few KB).
constexpr size_t kMaxWhitespaceBytes = 64 * 1024;

}  // namespace

std::optional<std::string> bounded_text(const dom::Document& doc, dom::NodeId id, size_t max_bytes,
                                        size_t max_nodes) {
  std::string text;
  size_t leading = 0;          // bytes of leading whitespace so far
  bool seen_content = false;   // a non-space character has been seen
  size_t nodes = 0;
  for (dom::NodeId n = id; n != dom::kNoNode; n = doc.next_in_tree(n, id)) {
    if (++nodes > max_nodes) return std::nullopt;
    if (!doc.is_text(n)) continue;
    const std::string_view data = doc.data(n);
    if (text.size() + data.size() > max_bytes + kMaxWhitespaceBytes) return std::nullopt;
    text.append(data);
    while (!seen_content && leading < text.size()) {
      const size_t k = space_length_at(text, leading);
      if (k == 0) {
        seen_content = true;
      } else {
        leading += k;
      }
    }
    if (text.size() - leading > max_bytes) return std::nullopt;
  }
  return text;
}

}  // namespace reader::meta
