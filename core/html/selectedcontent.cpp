#include "html/selectedcontent.h"

#include <utility>

namespace reader::html {

using dom::NodeId;
using dom::kNoNode;

namespace {

// Node visits (walks plus copies) allowed for all selectedcontent elements of
// a document: nested selects could otherwise make the walks quadratic.
constexpr size_t kWorkBudget = 1'000'000;

NodeId nearest_select(const dom::Document& doc, NodeId id, size_t& budget) {
  for (NodeId p = doc.parent(id); p != kNoNode && budget > 0; p = doc.parent(p)) {
    --budget;
    if (doc.is_html(p, dom::Tag::kSelect)) return p;
  }
  return kNoNode;
}

bool is_selectedcontent(const dom::Document& doc, NodeId id) {
  return doc.is_element(id) && doc.ns(id) == dom::Ns::kHtml && doc.name(id) == "selectedcontent";
}

NodeId copy_node(dom::Document& doc, NodeId src) {
  NodeId copy = kNoNode;
  switch (doc.type(src)) {
    case dom::NodeType::kElement:
      copy = doc.create_element(doc.tag(src), doc.ns(src), doc.name(src));
      doc.copy_attrs(src, copy);
      break;
    case dom::NodeType::kText:
      copy = doc.create_text(doc.data(src));
      break;
    case dom::NodeType::kComment:
      copy = doc.create_comment(doc.data(src));
      break;
    default:
      break;
  }
  return copy;
}

// Appends deep copies of the children of `from` to `to`, iteratively, while
// `budget` lasts.
void copy_children(dom::Document& doc, NodeId from, NodeId to, size_t& budget) {
  std::vector<std::pair<NodeId, NodeId>> stack;  // (source parent, copy parent)
  stack.emplace_back(from, to);
  while (!stack.empty()) {
    auto [src_parent, dst_parent] = stack.back();
    stack.pop_back();
    for (NodeId c = doc.first_child(src_parent); c != kNoNode; c = doc.next_sibling(c)) {
      if (budget == 0) return;
      --budget;
      NodeId copy = copy_node(doc, c);
      if (copy == kNoNode) continue;
      doc.append_child(dst_parent, copy);
      if (doc.first_child(c) != kNoNode) stack.emplace_back(c, copy);
    }
  }
}

}  // namespace

void fill_selectedcontent(dom::Document& doc, const std::vector<NodeId>& selectedcontents) {
  size_t budget = kWorkBudget;
  for (NodeId sc : selectedcontents) {
    if (budget == 0) return;
    NodeId select = nearest_select(doc, sc, budget);
    if (select == kNoNode) continue;
    // Only the select's first selectedcontent descendant is filled.
    NodeId first_sc = kNoNode;
    NodeId first_option = kNoNode;
    NodeId selected = kNoNode;
    for (NodeId n = doc.first_child(select); n != kNoNode && budget > 0;
         n = doc.next_in_tree(n, select)) {
      --budget;
      if (first_sc == kNoNode && is_selectedcontent(doc, n)) first_sc = n;
      if (doc.is_html(n, dom::Tag::kOption)) {
        if (first_option == kNoNode) first_option = n;
        if (doc.has_attr(n, "selected")) selected = n;
      }
    }
    if (first_sc != sc) continue;
    if (selected == kNoNode) selected = first_option;
    if (selected == kNoNode || doc.is_ancestor(selected, sc)) continue;
    while (doc.first_child(sc) != kNoNode) doc.detach(doc.first_child(sc));
    copy_children(doc, selected, sc, budget);
  }
}

}  // namespace reader::html
