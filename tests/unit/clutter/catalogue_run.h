// Runs the prompt catalogue through the clutter pass and measures it: pages
// clean, article sentences kept, prompts leaked, category accuracy and the
// confusion pairs (expected -> filed).
#pragma once
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "catalogue.h"
#include "catalogue_articles.h"
#include "clutter_page.h"
#include "markup_hash.h"
#include "base/text.h"

namespace reader::testing {

inline std::string collapse_spaces(const std::string& s) { return collapse_whitespace(s); }

inline std::vector<std::string> split_on(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  size_t pos = 0;
  for (;;) {
    size_t next = s.find(sep, pos);
    out.push_back(s.substr(pos, next == std::string::npos ? std::string::npos : next - pos));
    if (next == std::string::npos) break;
    pos = next + sep.size();
  }
  return out;
}

// Text of the subtree at `id` with a space where an element other than an
// inline one opens (<h3>Read more</h3><ul><li>... reads "Read more ..."),
// whitespace collapsed.
inline bool is_inline_tag(dom::Tag t) {
  return t == dom::Tag::kA || t == dom::Tag::kStrong || t == dom::Tag::kEm ||
         t == dom::Tag::kSpan || t == dom::Tag::kB || t == dom::Tag::kI || t == dom::Tag::kSmall;
}

inline std::string spaced_text(const dom::Document& doc, dom::NodeId id) {
  std::string out;
  for (dom::NodeId n = id; n != dom::kNoNode; n = doc.next_in_tree(n, id)) {
    if (doc.is_element(n) && !is_inline_tag(doc.tag(n))) out += ' ';
    if (!doc.is_text(n) && !doc.is_element(n)) continue;
    // A block that closed before this node ends a word too.
    dom::NodeId prev = doc.prev_sibling(n);
    if (prev != dom::kNoNode && doc.is_element(prev) && !is_inline_tag(doc.tag(prev))) out += ' ';
    if (doc.is_text(n)) out += doc.data(n);
  }
  return collapse_spaces(out);
}

// The sentences of paragraphs of HTML (tags stripped, a tag ends a line,
// lines split after ". ").
inline std::vector<std::string> html_sentences(const std::string& html) {
  std::string text;
  bool in_tag = false;
  for (char c : html) {
    if (c == '<') in_tag = true;
    if (!in_tag) text += c;
    if (c == '>') {
      in_tag = false;
      text += '\n';
    }
  }
  std::vector<std::string> out;
  for (const std::string& para : split_on(text, "\n")) {
    for (std::string s : split_on(collapse_spaces(para), ". ")) {
      if (s.size() > 3) out.push_back(s);
    }
  }
  return out;
}

// The sentences of an article's paragraphs.
inline std::vector<std::string> article_sentences(const CatalogueArticle& a) {
  return html_sentences(std::string(a.opening) + a.closing);
}

inline std::string catalogue_page(const CatalogueEntry& e) {
  const CatalogueArticle& a = catalogue_article(e.lang);
  std::string head = std::string("<article><h1>") + a.title + "</h1>";
  std::string m = e.markup;
  switch (e.where) {
    case Where::kTop: return head + m + a.opening + a.closing + "</article>";
    case Where::kBetween: return head + a.opening + m + a.closing + "</article>";
    case Where::kEnd: return head + a.opening + a.closing + m + "</article>";
    case Where::kAfter: return head + a.opening + a.closing + "</article>" + m;
  }
  return {};
}

struct CatalogueOutcome {
  int probes = 0, leaked_probes = 0;
  int sentences = 0, kept_sentences = 0;
  std::string filed;  // category of the removal holding the first probe ("" = none)
  bool reverted = false;
  std::string text;   // what stayed (collapsed)
  std::vector<std::pair<std::string, std::string>> removals;  // (category, text)
  bool leaked() const { return leaked_probes > 0; }
};

// A page body through the clutter pass (class and id hashed if asked), with
// `author` as the metadata's byline: what stayed and what went.
struct CleanRun {
  std::string text;  // what stayed (collapsed)
  std::vector<std::pair<std::string, std::string>> removals;  // (category, text)
  bool reverted = false;
};

inline CleanRun clean_run(std::string body, const char* author, bool hashed) {
  if (hashed) body = hash_class_and_id(body);
  CleanedPage p;
  clutter::PageHints hints;
  hints.author = author;
  clean(p, body, hints);
  CleanRun out;
  out.reverted = p.stats.reverted;
  out.text = spaced_text(p.doc, p.doc.root());
  for (const auto& entry : p.log.entries()) {
    out.removals.emplace_back(entry.category, spaced_text(p.doc, entry.node));
  }
  return out;
}

inline CatalogueOutcome run_catalogue_entry(const CatalogueEntry& e, bool hashed = false) {
  const CatalogueArticle& a = catalogue_article(e.lang);
  CleanRun run = clean_run(catalogue_page(e), a.author, hashed);
  CatalogueOutcome out;
  out.reverted = run.reverted;
  out.text = std::move(run.text);
  out.removals = std::move(run.removals);
  std::vector<std::string> probes = split_on(e.probes, "|");
  for (const std::string& probe : probes) {
    ++out.probes;
    if (out.text.find(probe) != std::string::npos) ++out.leaked_probes;
  }
  for (const auto& [category, text] : out.removals) {
    if (text.find(probes[0]) != std::string::npos) {
      out.filed = category;
      break;
    }
  }
  for (const std::string& s : article_sentences(a)) {
    ++out.sentences;
    if (out.text.find(s) != std::string::npos) ++out.kept_sentences;
  }
  return out;
}

struct CatalogueFigures {
  int pages = 0, clean_pages = 0;
  int sentences = 0, kept_sentences = 0;
  int prompts = 0, leaked_prompts = 0, probes = 0, leaked_probes = 0;
  int categories_right = 0;
  std::map<std::pair<std::string, std::string>, int> confusions;  // (expected, filed)
  std::vector<std::string> failures;  // names of pages not clean

  double category_accuracy() const {
    return prompts == 0 ? 0.0 : 100.0 * categories_right / prompts;
  }
  std::string summary(const char* label = "prompt catalogue") const {
    char buf[320];
    std::snprintf(buf, sizeof buf,
                  "%s: %d/%d pages clean, article sentences kept %d/%d, prompts "
                  "leaked %d/%d (probes %d/%d), category accuracy %d/%d = %.1f %%",
                  label, clean_pages, pages, kept_sentences, sentences, leaked_prompts, prompts,
                  leaked_probes, probes, categories_right, prompts, category_accuracy());
    std::string out = buf;
    if (!confusions.empty()) {
      out += "; confusions (expected->filed):";
      for (const auto& [pair, n] : confusions) {
        out += " " + pair.first + "->" + (pair.second.empty() ? "kept" : pair.second) + " x" +
               std::to_string(n);
      }
    }
    return out;
  }
};

inline CatalogueFigures measure_catalogue(bool hashed = false) {
  CatalogueFigures f;
  for (const CatalogueEntry& e : kCatalogue) {
    CatalogueOutcome o = run_catalogue_entry(e, hashed);
    ++f.pages;
    ++f.prompts;
    f.probes += o.probes;
    f.leaked_probes += o.leaked_probes;
    if (o.leaked()) ++f.leaked_prompts;
    f.sentences += o.sentences;
    f.kept_sentences += o.kept_sentences;
    bool right = o.filed == e.category;
    if (right) {
      ++f.categories_right;
    } else {
      ++f.confusions[{e.category, o.filed}];
    }
    if (!o.leaked() && right && o.kept_sentences == o.sentences && !o.reverted) {
      ++f.clean_pages;
    } else {
      f.failures.push_back(std::string(e.name) + " (" + e.category + "->" +
                           (o.filed.empty() ? "kept" : o.filed) + ")");
    }
  }
  return f;
}

}  // namespace reader::testing
