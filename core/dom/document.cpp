#include "dom/document.h"

#include <algorithm>

#include "dom/attr_names.h"

namespace reader::dom {

// Nodes are most of a document's memory; keep the layout tight (36 bytes).
static_assert(sizeof(Node) <= 36, "Node grew: check its field order");
static_assert(sizeof(PackedAttr) == 16, "PackedAttr grew");
static_assert(static_cast<uint32_t>(AttrNs::kXmlns) <= PackedAttr::kNsMask,
              "AttrNs no longer fits PackedAttr::kNsBits");

Document::Document() { new_node(NodeType::kDocument); }

NodeId Document::new_node(NodeType t) {
  NodeId id = node_count_;
  if (id == node_capacity_) {
    uint32_t size = std::min(kMaxNodeChunk, std::max(kNodePageSize, node_capacity_));
    node_chunks_.push_back(std::make_unique<Node[]>(size));  // value-initialized
    Node* chunk = node_chunks_.back().get();
    for (uint32_t i = 0; i < size; i += kNodePageSize) node_pages_.push_back(chunk + i);
    node_capacity_ += size;
  }
  ++node_count_;
  at(id).type = t;
  return id;
}

long Document::find_attr_index(NodeId id, std::string_view name) const {
  const Node& n = at(id);
  if (n.attr_count == 0) return -1;
  const PackedAttr* b = attr_chunks_[n.attr_begin >> kAttrOffsetBits].data.get() +
                        (n.attr_begin & kAttrOffsetMask);
  // A common name is compared as the static string it indexes: an element
  // has a few attributes, and a size compare rejects most of them, where
  // hashing `name` first (static_attr_name_index) was 4 % of clean().
  for (uint32_t i = 0; i < n.attr_count; ++i) {
    const PackedAttr& a = b[i];
    uint32_t size = a.name_size();
    if (size == 0) {
      if (static_attr_name_at(static_cast<int>(a.name_at) - 1) == name) return i;
    } else if (size == name.size() && arena_.view(StringRef{a.name_at, size}) == name) {
      return i;
    }
  }
  return -1;
}

FoundAttr Document::find_attr(NodeId id, std::string_view name) const {
  long i = find_attr_index(id, name);
  if (i < 0) return nullptr;
  return FoundAttr(attrs(id).begin()[i]);
}

std::string_view Document::attr(NodeId id, std::string_view name) const {
  long i = find_attr_index(id, name);
  return i < 0 ? std::string_view() : attrs(id).begin()[i].value;
}

std::string Document::text_content(NodeId id) const {
  std::string out;
  if (at(id).type == NodeType::kText) return std::string(data(id));
  for (NodeId n = first_child(id); n != kNoNode; n = next_in_tree(n, id)) {
    if (at(n).type == NodeType::kText) out.append(arena_.view(at(n).str));
  }
  return out;
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
  // The tag's own name is not stored (Document::name() gives tag_name()).
  if (!name.empty() && name != tag_name(t)) n.str = arena_.store_ref(name);
  return id;
}

NodeId Document::create_element_named(std::string_view name, Ns ns) {
  return create_element(tag_from_name(name), ns, name);
}

NodeId Document::create_text(std::string_view data) {
  NodeId id = new_node(NodeType::kText);
  at(id).str = arena_.store_ref(data);
  return id;
}

NodeId Document::create_comment(std::string_view data) {
  NodeId id = new_node(NodeType::kComment);
  at(id).str = arena_.store_ref(data);
  return id;
}

NodeId Document::create_doctype(std::string_view name) {
  NodeId id = new_node(NodeType::kDoctype);
  at(id).str = arena_.store_ref(name);
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
    NodeId first = p.first_child;
    c.next = kNoNode;
    if (first == kNoNode) {
      p.first_child = child;
      c.prev = child;  // an only child is its own last sibling
    } else {
      Node& f = at(first);
      c.prev = f.prev;
      at(f.prev).next = child;
      f.prev = child;
    }
  } else {
    Node& r = at(ref);
    c.next = ref;
    c.prev = r.prev;
    if (p.first_child == ref) p.first_child = child;  // c.prev is the last child
    else at(r.prev).next = child;
    r.prev = child;
  }
}

void Document::detach(NodeId id) {
  Node& n = at(id);
  if (n.parent == kNoNode) return;
  Node& p = at(n.parent);
  if (p.first_child == id) {
    p.first_child = n.next;
    if (n.next != kNoNode) at(n.next).prev = n.prev;  // the last child
  } else {
    at(n.prev).next = n.next;
    if (n.next != kNoNode) at(n.next).prev = n.prev;
    else at(p.first_child).prev = n.prev;  // n was the last child
  }
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
  NodeId last = last_child(parent);
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
  NodeId prev = prev_sibling(ref);
  if (prev != kNoNode && at(prev).type == NodeType::kText) {
    append_data(prev, data);
    return;
  }
  insert_before(parent, create_text(data), ref);
}

void Document::set_data(NodeId id, std::string_view data) {
  StringRef r = arena_.store_ref(data);
  at(id).str = r;
}

void Document::append_data(NodeId id, std::string_view data) {
  StringRef r = arena_.concat_ref(at(id).str, data);
  at(id).str = r;
}

void Document::set_tag(NodeId id, Tag t, std::string_view name) {
  Node& n = at(id);
  n.tag = t;
  n.str = name.empty() || name == tag_name(t) ? StringRef{} : arena_.store_ref(name);
}

void Document::set_attr(NodeId id, std::string_view name, std::string_view value, AttrNs ns) {
  long i = find_attr_index(id, name);
  if (i >= 0) {
    PackedAttr& a = attr_slots(at(id).attr_begin)[i];
    a.value = arena_.store_ref(value);
    a.name_bits = (a.name_bits & ~PackedAttr::kNsMask) | static_cast<uint32_t>(ns);
    return;
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

PackedAttr Document::pack_attr(std::string_view name, std::string_view value, AttrNs ns) {
  PackedAttr p;
  p.value = arena_.store_ref(value);
  int common = static_attr_name_index(name);
  uint32_t size = 0;
  if (common >= 0) {
    p.name_at = static_cast<uint32_t>(common) + 1;
  } else if (!name.empty()) {
    // Longer names (> 1 GB) cannot come from an input within Limits.
    if (name.size() > PackedAttr::kMaxNameSize) name = name.substr(0, PackedAttr::kMaxNameSize);
    StringRef r = arena_.store_ref(name);
    p.name_at = r.at;
    size = r.size;
  }
  p.name_bits = size << PackedAttr::kNsBits | static_cast<uint32_t>(ns);
  return p;
}

uint32_t Document::reserve_attr_slots(uint32_t n) {
  if (attr_chunks_.empty() || attr_chunks_.back().size - attr_chunks_.back().used < n) {
    if (attr_chunks_.size() >= kMaxAttrChunks) return kNoAttrSlot;
    // A growing attribute list that outgrew a chunk gets twice its size, so
    // building a huge list moves it O(log n) times.
    // The first chunks are small (4, 8, ... attributes) so that small
    // documents stay small.
    uint32_t normal = std::min(kAttrChunkSize, kFirstAttrChunk << std::min<size_t>(attr_chunks_.size(), 7));
    uint32_t size = n <= normal ? normal : std::min(2 * n, kMaxAttrsPerElement);
    AttrChunk c;
    c.data = std::make_unique<PackedAttr[]>(size);
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
      const PackedAttr* from = attr_slots(n.attr_begin);
      std::copy(from, from + n.attr_count, attr_slots(slot));
    }
    n.attr_begin = slot;
  }
  PackedAttr packed = pack_attr(name, value, ns);
  attr_slots(n.attr_begin)[n.attr_count] = packed;
  n.attr_count++;
}

void Document::copy_attrs(NodeId from, NodeId to) {
  uint32_t count = at(from).attr_count;
  if (count == 0 || from == to) return;
  Node& n = at(to);
  uint32_t total = std::min(n.attr_count + count, kMaxAttrsPerElement);
  uint32_t slot = reserve_attr_slots(total);
  if (slot == kNoAttrSlot) return;
  PackedAttr* dst = attr_slots(slot);
  // Reserving may add a chunk but never moves existing ones: the source
  // ranges stay valid.
  const PackedAttr* mine = n.attr_count ? attr_slots(n.attr_begin) : nullptr;
  PackedAttr* out = std::copy(mine, mine + n.attr_count, dst);
  const PackedAttr* theirs = attr_slots(at(from).attr_begin);
  std::copy(theirs, theirs + (total - n.attr_count), out);
  n.attr_begin = slot;
  n.attr_count = static_cast<uint16_t>(total);
}

void Document::remove_attr(NodeId id, std::string_view name) {
  long i = find_attr_index(id, name);
  if (i < 0) return;
  Node& n = at(id);
  PackedAttr* b = attr_slots(n.attr_begin);
  std::copy(b + i + 1, b + n.attr_count, b + i);
  n.attr_count--;
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
  return size_t{node_capacity_} * sizeof(Node) + node_chunks_.capacity() * sizeof(node_chunks_[0]) +
         node_pages_.capacity() * sizeof(node_pages_[0]) + attr_slots * sizeof(PackedAttr) +
         attr_chunks_.capacity() * sizeof(AttrChunk) + arena_.bytes_reserved() +
         templates_.size() * 32;
}

}  // namespace reader::dom
