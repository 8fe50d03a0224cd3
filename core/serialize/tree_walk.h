// Iterative enter/leave traversal of a subtree, shared by the serializers.
// Uses the parent/sibling links of the arena DOM, so it needs no stack and
// never recurses: pages nest 100,000 deep.
#pragma once
#include "dom/document.h"

namespace reader::serialize {

// Calls visitor.enter(id) in preorder for every node of the subtree of `root`
// (root included); when enter returns true the node's children are visited.
// visitor.leave(id) runs after the children of every entered node (also for
// nodes whose children were skipped). Template contents are not visited.
template <typename Visitor>
void walk_subtree(const dom::Document& doc, dom::NodeId root, Visitor& visitor) {
  using dom::kNoNode;
  dom::NodeId n = root;
  while (true) {
    if (visitor.enter(n)) {
      dom::NodeId child = doc.first_child(n);
      if (child != kNoNode) {
        n = child;
        continue;
      }
    }
    // n has no (visited) children: leave it and climb until a next sibling.
    while (true) {
      visitor.leave(n);
      if (n == root) return;
      dom::NodeId next = doc.next_sibling(n);
      if (next != kNoNode) {
        n = next;
        break;
      }
      n = doc.parent(n);
      if (n == kNoNode) return;  // defensive: root was not an ancestor
    }
  }
}

}  // namespace reader::serialize
