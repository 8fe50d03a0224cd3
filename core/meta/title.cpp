#include "meta/title.h"

#include <vector>

#include "base/text.h"
#include "meta/dom_text.h"
#include "meta/text.h"

namespace reader::meta {
namespace {

using dom::Document;
using dom::NodeId;

// Titles outside this length range (UTF-16 units) are suspicious enough that
// Readability prefers a lone <h1>.
constexpr size_t kMinPlausibleTitleLength = 15;
constexpr size_t kMaxPlausibleTitleLength = 150;
// Fewer words than this after cutting the site part: cut the other side.
constexpr size_t kMinWordsAfterCut = 3;
// A result this short reverts to the whole title (unless a hierarchical
// separator explains exactly one lost word).
constexpr size_t kMaxShortTitleWords = 4;
// A "Site: Title" prefix longer than this many words is part of the title.
constexpr size_t kMaxColonPrefixWords = 5;

size_t separator_char_length(std::string_view s, size_t i, bool hierarchical_only) {
  return title_separator_length(
      s, i, hierarchical_only ? TitleSeparators::kHierarchical : TitleSeparators::kReadability);
}

// Start offsets of the non-overlapping matches of / [separators] / (JS
// String.prototype.matchAll order).
std::vector<size_t> spaced_separators(std::string_view s, bool hierarchical_only) {
  std::vector<size_t> found;
  size_t i = 0;
  while (i + 2 < s.size()) {
    if (s[i] == ' ') {
      const size_t n = separator_char_length(s, i + 1, hierarchical_only);
      if (n != 0 && i + 1 + n < s.size() && s[i + 1 + n] == ' ') {
        found.push_back(i);
        i += n + 2;
        continue;
      }
    }
    ++i;
  }
  return found;
}

// JS `.replace(/\s{2,}/g, " ")`: only runs of two or more become a space.
std::string normalize_runs(std::string_view s) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    size_t n = space_length_at(s, i);
    if (n == 0) {
      out.push_back(s[i++]);
      continue;
    }
    size_t j = i + n;
    size_t count = 1;
    while (j < s.size() && (n = space_length_at(s, j)) != 0) {
      j += n;
      ++count;
    }
    if (count >= 2) {
      out.push_back(' ');
    } else {
      out.append(s.substr(i, j - i));
    }
    i = j;
  }
  return out;
}

// Readability's _getInnerText: trimmed textContent, long space runs folded.
std::string inner_text(const Document& doc, NodeId id) {
  return normalize_runs(trim(doc.text_content(id)));
}

// Count of separator characters [\|\-\\\/>»]+ removed, then words counted.
size_t words_without_separators(std::string_view s) {
  std::string stripped;
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '|' || s[i] == '-' || s[i] == '\\' || s[i] == '/' || s[i] == '>') {
      ++i;
    } else if (s.compare(i, 2, "\xC2\xBB") == 0) {
      i += 2;
    } else {
      stripped.push_back(s[i++]);
    }
  }
  return js_word_count(stripped);
}

// Nodes read from one heading when comparing it with the title, and the
// trailing whitespace allowed after a heading's text.
constexpr size_t kMaxHeadingNodes = 5000;
constexpr size_t kHeadingWhitespaceSlack = 1024;

bool any_heading_equals(const Document& doc, std::string_view title) {
  for (NodeId id = doc.first_child(Document::root()); id != dom::kNoNode;
       id = doc.next_in_tree(id, Document::root())) {
    if (doc.is_html(id, dom::Tag::kH1) || doc.is_html(id, dom::Tag::kH2)) {
      // Longer than the title (plus trailing space) cannot be equal.
      const std::optional<std::string> text =
          bounded_text(doc, id, title.size() + kHeadingWhitespaceSlack, kMaxHeadingNodes);
      if (text && trim(*text) == title) return true;
    }
  }
  return false;
}

// The only <h1> of the document, kNoNode when there are none or several.
NodeId single_h1(const Document& doc) {
  NodeId found = dom::kNoNode;
  for (NodeId id = doc.first_child(Document::root()); id != dom::kNoNode;
       id = doc.next_in_tree(id, Document::root())) {
    if (!doc.is_html(id, dom::Tag::kH1)) continue;
    if (found != dom::kNoNode) return dom::kNoNode;
    found = id;
  }
  return found;
}

}  // namespace

std::string document_title(const Document& doc) {
  for (NodeId id = doc.first_child(Document::root()); id != dom::kNoNode;
       id = doc.next_in_tree(id, Document::root())) {
    if (!doc.is_html(id, dom::Tag::kTitle)) continue;
    std::string text;
    for (NodeId c = doc.first_child(id); c != dom::kNoNode; c = doc.next_sibling(c)) {
      if (doc.is_text(c)) text.append(doc.data(c));
    }
    // "Strip and collapse ASCII whitespace".
    std::string out;
    bool pending = false;
    for (const char c : text) {
      if (is_html_space(c)) {
        pending = !out.empty();
      } else {
        if (pending) out.push_back(' ');
        pending = false;
        out.push_back(c);
      }
    }
    return out;
  }
  return {};
}

std::string article_title(const Document& doc) {
  const std::string orig(trim(document_title(doc)));
  std::string cur = orig;
  bool had_hierarchical_separators = false;

  const std::vector<size_t> separators = spaced_separators(orig, false);
  if (!separators.empty()) {
    had_hierarchical_separators = !spaced_separators(orig, true).empty();
    cur = orig.substr(0, separators.back());
    if (js_word_count(cur) < kMinWordsAfterCut) {
      // Drop everything up to and including the first separator character.
      for (size_t i = 0; i < orig.size(); ++i) {
        const size_t n = separator_char_length(orig, i, false);
        if (n != 0) {
          cur = orig.substr(i + n);
          break;
        }
      }
    }
  } else if (orig.find(": ") != std::string::npos) {
    if (!any_heading_equals(doc, trim(orig))) {
      const size_t last_colon = orig.rfind(':');
      const size_t first_colon = orig.find(':');
      cur = orig.substr(last_colon + 1);
      if (js_word_count(cur) < kMinWordsAfterCut) {
        cur = orig.substr(first_colon + 1);
      } else if (js_word_count(std::string_view(orig).substr(0, first_colon)) >
                 kMaxColonPrefixWords) {
        cur = orig;
      }
    }
  } else {
    const size_t length = utf16_length(orig);
    if (length > kMaxPlausibleTitleLength || length < kMinPlausibleTitleLength) {
      const NodeId h1 = single_h1(doc);
      if (h1 != dom::kNoNode) cur = inner_text(doc, h1);
    }
  }

  cur = normalize_runs(trim(cur));
  const size_t words = js_word_count(cur);
  if (words <= kMaxShortTitleWords &&
      (!had_hierarchical_separators || words != words_without_separators(orig) - 1)) {
    cur = orig;
  }
  return cur;
}

}  // namespace reader::meta
