// Node measurements (extract/node_util.h).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "base/text.h"
#include "base/utf8.h"
#include "dom/document.h"
#include "extract/node_util.h"
#include "html/parser.h"

using reader::dom::Document;
using reader::dom::NodeId;
using reader::extract::inner_text;
using reader::extract::inner_text_length;
using reader::utf8_length;

namespace {

// inner_text_length must equal utf8_length(inner_text) for every node.
void check_every_node(const std::string& html) {
  Document doc;
  reader::html::parse_document(html, doc);
  NodeId root = doc.root();
  for (NodeId n = root; n != reader::dom::kNoNode; n = doc.next_in_tree(n, root)) {
    CAPTURE(n);
    CHECK(inner_text_length(doc, n) == utf8_length(inner_text(doc, n)));
    // Collapsed node by node, inner_text is the collapse of the joined text.
    CHECK(inner_text(doc, n) ==
          reader::collapse_whitespace(doc.text_content(n), reader::SpaceSet::kHtmlAndNbsp));
  }
}

}  // namespace

TEST_CASE("inner_text_length counts what inner_text would hold") {
  SUBCASE("whitespace runs, leading and trailing") {
    check_every_node("<div>  a \n\t b  <p> c </p>\n</div><p></p><p>   </p>");
  }
  SUBCASE("no-break spaces collapse; other C2 characters count") {
    // U+00A0 (C2 A0) is whitespace; U+00A9 (C2 A9) and U+00B7 are not.
    check_every_node("<p>\xC2\xA0\xC2\xA0x\xC2\xA0\xC2\xA9 \xC2\xB7\xC2\xA0</p><p>\xC2\xA9</p>");
  }
  SUBCASE("text split over nodes and multi-byte characters") {
    check_every_node("<p>caf<b>\xC3\xA9</b> <i> \xE2\x80\x94 </i>\xF0\x9F\x98\x80<br>end</p>");
  }
  SUBCASE("a no-break space split over two text nodes (DOM edits)") {
    Document doc;
    reader::html::parse_document("<p>a<b>b</b>c</p>", doc);
    NodeId p = doc.first_child(doc.body());
    NodeId b = doc.next_sibling(doc.first_child(p));
    doc.set_data(doc.first_child(b), "b\xC2");
    doc.set_data(doc.last_child(p), "\xA0 c ");
    CHECK(inner_text(doc, p) == "ab c");
    CHECK(inner_text_length(doc, p) == 4);
  }
  SUBCASE("a text node itself") {
    Document doc;
    reader::html::parse_document("<p> one  two </p>", doc);
    NodeId p = doc.first_child(doc.body());
    CHECK(inner_text_length(doc, doc.first_child(p)) == 7);
  }
}

namespace {

// link_densities must give link_density, bit for bit, for every node asked.
void check_link_densities(Document& doc) {
  std::vector<NodeId> all;
  NodeId root = doc.root();
  for (NodeId n = root; n != reader::dom::kNoNode; n = doc.next_in_tree(n, root)) all.push_back(n);
  std::vector<double> got = reader::extract::link_densities(doc, all);
  REQUIRE(got.size() == all.size());
  for (size_t i = 0; i < all.size(); ++i) {
    CAPTURE(all[i]);
    CHECK(got[i] == reader::extract::link_density(doc, all[i]));
  }
  // A subset, out of document order, and twice the same node.
  std::vector<NodeId> some = {all.back(), all[all.size() / 2], all.back()};
  std::vector<double> part = reader::extract::link_densities(doc, some);
  for (size_t i = 0; i < some.size(); ++i) CHECK(part[i] == reader::extract::link_density(doc, some[i]));
}

void check_link_densities(const std::string& html) {
  Document doc;
  reader::html::parse_document(html, doc);
  check_link_densities(doc);
}

}  // namespace

TEST_CASE("link_densities gives link_density for every node") {
  SUBCASE("links, nested containers, whitespace between nodes") {
    check_link_densities(
        "<div> <p>one <a href='/x'>two three</a> </p>\n<div><a href='/y'> four </a>"
        "<p>five six seven</p></div><ul><li><a href='/z'>eight</a></li><li> </li></ul></div>");
  }
  SUBCASE("hash links weigh 0.3, summed in document order") {
    check_link_densities(
        "<div><p>aaa <a href='#a'>bb</a> <a href='/c'>ccc</a> <a href='#'>d</a></p>"
        "<p><a href='#e'>eeeeeee</a> fff</p><a href='#g'>g</a></div>");
  }
  SUBCASE("no-break spaces and text runs that are only whitespace") {
    check_link_densities("<div>\xC2\xA0<a href='/a'>\xC2\xA0x\xC2\xA0</a>\xC2\xA0<b> </b>"
                         "y<i>\xC2\xA9</i> <a href='/b'></a></div><p>   </p>");
  }
  SUBCASE("a text node ending in the first byte of a no-break space") {
    Document doc;
    reader::html::parse_document("<div><a href='/a'>x</a>y</div>", doc);
    NodeId div = doc.first_child(doc.body());
    NodeId a = doc.first_child(div);
    doc.append_text(div, "z");
    doc.set_data(doc.first_child(a), "x\xC2");  // joins the next node's first byte
    doc.set_data(doc.next_sibling(a), "\xA0y");
    check_link_densities(doc);
  }
  SUBCASE("nodes outside the document") {
    Document doc;
    reader::html::parse_document("<p>a <a href='/b'>b</a></p>", doc);
    NodeId loose = doc.create_element(reader::dom::Tag::kDiv);
    NodeId link = doc.create_element(reader::dom::Tag::kA);
    doc.append_child(loose, link);
    doc.append_child(link, doc.create_text("link"));
    doc.append_child(loose, doc.create_text(" text"));
    std::vector<double> got = reader::extract::link_densities(doc, {loose});
    CHECK(got[0] == reader::extract::link_density(doc, loose));
    CHECK(got[0] > 0);
  }
}
