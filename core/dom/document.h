// Arena DOM: every node of a document lives in one vector and is addressed by
// a NodeId; strings live in the document's StringArena. Nothing is freed until
// the Document dies, so detaching a node is O(1) and ids stay valid.
// Nothing here recurses over the tree: pages nest 100,000 deep.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/string_arena.h"
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

struct Attr {
  std::string_view name;   // lowercase local name (or adjusted SVG/MathML name)
  std::string_view value;
  AttrNs ns = AttrNs::kNone;
};

struct Node {
  NodeType type;
  Ns ns = Ns::kHtml;
  uint16_t flags = 0;
  Tag tag = Tag::kUnknown;
  NodeId parent = kNoNode;
  NodeId first_child = kNoNode;
  NodeId last_child = kNoNode;
  NodeId prev = kNoNode;
  NodeId next = kNoNode;
  uint32_t attr_begin = 0;
  uint32_t attr_count = 0;
  // Element: local name; doctype: name; text/comment: data.
  std::string_view str;
};

class AttrRange {
 public:
  AttrRange(const Attr* b, const Attr* e) : b_(b), e_(e) {}
  const Attr* begin() const { return b_; }
  const Attr* end() const { return e_; }
  size_t size() const { return static_cast<size_t>(e_ - b_); }
  bool empty() const { return b_ == e_; }
 private:
  const Attr* b_;
  const Attr* e_;
};

class Document {
 public:
  Document();
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  static constexpr NodeId root() { return 0; }

  // --- reading ------------------------------------------------------------
  const Node& node(NodeId id) const { return nodes_[id]; }
  NodeType type(NodeId id) const { return nodes_[id].type; }
  Tag tag(NodeId id) const { return nodes_[id].tag; }
  Ns ns(NodeId id) const { return nodes_[id].ns; }
  bool is_element(NodeId id) const { return nodes_[id].type == NodeType::kElement; }
  bool is_text(NodeId id) const { return nodes_[id].type == NodeType::kText; }
  // True for an HTML-namespace element with tag `t`.
  bool is_html(NodeId id, Tag t) const {
    const Node& n = nodes_[id];
    return n.type == NodeType::kElement && n.tag == t && n.ns == Ns::kHtml;
  }
  std::string_view name(NodeId id) const { return nodes_[id].str; }
  std::string_view data(NodeId id) const { return nodes_[id].str; }
  NodeId parent(NodeId id) const { return nodes_[id].parent; }
  NodeId first_child(NodeId id) const { return nodes_[id].first_child; }
  NodeId last_child(NodeId id) const { return nodes_[id].last_child; }
  NodeId next_sibling(NodeId id) const { return nodes_[id].next; }
  NodeId prev_sibling(NodeId id) const { return nodes_[id].prev; }
  size_t node_count() const { return nodes_.size(); }

  AttrRange attrs(NodeId id) const {
    const Node& n = nodes_[id];
    const Attr* b = attrs_.data() + n.attr_begin;
    return {b, b + n.attr_count};
  }
  const Attr* find_attr(NodeId id, std::string_view name) const;
  bool has_attr(NodeId id, std::string_view name) const { return find_attr(id, name) != nullptr; }
  // Value of attribute `name`, or "" when absent.
  std::string_view attr(NodeId id, std::string_view name) const;

  // Concatenated text of the subtree (iterative).
  std::string text_content(NodeId id) const;
  // Preorder successor of `id` within the subtree of `scope` (kNoNode at the end).
  NodeId next_in_tree(NodeId id, NodeId scope) const;
  // Like next_in_tree but skips the children of `id`.
  NodeId next_skipping_children(NodeId id, NodeId scope) const;
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
  // dropped duplicates): O(1) for the element being built.
  void append_attr(NodeId id, std::string_view name, std::string_view value,
                   AttrNs ns = AttrNs::kNone);
  void clear_attrs(NodeId id) { nodes_[id].attr_count = 0; }
  void add_flag(NodeId id, uint16_t f) { nodes_[id].flags |= f; }

  // The content fragment of a <template> element (created on first use).
  NodeId template_content(NodeId template_element);
  bool has_template_content(NodeId id) const;

  QuirksMode quirks_mode = QuirksMode::kNoQuirks;

  StringArena& arena() { return arena_; }
  // Stores a string in this document's arena.
  std::string_view intern(std::string_view s) { return arena_.store(s); }
  size_t memory_bytes() const;

 private:
  NodeId new_node(NodeType t);

  std::vector<Node> nodes_;
  std::vector<Attr> attrs_;
  std::unordered_map<NodeId, NodeId> templates_;  // template -> content fragment
  StringArena arena_;
};

}  // namespace reader::dom
