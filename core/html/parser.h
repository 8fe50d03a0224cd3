// Public entry points of the HTML module: UTF-8 text in, arena DOM out.
#pragma once
#include <string_view>
#include <vector>

#include "base/status.h"
#include "dom/document.h"
#include "html/token.h"

namespace reader::html {

struct ParseOptions {
  Limits limits;
  bool scripting = false;   // the "scripting flag": off, we never run scripts,
                            // so <noscript> content is parsed as markup
  bool keep_errors = false; // record parse errors (up to limits.max_errors)
};

struct ParseResult {
  Status status = Status::kOk;          // kTooManyNodes / kTooDeep on limits
  std::vector<ParseError> errors;       // only when keep_errors
};

// Parses a whole document (UTF-8, already decoded) into `doc`, which must be
// freshly constructed.
ParseResult parse_document(std::string_view utf8, dom::Document& doc,
                           const ParseOptions& options = {});

// HTML fragment parsing algorithm (13.4): parses `utf8` as if it were the
// content of an element `context_tag` in namespace `context_ns`; the parsed
// nodes become children of the returned fragment node in `doc`.
dom::NodeId parse_fragment(std::string_view utf8, dom::Tag context_tag, dom::Ns context_ns,
                           std::string_view context_name, dom::Document& doc,
                           const ParseOptions& options = {}, ParseResult* result = nullptr);

}  // namespace reader::html
