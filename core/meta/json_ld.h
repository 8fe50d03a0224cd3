// Metadata from schema.org JSON-LD (<script type="application/ld+json">),
// after Readability.js _getJSONLD, extended with @graph references (@id),
// string / array authors, images, language and paywall markers.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "dom/document.h"

namespace reader::meta {

// Fields read from one schema.org entity. Strings are cleaned (entities
// decoded, whitespace collapsed); empty means absent.
struct JsonLdFields {
  std::string title;           // headline / name
  std::string byline;          // author names joined with ", "
  std::string excerpt;         // description
  std::string site_name;       // publisher.name
  std::string published_time;  // datePublished
  std::string image;           // image / thumbnailUrl (as written, unresolved)
  std::string image_caption;   // image.caption
  std::string lang;            // inLanguage
  std::string url;             // url / mainEntityOfPage (unresolved)
  std::string article_body;    // articleBody
};

struct JsonLdMetadata {
  bool has_article = false;  // an Article-like entity was found
  JsonLdFields article;      // from the first Article-like entity (document order)
  JsonLdFields page;         // from the first WebPage-like entity: a weaker source
  std::string website_name;  // name of the first WebSite entity (a site name)
  // name of the first Organization-like entity (@type "Organization" or
  // ending in it: "NewsMediaOrganization"): the publisher, another site name
  std::string organization_name;
  // schema.org paywall markup (https://developers.google.com/search/docs/
  // appearance/structured-data/paywalled-content): isAccessibleForFree=false
  // on any entity, and the cssSelector of each hasPart element marked so.
  bool is_paywalled = false;
  std::vector<std::string> paywall_selectors;
  // The @type local names of every entity read (roots, @graph members,
  // mainEntity), in document order: page-type hints ("Product", "QAPage").
  std::vector<std::string> types;
};

// Reads every JSON-LD script of `doc`. Malformed scripts are skipped;
// trailing junk, CDATA / comment wrappers and raw control characters inside
// strings are tolerated.
JsonLdMetadata read_json_ld(const dom::Document& doc);

// Readability's jsonLdArticleTypes test for one @type string. The upstream
// regex is unanchored except at its two ends, so "ReportageNewsArticle" and
// "ArticleSeries" match too; kept as is for compatibility.
bool is_article_type(std::string_view type);

}  // namespace reader::meta
