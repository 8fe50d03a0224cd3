// Site and section parts of a title: "Title | World news | The Paper" ->
// "Title", "The Week: Title" -> "Title", "Title | by Name | Medium" ->
// "Title". Which parts name the site is learnt from the page: its site
// names (og:site_name, application-name, JSON-LD publisher / WebSite /
// Organization names, the host's registrable label) and its headings (a
// part of the title that the page's <h1> does not contain, at either end,
// is a site or section part).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "dom/document.h"

namespace reader::meta {

struct TitleContext {
  // Names the site goes by, strongest first; duplicates and empties are harmless.
  std::vector<std::string> site_names;
  // Visible headings of the page (<h1> texts): what the article calls itself.
  std::vector<std::string> headings;
  // The page is a site's home page (its URL's path is "/"): there the site's
  // name is the subject ("BetterHelp | Professional Therapy ..."), and a
  // leading part stays.
  bool home_page = false;
  // The page's other titles (og:title, twitter:title, its <title>): used like
  // headings, except that one holding the whole title ("Models | Django
  // documentation | Django" for "Models | Django documentation") says
  // nothing about which parts to keep.
  std::vector<std::string> other_titles;
};

// The <h1> texts of `doc` (at most a few, each bounded), whitespace-collapsed.
std::vector<std::string> h1_texts(const dom::Document& doc);

// The registrable label of a host: "www.bbc.co.uk" -> "bbc", "blog.example.com"
// -> "example", "fakehost" -> "fakehost"; "" for an IP address or no host.
std::string host_label(std::string_view host);

// `text` is one of `site_names`, compared by its words (case, punctuation
// and spaces aside, "www." and a ".com" ending dropped): "Cleveland Clinic",
// "WRAL" for "WRAL.com". Only the whole name counts: a byline "Scott
// Davenport" on "Scott Davenport Photography" is the author.
bool names_site(std::string_view text, const std::vector<std::string>& site_names);

// `url` is a site's home page: an absolute URL whose path is empty, "/", a
// language root ("/en/", "/de-at/") or "/index.html" / "/index.php", without
// a query.
bool is_home_page_url(std::string_view url);

// `title` without its site and section parts. A part is a run of the title
// set off by " | ", " - ", " – ", " — ", " \ ", " / ", " > ", " » ", " :: ",
// " · ", " • " or ": ". Parts go, outermost first:
//  - at the end, those the best-matching heading does not contain, when it
//    contains what remains ("Title - Section - Site" under <h1>Title</h1>);
//  - at the start, one the heading does not contain when it is a short label
//    (3 words at most, fewer than what remains: "SEO Checker | ...");
//  - at either end, one that names the site (a site name, a piece of one,
//    or a short part holding one as whole words: "EcoFlow ZA"); at the end,
//    a "by Name" part.
// Never: when the heading holds every part ("Batman - The Dark Knight review"
// under an <h1> saying exactly that), to fewer than two words (unless a
// heading says exactly what is left), to something that itself names the
// site, a part after ": " from the end (a subtitle), or a leading part of a
// home page (there the site's name is the subject). A title quoted whole
// ("\"Title\"") loses its quotes.
std::string strip_site_parts(std::string_view title, const TitleContext& context);

}  // namespace reader::meta
