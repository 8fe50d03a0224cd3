// Article title heuristics (Readability.js _getArticleTitle, _textSimilarity)
// and site-name stripping.
#pragma once
#include <string>
#include <string_view>

#include "dom/document.h"

namespace reader::meta {

// document.title (HTML DOM "document.title"): the text of the first HTML
// <title> element, with ASCII whitespace stripped and collapsed.
std::string document_title(const dom::Document& doc);

// Readability's _getArticleTitle over document.title: drops the part after
// the last " | ", " - ", " – ", " — ", " \ ", " / ", " > ", " » " separator
// (or before the first when too few words remain), handles "Site: Title"
// unless an <h1>/<h2> holds the whole title, falls back to the only <h1> for
// very short or long titles, and keeps the original when the result is 4
// words or fewer.
std::string article_title(const dom::Document& doc);

// Cleans a title from any source: decodes leftover entities, collapses
// whitespace, then strips `site_name` when it is a whole leading or trailing
// part set off by one of the separators above or ": " ("Title | The Week" ->
// "Title", "The Week: Title" -> "Title"), compared case-insensitively and
// without "www." or a final ".tld" ("Chefkoch.de" matches "| Chefkoch"). A
// title that is only the site name is kept. Without a matching site name the
// title is returned as it is: guessing which part is the site is
// article_title()'s job, which can look at the headings.
std::string clean_title(std::string_view raw_title, std::string_view site_name);

}  // namespace reader::meta
