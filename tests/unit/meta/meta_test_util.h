// Shared helpers of the meta unit tests.
#pragma once
#include <memory>
#include <string_view>

#include "dom/document.h"
#include "html/parser.h"

namespace reader::meta {

// Parses a whole HTML document into a fresh Document.
inline std::unique_ptr<dom::Document> parse_html(std::string_view html) {
  auto doc = std::make_unique<dom::Document>();
  html::parse_document(html, *doc);
  return doc;
}

}  // namespace reader::meta
