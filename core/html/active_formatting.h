// The list of active formatting elements (WHATWG HTML 13.2.4.3): element
// entries and markers. Entries remember the element node itself; "the token
// for which the element was created" is re-read from that node (same tag,
// namespace and attributes) when it has to be re-created.
#pragma once
#include <cstdint>
#include <vector>

#include "dom/document.h"

namespace reader::html {

class ActiveFormattingElements {
 public:
  // `max_run`: at most this many element entries after the last marker; more
  // are not tracked (hostile input only: it bounds every walk of the list).
  ActiveFormattingElements(const dom::Document& doc, uint32_t max_run);

  bool empty() const { return entries_.empty(); }
  size_t size() const { return entries_.size(); }
  // kNoNode for a marker.
  dom::NodeId at(size_t i) const { return entries_[i]; }
  bool is_marker(size_t i) const { return entries_[i] == dom::kNoNode; }

  void push_marker() { entries_.push_back(dom::kNoNode); }
  // "Push onto the list of active formatting elements", with the Noah's Ark
  // clause (at most three equal elements after the last marker).
  void push(dom::NodeId element);
  // "Clear the list of active formatting elements up to the last marker".
  void clear_to_last_marker();

  // Index of `id`, -1 when absent.
  long index_of(dom::NodeId id) const;
  bool contains(dom::NodeId id) const { return id < in_list_.size() && in_list_[id]; }
  void remove(dom::NodeId id);
  void remove_at(size_t i);
  void replace_at(size_t i, dom::NodeId id);
  void insert_at(size_t i, dom::NodeId id);
  // The last element after the last marker that is an HTML element with
  // tag `t` (unknown tags compare by `name`); -1 when none.
  long last_after_marker(dom::Tag t, std::string_view name) const;

 private:
  bool same_element(dom::NodeId a, dom::NodeId b) const;
  void mark(dom::NodeId id, bool on);

  const dom::Document& doc_;
  uint32_t max_run_;
  std::vector<dom::NodeId> entries_;
  // By NodeId: O(1) membership, one bit per node (a byte per node was 7% of
  // a node-dense page's peak memory).
  std::vector<bool> in_list_;
};

}  // namespace reader::html
