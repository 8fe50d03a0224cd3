#include "meta/document_hints.h"

#include "base/ascii.h"
#include "dom/visibility.h"
#include "meta/byline.h"
#include "meta/dom_text.h"
#include "meta/text.h"
#include "vocab/readability.h"

namespace reader::meta {
namespace {

using dom::Document;
using dom::NodeId;
using dom::Tag;

// Readability _isValidByline: byline text must be shorter than this (UTF-16).
constexpr size_t kMaxBylineLength = 100;
// Bytes and nodes read from a byline candidate before it is too big: 4 UTF-8
// bytes per UTF-16 unit at most; a byline is a handful of elements.
constexpr size_t kMaxBylineBytes = 4 * kMaxBylineLength;
constexpr size_t kMaxBylineNodes = 2000;
// Readability _hasAncestorTag default: parents looked at above a node.
constexpr int kAncestorTagMaxDepth = 3;
// Text of an itemprop="datePublished" element longer than this is prose,
// not a date.
constexpr size_t kMaxDateTextLength = 64;

bool has_ancestor_tag(const Document& doc, NodeId id, Tag tag) {
  int depth = 0;
  for (NodeId p = doc.parent(id); p != dom::kNoNode; p = doc.parent(p), ++depth) {
    if (depth > kAncestorTagMaxDepth) return false;
    if (doc.is_html(p, tag)) return true;
  }
  return false;
}

// Elements Readability has removed before grabArticle runs.
bool is_removed_before_scoring(const Document& doc, NodeId id) {
  return doc.is_html(id, Tag::kScript) || doc.is_html(id, Tag::kNoscript) ||
         doc.is_html(id, Tag::kStyle) || doc.is_html(id, Tag::kTemplate);
}

bool is_unlikely_candidate(const Document& doc, NodeId id, std::string_view match_string) {
  if (vocab::is_unlikely_role(doc.attr(id, "role"))) return true;
  if (!vocab::kUnlikelyCandidates.matches(match_string)) return false;
  if (vocab::kMaybeCandidate.matches(match_string)) return false;
  if (doc.is_html(id, Tag::kBody) || doc.is_html(id, Tag::kA)) return false;
  return !has_ancestor_tag(doc, id, Tag::kTable) && !has_ancestor_tag(doc, id, Tag::kCode);
}

// rel="author" / itemprop="author": markup that says "this is the author".
bool is_explicit_author(const Document& doc, NodeId id) {
  return doc.attr(id, "rel") == "author" ||
         doc.attr(id, "itemprop").find("author") != std::string_view::npos;
}

bool is_byline_candidate(const Document& doc, NodeId id, std::string_view match_string) {
  return is_explicit_author(doc, id) || vocab::kByline.matches(match_string);
}

// Next element in preorder within `scope`, optionally skipping `id`'s subtree.
NodeId next_element(const Document& doc, NodeId id, NodeId scope, bool skip_children) {
  NodeId n = skip_children ? doc.next_skipping_children(id, scope) : doc.next_in_tree(id, scope);
  while (n != dom::kNoNode && !doc.is_element(n)) n = doc.next_skipping_children(n, scope);
  return n;
}

// Inside an <article> element: its first <time> is usually the article's.
bool in_article(const Document& doc, NodeId id) {
  for (NodeId p = doc.parent(id); p != dom::kNoNode; p = doc.parent(p)) {
    if (doc.is_html(p, Tag::kArticle)) return true;
  }
  return false;
}

}  // namespace

std::string html_lang(const Document& doc) {
  const NodeId html = doc.html_element();
  if (html == dom::kNoNode) return {};
  return std::string(doc.attr(html, "lang"));
}

std::string dir_of(const Document& doc, NodeId node) {
  for (NodeId id = node; id != dom::kNoNode; id = doc.parent(id)) {
    if (!doc.is_element(id)) continue;
    const std::string_view dir = trim(doc.attr(id, "dir"));
    if (!dir.empty()) return to_lower_ascii(dir);
  }
  return {};
}

std::string document_dir(const Document& doc) {
  for (const NodeId id : {doc.body(), doc.html_element()}) {
    if (id == dom::kNoNode) continue;
    const std::string_view dir = trim(doc.attr(id, "dir"));
    if (!dir.empty()) return to_lower_ascii(dir);
  }
  // test page rtl-3: <body><main dir="rtl">.
  for (NodeId id = doc.first_child(Document::root()); id != dom::kNoNode;
       id = doc.next_in_tree(id, Document::root())) {
    if (!(doc.is_html(id, Tag::kMain) || doc.is_html(id, Tag::kArticle) ||
          doc.attr(id, "role") == "main")) {
      continue;
    }
    const std::string_view dir = trim(doc.attr(id, "dir"));
    if (!dir.empty()) return to_lower_ascii(dir);
  }
  return {};
}

namespace {

// One byline search pass. The first mirrors Readability's first grabArticle
// pass (FLAG_STRIP_UNLIKELYS); the second looks everywhere but only trusts
// explicit author markup.
std::string byline_pass(const Document& doc, bool first_pass) {
  const NodeId root = doc.html_element();
  if (root == dom::kNoNode) return {};
  NodeId node = root;
  // One buffer for every element's string (three allocations per element
  // were most of this pass).
  std::string match_string;
  while (node != dom::kNoNode) {
    if (is_removed_before_scoring(doc, node) || dom::is_hidden(doc, node) ||
        (doc.attr(node, "aria-modal") == "true" && doc.attr(node, "role") == "dialog")) {
      node = next_element(doc, node, root, true);
      continue;
    }
    // Readability tests its regexes case-insensitively on className + " " + id.
    match_string.assign(doc.attr(node, "class"));
    match_string += ' ';
    match_string += doc.attr(node, "id");
    for (char& c : match_string) c = ascii_lower(c);
    if (first_pass ? is_byline_candidate(doc, node, match_string) : is_explicit_author(doc, node)) {
      const std::optional<std::string> raw =
          bounded_text(doc, node, kMaxBylineBytes, kMaxBylineNodes);
      const std::string text(raw ? trim(*raw) : std::string_view());
      const size_t length = utf16_length(text);
      if (length > 0 && length < kMaxBylineLength) {
        for (NodeId d = next_element(doc, node, node, false); d != dom::kNoNode;
             d = next_element(doc, d, node, false)) {
          if (doc.attr(d, "itemprop").find("name") != std::string_view::npos) {
            return std::string(trim(doc.text_content(d)));
          }
        }
        return text;
      }
    }
    const bool skip = first_pass && is_unlikely_candidate(doc, node, match_string);
    node = next_element(doc, node, root, skip);
  }
  return {};
}

// A link to an author's profile page: a path segment "author" (or its
// translations) followed by another segment ("/author/jane-doe"), or a
// segment opening with "@" ("/@janedoe", Medium).
bool is_profile_link(std::string_view href) {
  size_t scheme = href.find("://");
  size_t path = scheme == std::string_view::npos ? 0 : href.find('/', scheme + 3);
  if (path == std::string_view::npos) return false;
  std::string_view rest = href.substr(path);
  rest = rest.substr(0, rest.find_first_of("?#"));
  static constexpr std::string_view kAuthorSegments[] = {"author", "authors", "autor", "autoren",
                                                          "auteur", "auteurs", "autore", "autori",
                                                          "autores", "profile", "journalist"};
  bool after_author = false;
  while (!rest.empty()) {
    if (rest.front() == '/') rest.remove_prefix(1);
    size_t slash = rest.find('/');
    std::string_view segment = rest.substr(0, slash);
    if (segment.size() > 1 && segment.front() == '@') return true;
    if (after_author && !segment.empty()) return true;
    after_author = false;
    for (std::string_view s : kAuthorSegments) after_author = after_author || to_lower_ascii(std::string(segment)) == s;
    if (slash == std::string_view::npos) break;
    rest.remove_prefix(slash);
  }
  return false;
}

// Bylines Readability's class patterns do not see, from markup that says
// who wrote the article: an <address> in the article (HTML: "the contact
// information for its nearest article"), an itemprop="author" or
// rel="author" element anywhere, and a link to an author's profile page in
// the article or its header. The text is kept only if it is short; the
// caller cleans it (clean_byline drops "By"/"Von"/"Par"/"Por" and dates).
std::string author_markup_pass(const Document& doc) {
  const NodeId root = doc.html_element();
  if (root == dom::kNoNode) return {};
  for (NodeId node = root; node != dom::kNoNode; node = next_element(doc, node, root, false)) {
    bool candidate = (doc.is_html(node, Tag::kAddress) && in_article(doc, node)) ||
                     (doc.is_html(node, Tag::kA) && in_article(doc, node) &&
                      is_profile_link(doc.attr(node, "href")));
    if (!candidate || dom::is_hidden(doc, node)) continue;
    const std::optional<std::string> raw = bounded_text(doc, node, kMaxBylineBytes, kMaxBylineNodes);
    const std::string text(raw ? trim(*raw) : std::string_view());
    const size_t length = utf16_length(text);
    if (length > 0 && length < kMaxBylineLength) return text;
  }
  return {};
}

// Elements a "By Jane Doe" line stands in, and where it does not count
// (menus, page footers, sidebars: teasers of other articles).
bool is_line_element(const Document& doc, NodeId id) {
  return doc.is_html(id, Tag::kP) || doc.is_html(id, Tag::kDiv) || doc.is_html(id, Tag::kSpan) ||
         doc.is_html(id, Tag::kLi) || doc.is_html(id, Tag::kSmall) || doc.is_html(id, Tag::kEm) ||
         doc.is_html(id, Tag::kStrong);
}
bool is_chrome(const Document& doc, NodeId id) {
  return doc.is_html(id, Tag::kNav) || doc.is_html(id, Tag::kFooter) ||
         doc.is_html(id, Tag::kAside);
}

}  // namespace

std::string find_byline_line(const Document& doc) {
  const NodeId root = doc.html_element();
  if (root == dom::kNoNode) return {};
  NodeId node = root;
  while (node != dom::kNoNode) {
    if (is_removed_before_scoring(doc, node) || is_chrome(doc, node) ||
        doc.is_html(node, Tag::kHead) || dom::is_hidden(doc, node)) {
      node = next_element(doc, node, root, true);
      continue;
    }
    if (is_line_element(doc, node)) {
      const std::optional<std::string> raw =
          bounded_text(doc, node, kMaxBylineBytes, kMaxBylineNodes);
      if (raw && utf16_length(trim(*raw)) < kMaxBylineLength && is_byline_line(*raw)) {
        return std::string(trim(*raw));
      }
    }
    node = next_element(doc, node, root, false);
  }
  return {};
}

std::string find_byline_element(const Document& doc) {
  std::string byline = byline_pass(doc, true);
  // Readability retries without stripping unlikely candidates when its first
  // article is too short, and then finds bylines inside "header"s
  // (firefox-nightly-blog, medicalnewstoday). Retrying on every page found
  // class-only matches Readability never reports (blogger, buzzfeed-1,
  // simplyfound-1: 5 pages), so the retry wants rel/itemprop="author".
  if (byline.empty()) byline = byline_pass(doc, false);
  if (byline.empty()) byline = author_markup_pass(doc);
  return byline;
}

std::string find_published_time_element(const Document& doc) {
  std::string pubdate;
  for (NodeId id = doc.first_child(Document::root()); id != dom::kNoNode;
       id = doc.next_in_tree(id, Document::root())) {
    if (!doc.is_element(id)) continue;
    const std::string_view itemprop = doc.attr(id, "itemprop");
    if (!itemprop.empty() && contains_ignore_case(itemprop, "datePublished")) {
      for (const char* attr : {"content", "datetime"}) {
        const std::string_view v = trim(doc.attr(id, attr));
        if (!v.empty()) return std::string(v);
      }
      // Microformats put the machine date in <abbr title> (blogger).
      const std::string_view title = trim(doc.attr(id, "title"));
      if (title.find_first_of("0123456789") != std::string_view::npos) return std::string(title);
      const std::optional<std::string> raw =
          bounded_text(doc, id, kMaxDateTextLength, kMaxBylineNodes);
      const std::string text(raw ? trim(*raw) : std::string_view());
      if (!text.empty() && text.size() <= kMaxDateTextLength) return collapse_whitespace(text);
    }
    if (pubdate.empty() && doc.is_html(id, Tag::kTime)) {
      const std::string_view datetime = trim(doc.attr(id, "datetime"));
      if (!datetime.empty() && (doc.has_attr(id, "pubdate") || in_article(doc, id))) {
        pubdate = std::string(datetime);
      }
    }
  }
  return pubdate;
}

std::string find_link_href(const Document& doc, std::string_view rel) {
  for (NodeId id = doc.first_child(Document::root()); id != dom::kNoNode;
       id = doc.next_in_tree(id, Document::root())) {
    if (!doc.is_html(id, Tag::kLink)) continue;
    const std::string_view rels = doc.attr(id, "rel");
    size_t i = 0;
    while (i < rels.size()) {
      while (i < rels.size() && is_js_ascii_space(rels[i])) ++i;
      size_t j = i;
      while (j < rels.size() && !is_js_ascii_space(rels[j])) ++j;
      if (j > i && equals_ignore_case(rels.substr(i, j - i), rel)) {
        const std::string_view href = trim(doc.attr(id, "href"));
        if (!href.empty()) return std::string(href);
      }
      i = j;
    }
  }
  return {};
}

}  // namespace reader::meta
