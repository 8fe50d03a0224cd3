// Fuzz target: the core's JSON parser and writer (core/base/json.h), which
// read untrusted JSON-LD from every page. Differential against nlohmann/json,
// whose strict parser the core's replaced (issue 12, .wasm size):
//  - both accept or both reject the same bytes, with two documented
//    exceptions: documents nested deeper than kMaxParseDepth (the core rejects
//    them) and bytes with a NUL (nlohmann ends the input at a NUL byte; the
//    core's JSON never holds one, as the HTML parser replaces NUL in scripts);
//  - an accepted document dumps to text both parsers accept, and parsing that
//    text and dumping it again gives the same text (the writer is stable).
// Input: the document's bytes.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "base/json.h"

namespace {

// The deepest [ or { nesting of a document, counted outside strings.
size_t nesting_depth(std::string_view text) {
  size_t depth = 0, deepest = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > deepest) deepest = depth;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  reader::json::Value value;
  bool ours = reader::json::parse(text, value);
  bool theirs = nlohmann::json::accept(text.begin(), text.end());
  bool comparable = text.find('\0') == std::string_view::npos;
  if (comparable && nesting_depth(text) <= reader::json::kMaxParseDepth && ours != theirs) std::abort();
  if (comparable && ours && !theirs) std::abort();  // deeper documents may only be rejected
  if (!ours) return 0;
  std::string once;
  reader::json::dump(value, -1, once);
  reader::json::Value again;
  if (!reader::json::parse(once, again)) std::abort();
  if (!nlohmann::json::accept(once.begin(), once.end())) std::abort();
  std::string twice;
  reader::json::dump(again, -1, twice);
  if (twice != once) std::abort();
  return 0;
}
