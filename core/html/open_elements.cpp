#include "html/open_elements.h"

namespace reader::html {

using dom::NodeId;
using dom::Tag;

OpenElements::OpenElements(const dom::Document& doc, uint32_t walk_limit)
    : doc_(doc),
      walk_limit_(walk_limit == 0 ? 1 : walk_limit) {}

void OpenElements::mark(NodeId id, bool on) {
  if (id >= on_stack_.size()) on_stack_.resize(id + 1 + id / 2, false);
  on_stack_[id] = on;
  if (doc_.ns(id) == dom::Ns::kHtml) {
    uint32_t& c = html_counts_[static_cast<size_t>(doc_.tag(id))];
    if (on) ++c;
    else if (c > 0) --c;
  }
}

void OpenElements::push(NodeId id) {
  stack_.push_back(id);
  mark(id, true);
}

void OpenElements::pop() {
  if (stack_.size() <= 1) return;
  mark(stack_.back(), false);
  stack_.pop_back();
}

void OpenElements::remove_at(size_t i) {
  mark(stack_[i], false);
  stack_.erase(stack_.begin() + static_cast<long>(i));
}

void OpenElements::remove(NodeId id) {
  if (!contains(id)) return;
  long i = index_of(id);
  if (i >= 0) remove_at(static_cast<size_t>(i));
}

void OpenElements::insert_at(size_t i, NodeId id) {
  stack_.insert(stack_.begin() + static_cast<long>(i), id);
  mark(id, true);
}

void OpenElements::replace_at(size_t i, NodeId id) {
  mark(stack_[i], false);
  stack_[i] = id;
  mark(id, true);
}

long OpenElements::index_of(NodeId id) const {
  if (!contains(id)) return -1;
  for (size_t i = stack_.size(); i-- > 0;) {
    if (stack_[i] == id) return static_cast<long>(i);
  }
  return -1;
}

bool OpenElements::has_in_scope(Tag t, Scope scope) const {
  if (!contains_html(t)) return false;
  uint32_t walked = 0;
  for (size_t i = stack_.size(); i-- > 0 && walked < walk_limit_; ++walked) {
    NodeId n = stack_[i];
    if (doc_.is_html(n, t)) return true;
    if (is_scope_boundary(doc_, n, scope)) return false;
  }
  return false;
}

bool OpenElements::has_node_in_scope(NodeId id) const {
  if (!contains(id)) return false;
  uint32_t walked = 0;
  for (size_t i = stack_.size(); i-- > 0 && walked < walk_limit_; ++walked) {
    NodeId n = stack_[i];
    if (n == id) return true;
    if (is_scope_boundary(doc_, n, Scope::kDefault)) return false;
  }
  return false;
}

bool OpenElements::has_heading_in_scope() const {
  if (!contains_html(Tag::kH1) && !contains_html(Tag::kH2) && !contains_html(Tag::kH3) &&
      !contains_html(Tag::kH4) && !contains_html(Tag::kH5) && !contains_html(Tag::kH6)) {
    return false;
  }
  uint32_t walked = 0;
  for (size_t i = stack_.size(); i-- > 0 && walked < walk_limit_; ++walked) {
    NodeId n = stack_[i];
    if (doc_.ns(n) == dom::Ns::kHtml && is_heading(doc_.tag(n))) return true;
    if (is_scope_boundary(doc_, n, Scope::kDefault)) return false;
  }
  return false;
}

bool OpenElements::has_cell_in_table_scope() const {
  return has_in_scope(Tag::kTd, Scope::kTable) || has_in_scope(Tag::kTh, Scope::kTable);
}

bool OpenElements::has_table_section_in_table_scope() const {
  return has_in_scope(Tag::kTbody, Scope::kTable) || has_in_scope(Tag::kThead, Scope::kTable) ||
         has_in_scope(Tag::kTfoot, Scope::kTable);
}

void OpenElements::pop_until(Tag t) {
  if (!contains_html(t)) return;
  while (stack_.size() > 1) {
    bool done = doc_.is_html(stack_.back(), t);
    pop();
    if (done) return;
  }
}

void OpenElements::pop_until_node(NodeId id) {
  if (!contains(id)) return;
  while (stack_.size() > 1) {
    bool done = stack_.back() == id;
    pop();
    if (done) return;
  }
}

void OpenElements::pop_until_heading() {
  while (stack_.size() > 1) {
    NodeId n = stack_.back();
    bool done = doc_.ns(n) == dom::Ns::kHtml && is_heading(doc_.tag(n));
    pop();
    if (done) return;
  }
}

long OpenElements::last_index_of_html(Tag t) const {
  if (!contains_html(t)) return -1;
  uint32_t walked = 0;
  for (size_t i = stack_.size(); i-- > 0 && walked < walk_limit_; ++walked) {
    if (doc_.is_html(stack_[i], t)) return static_cast<long>(i);
  }
  return -1;
}

}  // namespace reader::html
