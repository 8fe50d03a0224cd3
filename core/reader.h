// reader-mode core: the one public header.
//
//   reader::Options opt;
//   opt.url = "https://example.com/a";
//   reader::Result r = reader::clean(page_bytes, opt);
//   std::string json = reader::to_json(r);
//
// Everything else under core/ is an implementation module.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace reader {

// The version of the core and of reader-clean: CMake's project(VERSION), one
// place for the CLI's --version, the WASM binding and the extension manifest.
const char* version();

// The extracted article's DOM, kept for the text and Markdown serializers.
// Defined in reader.cpp: callers hold it, only the facade looks inside.
struct ArticleDom;

// Output of clean(). Field names follow Readability.js where they overlap.
struct Removal {
  std::string category;  // subscription, newsletter, paywall, signin, consent, social,
                         // related, author-bio, navigation, ad, comments, promo, contact,
                         // copyright, credit, feedback (core/clutter/rules.json), boilerplate
                         // (conditional cleaning), user (user rules)
  std::string rule;      // rule id (built-in) or the user rule's text
  std::string text;      // preview of the removed block's text (<= 200 chars)
  std::string html;      // the removed block, sanitized, so a reader view can restore it
  int index = 0;         // stable id within this result (restore by index)
  int anchor = -1;       // index of the top-level article block it was found before
                         // (-1: after the last block)
};

struct Article {
  std::string title;           // without site and section parts (meta/site_title.h)
  std::string document_title;  // the page's <title>, whitespace-collapsed
  std::string byline;
  std::string dir;            // "ltr", "rtl" or ""
  std::string lang;
  std::string content;        // sanitized article HTML (a <div> fragment)
  std::string text_content;
  size_t length = 0;          // characters (code points) of text_content
  std::string excerpt;
  std::string site_name;
  std::string published_time;
  std::string lead_image;     // absolute URL
  std::string lead_image_caption;
  bool lead_image_in_content = false;  // the content shows the lead image already
                                       // (same URL or file name): a reader view
                                       // does not show it twice
  bool readerable = false;
  // article, forum, documentation, product, collection, listing or service
  // (meta/page_type.h); collections and listings without prose are not
  // readerable.
  std::string page_type;
  int reading_minutes = 0;    // at ~230 words per minute (CJK: 500 chars/min)
  std::string url;
  std::vector<Removal> removed;
};

struct Options {
  std::string url;               // page URL: resolves relative links, picks site rules
  std::string charset;           // override the detected encoding ("" = detect)
  std::string user_rules;        // cosmetic filter list text (uBlock/ABP syntax)
  bool remove_clutter = true;    // the clutter pass (off = extraction only)
  // Extra serializations carried in the JSON (to_json): "markdown" (to_markdown)
  // and "readerPage" (to_reader_page), for the extension's export.
  bool with_markdown = false;
  bool with_reader_page = false;
  // Diagnostics: carry the learned block scorer's view of the article
  // (Result::blocks, "blocks" in to_json) for tests/learn/train.py.
  bool with_blocks = false;
  Limits limits;
};

// A text block of the extracted article as the learned block scorer saw it
// (before its pruning): the diagnostic Options::with_blocks asks for.
struct BlockScore {
  std::string text;
  std::vector<float> features;  // core/extract/block_features.h order
  double log_odds = 0;          // the model's score (> 0: content)
  bool removed = false;         // pruned as boilerplate
};

// A candidate container of the learned container choice: the diagnostic
// Options::with_blocks asks for (tests/learn/train.py).
struct ContainerScore {
  std::vector<float> features;  // core/extract/container_features.h order
  size_t text_begin = 0, text_end = 0;  // Result::candidate_texts it holds
  double gain = 0;              // predicted word F1 gain over the rules' choice
  bool chosen = false;
};

struct Result {
  Status status = Status::kOk;   // a non-ok status still carries a best-effort article
  bool usable = true;            // false: input is unusable; `error` says why
  std::string error;
  std::string charset;           // the encoding that was used to decode the input
  std::vector<std::string> rule_errors;  // unsupported user-rule lines ("line 3: ...")
  Article article;
  bool with_markdown = false;     // copied from Options: to_json adds "markdown"
  bool with_reader_page = false;  // copied from Options: to_json adds "readerPage"
  // The extracted article's DOM for to_markdown(); null for unusable input.
  std::shared_ptr<const ArticleDom> article_dom;
  std::vector<BlockScore> blocks;  // with Options::with_blocks
  std::vector<ContainerScore> containers;    // with Options::with_blocks
  std::vector<std::string> candidate_texts;  // with Options::with_blocks
  // The learned page-type classifier's features (core/classify/page_features.h
  // order), with Options::with_blocks.
  std::vector<float> page_features;
};

Result clean(std::string_view page_bytes, const Options& options);
// The same, taking the page's bytes: they are freed as soon as they are
// decoded (lower peak memory in the WASM binding).
Result clean_owned(std::string&& page_bytes, const Options& options);

// Serializations of a Result.
std::string to_json(const Result& r, int indent = -1);
// The same text from a Result no longer needed: its strings move into the
// JSON and its DOM is freed first (lower peak memory in the WASM binding).
std::string to_json(Result&& r, int indent = -1);
std::string to_text(const Result& r);       // plain text, blocks separated by blank lines
std::string to_markdown(const Result& r);
std::string to_reader_page(const Result& r);  // complete standalone reader-view page

// The canonical WHATWG name of an encoding label ("latin1" -> "windows-1252"),
// or "" when the label is unknown: checks a --charset before clean() runs.
std::string_view charset_for_label(std::string_view label);

// True for an absolute http: or https: URL with a host ("https://a.example/p"),
// the kind of page address Options::url expects.
bool is_web_url(std::string_view url);

// Parses the options JSON used by the WASM binding and the extension:
// {"url": ..., "charset": ..., "userRules": ..., "removeClutter": bool,
//  "formats": ["markdown", "readerPage"]}.
// Unknown keys are ignored; a malformed document yields the defaults plus url.
Options options_from_json(std::string_view json, std::string_view url);

}  // namespace reader
