#include "html/active_formatting.h"

namespace reader::html {

using dom::NodeId;

namespace {
// Noah's Ark: "If there are already three elements in the list ... that have
// the same tag name, namespace, and attributes".
constexpr int kNoahsArkLimit = 3;
}  // namespace

ActiveFormattingElements::ActiveFormattingElements(const dom::Document& doc, uint32_t max_run)
    : doc_(doc), max_run_(max_run == 0 ? 1 : max_run) {}

bool ActiveFormattingElements::same_element(NodeId a, NodeId b) const {
  const dom::Node& x = doc_.node(a);
  const dom::Node& y = doc_.node(b);
  if (x.tag != y.tag || x.ns != y.ns || x.attr_count != y.attr_count ||
      doc_.name(a) != doc_.name(b)) {
    return false;
  }
  for (const dom::Attr& attr : doc_.attrs(a)) {
    bool found = false;
    for (const dom::Attr& other : doc_.attrs(b)) {
      if (other.name == attr.name && other.ns == attr.ns) {
        found = other.value == attr.value;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

void ActiveFormattingElements::mark(NodeId id, bool on) {
  if (id == dom::kNoNode) return;
  if (id >= in_list_.size()) in_list_.resize(id + 1 + id / 2, false);
  in_list_[id] = on;
}

void ActiveFormattingElements::remove_at(size_t i) {
  mark(entries_[i], false);
  entries_.erase(entries_.begin() + static_cast<long>(i));
}

void ActiveFormattingElements::replace_at(size_t i, NodeId id) {
  mark(entries_[i], false);
  entries_[i] = id;
  mark(id, true);
}

void ActiveFormattingElements::insert_at(size_t i, NodeId id) {
  entries_.insert(entries_.begin() + static_cast<long>(i), id);
  mark(id, true);
}

// https://html.spec.whatwg.org/multipage/parsing.html#push-onto-the-list-of-active-formatting-elements
void ActiveFormattingElements::push(NodeId element) {
  int equal = 0;
  long earliest = -1;
  uint32_t run = 0;
  for (size_t i = entries_.size(); i-- > 0;) {
    if (entries_[i] == dom::kNoNode) break;
    ++run;
    if (same_element(entries_[i], element)) {
      ++equal;
      earliest = static_cast<long>(i);
      if (equal == kNoahsArkLimit) break;
    }
  }
  if (equal == kNoahsArkLimit) {
    remove_at(static_cast<size_t>(earliest));
    --run;
  }
  if (run >= max_run_) return;
  entries_.push_back(element);
  mark(element, true);
}

void ActiveFormattingElements::clear_to_last_marker() {
  while (!entries_.empty()) {
    NodeId e = entries_.back();
    entries_.pop_back();
    mark(e, false);
    if (e == dom::kNoNode) return;
  }
}

long ActiveFormattingElements::index_of(NodeId id) const {
  if (!contains(id)) return -1;
  for (size_t i = entries_.size(); i-- > 0;) {
    if (entries_[i] == id) return static_cast<long>(i);
  }
  return -1;
}

void ActiveFormattingElements::remove(NodeId id) {
  long i = index_of(id);
  if (i >= 0) remove_at(static_cast<size_t>(i));
}

long ActiveFormattingElements::last_after_marker(dom::Tag t, std::string_view name) const {
  for (size_t i = entries_.size(); i-- > 0;) {
    NodeId e = entries_[i];
    if (e == dom::kNoNode) return -1;
    if (doc_.ns(e) != dom::Ns::kHtml || doc_.tag(e) != t) continue;
    if (t == dom::Tag::kUnknown && doc_.name(e) != name) continue;
    return static_cast<long>(i);
  }
  return -1;
}

}  // namespace reader::html
