// RemovalLog: what a cleaning pass took out of a document, and why. Every
// removal made on purpose (clutter rules, conditional cleaning) is recorded
// here so the reader view can list it and put it back.
#pragma once
#include <string>
#include <vector>

#include "dom/document.h"

namespace reader::dom {

struct RemovalEntry {
  NodeId node;            // detached subtree (still owned by the document)
  std::string category;   // subscription, newsletter, paywall, ...
  std::string rule;       // rule id or user rule text
  uint32_t order;         // document-order position of `node` when it was removed
};

class RemovalLog {
 public:
  void add(NodeId node, std::string category, std::string rule, uint32_t order) {
    entries_.push_back({node, std::move(category), std::move(rule), order});
  }
  const std::vector<RemovalEntry>& entries() const { return entries_; }
  std::vector<RemovalEntry>& entries() { return entries_; }
  size_t size() const { return entries_.size(); }
  void truncate(size_t n) { if (n < entries_.size()) entries_.resize(n); }

 private:
  std::vector<RemovalEntry> entries_;
};

}  // namespace reader::dom
