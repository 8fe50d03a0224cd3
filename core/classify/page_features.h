// What the learned page-type classifier (page_model.h) sees of a page: the
// rules' votes (meta/page_type.h), the shape of its address, its metadata
// and counts over its markup (forms, prices, code, tables, repeated cards,
// comment-like markup, prose). No site names: every feature is a count or
// a share any page has. The row layout is a contract with the trained
// model: tests/learn/train.py reads the names from the CLI's diagnostic
// dump (--blocks) and the generated model names the layout it was trained on.
#pragma once
#include <array>

#include "dom/document.h"
#include "meta/page_type.h"

namespace reader::classify {

enum PageFeature : int {
  // The rules' points per type (meta::page_type_points), in PageType order.
  kPfPointsArticle,
  kPfPointsForum,
  kPfPointsDocumentation,
  kPfPointsProduct,
  kPfPointsCollection,
  kPfPointsListing,
  kPfPointsService,
  kPfRulesType,        // the rules' decision (meta::classify_page) as a number
  kPfUrlSegments,      // meta::UrlShape
  kPfUrlLastChars,
  kPfUrlLastHyphens,
  kPfUrlDigits,
  kPfUrlQuery,
  kPfUrlExtension,
  kPfOgType,           // 0 none, 1 article, 2 product, 3 website, 4 other
  kPfSchemaTypes,      // JSON-LD and microdata types named
  kPfGenerator,        // a <meta name="generator"> is present
  kPfChars,            // visible text of <body> (bytes above U+0020)
  kPfLinkShare,        // text inside <a> / text
  kPfProseShare,       // text in text nodes of 150+ bytes / text
  kPfParagraphs,       // <p> elements
  kPfH1,               // <h1> elements
  kPfHeadings,         // <h2>-<h4> elements
  kPfLinkedHeadings,   // <h2>-<h4> holding a link (cards of an index)
  kPfForms,            // <form>
  kPfControls,         // <input>, <select>, <textarea>
  kPfButtons,          // <button>
  kPfCode,             // <pre> and <code>
  kPfTables,           // <table>
  kPfCells,            // <td>, <th>
  kPfImages,           // <img>
  kPfListItems,        // <li>
  kPfArticles,         // <article>
  kPfTimes,            // <time>
  kPfLinks,            // <a href>
  kPfPrices,           // a currency sign next to a number, in text
  kPfRepeatMax,        // the longest run of element siblings sharing tag and class (not <p>, <br>)
  kPfRepeatGroups,     // parents with such a run of 4 or more
  kPfCommentMarkup,    // elements whose class or id says comment or reply
  kPfPriceMarkup,      // ... price, cart or basket
  kPfAuthorMarkup,     // ... author or byline
  kPageFeatureCount
};

using PageRow = std::array<float, kPageFeatureCount>;

const char* page_feature_name(int feature);

// The features of a page, read before any cleaning (scripts and styles are
// skipped, hidden markup is counted: the classifier was trained so).
PageRow page_features(const dom::Document& doc, const meta::PageTypeSignals& signals);

}  // namespace reader::classify
