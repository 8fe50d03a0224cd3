// Article extraction: finds the main content of a page (Readability.js-class
// candidate scoring, with a retry cascade that keeps the best attempt).
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dom/document.h"
#include "dom/removal_log.h"

namespace reader::extract {

// A parsed page ready for extraction. Extraction is destructive, so each
// attempt of the cascade asks the factory for a fresh copy.
struct PreparedPage {
  std::unique_ptr<dom::Document> doc;
  dom::RemovalLog log;   // removals made while preparing (clutter pass)
};
using PageFactory = std::function<PreparedPage()>;

struct ExtractOptions {
  std::string title;          // article title from metadata (drops duplicate headings)
  std::string byline;         // byline from metadata ("" = look for one)
  std::string base_url;       // for relative links and images
  size_t char_threshold = 500;  // Readability: an attempt shorter than this retries
  int top_candidates = 5;
  // A forum thread (meta::PageType::kForum): every post is content, so
  // comment/reply markup is not stripped or weighed down, and the article
  // grows from the post that won to the container of all the posts.
  bool thread = false;
  // A page that is not one text (a service page, a product, a collection):
  // its content is all of <main> when the page marks it, not the one block
  // that scores best.
  bool whole_main = false;
  // meta::PageType as a number (a feature of the learned container choice).
  int page_type = 0;
  // Diagnostics: keep every text block the learned scorer saw
  // (Extraction::blocks) and every candidate of the learned container
  // choice (Extraction::containers), for tests/learn/train.py. The article
  // stays the rules' choice (the trainer's baseline): the container the
  // model would take is only marked.
  bool record_blocks = false;
};

// A text block of the article as the learned scorer saw it.
struct ScoredBlock {
  std::string text;
  std::vector<float> features;  // block_features.h layout
  double log_odds = 0;          // > 0: content
  bool removed = false;
};

// A candidate container as the learned container choice saw it
// (container_features.h): its text is texts[text_begin, text_end) of
// Extraction::candidate_texts.
struct ScoredContainer {
  std::vector<float> features;  // container_features.h layout
  size_t text_begin = 0, text_end = 0;
  double gain = 0;              // predicted word F1 gain over the rules' choice
  bool chosen = false;          // taken instead of the rules' choice
};

struct Extraction {
  PreparedPage page;
  dom::NodeId content = dom::kNoNode;  // a <div> (detached) holding the article
  std::string byline;                  // byline found in the page, if any
  size_t text_length = 0;
  int attempt = 0;                     // which pass of the cascade won
  std::vector<ScoredBlock> blocks;     // with ExtractOptions::record_blocks
  // With ExtractOptions::record_blocks: the container candidates and the
  // page's visible text nodes they index.
  std::vector<ScoredContainer> containers;
  std::vector<std::string> candidate_texts;
};

Extraction extract_article(const PageFactory& make_page, const ExtractOptions& options);

// Readability.js isProbablyReaderable: a cheap "is this an article?" check.
bool is_probably_readerable(const dom::Document& doc, size_t min_content_length = 140,
                            double min_score = 20);

}  // namespace reader::extract
