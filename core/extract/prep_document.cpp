// Page preparation before extraction and post-processing after it
// (Readability.js _unwrapNoscriptImages, _removeScripts, _prepDocument,
// _postProcessContent), plus srcset/picture resolution and video links.
#include <string>
#include <vector>

#include "extract/clean_article.h"
#include "extract/node_util.h"
#include "vocab/readability.h"
#include "base/number.h"
#include "base/srcset.h"
#include "base/url.h"

namespace reader::extract {
namespace {

using dom::kNoNode;

bool is_image_attr_value(std::string_view v) {
  for (std::string_view ext : {".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"}) {
    if (contains_ci(v, ext)) return true;
  }
  return false;
}

bool has_image_source(const Document& doc, NodeId img) {
  NodeId parent = doc.parent(img);
  if (parent != kNoNode && doc.is_html(parent, Tag::kPicture)) {
    for (NodeId s = doc.first_child(parent); s != kNoNode; s = doc.next_sibling(s)) {
      if (doc.is_html(s, Tag::kSource) && (doc.has_attr(s, "srcset") || doc.has_attr(s, "data-srcset")))
        return true;
    }
  }
  for (const dom::Attr& a : doc.attrs(img)) {
    if (a.name == "src" || a.name == "srcset" || a.name == "data-src" || a.name == "data-srcset")
      return true;
    if (is_image_attr_value(a.value)) return true;
  }
  return false;
}

// The single <img> a noscript holds (possibly wrapped), or kNoNode.
NodeId single_image_in(const Document& doc, NodeId id) {
  NodeId img = kNoNode;
  for (NodeId n = doc.first_child(id); n != kNoNode; n = doc.next_in_tree(n, id)) {
    if (doc.is_html(n, Tag::kImg)) {
      if (img != kNoNode) return kNoNode;
      img = n;
    } else if (doc.is_text(n) && !is_whitespace_text(doc, n)) {
      return kNoNode;
    }
  }
  return img;
}

void unwrap_noscript_images(Document& doc) {
  // Images without any source are placeholders.
  std::vector<NodeId> imgs, noscripts;
  for (NodeId n = doc.first_child(doc.root()); n != kNoNode; n = doc.next_in_tree(n, doc.root())) {
    if (doc.is_html(n, Tag::kImg)) imgs.push_back(n);
    else if (doc.is_html(n, Tag::kNoscript)) noscripts.push_back(n);
  }
  for (NodeId img : imgs) {
    if (!has_image_source(doc, img)) doc.detach(img);
  }
  for (NodeId ns : noscripts) {
    NodeId new_img = single_image_in(doc, ns);
    if (new_img == kNoNode) continue;
    NodeId prev = doc.prev_sibling(ns);
    while (prev != kNoNode && !doc.is_element(prev)) prev = doc.prev_sibling(prev);
    if (prev == kNoNode) {
      // A lone noscript image: keep the image in place of the noscript.
      doc.replace(ns, new_img);
      continue;
    }
    NodeId prev_img = doc.is_html(prev, Tag::kImg) ? prev : single_image_in(doc, prev);
    if (prev_img == kNoNode) continue;
    // Keep the placeholder's attributes that the noscript image lacks.
    for (const dom::Attr& a : doc.attrs(prev_img)) {
      if (a.value.empty()) continue;
      if (a.name == "src" || a.name == "srcset" || is_image_attr_value(a.value)) {
        if (doc.attr(new_img, a.name) == a.value) continue;
        std::string name = doc.has_attr(new_img, a.name) ? "data-old-" + std::string(a.name)
                                                          : std::string(a.name);
        doc.add_attr_if_missing(new_img, name, a.value);
      }
    }
    doc.replace(prev, new_img);
    doc.detach(ns);
  }
}

NodeId next_element_skip_ws(const Document& doc, NodeId n) {
  while (n != kNoNode && !doc.is_element(n) && is_whitespace_text(doc, n)) n = doc.next_sibling(n);
  return n;
}

// Readability _replaceBrs: a run of 2+ <br> ends a paragraph.
void replace_brs(Document& doc, NodeId body) {
  std::vector<NodeId> brs;
  for (NodeId n = doc.first_child(body); n != kNoNode; n = doc.next_in_tree(n, body)) {
    if (doc.is_html(n, Tag::kBr)) brs.push_back(n);
  }
  for (NodeId br : brs) {
    if (doc.parent(br) == kNoNode) continue;
    NodeId next = doc.next_sibling(br);
    bool replaced = false;
    while ((next = next_element_skip_ws(doc, next)) != kNoNode && doc.is_html(next, Tag::kBr)) {
      replaced = true;
      NodeId sibling = doc.next_sibling(next);
      doc.detach(next);
      next = sibling;
    }
    if (!replaced) continue;
    NodeId p = doc.create_element(Tag::kP);
    NodeId parent = doc.parent(br);
    doc.replace(br, p);
    next = doc.next_sibling(p);
    while (next != kNoNode) {
      if (doc.is_html(next, Tag::kBr)) {
        NodeId after = next_element_skip_ws(doc, doc.next_sibling(next));
        if (after != kNoNode && doc.is_html(after, Tag::kBr)) break;
      }
      if (!is_phrasing_content(doc, next)) break;
      NodeId sibling = doc.next_sibling(next);
      doc.append_child(p, next);
      next = sibling;
    }
    while (doc.last_child(p) != kNoNode && is_whitespace_text(doc, doc.last_child(p))) {
      doc.detach(doc.last_child(p));
    }
    if (doc.is_html(parent, Tag::kP)) doc.set_tag(parent, Tag::kDiv);
  }
}

// Largest candidate of a srcset ("a.jpg 320w, b.jpg 1024w" -> b.jpg).
std::string largest_srcset_candidate(std::string_view srcset) {
  std::string best;
  double best_size = -1;
  for_each_srcset_candidate(srcset, [&](const SrcsetCandidate& c) {
    double size = 1;
    std::string desc(trim_html_space(c.descriptors));
    if (!desc.empty()) {
      double v = parse_leading_double(desc);  // std::atof's value
      if (v > 0) size = v;
    }
    if (size > best_size) {
      best_size = size;
      best = std::string(c.url);
    }
    return true;
  });
  return best;
}

void resolve_attr(Document& doc, NodeId n, std::string_view name, std::string_view base) {
  dom::FoundAttr a = doc.find_attr(n, name);
  if (!a) return;
  std::string_view v = a->value;
  if (v.empty()) return;
  if (name == "href" && v.size() > 1 && v[0] == '#') return;  // in-page link stays
  doc.set_attr(n, name, resolve_url(base, v));
}

void resolve_srcset(Document& doc, NodeId n, std::string_view base) {
  std::string_view srcset = doc.attr(n, "srcset");
  if (srcset.empty()) return;
  std::string out;
  for_each_srcset_candidate(srcset, [&](const SrcsetCandidate& c) {
    std::string tail = collapse_whitespace(c.descriptors, SpaceSet::kHtmlAndNbsp);
    if (!out.empty()) out += ", ";
    out += resolve_url(base, c.url);
    if (!tail.empty()) out += " " + tail;
    return true;
  });
  doc.set_attr(n, "srcset", out);
}

// Readability _simplifyNestedElements: a div/section wrapping exactly one
// div/section and nothing else is replaced by its child.
void simplify_nested(Document& doc, NodeId article) {
  NodeId node = doc.first_child(article);
  while (node != kNoNode) {
    if (doc.parent(node) != kNoNode &&
        (doc.is_html(node, Tag::kDiv) || doc.is_html(node, Tag::kSection)) &&
        !(doc.attr(node, "id").substr(0, 11) == "readability")) {
      if (is_element_without_content(doc, node)) {
        NodeId next = doc.next_skipping_children(node, article);
        doc.detach(node);
        node = next;
        continue;
      }
      if (has_single_tag_inside(doc, node, Tag::kDiv) ||
          has_single_tag_inside(doc, node, Tag::kSection)) {
        NodeId child = doc.first_child(node);
        while (!doc.is_element(child)) child = doc.next_sibling(child);
        for (const dom::Attr& a : doc.attrs(node)) doc.add_attr_if_missing(child, a.name, a.value);
        doc.replace(node, child);
        node = child;
        continue;
      }
    }
    node = doc.next_in_tree(node, article);
  }
}

// Video embeds from well-known hosts become links the reader can follow.
void embeds_to_links(Document& doc, NodeId article, std::string_view base) {
  std::vector<NodeId> embeds;
  for (NodeId n = doc.first_child(article); n != kNoNode; n = doc.next_in_tree(n, article)) {
    if (doc.is_html(n, Tag::kIframe) || doc.is_html(n, Tag::kEmbed) || doc.is_html(n, Tag::kObject))
      embeds.push_back(n);
  }
  for (NodeId e : embeds) {
    if (doc.parent(e) == kNoNode) continue;
    std::string_view src = doc.attr(e, "src");
    if (src.empty()) src = doc.attr(e, "data-src");
    if (src.empty()) src = doc.attr(e, "data");
    if (src.empty() || !vocab::is_video_url(src)) continue;
    std::string url = resolve_url(base, src);
    NodeId p = doc.create_element(Tag::kP);
    NodeId a = doc.create_element(Tag::kA);
    doc.set_attr(a, "href", url);
    std::string_view title = doc.attr(e, "title");
    // Short link text: the reader sees where the video was without a wall of URL.
    doc.append_child(a, doc.create_text(title.empty() ? std::string("\xE2\x96\xB6 Video")
                                                      : "\xE2\x96\xB6 " + std::string(title)));
    // Inside a paragraph (or any phrasing context) the link goes inline: a
    // <p> in a <p> would be split apart when the HTML is parsed again.
    NodeId parent = doc.parent(e);
    bool inline_context = parent != kNoNode && doc.is_element(parent) &&
                          (doc.is_html(parent, Tag::kP) || is_phrasing_content(doc, parent));
    if (inline_context) {
      doc.replace(e, a);
      continue;
    }
    doc.append_child(p, a);
    doc.replace(e, p);
  }
}

// A page with a dialog open (cookie consent, paywall, newsletter pop-up)
// marks everything behind it aria-hidden="true" so that screen readers stay
// in the dialog: the article is then in an aria-hidden wrapper (React and
// Vue apps: <div id="__next" aria-hidden="true">). aria-hidden hides nothing
// from view, and a page never hides most of its own text, so an aria-hidden
// element holding at least kModalBackgroundShare of the body's text loses
// the attribute; the dialog itself is clutter. One bottom-up pass: linear.
constexpr double kModalBackgroundShare = 0.5;

// The body's nodes in document order and the text bytes under each, in one
// bottom-up pass. With `visible_only`, script/style/template text and
// whitespace-only text nodes do not count.
struct SubtreeText {
  std::vector<NodeId> order;
  std::vector<size_t> text;  // by node id
};

SubtreeText subtree_text(const Document& doc, NodeId body, bool visible_only) {
  SubtreeText out;
  for (NodeId n = body; n != kNoNode; n = doc.next_in_tree(n, body)) out.order.push_back(n);
  out.text.assign(doc.node_count(), 0);
  for (auto it = out.order.rbegin(); it != out.order.rend(); ++it) {
    NodeId n = *it;
    if (visible_only && (doc.is_html(n, Tag::kScript) || doc.is_html(n, Tag::kStyle) ||
                         doc.is_html(n, Tag::kTemplate))) {
      out.text[n] = 0;
      continue;
    }
    if (doc.is_text(n) && !(visible_only && is_whitespace_text(doc, n)))
      out.text[n] = doc.data(n).size();
    NodeId p = doc.parent(n);
    if (n != body && p != kNoNode) out.text[p] += out.text[n];
  }
  return out;
}

void unhide_modal_background(Document& doc) {
  NodeId body = doc.body();
  if (body == kNoNode) return;
  const SubtreeText st = subtree_text(doc, body, false);
  const std::vector<size_t>& text = st.text;
  if (text[body] == 0) return;
  for (NodeId n : st.order) {
    if (!doc.is_element(n) || doc.attr(n, "aria-hidden") != "true") continue;
    if (static_cast<double>(text[n]) >= kModalBackgroundShare * static_cast<double>(text[body])) {
      doc.remove_attr(n, "aria-hidden");
    }
  }
}

// Pages rendered by a script app (Discourse forums and the like) send the
// whole thread to clients without scripts inside a <noscript> in the body;
// the rest of the body is a splash screen. We never run scripts, so a
// <noscript> holding at least kNoscriptPageShare of the body's text (and at
// least kNoscriptPageMinChars) is the page: its children take its place.
// Small noscripts ("please enable JavaScript", tracking pixels) stay
// dropped. wcxb-dev: 13 of 76 tuning forum threads came out empty, all
// theirs inside <noscript>; Readability.js drops them too.
constexpr double kNoscriptPageShare = 0.5;
constexpr size_t kNoscriptPageMinChars = 200;

void unwrap_noscript_page(Document& doc) {
  NodeId body = doc.body();
  if (body == kNoNode) return;
  const SubtreeText st = subtree_text(doc, body, true);
  const std::vector<size_t>& text = st.text;
  if (text[body] < kNoscriptPageMinChars) return;
  for (NodeId n : st.order) {
    if (!doc.is_html(n, Tag::kNoscript) || text[n] < kNoscriptPageMinChars) continue;
    if (static_cast<double>(text[n]) < kNoscriptPageShare * static_cast<double>(text[body]))
      continue;
    NodeId parent = doc.parent(n);
    if (parent == kNoNode) continue;
    for (NodeId c = doc.first_child(n); c != kNoNode; c = doc.first_child(n)) {
      doc.insert_before(parent, c, n);
    }
    doc.detach(n);
    return;  // one page per page
  }
}

}  // namespace

void prep_document(Document& doc) {
  unwrap_noscript_page(doc);
  unwrap_noscript_images(doc);
  unhide_modal_background(doc);
  std::vector<NodeId> drop;
  for (NodeId n = doc.first_child(doc.root()); n != kNoNode; n = doc.next_in_tree(n, doc.root())) {
    if (doc.is_html(n, Tag::kScript) || doc.is_html(n, Tag::kStyle) ||
        doc.is_html(n, Tag::kNoscript) || doc.is_html(n, Tag::kTemplate) ||
        doc.type(n) == dom::NodeType::kComment) {
      drop.push_back(n);
    } else if (doc.is_html(n, Tag::kFont)) {
      doc.set_tag(n, Tag::kSpan);
    }
  }
  for (NodeId n : drop) doc.detach(n);
  NodeId body = doc.body();
  if (body != kNoNode) replace_brs(doc, body);
}

void post_process(Document& doc, NodeId article, std::string_view base_url) {
  embeds_to_links(doc, article, base_url);
  std::vector<NodeId> elements;
  for (NodeId n = doc.first_child(article); n != kNoNode; n = doc.next_in_tree(n, article)) {
    if (doc.is_element(n)) elements.push_back(n);
  }
  for (NodeId n : elements) {
    switch (doc.tag(n)) {
      case Tag::kA: {
        std::string_view href = doc.attr(n, "href");
        // Readability: javascript: links become their content (a <span>
        // holding the children, so markup such as <ruby> annotations stays).
        if (href.substr(0, 11) == "javascript:") {
          NodeId span = doc.create_element(Tag::kSpan);
          doc.move_children(n, span);
          doc.replace(n, span);
          continue;
        }
        resolve_attr(doc, n, "href", base_url);
        break;
      }
      case Tag::kImg: {
        // Lazy images: data-src / data-srcset / data-original win over placeholders.
        for (std::string_view lazy : {"data-src", "data-original", "data-lazy-src", "data-url"}) {
          std::string_view v = doc.attr(n, lazy);
          if (!v.empty() && (doc.attr(n, "src").empty() || is_image_attr_value(v))) {
            doc.set_attr(n, "src", v);
            break;
          }
        }
        std::string_view lazy_srcset = doc.attr(n, "data-srcset");
        if (!lazy_srcset.empty()) doc.set_attr(n, "srcset", lazy_srcset);
        if (doc.attr(n, "src").empty() && !doc.attr(n, "srcset").empty()) {
          doc.set_attr(n, "src", largest_srcset_candidate(doc.attr(n, "srcset")));
        }
        // <picture><source srcset>: the largest source when the img has none.
        NodeId parent = doc.parent(n);
        if (doc.attr(n, "src").empty() && parent != kNoNode && doc.is_html(parent, Tag::kPicture)) {
          for (NodeId s = doc.first_child(parent); s != kNoNode; s = doc.next_sibling(s)) {
            if (!doc.is_html(s, Tag::kSource)) continue;
            std::string_view ss = doc.attr(s, "srcset");
            if (ss.empty()) ss = doc.attr(s, "data-srcset");
            if (!ss.empty()) {
              doc.set_attr(n, "src", largest_srcset_candidate(ss));
              break;
            }
          }
        }
        resolve_attr(doc, n, "src", base_url);
        resolve_srcset(doc, n, base_url);
        break;
      }
      case Tag::kSource:
        if (doc.attr(n, "srcset").empty() && !doc.attr(n, "data-srcset").empty())
          doc.set_attr(n, "srcset", doc.attr(n, "data-srcset"));
        resolve_attr(doc, n, "src", base_url);
        resolve_srcset(doc, n, base_url);
        break;
      case Tag::kVideo: case Tag::kAudio:
        resolve_attr(doc, n, "src", base_url);
        resolve_attr(doc, n, "poster", base_url);
        break;
      case Tag::kBlockquote: case Tag::kQ: case Tag::kDel: case Tag::kIns:
        resolve_attr(doc, n, "cite", base_url);
        break;
      default:
        break;
    }
  }
  simplify_nested(doc, article);
}

}  // namespace reader::extract
