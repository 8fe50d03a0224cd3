// What kind of page this is (article, forum thread, documentation, product,
// collection, listing, service page), judged from its metadata (schema.org
// types in JSON-LD and microdata, og:type, the generator), its URL and its
// structure. The extractor extracts by type and the reader view shows a
// polite message for pages that are not for reading.
#pragma once
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

PageType classify_page(const PageTypeSignals& signals);

}  // namespace reader::meta
