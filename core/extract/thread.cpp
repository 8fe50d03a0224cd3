#include "extract/thread.h"

#include <string>
#include <string_view>
#include <vector>

#include "extract/node_util.h"

namespace reader::extract {
namespace {

using dom::kNoNode;

// A marked post shorter than this is a one-word reaction or an empty
// placeholder, not a post that decides where the thread is.
constexpr size_t kMinPostChars = 20;
// Climb at most this many levels from the winning post looking for its
// repeated siblings (post body -> post -> list of posts, with wrappers).
constexpr int kMaxClimb = 8;
// The winning post's block and at least this many more like it.
constexpr int kMinRepeatedPosts = 2;

bool has_token(std::string_view list, std::string_view token) {
  size_t i = 0;
  while (i < list.size()) {
    size_t j = list.find(' ', i);
    if (j == std::string_view::npos) j = list.size();
    if (list.substr(i, j - i) == token) return true;
    i = j + 1;
  }
  return false;
}

std::string_view last_path_part(std::string_view iri) {
  size_t cut = iri.find_last_of("/#:");
  return cut == std::string_view::npos ? iri : iri.substr(cut + 1);
}

bool is_marked_post(const Document& doc, NodeId n) {
  std::string_view prop = doc.attr(n, "itemprop");
  if (has_token(prop, "comment") || has_token(prop, "suggestedAnswer") ||
      has_token(prop, "acceptedAnswer"))
    return true;
  // The question of a Q&A page and the opening post of a thread are posts
  // too (Stack Exchange: the longest answer won and the question was lost).
  std::string_view type = last_path_part(doc.attr(n, "itemtype"));
  return type == "Comment" || type == "Answer" || type == "Question" ||
         type == "DiscussionForumPosting";
}

// What makes blocks alike: the first class token, or for a block without a
// class an id numbered per post ("postBoxWrapper5872...": its letters).
std::string signature(const Document& doc, NodeId n) {
  std::string_view c = doc.attr(n, "class");
  size_t start = c.find_first_not_of(" \t\n");
  if (start != std::string_view::npos) {
    c = c.substr(start);
    return std::string(c.substr(0, c.find_first_of(" \t\n")));
  }
  std::string_view id = doc.attr(n, "id");
  std::string letters;
  bool numbered = false;
  for (char ch : id) {
    if (ch >= '0' && ch <= '9') numbered = true;
    else letters += ch;
  }
  return numbered ? letters : std::string();
}

NodeId common_ancestor(const Document& doc, NodeId a, NodeId b) {
  std::vector<NodeId> path;
  for (NodeId n = a; n != kNoNode; n = doc.parent(n)) path.push_back(n);
  for (NodeId n = b; n != kNoNode; n = doc.parent(n)) {
    for (NodeId p : path) {
      if (p == n) return n;
    }
  }
  return kNoNode;
}

NodeId marked_container(const Document& doc, NodeId top) {
  NodeId root = doc.body();
  if (root == kNoNode) return kNoNode;
  NodeId lca = kNoNode;
  for (NodeId n = doc.first_child(root); n != kNoNode; n = doc.next_in_tree(n, root)) {
    if (!doc.is_element(n) || !is_marked_post(doc, n)) continue;
    if (inner_text_length(doc, n) < kMinPostChars) continue;
    lca = common_ancestor(doc, lca == kNoNode ? top : lca, n);
    if (lca == kNoNode) return kNoNode;
  }
  return lca;
}

NodeId repeated_container(const Document& doc, NodeId top) {
  NodeId a = top;
  for (int level = 0; level < kMaxClimb && a != kNoNode; ++level, a = doc.parent(a)) {
    NodeId parent = doc.parent(a);
    if (parent == kNoNode || !doc.is_element(parent) || doc.is_html(a, Tag::kBody)) break;
    const std::string sig = signature(doc, a);
    if (sig.empty()) continue;
    int alike = 0;
    for (NodeId s = doc.first_child(parent); s != kNoNode; s = doc.next_sibling(s)) {
      if (!doc.is_element(s) || doc.tag(s) != doc.tag(a) || signature(doc, s) != sig) continue;
      if (inner_text_length(doc, s) >= kMinPostChars) ++alike;
    }
    if (alike >= kMinRepeatedPosts) return parent;
  }
  return kNoNode;
}

}  // namespace

NodeId thread_container(const Document& doc, NodeId top) {
  NodeId marked = marked_container(doc, top);
  if (marked != kNoNode && !doc.is_html(marked, Tag::kHtml)) return marked;
  NodeId repeated = repeated_container(doc, top);
  return repeated != kNoNode ? repeated : top;
}

}  // namespace reader::extract
