#include "dom/document.h"

#include <algorithm>

#include "dom/attr_names.h"

namespace reader::dom {

// Nodes are most of a document's memory; keep the layout tight (48 bytes on
// 64-bit targets).
static_assert(sizeof(Node) <= 48, "Node grew: check its field order");

Document::Document() { new_node(NodeType::kDocument); }

NodeId Document::new_node(NodeType t) {
  NodeId id = node_count_;
  if ((id & kNodeChunkMask) == 0) {
    node_chunks_.push_back(std::make_unique<Node[]>(kNodeChunkMask + 1));  // value-initialized
  }
  ++node_count_;
  at(id).type = t;
  return id;
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
  if (at(id).type == NodeType::kText) return std::string(at(id).str);
  for (NodeId n = first_child(id); n != kNoNode; n = next_in_tree(n, id)) {
    if (at(n).type == NodeType::kText) out.append(at(n).str);
  }
  return out;
}

NodeId Document::next_in_tree(NodeId id, NodeId scope) const {
  if (at(id).first_child != kNoNode) return at(id).first_child;
  return next_skipping_children(id, scope);
}

NodeId Document::next_skipping_children(NodeId id, NodeId scope) const {
  while (id != scope && id != kNoNode) {
    if (at(id).next != kNoNode) return at(id).next;
    id = at(id).parent;
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
  Node& n = at(id);
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
  at(id).str = arena_.store(data);
  return id;
}

NodeId Document::create_comment(std::string_view data) {
  NodeId id = new_node(NodeType::kComment);
  at(id).str = arena_.store(data);
  return id;
}

NodeId Document::create_doctype(std::string_view name) {
  NodeId id = new_node(NodeType::kDoctype);
  at(id).str = arena_.store(name);
  return id;
}

NodeId Document::create_fragment() { return new_node(NodeType::kFragment); }

void Document::append_child(NodeId parent, NodeId child) { insert_before(parent, child, kNoNode); }

void Document::insert_before(NodeId parent, NodeId child, NodeId ref) {
  if (at(child).parent != kNoNode) detach(child);
  Node& c = at(child);
  Node& p = at(parent);
  c.parent = parent;
  if (ref == kNoNode) {
    c.prev = p.last_child;
    c.next = kNoNode;
    if (p.last_child != kNoNode) at(p.last_child).next = child;
    else p.first_child = child;
    p.last_child = child;
  } else {
    Node& r = at(ref);
    c.next = ref;
    c.prev = r.prev;
    if (r.prev != kNoNode) at(r.prev).next = child;
    else p.first_child = child;
    r.prev = child;
  }
}

void Document::detach(NodeId id) {
  Node& n = at(id);
  if (n.parent == kNoNode) return;
  Node& p = at(n.parent);
  if (n.prev != kNoNode) at(n.prev).next = n.next;
  else p.first_child = n.next;
  if (n.next != kNoNode) at(n.next).prev = n.prev;
  else p.last_child = n.prev;
  n.parent = n.prev = n.next = kNoNode;
}

void Document::move_children(NodeId from, NodeId to) {
  while (at(from).first_child != kNoNode) append_child(to, at(from).first_child);
}

void Document::replace(NodeId old_node, NodeId new_node_id) {
  NodeId p = parent(old_node);
  if (p == kNoNode) return;
  insert_before(p, new_node_id, old_node);
  detach(old_node);
}

void Document::append_text(NodeId parent, std::string_view data) {
  NodeId last = at(parent).last_child;
  if (last != kNoNode && at(last).type == NodeType::kText) {
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
  NodeId prev = at(ref).prev;
  if (prev != kNoNode && at(prev).type == NodeType::kText) {
    append_data(prev, data);
    return;
  }
  insert_before(parent, create_text(data), ref);
}

void Document::set_data(NodeId id, std::string_view data) { at(id).str = arena_.store(data); }

void Document::append_data(NodeId id, std::string_view data) {
  at(id).str = arena_.concat(at(id).str, data);
}

void Document::set_tag(NodeId id, Tag t, std::string_view name) {
  Node& n = at(id);
  n.tag = t;
  n.str = name.empty() ? tag_name(t) : arena_.store(name);
}

void Document::set_attr(NodeId id, std::string_view name, std::string_view value, AttrNs ns) {
  Node& n = at(id);
  Attr* b = n.attr_count ? attr_chunks_[n.attr_begin >> kAttrOffsetBits].data.get() +
                               (n.attr_begin & kAttrOffsetMask)
                         : nullptr;
  for (uint32_t i = 0; i < n.attr_count; ++i) {
    Attr& a = b[i];
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

uint32_t Document::reserve_attr_slots(uint32_t n) {
  if (attr_chunks_.empty() || attr_chunks_.back().size - attr_chunks_.back().used < n) {
    if (attr_chunks_.size() >= kMaxAttrChunks) return kNoAttrSlot;
    // A growing attribute list that outgrew a chunk gets twice its size, so
    // building a huge list moves it O(log n) times.
    // The first chunks are small (32, 64, ... attributes) so that small
    // documents stay small.
    uint32_t normal = std::min(kAttrChunkSize, 32u << std::min<size_t>(attr_chunks_.size(), 4));
    uint32_t size = n <= normal ? normal : std::min(2 * n, kMaxAttrsPerElement);
    AttrChunk c;
    c.data = std::make_unique<Attr[]>(size);
    c.size = size;
    attr_chunks_.push_back(std::move(c));
  }
  AttrChunk& c = attr_chunks_.back();
  uint32_t slot = (static_cast<uint32_t>(attr_chunks_.size() - 1) << kAttrOffsetBits) | c.used;
  c.used += n;
  return slot;
}

void Document::append_attr(NodeId id, std::string_view name, std::string_view value, AttrNs ns) {
  Node& n = at(id);
  if (n.attr_count >= kMaxAttrsPerElement) return;
  AttrChunk* last = attr_chunks_.empty() ? nullptr : &attr_chunks_.back();
  bool at_end = n.attr_count > 0 && last &&
                (n.attr_begin >> kAttrOffsetBits) == attr_chunks_.size() - 1 &&
                (n.attr_begin & kAttrOffsetMask) + n.attr_count == last->used &&
                last->used < last->size;
  if (at_end) {
    last->used++;
  } else {
    // Not at the end of the last chunk: move the node's attributes there.
    uint32_t slot = reserve_attr_slots(n.attr_count + 1);
    if (slot == kNoAttrSlot) return;
    if (n.attr_count > 0) {
      const Attr* from = attrs(id).begin();
      std::copy(from, from + n.attr_count,
                attr_chunks_[slot >> kAttrOffsetBits].data.get() + (slot & kAttrOffsetMask));
    }
    n.attr_begin = slot;
  }
  Attr* dst = attr_chunks_[n.attr_begin >> kAttrOffsetBits].data.get() +
              (n.attr_begin & kAttrOffsetMask) + n.attr_count;
  std::string_view known = static_attr_name(name);
  *dst = Attr{known.empty() ? arena_.store(name) : known, arena_.store(value), ns};
  n.attr_count++;
}

void Document::copy_attrs(NodeId from, NodeId to) {
  uint32_t count = at(from).attr_count;
  if (count == 0 || from == to) return;
  Node& n = at(to);
  uint32_t total = std::min(n.attr_count + count, kMaxAttrsPerElement);
  uint32_t slot = reserve_attr_slots(total);
  if (slot == kNoAttrSlot) return;
  Attr* dst = attr_chunks_[slot >> kAttrOffsetBits].data.get() + (slot & kAttrOffsetMask);
  // Reserving may add a chunk but never moves existing ones: the source
  // ranges stay valid.
  AttrRange mine = attrs(to);
  Attr* out = std::copy(mine.begin(), mine.end(), dst);
  AttrRange theirs = attrs(from);
  std::copy(theirs.begin(), theirs.begin() + (total - n.attr_count), out);
  n.attr_begin = slot;
  n.attr_count = static_cast<uint16_t>(total);
}

void Document::remove_attr(NodeId id, std::string_view name) {
  Node& n = at(id);
  if (n.attr_count == 0) return;
  Attr* b = attr_chunks_[n.attr_begin >> kAttrOffsetBits].data.get() +
            (n.attr_begin & kAttrOffsetMask);
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
  size_t attr_slots = 0;
  for (const AttrChunk& c : attr_chunks_) attr_slots += c.size;
  return node_chunks_.size() * (kNodeChunkMask + 1) * sizeof(Node) +
         node_chunks_.capacity() * sizeof(node_chunks_[0]) + attr_slots * sizeof(Attr) +
         attr_chunks_.capacity() * sizeof(AttrChunk) + arena_.bytes_reserved() +
         templates_.size() * 32;
}

}  // namespace reader::dom
