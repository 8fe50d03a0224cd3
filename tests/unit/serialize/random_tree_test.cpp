// Random trees (fixed seeds) of article-like and hostile elements in any
// nesting, including ones the parser would never build (a table in a
// heading, a caption in a cell...): the serializers never crash and keep
// their output guarantees.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "dom/document.h"
#include "serialize/html_serializer.h"
#include "serialize/markdown_serializer.h"
#include "serialize/text_serializer.h"

using reader::dom::Document;
using reader::dom::NodeId;

namespace {

constexpr const char* kTags[] = {
    "p", "div", "span", "a", "h1", "h3", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
    "code", "em", "strong", "del", "br", "hr", "img", "figure", "figcaption", "table", "caption",
    "tbody", "tr", "td", "th", "script", "template", "section", "x-custom", "sup", "kbd"};
constexpr const char* kTexts[] = {"word", " ", "two words ", "*star*", "# hash", "1. one", "a|b",
                                  "`tick`", "\n", "x_y", "[link]", "<tag>", "&amp;", "\xC2\xA0"};

NodeId random_tree(Document& doc, std::mt19937& rng, size_t nodes) {
  NodeId root = doc.create_element(reader::dom::Tag::kDiv);
  std::vector<NodeId> elements{root};
  for (size_t i = 0; i < nodes; ++i) {
    NodeId parent = elements[rng() % elements.size()];
    if (rng() % 3 == 0) {
      doc.append_child(parent, doc.create_text(kTexts[rng() % std::size(kTexts)]));
      continue;
    }
    NodeId e = doc.create_element_named(kTags[rng() % std::size(kTags)]);
    if (doc.is_html(e, reader::dom::Tag::kA)) doc.set_attr(e, "href", "https://e.com/(x)");
    if (doc.is_html(e, reader::dom::Tag::kImg)) doc.set_attr(e, "src", "i.png");
    if (rng() % 4 == 0) doc.set_attr(e, "colspan", "3");
    doc.append_child(parent, e);
    elements.push_back(e);
  }
  return root;
}

}  // namespace

TEST_CASE("random trees: serializers keep their guarantees") {
  constexpr int kTrees = 300;
  constexpr size_t kNodes = 200;
  for (int seed = 1; seed <= kTrees; ++seed) {
    CAPTURE(seed);
    std::mt19937 rng(static_cast<uint32_t>(seed));
    Document doc;
    NodeId root = random_tree(doc, rng, kNodes);
    const std::string text = reader::serialize::to_plain_text(doc, root);
    CHECK(text.find("\n\n\n") == std::string::npos);
    CHECK((text.empty() || (text.back() != '\n' && text.front() != '\n')));
    const std::string md = reader::serialize::to_markdown(doc, root);
    CHECK((md.empty() || md.back() == '\n'));
    // Blank-line runs only inside fenced code blocks, whose content is verbatim.
    if (md.find("```") == std::string::npos) CHECK(md.find("\n\n\n") == std::string::npos);
    const std::string html = reader::serialize::outer_html(doc, root);
    CHECK(html.substr(0, 5) == "<div>");
    CHECK(html.substr(html.size() - 6) == "</div>");
  }
}
