#include "extract/container_features.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "base/text.h"
#include "extract/node_util.h"

namespace reader::extract {
namespace {

using dom::kNoNode;

constexpr const char* kFeatureNames[kContainerFeatureCount] = {
    "share", "chars", "link_share", "depth", "paragraphs", "headings", "list_items", "cells",
    "form_controls", "images", "code", "children", "repetition", "tag", "is_main",
    "holds_main", "in_main", "holds_h1", "class_weight", "page_type", "relation",
    "chars_per_chosen", "chosen_share", "start_share", "end_share", "chrome_share",
    "siblings", "chosen_chars"};

// A candidate holds at least this share of the page's text, and this much:
// smaller blocks are pieces of the content, not its container (the oracle of
// tests/learn/train.py found no page whose best container held less).
constexpr double kMinShare = 0.05;
constexpr size_t kMinChars = 50;
// At most this many candidates a page (document order): enough for the
// chain from <body> to the article and its large neighbours.
constexpr size_t kMaxCandidates = 64;

bool is_skipped(const Document& doc, NodeId id) {
  switch (doc.tag(id)) {
    case Tag::kScript: case Tag::kStyle: case Tag::kNoscript: case Tag::kTemplate:
    case Tag::kSvg: case Tag::kIframe: case Tag::kSelect: case Tag::kTextarea:
      return true;
    default:
      return !is_probably_visible(doc, id);
  }
}

// Elements that can hold the content of a page (not phrasing ones).
float container_tag(Tag t) {
  switch (t) {
    case Tag::kBody: return 1;
    case Tag::kMain: return 2;
    case Tag::kArticle: return 3;
    case Tag::kSection: return 4;
    case Tag::kDiv: return 5;
    case Tag::kUl: case Tag::kOl: case Tag::kDl: return 6;
    case Tag::kTable: case Tag::kTbody: return 7;
    case Tag::kTd: return 8;
    case Tag::kForm: return 9;
    case Tag::kHeader: case Tag::kFooter: case Tag::kNav: case Tag::kAside: return 10;
    case Tag::kP: case Tag::kBlockquote: case Tag::kPre: return 11;
    case Tag::kFigure: case Tag::kDetails: case Tag::kCenter: case Tag::kFieldset: return 12;
    default: return 0;
  }
}

bool is_main_element(const Document& doc, NodeId id) {
  return doc.is_html(id, Tag::kMain) || doc.attr(id, "role") == "main";
}

size_t non_space_bytes(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += !is_html_space(c);
  return n;
}

// What a subtree holds, summed bottom-up.
// One per node of the walk (the largest of its arrays): 32-bit fields.
struct Tally {
  uint32_t chars = 0, link_chars = 0, chrome_chars = 0;
  int paragraphs = 0, headings = 0, items = 0, cells = 0, controls = 0, images = 0, code = 0;
  bool main = false, h1 = false;
  void add(const Tally& o) {
    chars += o.chars; link_chars += o.link_chars; chrome_chars += o.chrome_chars;
    paragraphs += o.paragraphs; headings += o.headings; items += o.items; cells += o.cells;
    controls += o.controls; images += o.images; code += o.code;
    main = main || o.main; h1 = h1 || o.h1;
  }
};

float per_k(int count, size_t chars) {
  return static_cast<float>(1000.0 * count / (static_cast<double>(chars) + 1.0));
}

float ratio(double a, double b) { return b > 0 ? static_cast<float>(a / b) : 0.0f; }

}  // namespace

const char* container_feature_name(int feature) {
  return feature >= 0 && feature < kContainerFeatureCount ? kFeatureNames[feature] : "";
}

ContainerSet container_candidates(const Document& doc, int page_type) {
  ContainerSet set;
  NodeId body = doc.body();
  if (body == kNoNode) return set;
  set.pre.assign(doc.node_count(), UINT32_MAX);
  set.end.assign(doc.node_count(), UINT32_MAX);
  // Preorder walk over the visible part of <body>.
  std::vector<NodeId> order;
  std::vector<size_t> text_before;  // texts seen before each node
  std::vector<int> depth;
  std::vector<uint8_t> in_link, in_chrome, in_main;
  // Each visible element's number among the elements: the tallies are kept
  // for elements only (a text node's adds straight to its parent), which on
  // a page of two text nodes for each element is a third of the tallies
  // (wasm_memory.js: archive-of-our-own, 260 KB, peaked here at 8.3x).
  std::vector<uint32_t> element_of;
  uint32_t elements = 0;
  // Reserved at their bound: grown by doubling they held up to twice the
  // page's nodes beside its DOM (wasm_memory.js: archive-of-our-own, 260 KB,
  // peaked at 8.7x the page in this walk).
  const size_t bound = doc.node_count();
  order.reserve(bound);
  text_before.reserve(bound);
  depth.reserve(bound);
  in_link.reserve(bound);
  in_chrome.reserve(bound);
  in_main.reserve(bound);
  element_of.reserve(bound);
  for (NodeId n = body; n != kNoNode;) {
    if (n != body && doc.is_element(n) && is_skipped(doc, n)) {
      n = doc.next_skipping_children(n, body);
      continue;
    }
    NodeId p = doc.parent(n);
    size_t pi = n == body ? SIZE_MAX : set.pre[p];
    set.pre[n] = static_cast<uint32_t>(order.size());
    order.push_back(n);
    text_before.push_back(set.texts.size());
    depth.push_back(pi == SIZE_MAX ? 0 : depth[pi] + 1);
    bool el = doc.is_element(n);
    Tag t = el ? doc.tag(n) : Tag::kUnknown;
    element_of.push_back(el ? elements++ : UINT32_MAX);
    in_link.push_back((pi != SIZE_MAX && in_link[pi]) || (el && doc.is_html(n, Tag::kA)));
    in_chrome.push_back((pi != SIZE_MAX && in_chrome[pi]) ||
                        (el && (t == Tag::kHeader || t == Tag::kFooter || t == Tag::kNav ||
                                t == Tag::kAside)));
    in_main.push_back((pi != SIZE_MAX && in_main[pi]) || (el && is_main_element(doc, n)));
    if (doc.is_text(n) && non_space_bytes(doc.data(n)) > 0) set.texts.push_back(n);
    n = doc.next_in_tree(n, body);
  }
  // Bottom-up tallies (children follow their parent in preorder).
  std::vector<Tally> tally(elements);
  // The tally of the element at preorder position `i`.
  auto tally_at = [&](size_t i) -> Tally& { return tally[element_of[i]]; };
  for (size_t i = order.size(); i-- > 0;) {
    NodeId n = order[i];
    if (doc.is_text(n)) {
      Tally t;
      t.chars = static_cast<uint32_t>(non_space_bytes(doc.data(n)));
      if (in_link[i]) t.link_chars = t.chars;
      if (in_chrome[i]) t.chrome_chars = t.chars;
      if (i > 0) tally_at(set.pre[doc.parent(n)]).add(t);
      set.end[n] = static_cast<uint32_t>(i);
      continue;
    }
    if (!doc.is_element(n)) {
      set.end[n] = static_cast<uint32_t>(i);
      continue;
    }
    Tally& t = tally_at(i);
    switch (doc.tag(n)) {
      case Tag::kP: ++t.paragraphs; break;
      case Tag::kH1: ++t.headings; t.h1 = true; break;
      case Tag::kH2: case Tag::kH3: case Tag::kH4: case Tag::kH5: case Tag::kH6:
        ++t.headings; break;
      case Tag::kLi: ++t.items; break;
      case Tag::kTd: case Tag::kTh: ++t.cells; break;
      case Tag::kInput: case Tag::kButton: case Tag::kSelect: case Tag::kTextarea:
        ++t.controls; break;
      case Tag::kImg: ++t.images; break;
      case Tag::kPre: case Tag::kCode: ++t.code; break;
      default: break;
    }
    if (is_main_element(doc, n)) t.main = true;
    // The subtree ends where the next node outside it starts.
    size_t last = i;
    for (NodeId c = doc.last_child(n); c != kNoNode; c = doc.prev_sibling(c)) {
      if (set.pre[c] != UINT32_MAX) {
        last = set.end[c];
        break;
      }
    }
    set.end[n] = static_cast<uint32_t>(last);
    if (i > 0) tally_at(set.pre[doc.parent(n)]).add(t);
  }
  const double page = static_cast<double>(tally_at(0).chars);
  set.page_chars = tally_at(0).chars;
  std::unordered_map<NodeId, int> per_parent;
  for (size_t i = 0; i < order.size() && set.candidates.size() < kMaxCandidates; ++i) {
    NodeId n = order[i];
    if (!doc.is_element(n) || doc.ns(n) != dom::Ns::kHtml) continue;
    const Tally& t = tally_at(i);
    float tag = container_tag(doc.tag(n));
    if (tag == 0 || t.chars < kMinChars || static_cast<double>(t.chars) < kMinShare * page) continue;
    // A wrapper holding exactly its parent's text is its parent again.
    if (n != body && tally_at(set.pre[doc.parent(n)]).chars == t.chars &&
        container_tag(doc.tag(doc.parent(n))) != 0) {
      continue;
    }
    ContainerCandidate c;
    c.node = n;
    c.text_begin = text_before[i];
    // Its texts end where the first node after its subtree starts.
    const size_t last = set.end[n];
    c.text_end = last + 1 < order.size() ? text_before[last + 1] : set.texts.size();
    ContainerRow& r = c.row;
    r[kCfShare] = ratio(static_cast<double>(t.chars), page);
    r[kCfChars] = static_cast<float>(t.chars);
    r[kCfLinkShare] = ratio(static_cast<double>(t.link_chars), static_cast<double>(t.chars));
    r[kCfDepth] = static_cast<float>(depth[i]);
    r[kCfParagraphs] = per_k(t.paragraphs, t.chars);
    r[kCfHeadings] = per_k(t.headings, t.chars);
    r[kCfListItems] = per_k(t.items, t.chars);
    r[kCfCells] = per_k(t.cells, t.chars);
    r[kCfFormControls] = per_k(t.controls, t.chars);
    r[kCfImages] = per_k(t.images, t.chars);
    r[kCfCode] = per_k(t.code, t.chars);
    // Children, and how many of them look alike (cards of a listing).
    std::vector<std::pair<Tag, std::string_view>> kinds;
    for (NodeId ch = doc.first_child(n); ch != kNoNode; ch = doc.next_sibling(ch)) {
      if (doc.is_element(ch) && set.pre[ch] != UINT32_MAX)
        kinds.emplace_back(doc.tag(ch), doc.attr(ch, "class"));
    }
    std::sort(kinds.begin(), kinds.end());
    size_t run = 0, best = 0;
    for (size_t k = 0; k < kinds.size(); ++k) {
      run = k > 0 && kinds[k] == kinds[k - 1] ? run + 1 : 1;
      best = std::max(best, run);
    }
    r[kCfChildren] = static_cast<float>(kinds.size());
    r[kCfRepetition] = ratio(static_cast<double>(best), static_cast<double>(kinds.size()));
    r[kCfTag] = tag;
    r[kCfIsMain] = is_main_element(doc, n) ? 1.0f : 0.0f;
    r[kCfHoldsMain] = t.main && !is_main_element(doc, n) ? 1.0f : 0.0f;
    r[kCfInMain] = i > 0 && in_main[set.pre[doc.parent(n)]] ? 1.0f : 0.0f;
    r[kCfHoldsH1] = t.h1 ? 1.0f : 0.0f;
    r[kCfClassWeight] = static_cast<float>(class_weight(doc, n));
    r[kCfPageType] = static_cast<float>(page_type);
    double before = 0;
    for (size_t k = 0; k < c.text_begin; ++k) before += static_cast<double>(non_space_bytes(doc.data(set.texts[k])));
    r[kCfStartShare] = ratio(before, page);
    r[kCfEndShare] = ratio(page - before - static_cast<double>(t.chars), page);
    r[kCfChromeShare] = ratio(static_cast<double>(t.chrome_chars), static_cast<double>(t.chars));
    ++per_parent[doc.parent(n)];
    set.candidates.push_back(std::move(c));
  }
  for (ContainerCandidate& c : set.candidates) {
    c.row[kCfSiblings] = static_cast<float>(per_parent[doc.parent(c.node)]);
  }
  return set;
}

void set_choice_features(ContainerSet& set, NodeId chosen, size_t chosen_chars) {
  const bool known = chosen != kNoNode && chosen < set.pre.size() && set.pre[chosen] != UINT32_MAX;
  for (ContainerCandidate& c : set.candidates) {
    ContainerRow& r = c.row;
    float rel = 0;
    if (known) {
      uint32_t cp = set.pre[c.node], ce = set.end[c.node];
      uint32_t wp = set.pre[chosen], we = set.end[chosen];
      if (c.node == chosen) rel = 1;
      else if (cp < wp && wp <= ce) rel = 2;
      else if (wp < cp && cp <= we) rel = 3;
      else rel = 4;
    }
    r[kCfRelation] = rel;
    r[kCfCharsPerChosen] = ratio(r[kCfChars], static_cast<double>(chosen_chars));
    r[kCfChosenShare] = ratio(static_cast<double>(chosen_chars), static_cast<double>(set.page_chars));
    r[kCfChosenChars] = static_cast<float>(chosen_chars);
  }
}

}  // namespace reader::extract
