// What kind of page this is (article, forum thread, documentation, product,
// collection, listing, service page), judged from its metadata (schema.org
// types in JSON-LD and microdata, og:type, the generator), its URL and its
// structure. The extractor extracts by type and the reader view shows a
// polite message for pages that are not for reading.
#pragma once
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dom/document.h"

namespace reader::meta {

enum class PageType { kArticle, kForum, kDocumentation, kProduct, kCollection, kListing, kService };

// "article", "forum", ... (the pageType field of the JSON result).
std::string_view page_type_name(PageType t);

struct PageTypeSignals {
  std::vector<std::string> schema_types;  // JSON-LD @type and microdata itemtype local names
  std::string og_type;                    // <meta property="og:type">
  std::string generator;                  // <meta name="generator">
  std::string url;                        // the page's address
};

// The signals of `doc`: microdata itemtypes are read here; the JSON-LD
// types, og:type and generator come from the caller (already parsed).
void add_microdata_types(const dom::Document& doc, std::vector<std::string>& types);

// The rules' decision: the type with most points (page_type_points).
PageType classify_page(const PageTypeSignals& signals);

// The points each type gets from the signals, indexed by PageType (the
// rules' votes; also features of the learned classifier, classify/).
using PageTypePoints = std::array<int, 7>;
PageTypePoints page_type_points(const PageTypeSignals& signals);

// The shape of a page's address (features of the learned classifier).
struct UrlShape {
  size_t segments = 0;          // non-empty path segments
  size_t last_chars = 0;        // bytes of the last segment
  size_t last_hyphens = 0;      // '-' and '_' in the last segment (a slug's words)
  size_t digits = 0;            // digits in the path
  bool has_query = false;       // a "?query"
  bool has_date = false;        // /2024/05/...
  bool has_extension = false;   // the last segment ends in ".html", ".php"...
};
UrlShape url_shape(std::string_view url);

}  // namespace reader::meta
