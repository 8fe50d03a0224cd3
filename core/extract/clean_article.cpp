#include "extract/clean_article.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "base/number.h"
#include "extract/node_util.h"
#include "vocab/readability.h"

namespace reader::extract {
namespace {

using dom::kNoNode;

// Readability DEFAULT_CHAR_THRESHOLD, reused for share boxes.
constexpr size_t kShareElementThreshold = 500;
// Readability: fewer commas than this makes a block a suspect.
constexpr int kCleanConditionallyMinCommas = 10;
// A block with more than this share of the article's text is the article:
// no conditional check removes it, neither for its class name (Elementor
// wraps every text in "elementor-widget-container", negative "widget":
// novalanalove lost its whole body) nor for its links or counts (a news
// page lost its whole story as "low weight and a little linky (link
// density 0.30)"). Readability would then keep nothing; the block's own
// inner clutter is still judged block by block.
constexpr double kMaxRemovableShare = 0.5;
// Conditional cleaning's work budget: 20M node visits plus 64 per article
// node covers every page of the corpora with room to spare (the largest
// uses under 5%), and bounds nested-wrapper pages to linear time.
constexpr size_t kCleanBudgetBase = 20'000'000;
constexpr size_t kCleanBudgetPerNode = 64;

std::vector<NodeId> all_with_tag(const Document& doc, NodeId root, Tag t) {
  std::vector<NodeId> out;
  for (NodeId n = doc.first_child(root); n != kNoNode; n = doc.next_in_tree(n, root)) {
    if (doc.is_html(n, t)) out.push_back(n);
  }
  return out;
}

// A short category for a block removed by Readability-style cleaning, from
// the vocabulary of its class/id (falls back to "boilerplate").
std::string categorize(const Document& doc, NodeId id) {
  std::string m = class_and_id(doc, id);
  if (vocab::is_share_class(m) || contains_ci(m, "social")) return "social";
  if (contains_ci(m, "related") || contains_ci(m, "recommend") || contains_ci(m, "popular"))
    return "related";
  if (contains_ci(m, "comment")) return "comments";
  if (contains_ci(m, "nav") || contains_ci(m, "menu") || contains_ci(m, "breadcrumb"))
    return "navigation";
  if (contains_ci(m, "sponsor") || contains_ci(m, "advert") || contains_ci(m, "-ad-"))
    return "ad";
  if (contains_ci(m, "newsletter")) return "newsletter";
  if (contains_ci(m, "subscri")) return "subscription";
  if (contains_ci(m, "author") || contains_ci(m, "bio")) return "author-bio";
  return "boilerplate";
}

void remove_logged(CleanContext& ctx, NodeId node, const std::string& rule) {
  if (ctx.doc.parent(node) == kNoNode) return;
  bool has_text = false;
  for (NodeId n = ctx.doc.first_child(node); n != kNoNode && !has_text;
       n = ctx.doc.next_in_tree(n, node)) {
    if (ctx.doc.is_text(n) && !is_whitespace_text(ctx.doc, n)) has_text = true;
  }
  if (has_text) ctx.log.add(node, categorize(ctx.doc, node), rule, node);
  ctx.doc.detach(node);
}

// --- data tables (Readability _markDataTables) -------------------------------

class DataTables {
 public:
  void mark(const Document& doc, NodeId root) {
    for (NodeId t : all_with_tag(doc, root, Tag::kTable)) {
      if (is_data_table(doc, t)) data_.push_back(t);
    }
    std::sort(data_.begin(), data_.end());
  }
  bool is_data(NodeId t) const { return std::binary_search(data_.begin(), data_.end(), t); }
  bool inside_data_table(const Document& doc, NodeId id) const {
    for (NodeId p = doc.parent(id); p != kNoNode; p = doc.parent(p)) {
      if (doc.is_html(p, Tag::kTable) && is_data(p)) return true;
    }
    return false;
  }
  bool contains_data_table(const Document& doc, NodeId id) const {
    for (NodeId n = doc.first_child(id); n != kNoNode; n = doc.next_in_tree(n, id)) {
      if (doc.is_html(n, Tag::kTable) && is_data(n)) return true;
    }
    return false;
  }

 private:
  static bool is_data_table(const Document& doc, NodeId t) {
    if (doc.attr(t, "role") == "presentation") return false;
    if (doc.attr(t, "datatable") == "0") return false;
    if (doc.has_attr(t, "summary")) return true;
    for (NodeId c = doc.first_child(t); c != kNoNode; c = doc.next_sibling(c)) {
      if (doc.is_html(c, Tag::kCaption) && doc.first_child(c) != kNoNode) return true;
    }
    for (NodeId n = doc.first_child(t); n != kNoNode; n = doc.next_in_tree(n, t)) {
      Tag tg = doc.tag(n);
      if (doc.is_element(n) && (tg == Tag::kCol || tg == Tag::kColgroup || tg == Tag::kTfoot ||
                                tg == Tag::kThead || tg == Tag::kTh))
        return true;
    }
    for (NodeId n = doc.first_child(t); n != kNoNode; n = doc.next_in_tree(n, t)) {
      if (doc.is_html(n, Tag::kTable)) return false;  // nested tables: layout
    }
    int rows = 0, columns = 0;
    for (NodeId tr : all_with_tag(doc, t, Tag::kTr)) {
      int rowspan = std::atoi(std::string(doc.attr(tr, "rowspan")).c_str());
      rows += rowspan > 0 ? rowspan : 1;
      int cols = 0;
      for (NodeId td = doc.first_child(tr); td != kNoNode; td = doc.next_sibling(td)) {
        if (!doc.is_html(td, Tag::kTd)) continue;
        int colspan = std::atoi(std::string(doc.attr(td, "colspan")).c_str());
        cols += colspan > 0 ? colspan : 1;
      }
      columns = std::max(columns, cols);
    }
    if (rows >= 10 || columns > 4) return true;
    return rows * columns > 10;
  }
  std::vector<NodeId> data_;
};

// --- embeds ------------------------------------------------------------------

bool is_video_embed(const Document& doc, NodeId id) {
  for (const dom::Attr& a : doc.attrs(id)) {
    if (vocab::is_video_url(a.value)) return true;
  }
  if (doc.is_html(id, Tag::kObject)) {
    for (NodeId n = doc.first_child(id); n != kNoNode; n = doc.next_in_tree(n, id)) {
      if (!doc.is_element(n)) continue;
      for (const dom::Attr& a : doc.attrs(n)) {
        if (vocab::is_video_url(a.value)) return true;
      }
    }
  }
  return false;
}

bool is_embed_tag(Tag t) { return t == Tag::kObject || t == Tag::kEmbed || t == Tag::kIframe; }

// Readability _clean: removes every `tag` but video embeds.
void clean_tag(CleanContext& ctx, NodeId root, Tag t) {
  for (NodeId n : all_with_tag(ctx.doc, root, t)) {
    if (is_embed_tag(t) && is_video_embed(ctx.doc, n)) continue;
    ctx.doc.detach(n);
  }
}

// Length of a text node's data with whitespace runs counted once.
size_t collapsed_length(std::string_view s) {
  size_t n = 0;
  bool space = false;
  for (unsigned char c : s) {
    if (is_html_space(static_cast<char>(c))) {
      space = true;
      continue;
    }
    if ((c & 0xC0) == 0x80) continue;
    n += space ? 2 : 1;
    space = false;
  }
  return n;
}

// Readability _getTextDensity: text of the descendants with one of `tags`
// (nested ones counted again) over the node's text. One walk: each text
// node counts once per matching ancestor below `id` (the direct sum over
// inner_text of every match is quadratic in nesting depth).
double text_density(const Document& doc, NodeId id, std::initializer_list<Tag> tags) {
  size_t total = inner_text_length(doc, id);
  if (total == 0) return 0;
  size_t children = 0;
  // (element, matching elements on the path from id down to it, inclusive)
  std::vector<std::pair<NodeId, size_t>> path{{id, 0}};
  for (NodeId n = doc.first_child(id); n != kNoNode; n = doc.next_in_tree(n, id)) {
    NodeId parent = doc.parent(n);
    while (path.back().first != parent) path.pop_back();
    size_t matches = path.back().second;
    if (doc.is_text(n)) {
      children += matches * collapsed_length(doc.data(n));
    } else if (doc.is_element(n)) {
      bool match = std::find(tags.begin(), tags.end(), doc.tag(n)) != tags.end();
      path.emplace_back(n, matches + (match ? 1 : 0));
    }
  }
  return static_cast<double>(children) / static_cast<double>(total);
}

// Readability _cleanConditionally, returns the failed check ("" = keep).
std::string should_remove(CleanContext& ctx, const DataTables& tables, NodeId node, Tag tag) {
  const Document& doc = ctx.doc;
  bool is_list = tag == Tag::kUl || tag == Tag::kOl;
  std::string text = inner_text(doc, node);
  size_t content_length = utf8_length(text);
  if (!is_list) {
    size_t list_length = 0;
    for (NodeId n = doc.first_child(node); n != kNoNode; n = doc.next_in_tree(n, node)) {
      if (doc.is_html(n, Tag::kUl) || doc.is_html(n, Tag::kOl)) {
        list_length += inner_text_length(doc, n);
      }
    }
    is_list = content_length > 0 && static_cast<double>(list_length) / content_length > 0.9;
  }
  if (tag == Tag::kTable && tables.is_data(node)) return "";
  if (tables.inside_data_table(doc, node)) return "";
  if (has_ancestor_tag(doc, node, Tag::kCode)) return "";
  if (tables.contains_data_table(doc, node)) return "";
  // See kMaxRemovableShare.
  if (static_cast<double>(content_length) > kMaxRemovableShare * static_cast<double>(ctx.article_chars))
    return "";
  int weight = ctx.weight_classes ? class_weight(doc, node, ctx.options.thread) : 0;
  if (weight < 0) return "negative class weight (" + std::to_string(weight) + ")";
  if (count_commas(text) >= kCleanConditionallyMinCommas) return "";

  int p = count_tags(doc, node, Tag::kP);
  int img = count_tags(doc, node, Tag::kImg);
  int li = count_tags(doc, node, Tag::kLi) - 100;
  int input = count_tags(doc, node, Tag::kInput);
  double heading_density =
      text_density(doc, node, {Tag::kH1, Tag::kH2, Tag::kH3, Tag::kH4, Tag::kH5, Tag::kH6});
  int embeds = 0;
  for (NodeId n = doc.first_child(node); n != kNoNode; n = doc.next_in_tree(n, node)) {
    if (doc.is_element(n) && is_embed_tag(doc.tag(n))) {
      if (is_video_embed(doc, n)) return "";
      ++embeds;
    }
  }
  if (vocab::is_ad_words(text)) return "advertisement label";
  if (vocab::is_loading_words(text)) return "loading placeholder";
  double ld = link_density(doc, node);
  double textish = text_density(doc, node, {Tag::kSpan, Tag::kLi, Tag::kTd, Tag::kBlockquote,
                                            Tag::kDl, Tag::kDiv, Tag::kImg, Tag::kOl, Tag::kP,
                                            Tag::kPre, Tag::kTable, Tag::kUl, Tag::kSelect});
  bool figure_child = has_ancestor_tag(doc, node, Tag::kFigure);
  std::string reason;
  if (!figure_child && img > 1 && static_cast<double>(p) / img < 0.5)
    reason = "bad p to img ratio (img=" + std::to_string(img) + ", p=" + std::to_string(p) + ")";
  else if (!is_list && li > p)
    reason = "too many li's outside of a list (li=" + std::to_string(li) + " > p=" + std::to_string(p) + ")";
  else if (input > p / 3)
    reason = "too many inputs per p (input=" + std::to_string(input) + ", p=" + std::to_string(p) + ")";
  else if (!is_list && !figure_child && heading_density < 0.9 && content_length < 25 &&
           (img == 0 || img > 2) && ld > 0)
    reason = "suspiciously short and linky";
  else if (!is_list && weight < 25 && ld > 0.2)
    reason = "low weight and a little linky (link density " + format_fixed(ld, 6).substr(0, 4) + ")";
  else if (weight >= 25 && ld > 0.5)
    reason = "high weight and mostly links";
  else if ((embeds == 1 && content_length < 75) || embeds > 1)
    reason = "suspicious embed";
  else if (img == 0 && textish == 0)
    reason = "no useful content";
  if (reason.empty()) return "";
  if (is_list) {
    // Allow simple lists of images.
    for (NodeId c = doc.first_child(node); c != kNoNode; c = doc.next_sibling(c)) {
      if (!doc.is_element(c)) continue;
      int grandchildren = 0;
      for (NodeId g = doc.first_child(c); g != kNoNode; g = doc.next_sibling(g)) {
        grandchildren += doc.is_element(g);
      }
      if (grandchildren > 1) return reason;
    }
    if (img == count_tags(doc, node, Tag::kLi)) return "";
  }
  return reason;
}

size_t subtree_size(const Document& doc, NodeId id, size_t cap) {
  size_t n = 1;
  for (NodeId c = doc.first_child(id); c != kNoNode && n < cap; c = doc.next_in_tree(c, id)) ++n;
  return n;
}

void clean_conditionally(CleanContext& ctx, const DataTables& tables, NodeId root, Tag tag) {
  if (!ctx.clean_conditionally) return;
  std::vector<NodeId> nodes = all_with_tag(ctx.doc, root, tag);
  // Readability walks the list backwards: inner blocks are judged first.
  for (auto it = nodes.rbegin(); it != nodes.rend(); ++it) {
    NodeId n = *it;
    if (!ctx.doc.is_ancestor(root, n)) continue;  // already removed with an ancestor
    // A check reads the subtree about eight times (text, links, densities, counts).
    size_t cost = 8 * subtree_size(ctx.doc, n, ctx.budget + 1);
    if (cost > ctx.budget) return;
    ctx.budget -= cost;
    std::string reason = should_remove(ctx, tables, n, tag);
    if (!reason.empty()) {
      remove_logged(ctx, n, std::string("clean-conditionally:") + std::string(dom::tag_name(tag)) + ": " + reason);
    }
  }
}

// Readability _cleanMatchedNodes with shareElements.
void clean_share_elements(CleanContext& ctx, NodeId article) {
  for (NodeId top = ctx.doc.first_child(article); top != kNoNode; top = ctx.doc.next_sibling(top)) {
    if (!ctx.doc.is_element(top)) continue;
    NodeId n = ctx.doc.first_child(top);
    while (n != kNoNode) {
      if (ctx.doc.is_element(n) && vocab::is_share_class(class_and_id(ctx.doc, n)) &&
          ctx.doc.text_content(n).size() < kShareElementThreshold) {
        NodeId next = ctx.doc.next_skipping_children(n, top);
        remove_logged(ctx, n, "share-element");
        n = next;
        continue;
      }
      n = ctx.doc.next_in_tree(n, top);
    }
  }
}

void fix_lazy_images(Document& doc, NodeId root);

NodeId next_non_whitespace(const Document& doc, NodeId n) {
  while (n != kNoNode && !doc.is_element(n) && is_whitespace_text(doc, n)) n = doc.next_sibling(n);
  return n;
}

}  // namespace

void prep_article(CleanContext& ctx, NodeId article) {
  Document& doc = ctx.doc;
  ctx.budget = kCleanBudgetBase + kCleanBudgetPerNode * subtree_size(doc, article, SIZE_MAX);
  ctx.article_chars = inner_text_length(doc, article);
  DataTables tables;
  tables.mark(doc, article);
  fix_lazy_images(doc, article);
  clean_conditionally(ctx, tables, article, Tag::kForm);
  clean_conditionally(ctx, tables, article, Tag::kFieldset);
  for (Tag t : {Tag::kObject, Tag::kEmbed, Tag::kFooter, Tag::kLink, Tag::kAside}) {
    clean_tag(ctx, article, t);
  }
  clean_share_elements(ctx, article);
  for (Tag t : {Tag::kIframe, Tag::kInput, Tag::kTextarea, Tag::kSelect, Tag::kButton}) {
    clean_tag(ctx, article, t);
  }
  // Readability _cleanHeaders: headings with a negative class weight.
  for (Tag t : {Tag::kH1, Tag::kH2}) {
    for (NodeId h : all_with_tag(doc, article, t)) {
      if (ctx.weight_classes && class_weight(doc, h, ctx.options.thread) < 0) remove_logged(ctx, h, "negative-heading");
    }
  }
  clean_conditionally(ctx, tables, article, Tag::kTable);
  clean_conditionally(ctx, tables, article, Tag::kUl);
  clean_conditionally(ctx, tables, article, Tag::kDiv);
  // The title is shown separately: article headings start at h2.
  for (NodeId h : all_with_tag(doc, article, Tag::kH1)) doc.set_tag(h, Tag::kH2);
  // Empty paragraphs.
  for (NodeId p : all_with_tag(doc, article, Tag::kP)) {
    int media = count_tags(doc, p, Tag::kImg) + count_tags(doc, p, Tag::kEmbed) +
                count_tags(doc, p, Tag::kObject) + count_tags(doc, p, Tag::kIframe) +
                count_tags(doc, p, Tag::kPicture) + count_tags(doc, p, Tag::kVideo);
    if (media == 0 && inner_text(doc, p).empty()) doc.detach(p);
  }
  // <br> right before a paragraph.
  for (NodeId br : all_with_tag(doc, article, Tag::kBr)) {
    NodeId next = next_non_whitespace(doc, doc.next_sibling(br));
    if (next != kNoNode && doc.is_html(next, Tag::kP)) doc.detach(br);
  }
  // Single-cell tables become their cell.
  for (NodeId table : all_with_tag(doc, article, Tag::kTable)) {
    NodeId body = has_single_tag_inside(doc, table, Tag::kTbody) ? doc.first_child(table) : table;
    while (body != kNoNode && !doc.is_element(body)) body = doc.next_sibling(body);
    if (body == kNoNode || !has_single_tag_inside(doc, body, Tag::kTr)) continue;
    NodeId row = doc.first_child(body);
    while (row != kNoNode && !doc.is_element(row)) row = doc.next_sibling(row);
    if (row == kNoNode || !has_single_tag_inside(doc, row, Tag::kTd)) continue;
    NodeId cell = doc.first_child(row);
    while (cell != kNoNode && !doc.is_element(cell)) cell = doc.next_sibling(cell);
    bool phrasing = true;
    for (NodeId c = doc.first_child(cell); c != kNoNode; c = doc.next_sibling(c)) {
      if (!is_phrasing_content(doc, c)) phrasing = false;
    }
    doc.set_tag(cell, phrasing ? Tag::kP : Tag::kDiv);
    doc.replace(table, cell);
  }
}

namespace {

// --- lazy images (Readability _fixLazyImages, extended) ----------------------

bool looks_like_image_url(std::string_view v) {
  // /^\s*\S+\.(jpg|jpeg|png|webp)\S*\s*$/i
  if (v.empty() || v.find(' ') != std::string_view::npos) return false;
  for (std::string_view ext : {".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"}) {
    if (contains_ci(v, ext)) return true;
  }
  return false;
}

bool looks_like_srcset(std::string_view v) {
  // /\.(jpg|jpeg|png|webp)\s+\d/i
  for (std::string_view ext : {".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"}) {
    for (size_t i = 0; i + ext.size() < v.size(); ++i) {
      if (!contains_ci(v.substr(i, ext.size()), ext)) continue;
      size_t j = i + ext.size();
      // skip query string
      while (j < v.size() && !is_html_space(v[j]) && v[j] != ',') ++j;
      size_t k = j;
      while (k < v.size() && is_html_space(v[k])) ++k;
      if (k > j && k < v.size() && v[k] >= '0' && v[k] <= '9') return true;
    }
  }
  return false;
}

bool is_placeholder_data_url(std::string_view src) {
  // Tiny base64 images (< 133 chars of payload) are lazy-loading placeholders.
  if (src.substr(0, 5) != "data:") return false;
  size_t comma = src.find(',');
  if (comma == std::string_view::npos) return true;
  if (src.substr(0, comma).find("svg") != std::string_view::npos) return true;
  return src.size() - comma - 1 < 133;
}

}  // namespace

namespace {
void fix_lazy_images(Document& doc, NodeId root) {
  std::vector<NodeId> nodes;
  for (NodeId n = doc.first_child(root); n != kNoNode; n = doc.next_in_tree(n, root)) {
    if (doc.is_html(n, Tag::kImg) || doc.is_html(n, Tag::kPicture) || doc.is_html(n, Tag::kFigure))
      nodes.push_back(n);
  }
  for (NodeId elem : nodes) {
    std::string_view src = doc.attr(elem, "src");
    if (!src.empty() && is_placeholder_data_url(src)) {
      bool other_image_attr = false;
      for (const dom::Attr& a : doc.attrs(elem)) {
        if (a.name == "src") continue;
        if (looks_like_image_url(a.value) || looks_like_srcset(a.value)) other_image_attr = true;
      }
      if (other_image_attr) doc.remove_attr(elem, "src");
    }
    src = doc.attr(elem, "src");
    bool has_src = !src.empty() || !doc.attr(elem, "srcset").empty();
    if (has_src && !contains_ci(doc.attr(elem, "class"), "lazy")) continue;
    std::string new_src, new_srcset;
    for (const dom::Attr& a : doc.attrs(elem)) {
      if (a.name == "src" || a.name == "srcset" || a.name == "alt") continue;
      if (looks_like_srcset(a.value)) new_srcset = std::string(a.value);
      else if (looks_like_image_url(a.value)) new_src = std::string(a.value);
    }
    if (new_src.empty() && new_srcset.empty()) continue;
    if (doc.is_html(elem, Tag::kImg) || doc.is_html(elem, Tag::kPicture)) {
      if (!new_src.empty()) doc.set_attr(elem, "src", new_src);
      if (!new_srcset.empty()) doc.set_attr(elem, "srcset", new_srcset);
    } else if (doc.is_html(elem, Tag::kFigure) && count_tags(doc, elem, Tag::kImg) == 0 &&
               count_tags(doc, elem, Tag::kPicture) == 0) {
      NodeId img = doc.create_element(Tag::kImg);
      if (!new_src.empty()) doc.set_attr(img, "src", new_src);
      if (!new_srcset.empty()) doc.set_attr(img, "srcset", new_srcset);
      doc.append_child(elem, img);
    }
  }
}
}  // namespace

}  // namespace reader::extract
