#include "dom/document.h"

#include <algorithm>

namespace reader::dom {

Document::Document() {
  nodes_.reserve(256);
  new_node(NodeType::kDocument);
}

NodeId Document::new_node(NodeType t) {
  Node n;
  n.type = t;
  nodes_.push_back(n);
  return static_cast<NodeId>(nodes_.size() - 1);
}

const Attr* Document::find_attr(NodeId id, std::string_view name) const {
  for (const Attr& a : attrs(id)) {
    if (a.name == name) return &a;
  }
  return nullptr;
}

std::string_view Document::attr(NodeId id, std::string_view name) const {
  const Attr* a = find_attr(id, name);
  return a ? a->value : std::string_view();
}

std::string Document::text_content(NodeId id) const {
  std::string out;
  if (nodes_[id].type == NodeType::kText) return std::string(nodes_[id].str);
  for (NodeId n = first_child(id); n != kNoNode; n = next_in_tree(n, id)) {
    if (nodes_[n].type == NodeType::kText) out.append(nodes_[n].str);
  }
  return out;
}

NodeId Document::next_in_tree(NodeId id, NodeId scope) const {
  if (nodes_[id].first_child != kNoNode) return nodes_[id].first_child;
  return next_skipping_children(id, scope);
}

NodeId Document::next_skipping_children(NodeId id, NodeId scope) const {
  while (id != scope && id != kNoNode) {
    if (nodes_[id].next != kNoNode) return nodes_[id].next;
    id = nodes_[id].parent;
  }
  return kNoNode;
}

bool Document::is_ancestor(NodeId ancestor, NodeId id) const {
  for (NodeId p = parent(id); p != kNoNode; p = parent(p)) {
    if (p == ancestor) return true;
  }
  return false;
}

NodeId Document::html_element() const {
  for (NodeId c = first_child(root()); c != kNoNode; c = next_sibling(c)) {
    if (is_html(c, Tag::kHtml)) return c;
  }
  return kNoNode;
}

NodeId Document::body() const {
  NodeId html = html_element();
  if (html == kNoNode) return kNoNode;
  for (NodeId c = first_child(html); c != kNoNode; c = next_sibling(c)) {
    if (is_html(c, Tag::kBody) || is_html(c, Tag::kFrameset)) return c;
  }
  return kNoNode;
}

NodeId Document::head() const {
  NodeId html = html_element();
  if (html == kNoNode) return kNoNode;
  for (NodeId c = first_child(html); c != kNoNode; c = next_sibling(c)) {
    if (is_html(c, Tag::kHead)) return c;
  }
  return kNoNode;
}

NodeId Document::create_element(Tag t, Ns ns, std::string_view name) {
  NodeId id = new_node(NodeType::kElement);
  Node& n = nodes_[id];
  n.tag = t;
  n.ns = ns;
  if (name.empty()) {
    n.str = tag_name(t);  // static storage
  } else if (name == tag_name(t)) {
    n.str = tag_name(t);
  } else {
    n.str = arena_.store(name);
  }
  return id;
}

NodeId Document::create_element_named(std::string_view name, Ns ns) {
  return create_element(tag_from_name(name), ns, name);
}

NodeId Document::create_text(std::string_view data) {
  NodeId id = new_node(NodeType::kText);
  nodes_[id].str = arena_.store(data);
  return id;
}

NodeId Document::create_comment(std::string_view data) {
  NodeId id = new_node(NodeType::kComment);
  nodes_[id].str = arena_.store(data);
  return id;
}

NodeId Document::create_doctype(std::string_view name) {
  NodeId id = new_node(NodeType::kDoctype);
  nodes_[id].str = arena_.store(name);
  return id;
}

NodeId Document::create_fragment() { return new_node(NodeType::kFragment); }

void Document::append_child(NodeId parent, NodeId child) { insert_before(parent, child, kNoNode); }

void Document::insert_before(NodeId parent, NodeId child, NodeId ref) {
  if (nodes_[child].parent != kNoNode) detach(child);
  Node& c = nodes_[child];
  Node& p = nodes_[parent];
  c.parent = parent;
  if (ref == kNoNode) {
    c.prev = p.last_child;
    c.next = kNoNode;
    if (p.last_child != kNoNode) nodes_[p.last_child].next = child;
    else p.first_child = child;
    p.last_child = child;
  } else {
    Node& r = nodes_[ref];
    c.next = ref;
    c.prev = r.prev;
    if (r.prev != kNoNode) nodes_[r.prev].next = child;
    else p.first_child = child;
    r.prev = child;
  }
}

void Document::detach(NodeId id) {
  Node& n = nodes_[id];
  if (n.parent == kNoNode) return;
  Node& p = nodes_[n.parent];
  if (n.prev != kNoNode) nodes_[n.prev].next = n.next;
  else p.first_child = n.next;
  if (n.next != kNoNode) nodes_[n.next].prev = n.prev;
  else p.last_child = n.prev;
  n.parent = n.prev = n.next = kNoNode;
}

void Document::move_children(NodeId from, NodeId to) {
  while (nodes_[from].first_child != kNoNode) append_child(to, nodes_[from].first_child);
}

void Document::replace(NodeId old_node, NodeId new_node_id) {
  NodeId p = parent(old_node);
  if (p == kNoNode) return;
  insert_before(p, new_node_id, old_node);
  detach(old_node);
}

void Document::append_text(NodeId parent, std::string_view data) {
  NodeId last = nodes_[parent].last_child;
  if (last != kNoNode && nodes_[last].type == NodeType::kText) {
    append_data(last, data);
    return;
  }
  append_child(parent, create_text(data));
}

void Document::insert_text_before(NodeId parent, std::string_view data, NodeId ref) {
  if (ref == kNoNode) {
    append_text(parent, data);
    return;
  }
  NodeId prev = nodes_[ref].prev;
  if (prev != kNoNode && nodes_[prev].type == NodeType::kText) {
    append_data(prev, data);
    return;
  }
  insert_before(parent, create_text(data), ref);
}

void Document::set_data(NodeId id, std::string_view data) { nodes_[id].str = arena_.store(data); }

void Document::append_data(NodeId id, std::string_view data) {
  nodes_[id].str = arena_.concat(nodes_[id].str, data);
}

void Document::set_tag(NodeId id, Tag t, std::string_view name) {
  Node& n = nodes_[id];
  n.tag = t;
  n.str = name.empty() ? tag_name(t) : arena_.store(name);
}

void Document::set_attr(NodeId id, std::string_view name, std::string_view value, AttrNs ns) {
  Node& n = nodes_[id];
  for (uint32_t i = 0; i < n.attr_count; ++i) {
    Attr& a = attrs_[n.attr_begin + i];
    if (a.name == name) {
      a.value = arena_.store(value);
      a.ns = ns;
      return;
    }
  }
  add_attr_if_missing(id, name, value, ns);
}

bool Document::add_attr_if_missing(NodeId id, std::string_view name, std::string_view value,
                                   AttrNs ns) {
  for (const Attr& a : attrs(id)) {
    if (a.name == name && a.ns == ns) return false;
  }
  append_attr(id, name, value, ns);
  return true;
}

void Document::append_attr(NodeId id, std::string_view name, std::string_view value, AttrNs ns) {
  Node& n = nodes_[id];
  Attr a{arena_.store(name), arena_.store(value), ns};
  if (n.attr_begin + n.attr_count != attrs_.size()) {
    // Not the last range: move the node's attributes to the end first.
    uint32_t begin = static_cast<uint32_t>(attrs_.size());
    for (uint32_t i = 0; i < n.attr_count; ++i) attrs_.push_back(attrs_[n.attr_begin + i]);
    n.attr_begin = begin;
  }
  attrs_.push_back(a);
  n.attr_count++;
}

void Document::remove_attr(NodeId id, std::string_view name) {
  Node& n = nodes_[id];
  Attr* b = attrs_.data() + n.attr_begin;
  for (uint32_t i = 0; i < n.attr_count; ++i) {
    if (b[i].name == name) {
      std::copy(b + i + 1, b + n.attr_count, b + i);
      n.attr_count--;
      return;
    }
  }
}

NodeId Document::template_content(NodeId t) {
  auto it = templates_.find(t);
  if (it != templates_.end()) return it->second;
  NodeId content = create_fragment();
  templates_.emplace(t, content);
  return content;
}

bool Document::has_template_content(NodeId t) const { return templates_.count(t) != 0; }

size_t Document::memory_bytes() const {
  return nodes_.capacity() * sizeof(Node) + attrs_.capacity() * sizeof(Attr) +
         arena_.bytes_reserved() + templates_.size() * 32;
}

}  // namespace reader::dom
