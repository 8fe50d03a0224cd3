// Article title heuristics (Readability.js _getArticleTitle). Site and
// section parts of any title: site_title.h.
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

}  // namespace reader::meta
