#include "clutter/detector.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/utf8.h"
#include "clutter/guards.h"
#include "clutter/phrase_index.h"
#include "clutter/text_fold.h"
#include "clutter/words.h"
#include "css/selector.h"
#include "dom/visibility.h"

namespace reader::clutter {
namespace {

using dom::Document;
using dom::kNoNode;
using dom::NodeId;
using dom::Tag;

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }
bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Collapsed, folded (lowercase, look-alikes mapped) text of a subtree.
std::string lower_text(const Document& doc, NodeId id) { return fold_text(doc.text_content(id)); }

// `text` without the punctuation, bullets and spaces around it: what a
// heading says ("Weiterführende Links:" -> "weiterführende links").
std::string_view trim_punctuation(std::string_view text) {
  static constexpr std::string_view kMarks[] = {"\xE2\x80\xA6", "\xE2\x80\x93", "\xE2\x80\x94",
                                                "\xE2\x80\xA2", "\xC2\xBB", "\xC2\xAB",
                                                "\xE2\x80\xBA", "\xC2\xB7", "\xE2\x86\x92"};
  auto ascii_mark = [](char c) {
    return c == ' ' || c == ':' || c == '.' || c == '!' || c == '?' || c == '-' || c == '|' ||
           c == '*' || c == '(' || c == ')' || c == '[' || c == ']' || c == '"' || c == '\'' ||
           c == '>' || c == ',' || c == ';';
  };
  for (bool changed = true; changed && !text.empty();) {
    changed = false;
    if (ascii_mark(text.front())) {
      text.remove_prefix(1);
      changed = true;
    } else if (ascii_mark(text.back())) {
      text.remove_suffix(1);
      changed = true;
    }
    for (std::string_view m : kMarks) {
      if (text.size() >= m.size() && text.substr(0, m.size()) == m) {
        text.remove_prefix(m.size());
        changed = true;
      }
      if (text.size() >= m.size() && text.substr(text.size() - m.size()) == m) {
        text.remove_suffix(m.size());
        changed = true;
      }
    }
  }
  return text;
}

// A segment of the path of `href` (lowercase) equals one of `segments`.
bool has_path_segment(std::string_view href, std::initializer_list<std::string_view> segments) {
  size_t scheme = href.find("://");
  size_t path = scheme == std::string_view::npos ? 0 : href.find('/', scheme + 3);
  if (path == std::string_view::npos) return false;
  std::string_view rest = href.substr(path);
  rest = rest.substr(0, rest.find_first_of("?#"));
  while (!rest.empty()) {
    size_t slash = rest.find('/');
    std::string_view segment = rest.substr(0, slash);
    for (std::string_view s : segments) {
      if (segment == s) return true;
    }
    if (slash == std::string_view::npos) break;
    rest.remove_prefix(slash + 1);
  }
  return false;
}

// `part` occurs in `sig` delimited by non-alphanumerics (or the ends).
bool has_part(std::string_view sig, std::string_view part) {
  for (size_t pos = sig.find(part); pos != std::string_view::npos; pos = sig.find(part, pos + 1)) {
    bool start = pos == 0 || !is_alnum(sig[pos - 1]);
    size_t end = pos + part.size();
    bool stop = end == sig.size() || !is_alnum(sig[end]);
    if (start && stop) return true;
  }
  return false;
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
        while (i < v.size() && is_space(v[i])) ++i;
        size_t start = i;
        while (i < v.size() && !is_space(v[i])) ++i;
        if (i == start) break;
        std::string token;
        for (char c : v.substr(start, i - start)) {
          token.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
        }
        if (is_negated_token(token) || is_taxonomy_token(token)) continue;
        sig.push_back(' ');
        sig += token;
      }
    }
  }
  return sig;
}

// Inline elements are judged by their text and links only: a class on an
// inline element describes styling, not a block's role (clean-links page:
// <a class="popup"> inside prose).
bool is_inline(Tag t) {
  switch (t) {
    case Tag::kA: case Tag::kSpan: case Tag::kB: case Tag::kI: case Tag::kEm: case Tag::kStrong:
    case Tag::kSmall: case Tag::kImg: case Tag::kCode: case Tag::kSub: case Tag::kSup:
    case Tag::kAbbr: case Tag::kCite: case Tag::kQ: case Tag::kTime: case Tag::kMark:
    case Tag::kU: case Tag::kS: case Tag::kFont: case Tag::kBr: case Tag::kWbr:
      return true;
    default:
      return false;
  }
}

bool is_heading(Tag t) {
  return t == Tag::kH1 || t == Tag::kH2 || t == Tag::kH3 || t == Tag::kH4 || t == Tag::kH5 ||
         t == Tag::kH6;
}

// Never removed whole: the document, and <main>, which by definition holds
// the page's dominant content (zdf.de: <main id="skip-main">, the target of
// a skip link, matched the navigation part "skip").
bool is_protected(const Document& doc, NodeId id) {
  Tag t = doc.tag(id);
  return t == Tag::kHtml || t == Tag::kBody || t == Tag::kHead || t == Tag::kMain;
}

struct Match {
  const Rule* rule = nullptr;
  std::string category;
  std::string rule_id;
  NodeId container = kNoNode;
};

struct Detached {
  NodeId node, parent, next;
  bool account_form;  // holds a password field: never the article
  bool comments;      // a comment thread or one of its posts
  bool stays_out = true;  // decided when a revert puts blocks back
};

// The built-in rules' index is built once per process (it is about as large
// as a small page); other rule sets (tests) get their own.
const PhraseIndex& index_for(const RuleSet& rules, std::unique_ptr<PhraseIndex>& own) {
  if (&rules == &builtin_rules()) {
    static const PhraseIndex builtin(builtin_rules());
    return builtin;
  }
  own = std::make_unique<PhraseIndex>(rules);
  return *own;
}

class Pass {
 public:
  Pass(Document& doc, NodeId scope, const RuleSet& rules, dom::RemovalLog& log,
       const PageHints& hints)
      : doc_(doc), scope_(scope), rules_(rules), log_(log), hints_(hints), session_(doc),
        trace_(std::getenv("READER_TRACE") != nullptr), index_(index_for(rules, own_index_)) {}

  ClutterStats run();

 private:
  void measure();
  bool judge(NodeId id, Match& m);
  bool match_attr(NodeId id, Match& m);
  bool match_selector(NodeId id, Match& m);
  bool match_structure(NodeId id, Match& m);
  bool match_text(NodeId id, Match& m);
  // pitch: the box may hold a short pitch beside the prompt (prompt categories).
  NodeId climb(NodeId id, bool pitch = false) const;
  size_t own_text_len(NodeId id) const;
  int prompt_phrases(const std::string& text, int enough = 2, const Rule** first_rule = nullptr) const;
  bool has_password_field(NodeId id) const;
  bool holds_h1(NodeId id) const { return id < holds_h1_.size() && holds_h1_[id]; }
  bool guard_allows(NodeId id, const Match& m) const;
  size_t len(NodeId id) const { return id < text_len_.size() ? text_len_[id] : 0; }
  size_t prose(NodeId id) const { return id < prose_len_.size() ? prose_len_[id] : 0; }
  // Paragraphs of at least kProseParagraphChars below `id`.
  int prose_paragraphs(NodeId id) const { return id < prose_paras_.size() ? prose_paras_[id] : 0; }
  // The block is, or holds, the article itself: an <article>, an
  // itemprop=articleBody or a schema.org *Article/BlogPosting item with more
  // than kMaxProseParagraphs paragraphs of kMeasuredParagraphChars (taz.de:
  // the article wrapper's class "commentary" names the genre, not a thread).
  bool holds_article(NodeId id) const { return id < holds_article_.size() && holds_article_[id]; }
  bool is_article_element(NodeId n) const;
  // Inside a figure, caption, list item or table cell: part of something else.
  bool in_caption_or_list(NodeId id) const { return id < in_caption_.size() && in_caption_[id]; }
  void trace(const char* what, const Match& m, NodeId id) const;
  void mark_paywalled_parts();
  void mark_repeated_blocks();
  bool match_hidden(NodeId id, Match& m);
  bool match_prompt_phrases(NodeId id, const std::string& text, bool actionable, Match& m);
  bool match_repeated(NodeId id, Match& m);
  void revert_if_too_much(std::vector<Detached>& detached, size_t log_start, ClutterStats& stats);

  Document& doc_;
  NodeId scope_;
  const RuleSet& rules_;
  dom::RemovalLog& log_;
  const PageHints& hints_;
  std::vector<bool> holds_paywalled_text_;  // a marked part with prose, or its ancestor
  std::vector<bool> paywall_prompt_;        // a marked part without prose
  std::vector<uint32_t> text_len_;   // bytes of text in each subtree
  std::vector<uint32_t> prose_len_;  // bytes of text in prose paragraphs of each subtree
  // Per subtree, counted once in measure() so guards cost O(1) (pages nest
  // 100,000 deep; a subtree walk per match would be quadratic).
  std::vector<uint32_t> prose_paras_;     // <p>s of kProseParagraphChars+ below the node
  std::vector<uint32_t> measured_paras_;  // <p>s of kMeasuredParagraphChars+ below the node
  std::vector<bool> holds_article_;
  std::vector<uint32_t> subtree_nodes_;  // nodes in the subtree, the node included
  std::vector<bool> has_controls_;       // an <input>, <button> or <form> below the node
  std::vector<bool> holds_h1_;           // the node is or holds an <h1>
  std::vector<bool> has_link_;           // an <a href> below the node
  std::vector<bool> has_media_;          // the node is or holds an <img>, <picture> or <video>
  std::vector<bool> repeated_;           // a linked block whose text recurs elsewhere
  std::vector<bool> in_caption_;         // the node or an ancestor is a figure, li, td...
  size_t max_text_chars_ = 0;
  // One selector session for the whole pass. Its caches (sibling indices,
  // :has results) would go stale when blocks are detached, but the built-in
  // selectors use neither: they look at a node's own name and attributes.
  css::MatchSession session_;
  bool trace_;  // READER_TRACE set: print decisions to stderr
  std::unique_ptr<PhraseIndex> own_index_;  // for rule sets other than the built-in one
  const PhraseIndex& index_;             // the text rules' phrases by first word
  std::vector<PhraseRef> candidates_;    // match_text's scratch list
};

void Pass::trace(const char* what, const Match& m, NodeId id) const {
  if (!trace_) return;
  std::string text = lower_text(doc_, id).substr(0, 80);
  std::fprintf(stderr, "clutter: %s %s/%s <%s> len=%zu prose=%zu nodes=%u: %s\n", what,
               m.category.c_str(), m.rule_id.c_str(), std::string(doc_.name(id)).c_str(), len(id),
               prose(id), static_cast<unsigned>(subtree_nodes_[id]), text.c_str());
}

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
        if (is_space(c)) {
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
      if (prose(n) >= kMeasuredParagraphChars) {
        for (NodeId a = n; a != kNoNode && !holds_paywalled_text_[a]; a = doc_.parent(a)) {
          holds_paywalled_text_[a] = true;
        }
      } else {
        paywall_prompt_[n] = true;
      }
    }
  }
}

bool Pass::guard_allows(NodeId id, const Match& m) const {
  const std::string& category = m.category;
  if (holds_article(id) || holds_paywalled_text_[id]) return false;
  // A paragraph of prose is article text whatever its class says
  // (trafilatura-dev 0a29620f..., d42c68f1...: p.text.regwalled paragraphs are
  // the subscriber part of the article, marked so by schema.org hasPart).
  if (m.rule && m.rule->kind != Rule::Kind::kText && doc_.is_html(id, Tag::kP) &&
      len(id) >= kProseParagraphChars) {
    return false;
  }
  size_t l = len(id);
  size_t page = len(scope_);
  // Comment threads and related-post rails may outgrow a short article
  // (novalanalove: seven post teasers under a four-line post).
  double limit = category == "comments" || category == "related" ? kMaxPageShareComments
                                                                   : kMaxPageShare;
  if (l > kSmallBlockChars && page > 0 && static_cast<double>(l) / page > limit) return false;
  if (category != "comments" && category != "related" && prose(id) >= kProseParagraphChars &&
      prose_paragraphs(id) > kMaxProseParagraphs) {
    return false;
  }
  return true;
}

bool Pass::match_attr(NodeId id, Match& m) {
  // Headings are judged by their text: an id names an anchor, not a role
  // (heise.de: <h3 id="nav_nur_die_folie__1"> is an article subheading).
  if (is_inline(doc_.tag(id)) || is_heading(doc_.tag(id))) return false;
  std::string sig = signature(doc_, id);
  if (sig.empty()) return false;
  for (const Rule& r : rules_.rules) {
    if (r.kind != Rule::Kind::kAttr || len(id) < r.min_chars) continue;
    for (const std::string& c : r.contains) {
      if (sig.find(c) != std::string::npos) {
        m = {&r, r.category, r.id, id};
        return true;
      }
    }
    for (const std::string& p : r.parts) {
      if (has_part(sig, p)) {
        m = {&r, r.category, r.id, id};
        return true;
      }
    }
  }
  return false;
}

bool Pass::match_selector(NodeId id, Match& m) {
  for (const Rule& r : rules_.rules) {
    if (r.kind == Rule::Kind::kSelector && r.selector && session_.matches(*r.selector, id)) {
      m = {&r, r.category, r.id, id};
      return true;
    }
  }
  return false;
}

bool contains_any(std::string_view text, std::initializer_list<std::string_view> words) {
  for (auto w : words) {
    if (text.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// Structural signals that need no vocabulary of class names.
bool Pass::match_structure(NodeId id, Match& m) {
  // Modal dialogs: consent banners and promotional pop-ups.
  std::string_view role = doc_.attr(id, "role");
  if (doc_.attr(id, "aria-modal") == "true" || role == "dialog" || role == "alertdialog" ||
      doc_.is_html(id, Tag::kDialog)) {
    std::string text = lower_text(doc_, id);
    bool consent = contains_any(text, {"cookie", "consent", "privacy", "datenschutz", "gdpr"});
    m = {nullptr, consent ? "consent" : "promo", "structure.dialog", id};
    return true;
  }
  // Forms asking for an e-mail address: newsletter sign-ups (with a password
  // field: sign-in).
  if (doc_.is_html(id, Tag::kForm)) {
    bool email = false, password = false, search = false;
    for (NodeId n = doc_.first_child(id); n != kNoNode; n = doc_.next_in_tree(n, id)) {
      if (!doc_.is_html(n, Tag::kInput)) continue;
      std::string_view type = doc_.attr(n, "type");
      std::string_view name = doc_.attr(n, "name");
      if (type == "email" || name.find("email") != std::string_view::npos ||
          name.find("mail") != std::string_view::npos) email = true;
      if (type == "password") password = true;
      if (type == "search") search = true;
    }
    if (password) {
      m = {nullptr, "signin", "structure.password-form", climb(id)};
      return true;
    }
    if (email && !search) {
      m = {nullptr, "newsletter", "structure.email-form", climb(id)};
      return true;
    }
  }
  // Call-to-action links to subscription or account pages that make up
  // their whole block ("SUBSCRIBE & SAVE", "Sign in").
  if (doc_.is_html(id, Tag::kA) || doc_.is_html(id, Tag::kButton)) {
    size_t l = len(id);
    if (l == 0 || l > kCtaLinkChars) return false;
    std::string href;
    for (char c : doc_.attr(id, "href")) href.push_back(c >= 'A' && c <= 'Z' ? c + 32 : c);
    // Whole parts of the address: "/abo" is a German subscription page, but
    // "/about-us" is not (reuters.com.parasite: the "Trust Principles" link).
    auto has_any_part = [&](std::initializer_list<std::string_view> parts) {
      for (std::string_view p : parts) {
        if (has_part(href, p)) return true;
      }
      return false;
    };
    const char* category = nullptr;
    if (has_any_part({"subscribe", "subscription", "subscriptions", "offer", "offers", "checkout",
                      "abonnement", "abonnements", "abonnieren", "abo", "abos", "suscripcion",
                      "suscripciones", "abbonamento", "abbonamenti", "assinatura", "assine"})) {
      category = "subscription";
    } else if (has_path_segment(href, {"login", "signin", "sign-in", "log-in", "register",
                                       "registration", "anmelden", "connexion", "account",
                                       "myaccount", "my-account"})) {
      // Whole path segments: "/art/Chozo-Account-119685313" (lazy-image-2) is
      // a picture, https://login.persona.org/ (wikipedia) a cited site.
      category = "signin";
    }
    if (!category) return false;
    // The block the link stands in.
    NodeId block = id;
    for (NodeId p = doc_.parent(id); p != kNoNode && p != scope_; p = doc_.parent(p)) {
      if (len(p) > kCtaBlockChars || is_protected(doc_, p)) break;
      block = p;
      if (len(p) > 2 * l) break;
    }
    // A link inside prose is a citation, not a call to action.
    if (len(block) > 2 * l + 2 || block == id) {
      NodeId p = doc_.parent(id);
      if (p != kNoNode && len(p) > 2 * l + 2) return false;
    }
    m = {nullptr, category, "structure.cta-link", block};
    return true;
  }
  return false;
}

// The categories whose phrases ask the reader to pay, subscribe or sign in.
bool is_prompt_category(const std::string& category) {
  return category == "subscription" || category == "paywall" || category == "newsletter" ||
         category == "signin";
}

// A paragraph: no element child that starts a block of its own.
bool is_paragraph(const Document& doc, NodeId id) {
  for (NodeId c = doc.first_child(id); c != kNoNode; c = doc.next_sibling(c)) {
    if (doc.is_element(c) && !is_inline(doc.tag(c)) && !doc.is_html(c, Tag::kBr)) return false;
  }
  return true;
}

// True when `pos` opens a sentence of `text`: only spaces and opening
// brackets or quotes since the start or since a sentence's end.
bool opens_sentence(std::string_view text, size_t pos) {
  while (pos > 0) {
    unsigned char c = static_cast<unsigned char>(text[pos - 1]);
    if (c == ' ' || c == '(' || c == '[' || c == '"' || c == '\'' || c >= 0x80) {
      --pos;  // spaces, brackets, ASCII and typographic quotes (UTF-8 bytes)
      continue;
    }
    return c == '.' || c == '!' || c == '?' || c == ':';
  }
  return true;
}

// True when `words` is empty or one of them stands in `text` as whole words
// (a word starting with '^' only where it opens a sentence).
bool holds_any(std::string_view text, const std::vector<std::string>& words) {
  if (words.empty()) return true;
  for (const std::string& w : words) {
    bool opening = !w.empty() && w[0] == '^';
    std::string_view word = opening ? std::string_view(w).substr(1) : std::string_view(w);
    for (size_t pos = find_words(text, word); pos != std::string_view::npos;
         pos = find_words(text, word, pos + 1)) {
      if (!opening || opens_sentence(text, pos)) return true;
    }
  }
  return false;
}

bool Pass::match_text(NodeId id, Match& m) {
  size_t l = len(id);
  if (l == 0 || l > max_text_chars_) return false;
  // A wrapper around a single element with no text of its own is judged
  // through that child (the match then climbs back up): keeps chains of
  // wrappers linear instead of quadratic.
  NodeId only = kNoNode;
  int elements = 0;
  for (NodeId c = doc_.first_child(id); c != kNoNode; c = doc_.next_sibling(c)) {
    if (doc_.is_element(c)) {
      ++elements;
      only = c;
    } else if (doc_.is_text(c) && len(c) > 0) {
      elements = 2;  // own text: judge here
      break;
    }
  }
  if (elements == 1 && len(only) == l) return false;
  if (subtree_nodes_[id] > kMaxTextBlockNodes) return false;
  std::string text = lower_text(doc_, id);
  bool interactive = doc_.is_html(id, Tag::kA) || doc_.is_html(id, Tag::kButton) ||
                     doc_.is_html(id, Tag::kLabel);
  bool heading = false;
  switch (doc_.tag(id)) {
    case Tag::kH1: case Tag::kH2: case Tag::kH3: case Tag::kH4: case Tag::kH5: case Tag::kH6:
      heading = true;
      break;
    default:
      break;
  }
  bool has_controls = has_controls_[id];
  std::string_view said = trim_punctuation(text);
  index_.candidates(text, candidates_);
  for (const PhraseRef& ref : candidates_) {
    const Rule& r = rules_.rules[ref.rule];
    if (text.size() > r.max_chars) continue;
    {
      const std::string& phrase = r.phrases[ref.phrase];
      size_t pos = find_words(text, phrase);
      if (pos == std::string::npos) continue;
      bool fits = false;
      switch (r.match) {
        case Rule::Match::kDominant:
          // The phrase must dominate the block: an article sentence that
          // merely mentions subscribing stays.
          fits = phrase.size() * 3 >= text.size() || interactive || has_controls ||
                 (heading && text.size() <= kHeadingChars) ||
                 (said.compare(0, phrase.size(), phrase) == 0 && text.size() <= kCtaSentenceChars);
          break;
        case Rule::Match::kPrefix:
          fits = find_words(said, phrase) == 0;
          break;
        case Rule::Match::kWhole:
          fits = said == phrase;
          break;
        case Rule::Match::kAnywhere:
          fits = true;
          break;
      }
      // A plug (phrase + call to action) is judged one paragraph at a time.
      if (!r.with.empty() && (!holds_any(text, r.with) || !is_paragraph(doc_, id))) continue;
      if (!fits) continue;
      if (r.standalone && in_caption_or_list(id)) continue;
      // A heading or prompt stands for its box; a notice found anywhere in
      // a block, a standalone line or a long opening sentence is the block
      // (newrepublic.com: a copyright line would climb into the article).
      bool climbs = !r.standalone && r.match != Rule::Match::kAnywhere &&
                    (r.match != Rule::Match::kPrefix || text.size() <= kHeadingChars);
      bool pitch = is_prompt_category(r.category) || r.category == "promo";
      m = {&r, r.category, r.id, climbs ? climb(id, pitch) : id};
      return true;
    }
  }
  return match_prompt_phrases(id, text, interactive || has_controls || has_link_[id], m);
}

// Two different prompt phrases in one short block with a link or a control
// make a prompt, though neither dominates it: "Jetzt weiterlesen mit SPIEGEL+.
// Sie haben bereits ein Digital-Abonnement? Hier anmelden" ("weiterlesen
// mit" + "anmelden"). An article sentence that mentions subscribing once
// stays, and so does one without a link to act on ("The Times said readers
// who have already subscribed will keep unlimited access ...") or a block
// holding a paragraph of prose.
// Distinct prompt phrases in `text` (non-overlapping hits of the phrases of
// the prompt categories' text rules), counting up to `enough`.
int Pass::prompt_phrases(const std::string& text, int enough, const Rule** first_rule) const {
  std::vector<std::pair<size_t, size_t>> spans;
  std::vector<PhraseRef> candidates;
  index_.candidates(text, candidates);
  for (const PhraseRef& ref : candidates) {
    const Rule& r = rules_.rules[ref.rule];
    if (!r.with.empty() || !(is_prompt_category(r.category) || r.category == "promo")) continue;
    {
      const std::string& phrase = r.phrases[ref.phrase];
      size_t pos = find_words(text, phrase);
      if (pos == std::string::npos) continue;
      size_t end = pos + phrase.size();
      bool overlaps = false;
      for (const auto& [a, b] : spans) overlaps = overlaps || (pos < b && end > a);
      if (overlaps) continue;
      if (spans.empty() && first_rule) *first_rule = &r;
      spans.emplace_back(pos, end);
      if (static_cast<int>(spans.size()) >= enough) return enough;
    }
  }
  return static_cast<int>(spans.size());
}

bool Pass::match_prompt_phrases(NodeId id, const std::string& text, bool actionable, Match& m) {
  if (!actionable || text.size() > kMaxPromptPhrasesBlockChars || prose_paras_[id] > 0) return false;
  const Rule* first = nullptr;
  if (prompt_phrases(text, 2, &first) < 2 || first == nullptr) return false;
  m = {first, first->category, "structure.prompt-phrases", climb(id, true)};
  return true;
}

bool Pass::has_password_field(NodeId id) const {
  for (NodeId n = id; n != kNoNode; n = doc_.next_in_tree(n, id)) {
    if (doc_.is_html(n, Tag::kInput) && doc_.attr(n, "type") == "password") return true;
  }
  return false;
}

// Text of `id`'s own text children (collapsed lengths).
size_t Pass::own_text_len(NodeId id) const {
  size_t own = 0;
  for (NodeId c = doc_.first_child(id); c != kNoNode; c = doc_.next_sibling(c)) {
    if (doc_.is_text(c)) own += text_len_[c];
  }
  return own;
}

NodeId Pass::climb(NodeId id, bool pitch) const {
  NodeId c = id;
  for (;;) {
    NodeId p = doc_.parent(c);
    if (p == kNoNode || p == scope_ || is_protected(doc_, p)) break;
    if (len(p) > kMaxClimbChars || len(p) > kClimbGrowth * len(c) + kClimbSlack ||
        len(p) - len(c) > kMaxClimbExtraChars) {
      break;
    }
    // The parent holds prose of its own: a box is its prompt plus at most a
    // short pitch ("Our journalism is funded by readers like you. Join today
    // ...", under a "Become a member" heading), never a paragraph of article.
    // The pitch speaks the prompt's language too (two prompt phrases in the
    // box): a sentence of bare text beside a "Subscribe" link is no pitch
    // (nytimes-4: "A version of this article appears in print on ..." next
    // to "Order Reprints | Today's Paper | Subscribe").
    bool extra = prose(p) > prose(c) || own_text_len(p) >= kMeasuredParagraphChars;
    if (extra && (!pitch || prose(p) - prose(c) + own_text_len(p) > kMaxClimbPitchChars ||
                  prose_paras_[p] > prose_paras_[c] || prompt_phrases(lower_text(doc_, p)) < 2)) {
      break;
    }
    // A prompt next to the page's title is not the title's box
    // (chefkoch.de.mandarinen: a sign-in button beside the recipe's <h1>).
    if (holds_h1(p) && !holds_h1(c)) break;
    Tag t = doc_.tag(p);
    if (t == Tag::kMain || t == Tag::kArticle) break;
    c = p;
  }
  return c;
}

// Blocks repeated on the page: a short block with a link or a control whose
// text occurs again in another block (wikia: "Don't miss a thing. Keep up
// with Fandom." twice; breitbart: the desktop and mobile copies of one
// sign-up box). Article text is written once; furniture is stamped out.
// Each text counts once per chain of wrappers (the topmost element holding
// it), so a wrapper and its only child are not a repeat.
void Pass::mark_repeated_blocks() {
  repeated_.assign(doc_.node_count(), false);
  std::unordered_map<std::string, std::vector<NodeId>> by_text;
  size_t candidates = 0;
  for (NodeId n = scope_; n != kNoNode; n = doc_.next_in_tree(n, scope_)) {
    if (n == scope_ || !doc_.is_element(n) || is_inline(doc_.tag(n)) || is_heading(doc_.tag(n)))
      continue;
    size_t l = len(n);
    NodeId p = doc_.parent(n);
    if (l < kMinRepeatedChars || l > kMaxRepeatedChars || (p != scope_ && len(p) == l)) continue;
    if (!(has_link_[n] || has_controls_[n]) || prose_paras_[n] > 0 || in_caption_or_list(n) ||
        subtree_nodes_[n] > kMaxTextBlockNodes) {
      continue;
    }
    if (has_media_[n]) continue;
    if (++candidates > kMaxRepeatedCandidates) break;
    by_text[lower_text(doc_, n)].push_back(n);
  }
  if (trace_) std::fprintf(stderr, "clutter: %zu blocks compared for repeats\n", candidates);
  for (const auto& [text, blocks] : by_text) {
    if (blocks.size() < 2) continue;
    for (NodeId b : blocks) repeated_[b] = true;
  }
}

bool Pass::match_hidden(NodeId id, Match& m) {
  // Shorter hidden bits (calendar cells, "Up") are not worth a line in the
  // list of removals: extraction drops them unreported, as Readability does.
  if (len(id) < kMinReportedHiddenChars || !dom::is_hidden(doc_, id)) return false;
  m = {nullptr, "hidden", "structure.hidden", id};
  return true;
}

bool Pass::match_repeated(NodeId id, Match& m) {
  if (!repeated_[id]) return false;
  // A credit under a picture repeats when one artist made several
  // (lazy-image-2: "(Artist: 3ihard)" under eight images): part of the art.
  // Judged now, when the ads once between picture and credit are gone.
  NodeId prev = doc_.prev_sibling(id);
  while (prev != kNoNode && !doc_.is_element(prev)) prev = doc_.prev_sibling(prev);
  if (prev != kNoNode && has_media_[prev]) return false;
  m = {nullptr, "boilerplate", "structure.repeated", id};
  return true;
}

bool Pass::judge(NodeId id, Match& m) {
  if (paywall_prompt_[id]) {
    m = {nullptr, "paywall", "structure.paywall-ld", id};
    return true;
  }
  return match_attr(id, m) || match_selector(id, m) || match_structure(id, m) || match_text(id, m) ||
         match_hidden(id, m) || match_repeated(id, m);
}


ClutterStats Pass::run() {
  ClutterStats stats;
  if (scope_ == kNoNode) return stats;
  measure();
  mark_paywalled_parts();
  mark_repeated_blocks();
  stats.page_prose = prose(scope_);
  size_t log_start = log_.size();
  std::vector<Detached> detached;
  NodeId node = doc_.first_child(scope_);
  while (node != kNoNode) {
    Match m;
    if (doc_.is_element(node) && !is_protected(doc_, node) && judge(node, m)) {
      NodeId c = m.container == kNoNode ? node : m.container;
      if (guard_allows(c, m)) {
        NodeId next = doc_.next_skipping_children(c, scope_);
        bool account_form = has_password_field(c);
        detached.push_back({c, doc_.parent(c), doc_.next_sibling(c), account_form,
                            m.category == "comments"});
        if (!account_form) stats.removed_prose += prose(c);
        doc_.detach(c);
        log_.add(c, m.category, m.rule_id, c);
        trace("removed", m, c);
        node = next;
        continue;
      }
      ++stats.guarded;
      trace("guarded", m, c);
    }
    node = doc_.next_in_tree(node, scope_);
  }
  stats.removed = detached.size();
  revert_if_too_much(detached, log_start, stats);
  return stats;
}

void Pass::revert_if_too_much(std::vector<Detached>& detached, size_t log_start,
                              ClutterStats& stats) {
  size_t comment_prose = 0;
  for (const Detached& d : detached) {
    if (d.comments && !d.account_form) comment_prose += prose(d.node);
  }
  auto too_much = [&](size_t removed) {
    return stats.page_prose > 0 && removed >= kMinRevertedProseChars &&
           static_cast<double>(removed) / stats.page_prose > kMaxRemovedProseShare;
  };
  if (!too_much(stats.removed_prose)) return;
  // A pass that took most of the prose mistook the article for clutter: undo
  // it whole. Not for a single notice: see kMinRevertedProseChars. When the
  // comment threads alone tip the balance, the threads outweigh the article
  // and may be what people came to read (firefox-nightly-blog, where
  // Readability keeps them): only they go back, and the newsletter boxes,
  // ads and bios beside them stay out (foxyfolksy.com.buttercream: 40
  // comments under a recipe used to undo the whole pass).
  bool only_comments = comment_prose > 0 && !too_much(stats.removed_prose - comment_prose);
  // Sign-in and registration boxes stay out: a box with a password field is
  // never what the reader came for, however much text its dialogs hold
  // (zdf.de.corona: its account dialogs outweigh a short video summary).
  for (Detached& d : detached) d.stays_out = d.account_form || (only_comments && !d.comments);
  // Undo in reverse order so every saved `next` sibling is back in place.
  for (auto it = detached.rbegin(); it != detached.rend(); ++it) {
    if (it->stays_out) continue;
    // A saved `next` that stays out is stood in for by its own `next`.
    NodeId next = it->next;
    for (auto later = it.base(); later != detached.end() && next != kNoNode; ++later) {
      if (later->node == next && later->stays_out) next = later->next;
    }
    doc_.insert_before(it->parent, it->node, next);
  }
  std::vector<dom::RemovalEntry> kept;
  size_t kept_prose = 0;
  // The pass logged one entry per detached block, in order.
  for (size_t k = 0; k < detached.size() && log_start + k < log_.size(); ++k) {
    if (!detached[k].stays_out) continue;
    kept.push_back(log_.entries()[log_start + k]);
    if (!detached[k].account_form) kept_prose += prose(detached[k].node);
  }
  log_.truncate(log_start);
  for (dom::RemovalEntry& e : kept) log_.entries().push_back(std::move(e));
  if (trace_) {
    std::fprintf(stderr, "clutter: reverted %s: it took %zu of %zu prose bytes\n",
                 only_comments ? "the comment removals" : "the pass", stats.removed_prose,
                 stats.page_prose);
  }
  stats.reverted = !only_comments;
  stats.removed = kept.size();
  stats.removed_prose = kept_prose;
}

}  // namespace

ClutterStats remove_clutter(Document& doc, NodeId scope, const RuleSet& rules,
                            dom::RemovalLog& log, const PageHints& hints) {
  Pass pass(doc, scope, rules, log, hints);
  return pass.run();
}

}  // namespace reader::clutter
