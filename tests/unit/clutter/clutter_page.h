// Test harness shared by the clutter tests: a page body run through the
// built-in clutter pass, with helpers to ask what went and what stayed.
#pragma once
#include <string>

#include "clutter/detector.h"
#include "html/parser.h"

namespace reader::testing {

struct CleanedPage {
  dom::Document doc;
  dom::RemovalLog log;
  clutter::ClutterStats stats;
  std::string text() const { return doc.text_content(doc.root()); }
  bool has(const std::string& s) const { return text().find(s) != std::string::npos; }
  bool removed(const std::string& category) const {
    for (const auto& e : log.entries()) {
      if (e.category == category) return true;
    }
    return false;
  }
  bool removed_by(const std::string& rule) const {
    for (const auto& e : log.entries()) {
      if (e.rule == rule) return true;
    }
    return false;
  }
};

inline void clean(CleanedPage& p, const std::string& body,
                  const clutter::PageHints& hints = {}) {
  html::parse_document("<!DOCTYPE html><html><body>" + body + "</body></html>", p.doc);
  p.stats = clutter::remove_clutter(p.doc, p.doc.body(), clutter::builtin_rules(), p.log, hints);
}

}  // namespace reader::testing
