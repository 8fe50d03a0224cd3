// The stack of open elements (WHATWG HTML 13.2.4.2) with its scope
// predicates. Index 0 is the html element ("topmost"), back() is the current
// node ("bottommost").
//
// Hostile pages nest hundreds of thousands of elements, so:
//  - membership is a per-node flag (O(1)), and per-tag counts of open HTML
//    elements answer "no such element at all" without walking;
//  - a scope walk examines at most `walk_limit` entries from the current
//    node. With the default limit equal to Limits::max_depth the walk is
//    exact for every stack up to that depth; deeper stacks (already past the
//    depth limit, content flattened) answer "not in scope".
#pragma once
#include <array>
#include <cstdint>
#include <vector>

#include "dom/document.h"
#include "html/element_sets.h"

namespace reader::html {

class OpenElements {
 public:
  OpenElements(const dom::Document& doc, uint32_t walk_limit);

  bool empty() const { return stack_.empty(); }
  size_t size() const { return stack_.size(); }
  dom::NodeId at(size_t i) const { return stack_[i]; }
  // The current node (kNoNode when empty).
  dom::NodeId current() const { return stack_.empty() ? dom::kNoNode : stack_.back(); }

  void push(dom::NodeId id);
  // Pops the current node; never pops the last (html) element.
  void pop();
  void remove_at(size_t i);
  // Removes `id` wherever it is (no-op when absent).
  void remove(dom::NodeId id);
  void insert_at(size_t i, dom::NodeId id);
  void replace_at(size_t i, dom::NodeId id);
  // Index of `id`, searched from the current node; -1 when absent.
  long index_of(dom::NodeId id) const;

  bool contains(dom::NodeId id) const { return id < on_stack_.size() && on_stack_[id]; }
  // Whether any open element is an HTML element with tag `t`.
  bool contains_html(dom::Tag t) const { return html_counts_[static_cast<size_t>(t)] > 0; }
  bool current_is_html(dom::Tag t) const {
    return !stack_.empty() && doc_.is_html(stack_.back(), t);
  }

  // "has a `t` element in (default / list item / button / table) scope".
  bool has_in_scope(dom::Tag t, Scope scope = Scope::kDefault) const;
  // The same for a given node (the form element pointer).
  bool has_node_in_scope(dom::NodeId id) const;
  // Any of h1..h6 in (default) scope.
  bool has_heading_in_scope() const;
  // "has a td or th element in table scope"; tbody/thead/tfoot likewise.
  bool has_cell_in_table_scope() const;
  bool has_table_section_in_table_scope() const;

  // Pops until an HTML element with tag `t` has been popped (stops at html).
  void pop_until(dom::Tag t);
  // Pops until `id` has been popped (stops at html).
  void pop_until_node(dom::NodeId id);
  void pop_until_heading();
  // Last (highest index) HTML element with tag `t` within `walk_limit`
  // entries of the current node, -1 when none.
  long last_index_of_html(dom::Tag t) const;

 private:
  void mark(dom::NodeId id, bool on);

  const dom::Document& doc_;
  uint32_t walk_limit_;
  std::vector<dom::NodeId> stack_;
  std::vector<bool> on_stack_;  // by NodeId, one bit per node (peak memory)
  // By Tag, HTML namespace only; inline (not on the heap): 600 bytes that a
  // tiny page would otherwise pay on top of its DOM.
  std::array<uint32_t, static_cast<size_t>(dom::Tag::kCount)> html_counts_{};
};

}  // namespace reader::html
