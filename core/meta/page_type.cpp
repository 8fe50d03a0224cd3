// Page type from metadata and URL: each signal adds points to one type and
// the type with most points wins (ties go to the earlier type of kOrder).
// The vocabularies are data; the counts in the comments are from the tuning
// part of wcxb-dev (1,008 pages; tests/corpus/split.py), where these rules
// get 73% of pages right and forum threads 67 of 76 (6 false).
#include "meta/page_type.h"

#include <array>
#include <cstddef>

#include "base/ascii.h"

namespace reader::meta {
namespace {

struct Score {
  PageType type;
  int points;
};

// Ties: the more specific kind first.
constexpr std::array<PageType, 7> kOrder = {
    PageType::kForum,      PageType::kDocumentation, PageType::kProduct, PageType::kCollection,
    PageType::kArticle,    PageType::kListing,       PageType::kService};

// schema.org types. DiscussionForumPosting: XenForo, Discourse (microdata);
// QAPage: Stack Exchange, Discourse Q&A. Product: shop product pages.
// CollectionPage / ItemList / OfferCatalog: category pages of shops.
constexpr std::string_view kForumTypes[] = {"DiscussionForumPosting", "QAPage"};
constexpr std::string_view kProductTypes[] = {"Product", "ProductGroup", "IndividualProduct"};
constexpr std::string_view kCollectionTypes[] = {"CollectionPage", "ItemList", "OfferCatalog"};
constexpr std::string_view kArticleTypes[] = {
    "Article",      "NewsArticle",        "BlogPosting",          "Report",
    "ScholarlyArticle", "TechArticle",    "OpinionNewsArticle",   "AnalysisNewsArticle",
    "ReportageNewsArticle", "LiveBlogPosting", "MedicalWebPage"};
constexpr std::string_view kDocumentationTypes[] = {"APIReference"};

// <meta name="generator"> substrings (lowercase): forum software and
// documentation generators.
constexpr std::string_view kForumGenerators[] = {
    "discourse", "vbulletin", "xenforo", "phpbb", "nodebb", "flarum",
    "vanilla",   "invision",  "mybb",    "simple machines"};
constexpr std::string_view kDocumentationGenerators[] = {
    "sphinx", "mkdocs", "docusaurus", "gitbook", "bookdown", "docfx", "vitepress",
    "antora", "mdbook", "read the docs"};

// Host prefixes (after "www.") that name the part of a site.
constexpr std::string_view kForumHosts[] = {"forum.", "forums.", "community.", "discuss.",
                                            "discussion.", "answers."};
constexpr std::string_view kDocumentationHosts[] = {
    "docs.", "doc.", "developer.", "developers.", "learn.", "wiki.", "help.", "support.",
    "kb.", "manual."};

// Path segments (lowercase, whole segments).
constexpr std::string_view kForumSegments[] = {
    "t", "thread", "threads", "topic", "topics", "questions", "viewtopic.php",
    "showthread.php", "forum", "forums", "discussion", "discussions", "community", "comments"};
constexpr std::string_view kDocumentationSegments[] = {
    "doc", "docs", "documentation", "reference", "manual", "api", "guide", "guides",
    "handbook", "library", "tutorial", "tutorials", "userguide", "user-guide", "wiki", "kb",
    "knowledgebase", "knowledge-base", "help"};
constexpr std::string_view kProductSegments[] = {"product", "products", "p", "dp", "item"};
constexpr std::string_view kCollectionSegments[] = {
    "collection", "collections", "category", "categories", "cat", "c", "shop", "store",
    "browse", "department", "departments"};
// A listing's URL ends with one of these (an index of posts, jobs, events).
constexpr std::string_view kListingLastSegments[] = {
    "news", "blog", "articles", "jobs", "careers", "events", "search", "tag", "tags",
    "topics", "archive", "latest", "press", "stories", "list"};

template <size_t N>
bool is_one_of(std::string_view s, const std::string_view (&list)[N]) {
  for (std::string_view x : list) {
    if (s == x) return true;
  }
  return false;
}

template <size_t N>
bool has_prefix_of(std::string_view s, const std::string_view (&list)[N]) {
  for (std::string_view x : list) {
    if (s.substr(0, x.size()) == x) return true;
  }
  return false;
}

template <size_t N>
bool contains_any(std::string_view s, const std::string_view (&list)[N]) {
  for (std::string_view x : list) {
    if (contains_ci(s, x)) return true;
  }
  return false;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

struct UrlParts {
  std::string host;                   // lowercase, without "www."
  std::vector<std::string> segments;  // lowercase, non-empty
};

UrlParts split_url(std::string_view url) {
  UrlParts out;
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return out;
  std::string_view rest = url.substr(scheme + 3);
  size_t end = rest.find_first_of("/?#");
  std::string_view authority = rest.substr(0, end);
  authority = authority.substr(0, authority.find(':'));
  out.host = lower(authority);
  if (out.host.substr(0, 4) == "www.") out.host.erase(0, 4);
  if (end == std::string_view::npos || rest[end] != '/') return out;
  std::string_view path = rest.substr(end);
  path = path.substr(0, path.find_first_of("?#"));
  size_t i = 0;
  while (i < path.size()) {
    size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    if (j > i) out.segments.push_back(lower(path.substr(i, j - i)));
    i = j + 1;
  }
  return out;
}

bool is_digits(std::string_view s, size_t min, size_t max) {
  if (s.size() < min || s.size() > max) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// /2024/05/... : a dated post.
bool has_date_path(const std::vector<std::string>& segments) {
  for (size_t i = 0; i + 1 < segments.size(); ++i) {
    if (is_digits(segments[i], 4, 4) && segments[i].substr(0, 2) == "20" &&
        is_digits(segments[i + 1], 1, 2))
      return true;
  }
  return false;
}

template <size_t N>
bool any_segment(const std::vector<std::string>& segments, const std::string_view (&list)[N]) {
  for (const std::string& s : segments) {
    if (is_one_of(s, list)) return true;
  }
  return false;
}

template <size_t N>
bool any_type(const std::vector<std::string>& types, const std::string_view (&list)[N]) {
  for (const std::string& t : types) {
    if (is_one_of(t, list)) return true;
  }
  return false;
}

// Pages without any signal: a short path is a site's own page (home, about,
// a service), a longer one a post.
constexpr size_t kServiceMaxSegments = 2;

}  // namespace

std::string_view page_type_name(PageType t) {
  switch (t) {
    case PageType::kArticle: return "article";
    case PageType::kForum: return "forum";
    case PageType::kDocumentation: return "documentation";
    case PageType::kProduct: return "product";
    case PageType::kCollection: return "collection";
    case PageType::kListing: return "listing";
    case PageType::kService: return "service";
  }
  return "article";
}

void add_microdata_types(const dom::Document& doc, std::vector<std::string>& types) {
  for (dom::NodeId n = doc.first_child(dom::Document::root()); n != dom::kNoNode;
       n = doc.next_in_tree(n, dom::Document::root())) {
    if (!doc.is_element(n)) continue;
    std::string_view itemtype = doc.attr(n, "itemtype");
    if (itemtype.empty()) continue;
    // "http://schema.org/DiscussionForumPosting" (possibly several, spaced).
    size_t i = 0;
    while (i < itemtype.size()) {
      size_t j = itemtype.find(' ', i);
      if (j == std::string_view::npos) j = itemtype.size();
      std::string_view one = itemtype.substr(i, j - i);
      size_t cut = one.find_last_of("/#:");
      if (cut != std::string_view::npos) one = one.substr(cut + 1);
      if (!one.empty()) types.emplace_back(one);
      i = j + 1;
    }
  }
}

PageTypePoints page_type_points(const PageTypeSignals& s) {
  const UrlParts url = split_url(s.url);
  const std::string og = lower(s.og_type);
  PageTypePoints points{};
  auto add = [&points](PageType t, int n) { points[static_cast<size_t>(t)] += n; };

  // Forum threads (tuning: 67 of 76 found).
  if (any_type(s.schema_types, kForumTypes)) add(PageType::kForum, 3);
  if (contains_any(s.generator, kForumGenerators)) add(PageType::kForum, 3);
  if (has_prefix_of(url.host, kForumHosts)) add(PageType::kForum, 2);
  if (any_segment(url.segments, kForumSegments)) add(PageType::kForum, 1);
  // Documentation (56 of 67).
  if (has_prefix_of(url.host, kDocumentationHosts)) add(PageType::kDocumentation, 2);
  if (any_segment(url.segments, kDocumentationSegments)) add(PageType::kDocumentation, 2);
  if (contains_any(s.generator, kDocumentationGenerators)) add(PageType::kDocumentation, 3);
  if (any_type(s.schema_types, kDocumentationTypes)) add(PageType::kDocumentation, 2);
  // Products (77 of 84).
  if (any_type(s.schema_types, kProductTypes)) add(PageType::kProduct, 2);
  if (og == "product") add(PageType::kProduct, 2);
  if (any_segment(url.segments, kProductSegments)) add(PageType::kProduct, 2);
  // Collections (38 of 79).
  if (any_type(s.schema_types, kCollectionTypes)) add(PageType::kCollection, 2);
  if (og == "product.group") add(PageType::kCollection, 3);
  if (any_segment(url.segments, kCollectionSegments)) add(PageType::kCollection, 2);
  // Articles.
  if (any_type(s.schema_types, kArticleTypes)) add(PageType::kArticle, 2);
  if (og == "article") add(PageType::kArticle, 1);
  if (has_date_path(url.segments)) add(PageType::kArticle, 2);
  // Listings: the URL names an index.
  if (!url.segments.empty() && is_one_of(url.segments.back(), kListingLastSegments))
    add(PageType::kListing, 2);
  return points;
}

PageType classify_page(const PageTypeSignals& s) {
  const PageTypePoints points = page_type_points(s);
  PageType best = PageType::kService;
  int best_points = 0;
  for (PageType t : kOrder) {
    if (points[static_cast<size_t>(t)] > best_points) {
      best = t;
      best_points = points[static_cast<size_t>(t)];
    }
  }
  if (best_points > 0) return best;
  return split_url(s.url).segments.size() <= kServiceMaxSegments ? PageType::kService
                                                                 : PageType::kArticle;
}

UrlShape url_shape(std::string_view url) {
  const UrlParts parts = split_url(url);
  UrlShape out;
  out.segments = parts.segments.size();
  out.has_date = has_date_path(parts.segments);
  out.has_query = url.find('?') != std::string_view::npos;
  for (const std::string& seg : parts.segments) {
    for (char c : seg) out.digits += is_ascii_digit(c) ? 1 : 0;
  }
  if (!parts.segments.empty()) {
    const std::string& last = parts.segments.back();
    out.last_chars = last.size();
    for (char c : last) out.last_hyphens += (c == '-' || c == '_') ? 1 : 0;
    size_t dot = last.rfind('.');
    out.has_extension = dot != std::string::npos && dot + 1 < last.size();
  }
  return out;
}

}  // namespace reader::meta
