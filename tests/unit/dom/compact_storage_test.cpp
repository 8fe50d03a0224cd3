// Compact DOM storage (issue 3, peak memory <= 3x the input): the circular
// sibling list without last_child, nodes in growing chunks, packed attributes
// and 8-byte string references into the arena.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "base/string_arena.h"
#include "dom/document.h"
#include "dom/tag.h"

namespace reader::dom {
namespace {

// The children of `parent` read forwards and backwards must both equal `want`.
void check_children(const Document& doc, NodeId parent, const std::vector<NodeId>& want) {
  std::vector<NodeId> fwd, back;
  for (NodeId c = doc.first_child(parent); c != kNoNode; c = doc.next_sibling(c)) {
    fwd.push_back(c);
    REQUIRE(fwd.size() <= want.size());
  }
  for (NodeId c = doc.last_child(parent); c != kNoNode; c = doc.prev_sibling(c)) {
    back.push_back(c);
    REQUIRE(back.size() <= want.size());
  }
  std::reverse(back.begin(), back.end());
  CHECK(fwd == want);
  CHECK(back == want);
  for (NodeId c : want) CHECK(doc.parent(c) == parent);
}

TEST_CASE("sibling links match a vector model under random inserts, moves and detaches") {
  Document doc;
  NodeId a = doc.create_element(Tag::kDiv);
  NodeId b = doc.create_element(Tag::kSpan);
  std::vector<NodeId> kids_a, kids_b, loose;
  for (int i = 0; i < 40; ++i) loose.push_back(doc.create_text(std::to_string(i)));
  std::mt19937 rng(7);
  for (int step = 0; step < 3000; ++step) {
    int op = static_cast<int>(rng() % 4);
    bool to_a = rng() % 2;
    std::vector<NodeId>& dst = to_a ? kids_a : kids_b;
    NodeId dst_id = to_a ? a : b;
    if (op < 2 && !loose.empty()) {
      // Append, or insert before a random child.
      NodeId n = loose.back();
      loose.pop_back();
      if (op == 0 || dst.empty()) {
        doc.append_child(dst_id, n);
        dst.push_back(n);
      } else {
        size_t at = rng() % dst.size();
        doc.insert_before(dst_id, n, dst[at]);
        dst.insert(dst.begin() + static_cast<long>(at), n);
      }
    } else if (op == 2 && !dst.empty()) {
      size_t at = rng() % dst.size();
      doc.detach(dst[at]);
      CHECK(doc.parent(dst[at]) == kNoNode);
      CHECK(doc.prev_sibling(dst[at]) == kNoNode);
      CHECK(doc.next_sibling(dst[at]) == kNoNode);
      loose.push_back(dst[at]);
      dst.erase(dst.begin() + static_cast<long>(at));
    } else if (op == 3) {
      // Move a child of the other parent here (insert_before detaches it).
      std::vector<NodeId>& src = to_a ? kids_b : kids_a;
      if (src.empty()) continue;
      size_t from = rng() % src.size();
      NodeId n = src[from];
      src.erase(src.begin() + static_cast<long>(from));
      doc.append_child(dst_id, n);
      dst.push_back(n);
    }
    check_children(doc, a, kids_a);
    check_children(doc, b, kids_b);
  }
}

TEST_CASE("first and last child: an only child, then removing the ends") {
  Document doc;
  NodeId p = doc.create_element(Tag::kP);
  NodeId x = doc.create_text("x");
  doc.append_child(p, x);
  CHECK(doc.first_child(p) == x);
  CHECK(doc.last_child(p) == x);
  CHECK(doc.prev_sibling(x) == kNoNode);
  NodeId y = doc.create_text("y");
  doc.insert_before(p, y, x);  // y x
  CHECK(doc.prev_sibling(y) == kNoNode);
  CHECK(doc.prev_sibling(x) == y);
  CHECK(doc.last_child(p) == x);
  doc.detach(x);  // y
  CHECK(doc.last_child(p) == y);
  CHECK(doc.prev_sibling(y) == kNoNode);
  doc.detach(y);
  CHECK(doc.first_child(p) == kNoNode);
  CHECK(doc.last_child(p) == kNoNode);
  // append_text merges with the last child found through the first's prev.
  doc.append_text(p, "a");
  doc.append_text(p, "b");
  CHECK(doc.last_child(p) == doc.first_child(p));
  CHECK(doc.data(doc.last_child(p)) == "ab");
}

TEST_CASE("node ids in growing chunks: references and data survive 16 -> 256 growth") {
  Document doc;
  std::vector<NodeId> ids;
  std::vector<const Node*> refs;
  for (int i = 0; i < 2000; ++i) {
    ids.push_back(doc.create_text("t" + std::to_string(i)));
    refs.push_back(&doc.node(ids.back()));
  }
  for (int i = 0; i < 2000; ++i) {
    CHECK(ids[i] == static_cast<NodeId>(i + 1));  // the document is node 0
    CHECK(&doc.node(ids[i]) == refs[i]);
    CHECK(doc.data(ids[i]) == "t" + std::to_string(i));
  }
}

TEST_CASE("element names: the tag's own name is not stored, other names are") {
  Document doc;
  NodeId div = doc.create_element(Tag::kDiv);
  NodeId custom = doc.create_element_named("my-widget");
  NodeId svg = doc.create_element(Tag::kUnknown, Ns::kSvg, "foreignObject");
  CHECK(doc.name(div) == "div");
  CHECK(doc.name(custom) == "my-widget");
  CHECK(doc.name(svg) == "foreignObject");
  doc.set_tag(custom, Tag::kP);
  CHECK(doc.name(custom) == "p");
  doc.set_tag(div, Tag::kUnknown, "x-renamed");
  CHECK(doc.name(div) == "x-renamed");
  CHECK(doc.data(div) == doc.name(div));  // data() of an element is its name, as before
}

TEST_CASE("packed attributes: common and rare names, namespaces, find and set") {
  Document doc;
  NodeId e = doc.create_element(Tag::kA);
  doc.append_attr(e, "href", "/x");                       // common name
  doc.append_attr(e, "data-rare-name", "v");              // arena name
  doc.append_attr(e, "xlink:href", "#i", AttrNs::kXlink);
  doc.append_attr(e, "", "empty-name");
  std::vector<Attr> got(doc.attrs(e).begin(), doc.attrs(e).end());
  REQUIRE(got.size() == 4);
  CHECK(got[0].name == "href");
  CHECK(got[1].name == "data-rare-name");
  CHECK(got[2].ns == AttrNs::kXlink);
  CHECK(got[2].value == "#i");
  CHECK(got[3].name.empty());
  CHECK(doc.attr(e, "") == "empty-name");
  CHECK(doc.attr(e, "data-rare-name") == "v");
  CHECK(doc.find_attr(e, "missing") == nullptr);
  FoundAttr h = doc.find_attr(e, "href");
  REQUIRE(h != nullptr);
  CHECK(h->value == "/x");
  doc.set_attr(e, "data-rare-name", "w", AttrNs::kXml);
  CHECK(doc.attr(e, "data-rare-name") == "w");
  CHECK(doc.attrs(e).begin()[1].ns == AttrNs::kXml);
  doc.remove_attr(e, "href");
  CHECK(doc.attrs(e).size() == 3);
  CHECK(doc.attrs(e).begin()[0].name == "data-rare-name");
}

TEST_CASE("string refs stay valid across blocks, large strings and in-place growth") {
  StringArena arena;
  arena.expect_bytes(300);
  std::vector<std::pair<StringRef, std::string>> stored;
  std::mt19937 rng(3);
  for (int i = 0; i < 3000; ++i) {
    size_t len = rng() % 7 == 0 ? 9000 + rng() % 5000 : rng() % 90;  // some own-block strings
    std::string s(len, static_cast<char>('a' + i % 26));
    stored.emplace_back(arena.store_ref(s), s);
  }
  // Grow the last string many times: in place, then moved to a larger block.
  StringRef grown = arena.store_ref("start");
  std::string want = "start";
  for (int i = 0; i < 2000; ++i) {
    grown = arena.concat_ref(grown, "0123456789");
    want += "0123456789";
  }
  CHECK(arena.view(grown) == want);
  for (const auto& [ref, s] : stored) CHECK(arena.view(ref) == s);
  CHECK(arena.view(StringRef{}).empty());
  CHECK(arena.view(arena.store_ref("")).empty());
}

}  // namespace
}  // namespace reader::dom
