// Arena DOM storage (core/dom/document.h): chunked nodes and attributes.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "dom/document.h"
#include "dom/tag.h"

namespace reader::dom {
namespace {

TEST_CASE("nodes across many chunks keep their ids, links and references") {
  Document doc;
  NodeId parent = doc.create_element(Tag::kDiv);
  doc.append_child(Document::root(), parent);
  const Node& first_ref = doc.node(parent);  // must survive growth
  const int kCount = 10000;                  // ~40 node chunks
  std::vector<NodeId> ids;
  for (int i = 0; i < kCount; ++i) {
    NodeId t = doc.create_text(std::to_string(i));
    doc.append_child(parent, t);
    ids.push_back(t);
  }
  CHECK(doc.node_count() == kCount + 2);
  CHECK(&first_ref == &doc.node(parent));
  CHECK(doc.first_child(parent) == ids.front());
  CHECK(doc.last_child(parent) == ids.back());
  CHECK(doc.data(ids[4321]) == "4321");
  CHECK(doc.next_sibling(ids[255]) == ids[256]);  // across a chunk boundary
  CHECK(doc.prev_sibling(ids[256]) == ids[255]);
  CHECK(doc.parent(ids[9999]) == parent);
}

TEST_CASE("attributes: append, relocate, set, remove") {
  Document doc;
  NodeId a = doc.create_element(Tag::kA);
  NodeId b = doc.create_element(Tag::kB);
  doc.append_attr(a, "href", "/x");
  doc.append_attr(b, "class", "k");
  // `a` is no longer last: appending moves its attributes to the end.
  doc.append_attr(a, "title", "t");
  CHECK(doc.attrs(a).size() == 2);
  CHECK(doc.attr(a, "href") == "/x");
  CHECK(doc.attr(a, "title") == "t");
  CHECK(doc.attr(b, "class") == "k");
  doc.set_attr(a, "href", "/y");
  CHECK(doc.attr(a, "href") == "/y");
  CHECK_FALSE(doc.add_attr_if_missing(a, "title", "other"));
  CHECK(doc.add_attr_if_missing(a, "href", "/z", AttrNs::kXlink));  // other namespace
  CHECK(doc.attrs(a).size() == 3);
  doc.remove_attr(a, "title");
  CHECK_FALSE(doc.has_attr(a, "title"));
  CHECK(doc.attrs(a).size() == 2);
  doc.clear_attrs(b);
  CHECK(doc.attrs(b).empty());
  CHECK(doc.attr(b, "class") == "");
}

TEST_CASE("attribute names and values are copied, common names or not") {
  Document doc;
  NodeId e = doc.create_element(Tag::kDiv);
  std::string name = "class", rare = "data-something-rare", value = "v";
  doc.append_attr(e, name, value);
  doc.append_attr(e, rare, value);
  name[0] = rare[0] = value[0] = 'X';  // the document must not alias these
  CHECK(doc.attrs(e).begin()[0].name == "class");
  CHECK(doc.attrs(e).begin()[1].name == "data-something-rare");
  CHECK(doc.attr(e, "class") == "v");
}

TEST_CASE("an element with more attributes than a chunk holds") {
  Document doc;
  NodeId other = doc.create_element(Tag::kSpan);
  NodeId e = doc.create_element(Tag::kDiv);
  for (int i = 0; i < 3000; ++i) {
    doc.append_attr(e, "a" + std::to_string(i), std::to_string(i));
    if (i % 700 == 0) doc.append_attr(other, "o" + std::to_string(i), "x");  // interleave
  }
  REQUIRE(doc.attrs(e).size() == 3000);
  for (int i = 0; i < 3000; i += 499) {
    CHECK(doc.attrs(e).begin()[i].name == "a" + std::to_string(i));
    CHECK(doc.attr(e, "a" + std::to_string(i)) == std::to_string(i));
  }
  CHECK(doc.attrs(other).size() == 5);
}

TEST_CASE("attributes past kMaxAttrsPerElement are dropped, not wrapped") {
  Document doc;
  NodeId e = doc.create_element(Tag::kDiv);
  const uint32_t kMax = Document::kMaxAttrsPerElement;
  for (uint32_t i = 0; i < kMax + 10; ++i) doc.append_attr(e, "a" + std::to_string(i), "");
  CHECK(doc.attrs(e).size() == kMax);
  CHECK(doc.attrs(e).begin()[kMax - 1].name == "a" + std::to_string(kMax - 1));
}

TEST_CASE("copy_attrs shares the attributes of another element") {
  Document doc;
  NodeId src = doc.create_element(Tag::kB);
  doc.append_attr(src, "class", "x");
  doc.append_attr(src, "href", "h", AttrNs::kXlink);
  NodeId dst = doc.create_element(Tag::kB);
  doc.append_attr(dst, "id", "d");
  doc.copy_attrs(src, dst);
  REQUIRE(doc.attrs(dst).size() == 3);
  CHECK(doc.attrs(dst).begin()[0].name == "id");
  CHECK(doc.attrs(dst).begin()[1].value == "x");
  CHECK(doc.attrs(dst).begin()[2].ns == AttrNs::kXlink);
  CHECK(doc.attrs(src).size() == 2);  // the source is unchanged
  NodeId empty = doc.create_element(Tag::kI);
  doc.copy_attrs(empty, dst);
  CHECK(doc.attrs(dst).size() == 3);
}

TEST_CASE("a small document stays small") {
  Document doc;
  NodeId p = doc.create_element(Tag::kP);
  doc.append_child(Document::root(), p);
  doc.append_attr(p, "class", "x");
  doc.append_text(p, "hello");
  // One 16-node chunk, one 4-attribute chunk and one 256-byte arena block
  // (the parse-bench issue: a 200-byte page used to cost 48 KB).
  CHECK(doc.memory_bytes() < 1024);
  CHECK(sizeof(Node) <= 36);
  CHECK(sizeof(PackedAttr) == 16);
}

}  // namespace
}  // namespace reader::dom

TEST_CASE("regression: arena strings larger than the first block but below the large-string size") {
  // The first arena block is small; a 5 KB string must still get enough room.
  reader::dom::Document doc;
  std::string big(5000, 'x');
  auto t1 = doc.create_text(big);
  auto t2 = doc.create_text("after");
  CHECK(doc.data(t1) == big);
  CHECK(doc.data(t2) == "after");
  doc.append_data(t2, big);
  CHECK(doc.data(t2).size() == 5005);
  CHECK(doc.data(t1) == big);
}
