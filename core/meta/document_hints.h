// Metadata read from the markup itself, the weakest sources of the chain:
// <html lang>, dir, byline elements, <time>, <link rel=...>.
#pragma once
#include <string>

#include "dom/document.h"

namespace reader::meta {

// <html lang> as written (Readability's _articleLang), "" when absent.
std::string html_lang(const dom::Document& doc);

// "ltr" / "rtl" / "auto" from <body dir>, else <html dir>, else the first
// <main>/<article> (or role="main") element with a dir. Lowercased, "" when
// absent. Readability reads the nearest ancestor of the article with a dir:
// once the extractor knows the article node it should use dir_of() instead.
std::string document_dir(const dom::Document& doc);

// dir of `node` or of its nearest ancestor that has one (Readability's
// _articleDir over [node, ancestors...]), lowercased; "" when none.
std::string dir_of(const dom::Document& doc, dom::NodeId node);

// Readability's byline search (_grabArticle + _isValidByline), run over the
// page as its first grabArticle pass sees it: the first element, in tree
// order, that is rel="author", has an itemprop containing "author", or whose
// class + id match /byline|author|dateline|writtenby|p-author/i, with 1-99
// characters of text. Hidden elements, scripts, dialogs and "unlikely
// candidate" subtrees (nav, footer, sidebar... by class/id/role) are skipped
// as Readability removes them first. When the match holds an itemprop="name"
// descendant, that descendant's text is the byline. Returns trimmed text.
std::string find_byline_element(const dom::Document& doc);

// The first visible "By Jane Doe" / "Von Maria Müller" line (is_byline_line
// in meta/byline.h) outside menus, footers and sidebars, for articles whose
// byline has no author markup or class at all; "" when none. On listings
// and shop pages such lines are teasers and filters ("Shop by Brand"): the
// caller asks only for articles.
std::string find_byline_line(const dom::Document& doc);

// Publication time from markup: an element with itemprop="datePublished"
// (its content / datetime / title attribute, or short text), else the first
// <time datetime> that has `pubdate` or sits inside an <article>. "" when
// none.
std::string find_published_time_element(const dom::Document& doc);

// href of the first <link> whose rel has the token `rel` (ASCII
// case-insensitive), unresolved; "" when none.
std::string find_link_href(const dom::Document& doc, std::string_view rel);

}  // namespace reader::meta
