// Arena DOM: every node of a document lives in chunks (growing from 16 nodes
// to kMaxNodeChunk) and is
// addressed by a NodeId; strings live in the document's StringArena. Nothing
// is freed until the Document dies, so detaching a node is O(1) and ids (and
// references to nodes) stay valid. Chunks instead of one vector: growing never
// copies, so a parse never holds the old and the new array at once (a 3x peak
// on the node array) and at most one chunk is unused.
// Nothing here recurses over the tree: pages nest 100,000 deep.
#pragma once
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/string_arena.h"
#include "dom/attr_names.h"
#include "dom/tag.h"

namespace reader::dom {

using NodeId = uint32_t;
inline constexpr NodeId kNoNode = 0xFFFFFFFFu;

enum class NodeType : uint8_t { kDocument, kDoctype, kElement, kText, kComment, kFragment };

enum class QuirksMode : uint8_t { kNoQuirks, kQuirks, kLimitedQuirks };

// How a node got into the tree (set by the tree builder; informational).
enum NodeFlag : uint16_t {
  kFlagImplied = 1 << 0,          // created without a start tag (<html>, <tbody>...)
  kFlagFosterParented = 1 << 1,   // moved out of a table by foster parenting
  kFlagReconstructed = 1 << 2,    // re-created active formatting element
};

// An attribute as read from a Document (attrs(), find_attr()): views into
// the document's arena or static storage, valid while the document lives.
struct Attr {
  std::string_view name;   // lowercase local name (or adjusted SVG/MathML name)
  std::string_view value;
  AttrNs ns = AttrNs::kNone;
};

// How a Document stores an attribute: 16 bytes instead of Attr's 40
// (attributes are the second largest part of a parsed page). The name is a
// common name by index (static_attr_name_index() + 1 in `name_at`, size 0),
// or a string in the arena; its size shares a word with the namespace.
struct PackedAttr {
  StringRef value;
  uint32_t name_at = 0;
  uint32_t name_bits = 0;  // name size << kNsBits | AttrNs
  static constexpr uint32_t kNsBits = 2;
  static constexpr uint32_t kNsMask = (1u << kNsBits) - 1;
  static constexpr uint32_t kMaxNameSize = 0xFFFFFFFFu >> kNsBits;
  AttrNs ns() const { return static_cast<AttrNs>(name_bits & kNsMask); }
  uint32_t name_size() const { return name_bits >> kNsBits; }
};

// The attributes of one element, in order; iterating yields Attr values.
class AttrRange {
 public:
  class Iterator {
   public:
    using iterator_category = std::forward_iterator_tag;  // yields values
    using value_type = Attr;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = Attr;
    Iterator(const StringArena* arena, const PackedAttr* p) : arena_(arena), p_(p) {}
    Attr operator*() const { return unpack(*arena_, *p_); }
    Attr operator[](difference_type i) const { return unpack(*arena_, p_[i]); }
    Iterator& operator++() {
      ++p_;
      return *this;
    }
    Iterator operator++(int) {
      Iterator old = *this;
      ++p_;
      return old;
    }
    Iterator operator+(difference_type i) const { return {arena_, p_ + i}; }
    difference_type operator-(const Iterator& o) const { return p_ - o.p_; }
    bool operator==(const Iterator& o) const { return p_ == o.p_; }
    bool operator!=(const Iterator& o) const { return p_ != o.p_; }

   private:
    const StringArena* arena_;
    const PackedAttr* p_;
  };

  AttrRange(const StringArena* arena, const PackedAttr* b, const PackedAttr* e)
      : arena_(arena), b_(b), e_(e) {}
  Iterator begin() const { return {arena_, b_}; }
  Iterator end() const { return {arena_, e_}; }
  size_t size() const { return static_cast<size_t>(e_ - b_); }
  bool empty() const { return b_ == e_; }

  static Attr unpack(const StringArena& arena, const PackedAttr& a) {
    std::string_view name =
        a.name_bits >> PackedAttr::kNsBits
            ? arena.view(StringRef{a.name_at, a.name_bits >> PackedAttr::kNsBits})
            : (a.name_at ? static_attr_name_at(static_cast<int>(a.name_at) - 1)
                         : std::string_view());
    return Attr{name, arena.view(a.value), a.ns()};
  }

 private:
  const StringArena* arena_;
  const PackedAttr* b_;
  const PackedAttr* e_;
};

// find_attr()'s answer: an Attr or nothing. Reads like the pointer it used
// to be (`if (a)`, `a->value`, `a == nullptr`).
class FoundAttr {
 public:
  FoundAttr() = default;
  FoundAttr(std::nullptr_t) {}  // NOLINT: reads like a null pointer
  explicit FoundAttr(const Attr& a) : attr_(a), found_(true) {}
  explicit operator bool() const { return found_; }
  const Attr* operator->() const { return &attr_; }
  const Attr& operator*() const { return attr_; }
  bool operator==(std::nullptr_t) const { return !found_; }
  bool operator!=(std::nullptr_t) const { return found_; }

 private:
  Attr attr_;
  bool found_ = false;
};

// 36 bytes: nodes are most of a parsed page's memory (a node-dense page has
// one node per 20 input bytes), so fields are ordered to leave no padding and
// the string is an 8-byte reference into the document's arena (read it with
// Document::name() / data()). There is no last_child field: the sibling list
// is circular through `prev` (the first child's prev is the last child), so
// appending stays O(1); read links with Document's accessors.
struct Node {
  NodeType type;
  Ns ns = Ns::kHtml;
  uint16_t flags = 0;
  Tag tag = Tag::kUnknown;
  uint16_t attr_count = 0;  // at most Document::kMaxAttrsPerElement
  NodeId parent = kNoNode;
  NodeId first_child = kNoNode;
  NodeId prev = kNoNode;  // the first child's prev is its parent's last child
  NodeId next = kNoNode;
  uint32_t attr_begin = 0;
  // Element: local name, or empty when the name is tag_name(tag); doctype:
  // name; text/comment: data.
  StringRef str;
};

class Document {
 public:
  Document();
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  static constexpr NodeId root() { return 0; }

  // --- reading ------------------------------------------------------------
  const Node& node(NodeId id) const { return at(id); }
  NodeType type(NodeId id) const { return at(id).type; }
  Tag tag(NodeId id) const { return at(id).tag; }
  Ns ns(NodeId id) const { return at(id).ns; }
  bool is_element(NodeId id) const { return at(id).type == NodeType::kElement; }
  bool is_text(NodeId id) const { return at(id).type == NodeType::kText; }
  // True for an HTML-namespace element with tag `t`.
  bool is_html(NodeId id, Tag t) const {
    const Node& n = at(id);
    return n.type == NodeType::kElement && n.tag == t && n.ns == Ns::kHtml;
  }
  std::string_view name(NodeId id) const {
    const Node& n = at(id);
    if (n.type == NodeType::kElement && n.str.size == 0) return tag_name(n.tag);
    return arena_.view(n.str);
  }
  std::string_view data(NodeId id) const { return name(id); }
  NodeId parent(NodeId id) const { return at(id).parent; }
  NodeId first_child(NodeId id) const { return at(id).first_child; }
  NodeId last_child(NodeId id) const {
    NodeId first = at(id).first_child;
    return first == kNoNode ? kNoNode : at(first).prev;
  }
  NodeId next_sibling(NodeId id) const { return at(id).next; }
  NodeId prev_sibling(NodeId id) const {
    // `prev` of the first child is the last child, whose next is kNoNode.
    NodeId p = at(id).prev;
    return p == kNoNode || at(p).next == kNoNode ? kNoNode : p;
  }
  size_t node_count() const { return node_count_; }

  AttrRange attrs(NodeId id) const {
    const Node& n = at(id);
    if (n.attr_count == 0) return {&arena_, nullptr, nullptr};
    const PackedAttr* b = attr_chunks_[n.attr_begin >> kAttrOffsetBits].data.get() +
                          (n.attr_begin & kAttrOffsetMask);
    return {&arena_, b, b + n.attr_count};
  }
  // The attribute `name` (any namespace), or nullptr.
  FoundAttr find_attr(NodeId id, std::string_view name) const;
  bool has_attr(NodeId id, std::string_view name) const { return find_attr(id, name) != nullptr; }
  // Value of attribute `name`, or "" when absent.
  std::string_view attr(NodeId id, std::string_view name) const;

  // Concatenated text of the subtree (iterative).
  std::string text_content(NodeId id) const;
  // Preorder successor of `id` within the subtree of `scope` (kNoNode at the end).
  // Inline: every subtree walk of the core steps through it (6 % of native clean()).
  NodeId next_in_tree(NodeId id, NodeId scope) const {
    const NodeId child = at(id).first_child;
    return child != kNoNode ? child : next_skipping_children(id, scope);
  }
  // Like next_in_tree but skips the children of `id`. Inline: every tree
  // walk ends each leaf here (3.8 % of clean-bench out of line).
  NodeId next_skipping_children(NodeId id, NodeId scope) const {
    while (id != scope && id != kNoNode) {
      const Node& n = at(id);
      if (n.next != kNoNode) return n.next;
      id = n.parent;
    }
    return kNoNode;
  }
  bool is_ancestor(NodeId ancestor, NodeId id) const;
  // First element child of <html> with tag `t` (head/body); kNoNode if none.
  NodeId html_element() const;
  NodeId body() const;
  NodeId head() const;

  // --- building -----------------------------------------------------------
  // Name defaults to the tag's name; pass the real name for unknown tags and
  // for adjusted SVG names (foreignObject).
  NodeId create_element(Tag t, Ns ns = Ns::kHtml, std::string_view name = {});
  // Looks the (lowercase) name up in the tag table.
  NodeId create_element_named(std::string_view name, Ns ns = Ns::kHtml);
  NodeId create_text(std::string_view data);
  NodeId create_comment(std::string_view data);
  NodeId create_doctype(std::string_view name);
  NodeId create_fragment();

  void append_child(NodeId parent, NodeId child);
  // Inserts `child` before `ref`; ref == kNoNode appends.
  void insert_before(NodeId parent, NodeId child, NodeId ref);
  // Unlinks `id` from its parent (its subtree stays attached to it).
  void detach(NodeId id);
  // Moves all children of `from` to the end of `to`.
  void move_children(NodeId from, NodeId to);
  // Replaces `old_node` by `new_node` in the tree (old_node is detached).
  void replace(NodeId old_node, NodeId new_node);
  // Appends text as a child of `parent`, merging with a trailing text node.
  void append_text(NodeId parent, std::string_view data);
  // Inserts text before `ref`, merging with the text node just before it.
  void insert_text_before(NodeId parent, std::string_view data, NodeId ref);

  void set_data(NodeId id, std::string_view data);
  void append_data(NodeId id, std::string_view data);
  // Changes an element's tag (e.g. a <div> used as a paragraph becomes <p>).
  void set_tag(NodeId id, Tag t, std::string_view name = {});
  void set_attr(NodeId id, std::string_view name, std::string_view value,
                AttrNs ns = AttrNs::kNone);
  // Adds the attribute only when no attribute with the same name and
  // namespace exists (tree builder: "add attributes that are not already
  // present"; <use href xlink:href> keeps both).
  bool add_attr_if_missing(NodeId id, std::string_view name, std::string_view value,
                           AttrNs ns = AttrNs::kNone);
  void remove_attr(NodeId id, std::string_view name);
  // Appends an attribute without a duplicate check (the tokenizer already
  // dropped duplicates): O(1) for the element being built. An element keeps
  // at most kMaxAttrsPerElement attributes; later ones are dropped.
  void append_attr(NodeId id, std::string_view name, std::string_view value,
                   AttrNs ns = AttrNs::kNone);
  // Appends all attributes of `from` to `to` (no duplicate check), sharing
  // their strings: for clones made by the tree builder (adoption agency,
  // reconstructing formatting elements), which would otherwise copy them.
  void copy_attrs(NodeId from, NodeId to);
  // Attributes kept per element (an attribute range must fit one chunk).
  static constexpr uint32_t kMaxAttrsPerElement = 0xFFFF;
  void clear_attrs(NodeId id) { at(id).attr_count = 0; }
  void add_flag(NodeId id, uint16_t f) { at(id).flags |= f; }

  // The content fragment of a <template> element (created on first use).
  NodeId template_content(NodeId template_element);
  bool has_template_content(NodeId id) const;

  QuirksMode quirks_mode = QuirksMode::kNoQuirks;

  StringArena& arena() { return arena_; }
  // Hint from a parser about to build this document from `n` input bytes
  // (sizes the first string block; nothing else changes).
  // A page's strings (text, attribute values) take at most about its size.
  void expect_input_bytes(size_t n) { arena_.expect_bytes(n); }
  // Stores a string in this document's arena.
  std::string_view intern(std::string_view s) { return arena_.store(s); }
  size_t memory_bytes() const;

 private:
  NodeId new_node(NodeType t);
  Node& at(NodeId id) { return node_pages_[id >> kNodePageBits][id & kNodePageMask]; }
  const Node& at(NodeId id) const { return node_pages_[id >> kNodePageBits][id & kNodePageMask]; }
  // Room for `n` attributes at the end of the last attribute chunk (a new
  // chunk when needed); returns the encoded index of the first slot, or
  // kNoAttrSlot when the chunk table is full.
  uint32_t reserve_attr_slots(uint32_t n);
  PackedAttr* attr_slots(uint32_t slot) {
    return attr_chunks_[slot >> kAttrOffsetBits].data.get() + (slot & kAttrOffsetMask);
  }
  PackedAttr pack_attr(std::string_view name, std::string_view value, AttrNs ns);
  // Index in the node's attributes of the first one named `name`, or -1.
  long find_attr_index(NodeId id, std::string_view name) const;

  // Nodes are addressed through pages of 16: node_pages_[id >> 4] points at
  // node (id & ~15) inside some chunk. Chunks double the capacity (16, 16,
  // 32, 64, ... up to kMaxNodeChunk nodes): a tiny document holds 16 nodes,
  // not 256, only the last chunk is ever partly unused, and nothing is
  // copied. (Growing by half instead measured worse on the corpus.) The page
  // table costs half a byte per node.
  static constexpr uint32_t kNodePageBits = 4;
  static constexpr uint32_t kNodePageSize = 1u << kNodePageBits;
  static constexpr uint32_t kNodePageMask = kNodePageSize - 1;
  static constexpr uint32_t kMaxNodeChunk = 256;
  // Attributes of one element are contiguous in one chunk; Node::attr_begin
  // is (chunk << kAttrOffsetBits) | offset. Chunks hold kAttrChunkSize
  // attributes, or more for an element with more than that.
  static constexpr uint32_t kAttrOffsetBits = 16;
  static constexpr uint32_t kAttrOffsetMask = (1u << kAttrOffsetBits) - 1;
  static constexpr uint32_t kAttrChunkSize = 512;
  // The first chunk: a small page has a handful of attributes.
  static constexpr uint32_t kFirstAttrChunk = 4;
  static constexpr uint32_t kMaxAttrChunks = 1u << (32 - kAttrOffsetBits);
  static constexpr uint32_t kNoAttrSlot = 0xFFFFFFFFu;
  struct AttrChunk {
    std::unique_ptr<PackedAttr[]> data;
    uint32_t size = 0;
    uint32_t used = 0;
  };

  std::vector<Node*> node_pages_;
  std::vector<std::unique_ptr<Node[]>> node_chunks_;  // owners of the pages
  uint32_t node_count_ = 0;
  uint32_t node_capacity_ = 0;
  std::vector<AttrChunk> attr_chunks_;
  std::unordered_map<NodeId, NodeId> templates_;  // template -> content fragment
  StringArena arena_;
};

}  // namespace reader::dom
