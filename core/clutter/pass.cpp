// Block vocabulary shared by the clutter pass's source files.
#include "clutter/pass.h"

#include "clutter/text_fold.h"

namespace reader::clutter::detail {
namespace {

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
         static_cast<unsigned char>(c) >= 0x80;
}

// A negated token says what the block is not ("non-paywall": the free part
// of badische-zeitung.de's article; "no-ads").
bool is_negated_token(std::string_view token) {
  for (std::string_view prefix : {"non-", "non_", "no-", "no_", "not-", "not_", "without-"}) {
    if (token.size() > prefix.size() && token.substr(0, prefix.size()) == prefix) return true;
  }
  return false;
}

// A taxonomy token names the post's topics, not the block's role: WordPress
// puts "tag-<slug>" and "category-<slug>" on every post (wikia: an
// <article class="... tag-fan-contributor ...">; a post tagged "newsletter"
// is not a newsletter box).
bool is_taxonomy_token(std::string_view token) {
  for (std::string_view prefix : {"tag-", "category-", "post_tag-", "topic-"}) {
    if (token.size() > prefix.size() && token.substr(0, prefix.size()) == prefix) return true;
  }
  return false;
}

}  // namespace

// Collapsed, folded (lowercase, look-alikes mapped) text of a subtree.
// Blocks are words apart: "<p>Suscríbete para seguir leyendo</p><p>Lee sin
// límites</p>" reads "... leyendo lee ...", not "leyendolee", so a phrase at
// a block's end still stands as whole words (prompt_catalogue: elpais).
std::string lower_text(const Document& doc, NodeId id) {
  // Folded text node by text node (each is valid UTF-8), without the
  // joined text first.
  std::string out;
  size_t w = 0;
  bool space = false;
  for (NodeId n = id; n != kNoNode; n = doc.next_in_tree(n, id)) {
    if (doc.is_text(n)) {
      NodeId prev = doc.prev_sibling(n);
      if (prev != kNoNode && doc.is_element(prev) && !is_inline(doc.tag(prev))) space = w != 0;
      fold_append(out, w, space, doc.data(n));
    } else if (n != id && doc.is_element(n) && !is_inline(doc.tag(n))) {
      space = w != 0;
    }
  }
  out.resize(w);
  return out;
}

bool is_part_at(std::string_view sig, size_t pos, size_t size) {
  const bool start = pos == 0 || !is_alnum(sig[pos - 1]);
  const size_t end = pos + size;
  return start && (end == sig.size() || !is_alnum(sig[end]));
}

// `part` occurs in `sig` delimited by non-alphanumerics (or the ends).
bool has_part(std::string_view sig, std::string_view part) {
  for (size_t pos = sig.find(part); pos != std::string_view::npos; pos = sig.find(part, pos + 1)) {
    if (is_part_at(sig, pos, part.size())) return true;
  }
  return false;
}

// Lowercased values of the attributes that name a block's role, without
// negated and taxonomy tokens.
std::string signature(const Document& doc, NodeId id) {
  std::string sig;
  for (const dom::Attr& a : doc.attrs(id)) {
    if (a.name == "class" || a.name == "id" || a.name == "data-component" ||
        a.name == "data-module" || a.name == "data-testid" || a.name == "data-test-id" ||
        a.name == "data-type" || a.name == "data-role") {
      std::string_view v = a.value;
      for (size_t i = 0; i < v.size();) {
        while (i < v.size() && is_html_space(v[i])) ++i;
        size_t start = i;
        while (i < v.size() && !is_html_space(v[i])) ++i;
        if (i == start) break;
        const std::string token = to_lower_ascii(v.substr(start, i - start));
        if (is_negated_token(token) || is_taxonomy_token(token)) continue;
        sig.push_back(' ');
        sig += token;
      }
    }
  }
  return sig;
}

// Never removed whole: the document, and <main>, which by definition holds
// the page's dominant content (zdf.de: <main id="skip-main">, the target of
// a skip link, matched the navigation part "skip").
bool is_protected(const Document& doc, NodeId id) {
  Tag t = doc.tag(id);
  return t == Tag::kHtml || t == Tag::kBody || t == Tag::kHead || t == Tag::kMain;
}

// The categories whose phrases ask the reader to pay, subscribe or sign in.
bool is_prompt_category(const std::string& category) {
  return category == "subscription" || category == "paywall" || category == "newsletter" ||
         category == "signin";
}

}  // namespace reader::clutter::detail
