// Fuzz target: the CSS selector parser and matcher (core/css/selector.h) and
// the cosmetic filter list parser (core/css/cosmetic_filter.h). Selectors
// that parse are matched against a small fixed document.
// Input: [mode byte][selector or filter list text...]
#include <cstdint>
#include <string>
#include <vector>

#include "css/cosmetic_filter.h"
#include "css/selector.h"
#include "dom/document.h"
#include "fuzz_input.h"
#include "html/parser.h"

namespace {

// Elements, classes, ids, attributes, text and nesting for selectors to hit.
constexpr const char* kPage =
    "<!doctype html><html lang=en><head><title>t</title></head><body class='a b'>"
    "<div id=main class=content><p class=lead>Subscribe <b>now</b></p><p></p>"
    "<ul><li>1<li class=ad data-x='y z'>2<li>3</ul>"
    "<table><tr><td>c</td></tr></table><svg><rect width=1 /></svg>"
    "<aside class='ad banner' hidden>Sponsored</aside></div></body></html>";

const reader::dom::Document& page() {
  static reader::dom::Document* doc = [] {
    auto* d = new reader::dom::Document();
    reader::html::parse_document(kPage, *d);
    return d;
  }();
  return *doc;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  reader::fuzz::FuzzInput in(data, size);
  uint8_t mode = in.take_byte();
  std::string text(in.rest());
  const reader::dom::Document& doc = page();
  if (mode & 1) {
    std::vector<reader::css::FilterError> errors;
    reader::css::FilterList list = reader::css::FilterList::parse(text, &errors);
    list.apply(doc, reader::dom::Document::root(), (mode & 2) ? "www.example.com" : "");
    return 0;
  }
  reader::css::SelectorError error;
  reader::css::SelectorParseOptions options;
  options.procedural = mode & 2;
  auto list = reader::css::SelectorList::parse(text, &error, options);
  if (!list) return 0;
  reader::css::select_all(doc, reader::dom::Document::root(), *list);
  list->rightmost_keys();
  return 0;
}
