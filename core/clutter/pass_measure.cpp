// Per-subtree measures taken once before the walk, so guards and matchers
// cost O(1) per block.
#include "clutter/pass.h"

#include "clutter/guards.h"

namespace reader::clutter::detail {

void Pass::measure() {
  std::vector<NodeId> order;
  for (NodeId n = scope_; n != kNoNode; n = doc_.next_in_tree(n, scope_)) order.push_back(n);
  in_caption_.assign(doc_.node_count(), false);
  for (NodeId n : order) {  // tree order: parents first
    Tag t = doc_.tag(n);
    NodeId p = doc_.parent(n);
    in_caption_[n] = (n != scope_ && p != kNoNode && in_caption_[p]) || t == Tag::kFigure ||
                     t == Tag::kFigcaption || t == Tag::kLi || t == Tag::kTd || t == Tag::kTh;
  }
  text_len_.assign(doc_.node_count(), 0);
  prose_len_.assign(doc_.node_count(), 0);
  prose_paras_.assign(doc_.node_count(), 0);
  measured_paras_.assign(doc_.node_count(), 0);
  holds_article_.assign(doc_.node_count(), false);
  subtree_nodes_.assign(doc_.node_count(), 1);
  has_controls_.assign(doc_.node_count(), false);
  holds_h1_.assign(doc_.node_count(), false);
  has_link_.assign(doc_.node_count(), false);
  has_media_.assign(doc_.node_count(), false);
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    NodeId n = *it;
    if (doc_.is_text(n)) {
      size_t l = 0;
      bool space = true;
      for (char c : doc_.data(n)) {
        if (is_html_space(c)) {
          if (!space) ++l;
          space = true;
        } else {
          ++l;
          space = false;
        }
      }
      text_len_[n] = static_cast<uint32_t>(l);
    } else if (doc_.is_html(n, Tag::kP) && text_len_[n] >= kMeasuredParagraphChars) {
      prose_len_[n] = text_len_[n];
    }
    if (!holds_article_[n] && measured_paras_[n] > kMaxProseParagraphs && is_article_element(n)) {
      holds_article_[n] = true;
    }
    if (doc_.is_html(n, Tag::kH1)) holds_h1_[n] = true;
    if (doc_.is_html(n, Tag::kImg) || doc_.is_html(n, Tag::kPicture) || doc_.is_html(n, Tag::kVideo)) {
      has_media_[n] = true;
    }
    NodeId p = doc_.parent(n);
    if (n != scope_ && p != kNoNode) {
      if (holds_h1_[n]) holds_h1_[p] = true;
      text_len_[p] += text_len_[n];
      prose_len_[p] += prose_len_[n];
      bool is_p = doc_.is_html(n, Tag::kP);
      prose_paras_[p] += prose_paras_[n] + (is_p && text_len_[n] >= kProseParagraphChars);
      measured_paras_[p] += measured_paras_[n] + (is_p && text_len_[n] >= kMeasuredParagraphChars);
      if (holds_article_[n]) holds_article_[p] = true;
      subtree_nodes_[p] += subtree_nodes_[n];
      if (has_controls_[n] || doc_.is_html(n, Tag::kInput) || doc_.is_html(n, Tag::kButton) ||
          doc_.is_html(n, Tag::kForm)) {
        has_controls_[p] = true;
      }
      if (has_link_[n] || (doc_.is_html(n, Tag::kA) && doc_.has_attr(n, "href"))) has_link_[p] = true;
      if (has_media_[n]) has_media_[p] = true;
    }
  }
  for (const Rule& r : rules_.rules) {
    if (r.kind == Rule::Kind::kText) max_text_chars_ = std::max(max_text_chars_, r.max_chars);
  }
}

bool Pass::is_article_element(NodeId n) const {
  if (!doc_.is_element(n)) return false;
  std::string_view itemtype = doc_.attr(n, "itemtype");
  bool article = doc_.is_html(n, Tag::kArticle) || doc_.attr(n, "itemprop") == "articleBody" ||
                 itemtype.find("Article") != std::string_view::npos ||
                 itemtype.find("BlogPosting") != std::string_view::npos;
  // A comment in a thread is marked up as an <article> too (WordPress:
  // article.comment-body, spektrum.de): that is not the article.
  return article && signature(doc_, n).find("comment") == std::string::npos;
}

// Sorts the schema.org paywalled parts (PageHints) into article text and
// prompts.
void Pass::mark_paywalled_parts() {
  holds_paywalled_text_.assign(doc_.node_count(), false);
  paywall_prompt_.assign(doc_.node_count(), false);
  size_t used = 0;
  for (const std::string& text : hints_.paywall_selectors) {
    if (++used > kMaxPaywallSelectors) break;
    auto list = css::SelectorList::parse(text, nullptr);
    if (!list) continue;  // the page's own markup: a bad selector marks nothing
    for (NodeId n : css::select_all(doc_, scope_, *list)) {
      // Prose, unless the part speaks the prompt's language with no
      // paragraph of kProseParagraphChars (the theweek fixture in German:
      // "Lesen Sie diesen Artikel weiter und erhalten Sie jeden Monat
      // begrenzten Zugang zur Website." is 90 chars of paywall).
      // (Asked only of a short marked part: selectors may mark nested
      // blocks, and a text walk per block would be quadratic.)
      bool prompt = prose(n) >= kMeasuredParagraphChars && prose_paras_[n] == 0 &&
                    len(n) <= kMaxPromptBoxChars && prompt_phrases(lower_text(doc_, n)) >= 2;
      if (prose(n) >= kMeasuredParagraphChars && !prompt) {
        for (NodeId a = n; a != kNoNode && !holds_paywalled_text_[a]; a = doc_.parent(a)) {
          holds_paywalled_text_[a] = true;
        }
      } else {
        paywall_prompt_[n] = true;
      }
    }
  }
}

}  // namespace reader::clutter::detail
