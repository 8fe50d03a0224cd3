#include "fuzz_input.h"

#include <cstdlib>

namespace reader::fuzz {

void check_tree(const dom::Document& doc, dom::NodeId scope) {
  size_t visited = 0;
  for (dom::NodeId n = scope; n != dom::kNoNode; n = doc.next_in_tree(n, scope)) {
    if (++visited > doc.node_count()) std::abort();  // a cycle
    dom::NodeId prev = dom::kNoNode;
    for (dom::NodeId c = doc.first_child(n); c != dom::kNoNode; c = doc.next_sibling(c)) {
      if (doc.parent(c) != n || doc.prev_sibling(c) != prev) std::abort();
      prev = c;
    }
    if (doc.last_child(n) != prev) std::abort();
    for (const dom::Attr& a : doc.attrs(n)) {
      if (a.name.empty() && !doc.is_element(n)) std::abort();
    }
  }
}

}  // namespace reader::fuzz
