// Fuzz target: tree construction (core/html/parser.h): parse_document and
// parse_fragment with a context element picked by the input, with default or
// tight limits, then an iterative check of the tree's links.
// Input: [mode byte][context byte][html...]
#include <cstdint>
#include <string>

#include "dom/document.h"
#include "fuzz_input.h"
#include "html/parser.h"

namespace {

struct Context {
  reader::dom::Tag tag;
  reader::dom::Ns ns;
  const char* name;
};

// Fragment contexts that switch the tokenizer state or the insertion mode.
const Context kContexts[] = {
    {reader::dom::Tag::kBody, reader::dom::Ns::kHtml, "body"},
    {reader::dom::Tag::kDiv, reader::dom::Ns::kHtml, "div"},
    {reader::dom::Tag::kTd, reader::dom::Ns::kHtml, "td"},
    {reader::dom::Tag::kTr, reader::dom::Ns::kHtml, "tr"},
    {reader::dom::Tag::kTable, reader::dom::Ns::kHtml, "table"},
    {reader::dom::Tag::kSelect, reader::dom::Ns::kHtml, "select"},
    {reader::dom::Tag::kTemplate, reader::dom::Ns::kHtml, "template"},
    {reader::dom::Tag::kTitle, reader::dom::Ns::kHtml, "title"},
    {reader::dom::Tag::kTextarea, reader::dom::Ns::kHtml, "textarea"},
    {reader::dom::Tag::kScript, reader::dom::Ns::kHtml, "script"},
    {reader::dom::Tag::kStyle, reader::dom::Ns::kHtml, "style"},
    {reader::dom::Tag::kPlaintext, reader::dom::Ns::kHtml, "plaintext"},
    {reader::dom::Tag::kHtml, reader::dom::Ns::kHtml, "html"},
    {reader::dom::Tag::kFrameset, reader::dom::Ns::kHtml, "frameset"},
    {reader::dom::Tag::kSvg, reader::dom::Ns::kSvg, "svg"},
    {reader::dom::Tag::kTitle, reader::dom::Ns::kSvg, "title"},
    {reader::dom::Tag::kMath, reader::dom::Ns::kMathMl, "math"},
    {reader::dom::Tag::kMi, reader::dom::Ns::kMathMl, "mi"},
    {reader::dom::Tag::kAnnotationXml, reader::dom::Ns::kMathMl, "annotation-xml"},
};
constexpr size_t kContextCount = sizeof(kContexts) / sizeof(kContexts[0]);

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  reader::fuzz::FuzzInput in(data, size);
  uint8_t mode = in.take_byte();
  const Context& ctx = kContexts[in.take_byte() % kContextCount];
  std::string html(in.rest());

  reader::html::ParseOptions options;
  options.keep_errors = mode & 1;
  options.scripting = mode & 2;
  if (mode & 4) {
    // Tight limits, so the limit paths (flattening, stopping) are exercised.
    options.limits.max_nodes = 200;
    options.limits.max_depth = 8;
    options.limits.max_errors = 5;
  }
  if (mode & 8) {
    reader::dom::Document doc;
    reader::html::ParseResult result;
    reader::dom::NodeId f =
        reader::html::parse_fragment(html, ctx.tag, ctx.ns, ctx.name, doc, options, &result);
    reader::fuzz::check_tree(doc, f);
  } else {
    reader::dom::Document doc;
    reader::html::parse_document(html, doc, options);
    reader::fuzz::check_tree(doc, reader::dom::Document::root());
  }
  return 0;
}
