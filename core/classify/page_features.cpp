#include "classify/page_features.h"

#include <string_view>

#include "base/ascii.h"

namespace reader::classify {
namespace {

using dom::Document;
using dom::kNoNode;
using dom::NodeId;
using dom::Tag;

constexpr const char* kFeatureNames[kPageFeatureCount] = {
    "points_article", "points_forum", "points_documentation", "points_product",
    "points_collection", "points_listing", "points_service", "rules_type", "url_segments",
    "url_last_chars", "url_last_hyphens", "url_digits", "url_query", "url_extension",
    "og_type", "schema_types", "generator", "chars", "link_share", "prose_share",
    "paragraphs", "h1", "headings", "linked_headings", "forms", "controls", "buttons", "code",
    "tables", "cells", "images", "list_items", "articles", "times", "links", "prices",
    "repeat_max", "repeat_groups", "comment_markup", "price_markup", "author_markup"};

// A text node this long is prose, not a label (a sentence or more).
constexpr size_t kProseChars = 150;
// A parent with this many element children alike is a list of cards.
constexpr int kRepeatGroup = 4;

// Currency signs (UTF-8) that mark a price when a digit is beside them.
constexpr std::string_view kCurrencySigns[] = {"$", "\xE2\x82\xAC" /* € */, "\xC2\xA3" /* £ */,
                                               "\xC2\xA5" /* ¥ */, "\xE2\x82\xB9" /* ₹ */};

bool is_skipped(Tag t) {
  return t == Tag::kScript || t == Tag::kStyle || t == Tag::kNoscript || t == Tag::kTemplate ||
         t == Tag::kSvg;
}

// "$12", "12 €", "£ 5": currency signs with a digit next to them (one space
// allowed).
bool is_price_at(std::string_view s, size_t i) {
  size_t sign = 0;
  for (std::string_view c : kCurrencySigns) {
    if (s.compare(i, c.size(), c) == 0) sign = c.size();
  }
  if (sign == 0) return false;
  size_t after = i + sign;
  if (after < s.size() && s[after] == ' ') ++after;
  size_t before = i;
  if (before > 0 && s[before - 1] == ' ') --before;
  return (after < s.size() && is_ascii_digit(s[after])) ||
         (before > 0 && is_ascii_digit(s[before - 1]));
}

struct TextCounts {
  size_t chars = 0;  // bytes above U+0020 (every HTML space is at or below it)
  int prices = 0;
};

int count_prices_from(std::string_view s, char first_byte) {
  int n = 0;
  for (size_t i = s.find(first_byte); i != std::string_view::npos; i = s.find(first_byte, i + 1))
    n += is_price_at(s, i) ? 1 : 0;
  return n;
}

// A text node's visible bytes and prices: a counting loop the compiler can
// vectorise and a memchr per currency sign's first byte ($, € and ₹, £ and ¥).
TextCounts count_text(std::string_view s) {
  TextCounts out;
  for (char c : s) out.chars += static_cast<unsigned char>(c) > 0x20 ? 1 : 0;
  out.prices = count_prices_from(s, '$') + count_prices_from(s, '\xE2') +
               count_prices_from(s, '\xC2');
  return out;
}

// The element holds an <a href> (headings of an index's cards).
bool holds_link(const Document& doc, NodeId id) {
  for (NodeId n = doc.first_child(id); n != kNoNode; n = doc.next_in_tree(n, id)) {
    if (doc.is_html(n, Tag::kA) && doc.has_attr(n, "href")) return true;
  }
  return false;
}

// Text of the subtree (non-space bytes), skipping scripts and styles.
size_t subtree_chars(const Document& doc, NodeId id) {
  size_t n = 0;
  for (NodeId c = doc.first_child(id); c != kNoNode;) {
    if (doc.is_element(c) && is_skipped(doc.tag(c))) {
      c = doc.next_skipping_children(c, id);
      continue;
    }
    if (doc.is_text(c)) n += count_text(doc.data(c)).chars;
    c = doc.next_in_tree(c, id);
  }
  return n;
}

// Siblings that are the text's own structure, not items: paragraphs and
// line breaks (Readability's test page replace-brs, a run of ten <br>, was
// taken for a listing when they counted).
bool is_text_structure(Tag t) {
  return t == Tag::kP || t == Tag::kBr || t == Tag::kHr || t == Tag::kWbr;
}

// The longest run of element children in a row sharing tag and class
// attribute (the cards of an index, the posts of a thread).
int repeat_of(const Document& doc, NodeId parent) {
  int best = 0, run = 0;
  NodeId prev = kNoNode;
  std::string_view prev_class;
  for (NodeId c = doc.first_child(parent); c != kNoNode; c = doc.next_sibling(c)) {
    if (!doc.is_element(c) || is_text_structure(doc.tag(c))) continue;
    const std::string_view cls = doc.attr(c, "class");
    const bool same = prev != kNoNode && doc.tag(prev) == doc.tag(c) &&
                      doc.name(prev) == doc.name(c) && prev_class == cls;
    run = same ? run + 1 : 1;
    if (run > best) best = run;
    prev = c;
    prev_class = cls;
  }
  return best;
}

// What class and id values say (bits), found in one pass over each value.
enum MarkupWord : unsigned { kSaysComment = 1, kSaysPrice = 2, kSaysAuthor = 4 };

// The words looked for (lowercase, matched anywhere in the value), grouped by
// what they say.
struct MarkupNeedle {
  std::string_view word;
  MarkupWord says;
};
constexpr MarkupNeedle kMarkupNeedles[] = {
    {"comment", kSaysComment}, {"reply", kSaysComment}, {"price", kSaysPrice},
    {"cart", kSaysPrice},      {"basket", kSaysPrice},  {"author", kSaysAuthor},
    {"byline", kSaysAuthor}};

unsigned markup_words(std::string_view v) {
  unsigned says = 0;
  for (size_t i = 0; i < v.size(); ++i) {
    const char c = ascii_lower(v[i]);
    if (c != 'c' && c != 'r' && c != 'p' && c != 'b' && c != 'a') continue;  // no word starts so
    for (const MarkupNeedle& n : kMarkupNeedles) {
      if (n.word[0] != c || (says & n.says) || n.word.size() > v.size() - i) continue;
      size_t j = 1;
      while (j < n.word.size() && ascii_lower(v[i + j]) == n.word[j]) ++j;
      if (j == n.word.size()) says |= n.says;
    }
  }
  return says;
}

// What the element's class and id attributes say, read in one pass over
// its attributes.
unsigned markup_of(const Document& doc, NodeId id) {
  unsigned says = 0;
  for (const dom::Attr& a : doc.attrs(id)) {
    if (a.name == "class" || a.name == "id") says |= markup_words(a.value);
  }
  return says;
}

float og_code(std::string_view og) {
  if (og.empty()) return 0;
  if (equals_ignore_case(og, "article")) return 1;
  if (equals_ignore_case(og, "product")) return 2;
  if (equals_ignore_case(og, "website")) return 3;
  return 4;
}

}  // namespace

const char* page_feature_name(int feature) {
  return feature >= 0 && feature < kPageFeatureCount ? kFeatureNames[feature] : "";
}

PageRow page_features(const Document& doc, const meta::PageTypeSignals& signals) {
  PageRow r{};
  const meta::PageTypePoints points = meta::page_type_points(signals);
  for (size_t t = 0; t < points.size(); ++t) r[kPfPointsArticle + t] = static_cast<float>(points[t]);
  r[kPfRulesType] = static_cast<float>(meta::classify_page(signals));
  const meta::UrlShape url = meta::url_shape(signals.url);
  r[kPfUrlSegments] = static_cast<float>(url.segments);
  r[kPfUrlLastChars] = static_cast<float>(url.last_chars);
  r[kPfUrlLastHyphens] = static_cast<float>(url.last_hyphens);
  r[kPfUrlDigits] = static_cast<float>(url.digits);
  r[kPfUrlQuery] = url.has_query ? 1.0f : 0.0f;
  r[kPfUrlExtension] = url.has_extension ? 1.0f : 0.0f;
  r[kPfOgType] = og_code(signals.og_type);
  r[kPfSchemaTypes] = static_cast<float>(signals.schema_types.size());
  r[kPfGenerator] = signals.generator.empty() ? 0.0f : 1.0f;

  const NodeId body = doc.body();
  if (body == kNoNode) return r;
  size_t chars = 0, link_chars = 0, prose_chars = 0;
  auto count = [&r](PageFeature f) { r[f] += 1; };
  for (NodeId n = doc.first_child(body); n != kNoNode;) {
    if (doc.is_text(n)) {
      const TextCounts c = count_text(doc.data(n));
      chars += c.chars;
      if (c.chars >= kProseChars) prose_chars += c.chars;
      r[kPfPrices] += static_cast<float>(c.prices);
      n = doc.next_in_tree(n, body);
      continue;
    }
    if (!doc.is_element(n)) {
      n = doc.next_in_tree(n, body);
      continue;
    }
    const Tag t = doc.tag(n);
    if (is_skipped(t)) {
      n = doc.next_skipping_children(n, body);
      continue;
    }
    switch (t) {
      case Tag::kP: count(kPfParagraphs); break;
      case Tag::kH1: count(kPfH1); break;
      case Tag::kH2: case Tag::kH3: case Tag::kH4:
        count(kPfHeadings);
        if (holds_link(doc, n)) count(kPfLinkedHeadings);
        break;
      case Tag::kForm: count(kPfForms); break;
      case Tag::kInput: case Tag::kSelect: case Tag::kTextarea: count(kPfControls); break;
      case Tag::kButton: count(kPfButtons); break;
      case Tag::kPre: case Tag::kCode: count(kPfCode); break;
      case Tag::kTable: count(kPfTables); break;
      case Tag::kTd: case Tag::kTh: count(kPfCells); break;
      case Tag::kImg: count(kPfImages); break;
      case Tag::kLi: count(kPfListItems); break;
      case Tag::kArticle: count(kPfArticles); break;
      case Tag::kTime: count(kPfTimes); break;
      case Tag::kA:
        if (doc.has_attr(n, "href")) count(kPfLinks);
        link_chars += subtree_chars(doc, n);
        break;
      default: break;
    }
    const unsigned says = markup_of(doc, n);
    if (says & kSaysComment) count(kPfCommentMarkup);
    if (says & kSaysPrice) count(kPfPriceMarkup);
    if (says & kSaysAuthor) count(kPfAuthorMarkup);
    if (doc.first_child(n) != kNoNode) {
      const int repeat = repeat_of(doc, n);
      if (static_cast<float>(repeat) > r[kPfRepeatMax]) r[kPfRepeatMax] = static_cast<float>(repeat);
      if (repeat >= kRepeatGroup) count(kPfRepeatGroups);
    }
    n = doc.next_in_tree(n, body);
  }
  r[kPfChars] = static_cast<float>(chars);
  if (chars > 0) {
    r[kPfLinkShare] = static_cast<float>(static_cast<double>(link_chars) / chars);
    r[kPfProseShare] = static_cast<float>(static_cast<double>(prose_chars) / chars);
  }
  return r;
}

}  // namespace reader::classify
