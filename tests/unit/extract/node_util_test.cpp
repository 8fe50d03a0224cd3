// Node measurements (extract/node_util.h).
#include <doctest/doctest.h>

#include <string>

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
  SUBCASE("a text node itself") {
    Document doc;
    reader::html::parse_document("<p> one  two </p>", doc);
    NodeId p = doc.first_child(doc.body());
    CHECK(inner_text_length(doc, doc.first_child(p)) == 7);
  }
}
