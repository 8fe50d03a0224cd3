// Random trees (fixed seeds) mixing article elements with hostile elements
// and attributes in any nesting: the sanitized output is always inert.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "dom/document.h"
#include "inert_check.h"
#include "sanitize/sanitizer.h"
#include "serialize/html_serializer.h"

using reader::dom::Document;
using reader::dom::NodeId;

namespace {

constexpr const char* kTags[] = {
    "p", "div", "a", "h2", "ul", "li", "table", "tr", "td", "img", "pre", "video", "source",
    "picture", "script", "style", "iframe", "object", "form", "input", "svg", "math", "template",
    "noscript", "xmp", "textarea", "select", "x-unknown", "font", "base", "meta", "noembed"};
constexpr std::pair<const char*, const char*> kAttrs[] = {
    {"onclick", "alert(1)"}, {"style", "x:expression(1)"}, {"href", "javascript:alert(1)"},
    {"href", "https://ok.example/"}, {"src", "java\tscript:x"}, {"src", "data:text/html,x"},
    {"src", "data:image/png;base64,AA"}, {"srcset", "a.png 1x, vbscript:x 2x"},
    {"srcdoc", "<script>x</script>"}, {"formaction", "javascript:x"}, {"id", "cookie"},
    {"name", "body"}, {"poster", "javascript:x"}, {"cite", "https://c.example/"},
    {"title", "</style><img src=x onerror=alert(1)>"}, {"autoplay", ""}};
constexpr const char* kTexts[] = {"text", "<script>alert(1)</script>", "&lt;", "\r\n", "</p>"};

NodeId random_tree(Document& doc, std::mt19937& rng, size_t nodes) {
  NodeId root = doc.create_element(reader::dom::Tag::kDiv);
  std::vector<NodeId> elements{root};
  for (size_t i = 0; i < nodes; ++i) {
    NodeId parent = elements[rng() % elements.size()];
    switch (rng() % 4) {
      case 0:
        doc.append_child(parent, doc.create_text(kTexts[rng() % std::size(kTexts)]));
        continue;
      case 1:
        if (rng() % 5 == 0) doc.append_child(parent, doc.create_comment("--><img onerror=x>"));
        continue;
      default:
        break;
    }
    const char* tag = kTags[rng() % std::size(kTags)];
    const bool foreign = std::string_view(tag) == "svg" || std::string_view(tag) == "math";
    NodeId e = doc.create_element_named(tag, foreign ? reader::dom::Ns::kSvg : reader::dom::Ns::kHtml);
    for (unsigned k = rng() % 4; k > 0; --k) {
      const auto& [name, value] = kAttrs[rng() % std::size(kAttrs)];
      doc.set_attr(e, name, value);
    }
    doc.append_child(parent, e);
    elements.push_back(e);
  }
  return root;
}

}  // namespace

TEST_CASE("random trees: sanitized output is always inert") {
  constexpr int kTrees = 300;
  constexpr size_t kNodes = 150;
  for (int seed = 1; seed <= kTrees; ++seed) {
    CAPTURE(seed);
    std::mt19937 rng(static_cast<uint32_t>(seed));
    Document doc;
    NodeId root = random_tree(doc, rng, kNodes);
    reader::sanitize::sanitize(doc, root);
    const std::string html = reader::serialize::inner_html(doc, root);
    CAPTURE(html);
    const auto problems = reader::testing::inertness_problems(html);
    CHECK_MESSAGE(problems.empty(), (problems.empty() ? "" : problems.front()));
  }
}
