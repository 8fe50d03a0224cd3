// Memory of a parsed document relative to its input (issue 3: peak memory
// <= 3x the input). Document::memory_bytes() counts the DOM's own storage;
// parse-bench (tests/bench) measures the whole parse's heap peak.
#include <doctest/doctest.h>

#include <string>

#include "dom/document.h"
#include "html/parser.h"

namespace reader::html {
namespace {

TEST_CASE("a 200-byte page costs about 1 KB of DOM, not 48 KB") {
  const std::string page =
      "<!DOCTYPE html>\n<html>\n<head>\n  <meta charset=\"utf-8\"/>\n"
      "  <title>Replace javascript: links</title>\n</head>\n<body>\n"
      "  <a href=\"javascript:\">\n      <p>abc</p>\n      <p>def</p>\n      ghi\n"
      "    </a>\n</body>\n</html>";
  dom::Document doc;
  parse_document(page, doc);
  REQUIRE(doc.body() != dom::kNoNode);
  // 16-node chunks, a 4-attribute chunk and an input-sized string block.
  CHECK(doc.memory_bytes() < 2048);
}

TEST_CASE("a node-dense page (one node per ~21 input bytes) stays within 3x its size") {
  // Like archive-of-our-own, the worst page of the corpus (one node per 20
  // bytes): short elements with attributes, one text node each, whitespace
  // between them. With 48-byte nodes and 40-byte attributes this was 4.1x.
  std::string page = "<!DOCTYPE html><html><head><title>t</title></head><body><ol>\n";
  for (int i = 0; i < 3000; ++i) {
    page += "<li class=\"blurb group\" role=\"article\"><a href=\"/works/" + std::to_string(i) +
            "\">A Work Title, Part One</a> by <a rel=\"author\" href=\"/users/someone\">someone</a>\n"
            "<span class=\"stats\">words: 1234, chapters: 1/1, kudos: 56</span></li>\n";
  }
  page += "</ol></body></html>";
  dom::Document doc;
  parse_document(page, doc);
  double nodes_per_byte = static_cast<double>(doc.node_count()) / static_cast<double>(page.size());
  CHECK(nodes_per_byte > 1.0 / 25);
  INFO("DOM bytes / input bytes: "
       << static_cast<double>(doc.memory_bytes()) / static_cast<double>(page.size()));
  CHECK(doc.memory_bytes() < 3 * page.size());
}

}  // namespace
}  // namespace reader::html
