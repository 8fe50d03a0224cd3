// Test harness shared by the extraction tests: runs the extractor on a page
// the way the facade does (prep, cascade, post-process), without clutter.
#pragma once
#include <memory>
#include <string>

#include "extract/clean_article.h"
#include "extract/extractor.h"
#include "html/parser.h"
#include "serialize/html_serializer.h"
#include "serialize/text_serializer.h"

namespace reader::testing {

struct ExtractRun {
  extract::Extraction ex;
  bool found() const { return ex.content != dom::kNoNode; }
  std::string text() const { return found() ? ex.page.doc->text_content(ex.content) : ""; }
  std::string plain_text() const {
    return found() ? serialize::to_plain_text(*ex.page.doc, ex.content) : "";
  }
  std::string html() const { return found() ? serialize::outer_html(*ex.page.doc, ex.content) : ""; }
};

inline ExtractRun run_extraction(const std::string& html, const std::string& url,
                                 const std::string& title) {
  extract::PageFactory make = [html]() {
    extract::PreparedPage p;
    p.doc = std::make_unique<dom::Document>();
    html::parse_document(html, *p.doc);
    extract::prep_document(*p.doc);
    return p;
  };
  extract::ExtractOptions o;
  o.title = title;
  o.base_url = url;
  ExtractRun r{extract::extract_article(make, o)};
  if (r.found()) extract::post_process(*r.ex.page.doc, r.ex.content, url);
  return r;
}

}  // namespace reader::testing
