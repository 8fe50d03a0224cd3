// Article metadata as a priority chain of small sources, strongest first
// (Readability.js _getJSONLD + _getArticleMetadata, trafilatura metadata.py):
//
//   1. JSON-LD Article-like entity        (json_ld.h)
//   2. <meta>: Dublin Core, OpenGraph, Weibo, plain names, Twitter, Parsely
//      in Readability's order, then dcterms.*, citation_*, sailthru.* (meta_tags.h)
//   3. JSON-LD WebPage-like entity, then WebSite name for the site name (json_ld.h)
//   4. the markup: <title> heuristics, <html lang>, dir, byline elements,
//      <time>, <link rel=canonical|image_src>   (title.h, document_hints.h)
//
// Every text field is entity-decoded and whitespace-collapsed; empty means
// unknown. `title` is the clean title: the chain's title (as Readability
// reports it, kept in `source_title`) without its site and section parts
// (site_title.h: "How to Build a Terrarium | eHow" -> "How to Build a
// Terrarium"); `document_title` is the page's own <title>.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "dom/document.h"
#include "meta/page_type.h"
#include "meta/title.h"
#include "meta/url.h"

namespace reader::meta {

struct Metadata {
  std::string title, byline, excerpt, site_name, published_time, lang, dir, lead_image,
      lead_image_caption, canonical_url;
  // The title before site parts are stripped (what Readability.js reports;
  // the extractor compares headings with it) and document.title.
  std::string source_title, document_title;
  // Every name the site goes by (site_name, og:site_name, application-name,
  // JSON-LD publisher / WebSite / Organization): a byline naming one of
  // these is no byline (meta/site_title.h names_site).
  std::vector<std::string> site_names;
  bool is_paywalled_ld = false;                // schema.org isAccessibleForFree=false
  std::vector<std::string> paywall_selectors;  // hasPart[].cssSelector where isAccessibleForFree=false
  std::string ld_article_body;                 // JSON-LD articleBody if present (for checks)
  PageType page_type = PageType::kArticle;     // see meta/page_type.h
  PageTypeSignals page_signals;                // what page_type was judged from
};

// Reads the document BEFORE scripts are removed (JSON-LD lives in <script
// type="application/ld+json">). `page_url` resolves lead_image and
// canonical_url (through <base href>). The excerpt is not filled from the
// article text here: the caller does that once the article is known.
Metadata extract_metadata(const dom::Document& doc, std::string_view page_url);

// Helpers also used by the extractor are declared in meta/title.h
// (article_title), meta/url.h (resolve_url, document_base_url)
// and meta/document_hints.h (dir_of: the dir of the article node, which is
// what Readability reports; Metadata::dir is the document-level guess).

}  // namespace reader::meta
