// parse_document / parse_fragment: the tokenizer feeding the tree builder.
#include "html/parser.h"

#include "html/tokenizer.h"
#include "html/tree_builder.h"

namespace reader::html {

namespace {

void run(Tokenizer& tokenizer, TreeBuilder& builder) {
  Token token;
  while (tokenizer.next(token)) {
    builder.process(token);
    if (builder.stopped() || token.type == TokenType::kEof) break;
  }
  builder.finish();
}

}  // namespace

ParseResult parse_document(std::string_view utf8, dom::Document& doc, const ParseOptions& options) {
  ParseResult result;
  doc.expect_input_bytes(utf8.size());
  Tokenizer tokenizer(utf8, options.keep_errors ? &result.errors : nullptr,
                      options.limits.max_errors);
  TreeBuilder builder(doc, tokenizer, options, result);
  run(tokenizer, builder);
  return result;
}

// https://html.spec.whatwg.org/multipage/parsing.html#parsing-html-fragments
dom::NodeId parse_fragment(std::string_view utf8, dom::Tag context_tag, dom::Ns context_ns,
                           std::string_view context_name, dom::Document& doc,
                           const ParseOptions& options, ParseResult* result_out) {
  ParseResult result;
  Tokenizer tokenizer(utf8, options.keep_errors ? &result.errors : nullptr,
                      options.limits.max_errors);
  TreeBuilder builder(doc, tokenizer, options, result);
  if (context_name.empty()) context_name = dom::tag_name(context_tag);
  builder.start_fragment(context_tag, context_ns, context_name);
  run(tokenizer, builder);
  // Step 14: the children of the html root, in order, become the result.
  dom::NodeId fragment = doc.create_fragment();
  doc.move_children(builder.fragment_root(), fragment);
  if (result_out) *result_out = std::move(result);
  return fragment;
}

}  // namespace reader::html
