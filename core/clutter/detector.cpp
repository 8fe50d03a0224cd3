#include "clutter/detector.h"

#include <algorithm>
#include <string>
#include <vector>
#include <cstdio>
#include <cstdlib>

#include "clutter/guards.h"

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

// Collapsed, ASCII-lowercased text of a subtree.
std::string lower_text(const Document& doc, NodeId id) {
  std::string raw = doc.text_content(id);
  std::string out;
  out.reserve(raw.size());
  bool space = false;
  for (char c : raw) {
    if (is_space(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
  return out;
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

// Lowercased values of the attributes that name a block's role.
std::string signature(const Document& doc, NodeId id) {
  std::string sig;
  for (const dom::Attr& a : doc.attrs(id)) {
    if (a.name == "class" || a.name == "id" || a.name == "data-component" ||
        a.name == "data-module" || a.name == "data-testid" || a.name == "data-test-id" ||
        a.name == "data-type" || a.name == "data-role") {
      sig.push_back(' ');
      for (char c : a.value) sig.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
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

bool is_protected(const Document& doc, NodeId id) {
  Tag t = doc.tag(id);
  return t == Tag::kHtml || t == Tag::kBody || t == Tag::kHead;
}

struct Match {
  const Rule* rule = nullptr;
  std::string category;
  std::string rule_id;
  NodeId container = kNoNode;
};

class Pass {
 public:
  Pass(Document& doc, NodeId scope, const RuleSet& rules, dom::RemovalLog& log)
      : doc_(doc), scope_(scope), rules_(rules), log_(log) {}

  ClutterStats run();

 private:
  void measure();
  bool judge(NodeId id, Match& m);
  bool match_attr(NodeId id, Match& m);
  bool match_selector(NodeId id, Match& m);
  bool match_structure(NodeId id, Match& m);
  bool match_text(NodeId id, Match& m);
  NodeId climb(NodeId id) const;
  bool guard_allows(NodeId id, const std::string& category) const;
  size_t len(NodeId id) const { return id < text_len_.size() ? text_len_[id] : 0; }
  size_t prose(NodeId id) const { return id < prose_len_.size() ? prose_len_[id] : 0; }
  int prose_paragraphs(NodeId id) const;

  Document& doc_;
  NodeId scope_;
  const RuleSet& rules_;
  dom::RemovalLog& log_;
  std::vector<uint32_t> text_len_;   // bytes of text in each subtree
  std::vector<uint32_t> prose_len_;  // bytes of text in prose paragraphs of each subtree
  size_t max_text_chars_ = 0;
};

void Pass::measure() {
  std::vector<NodeId> order;
  for (NodeId n = scope_; n != kNoNode; n = doc_.next_in_tree(n, scope_)) order.push_back(n);
  text_len_.assign(doc_.node_count(), 0);
  prose_len_.assign(doc_.node_count(), 0);
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
    NodeId p = doc_.parent(n);
    if (n != scope_ && p != kNoNode) {
      text_len_[p] += text_len_[n];
      prose_len_[p] += prose_len_[n];
    }
  }
  for (const Rule& r : rules_.rules) {
    if (r.kind == Rule::Kind::kText) max_text_chars_ = std::max(max_text_chars_, r.max_chars);
  }
}

int Pass::prose_paragraphs(NodeId id) const {
  int count = 0;
  for (NodeId n = doc_.first_child(id); n != kNoNode; n = doc_.next_in_tree(n, id)) {
    if (doc_.is_html(n, Tag::kP) && len(n) >= kProseParagraphChars) ++count;
  }
  return count;
}

bool Pass::guard_allows(NodeId id, const std::string& category) const {
  size_t l = len(id);
  size_t page = len(scope_);
  double limit = category == "comments" ? kMaxPageShareComments : kMaxPageShare;
  if (l > kSmallBlockChars && page > 0 && static_cast<double>(l) / page > limit) return false;
  if (category != "comments" && category != "related" && prose(id) >= kProseParagraphChars &&
      prose_paragraphs(id) > kMaxProseParagraphs) {
    return false;
  }
  return true;
}

bool Pass::match_attr(NodeId id, Match& m) {
  if (is_inline(doc_.tag(id))) return false;
  std::string sig = signature(doc_, id);
  if (sig.empty()) return false;
  for (const Rule& r : rules_.rules) {
    if (r.kind != Rule::Kind::kAttr) continue;
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
    if (r.kind == Rule::Kind::kSelector && r.selector && r.selector->matches(doc_, id)) {
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
    const char* category = nullptr;
    if (contains_any(href, {"subscribe", "subscription", "/offer", "checkout", "abonnement",
                            "abonnieren", "/abo", "suscripcion", "abbonamento", "assinatura"})) {
      category = "subscription";
    } else if (contains_any(href, {"/login", "/signin", "/sign-in", "/log-in", "/register",
                                   "/account/", "/anmelden", "/connexion"})) {
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
  bool has_controls = false;
  for (NodeId n = doc_.first_child(id); n != kNoNode && !has_controls; n = doc_.next_in_tree(n, id)) {
    if (doc_.is_html(n, Tag::kInput) || doc_.is_html(n, Tag::kButton) || doc_.is_html(n, Tag::kForm))
      has_controls = true;
  }
  for (const Rule& r : rules_.rules) {
    if (r.kind != Rule::Kind::kText || text.size() > r.max_chars) continue;
    for (const std::string& phrase : r.phrases) {
      if (text.find(phrase) == std::string::npos) continue;
      // The phrase must dominate the block: an article sentence that merely
      // mentions subscribing stays.
      bool dominant = phrase.size() * 3 >= text.size() || interactive || has_controls ||
                      (heading && text.size() <= 120) ||
                      (text.compare(0, phrase.size(), phrase) == 0 && text.size() <= kCtaSentenceChars);
      if (!dominant) continue;
      m = {&r, r.category, r.id, climb(id)};
      return true;
    }
  }
  return false;
}

NodeId Pass::climb(NodeId id) const {
  NodeId c = id;
  for (;;) {
    NodeId p = doc_.parent(c);
    if (p == kNoNode || p == scope_ || is_protected(doc_, p)) break;
    if (len(p) > kMaxClimbChars || len(p) > kClimbGrowth * len(c) + kClimbSlack) break;
    if (prose(p) > prose(c)) break;  // the parent holds prose of its own
    Tag t = doc_.tag(p);
    if (t == Tag::kMain || t == Tag::kArticle) break;
    c = p;
  }
  return c;
}

bool Pass::judge(NodeId id, Match& m) {
  return match_attr(id, m) || match_selector(id, m) || match_structure(id, m) || match_text(id, m);
}

struct Detached {
  NodeId node, parent, next;
};

ClutterStats Pass::run() {
  ClutterStats stats;
  if (scope_ == kNoNode) return stats;
  measure();
  stats.page_prose = prose(scope_);
  size_t log_start = log_.size();
  std::vector<Detached> detached;
  NodeId node = doc_.first_child(scope_);
  while (node != kNoNode) {
    Match m;
    if (doc_.is_element(node) && !is_protected(doc_, node) && judge(node, m)) {
      NodeId c = m.container == kNoNode ? node : m.container;
      if (guard_allows(c, m.category)) {
        NodeId next = doc_.next_skipping_children(c, scope_);
        detached.push_back({c, doc_.parent(c), doc_.next_sibling(c)});
        stats.removed_prose += prose(c);
        doc_.detach(c);
        log_.add(c, m.category, m.rule_id, c);
        node = next;
        continue;
      }
      ++stats.guarded;
      if (std::getenv("READER_TRACE")) std::fprintf(stderr, "guarded %s %s len=%zu\n", m.rule_id.c_str(), std::string(doc_.name(c)).c_str(), len(c));
    }
    node = doc_.next_in_tree(node, scope_);
  }
  stats.removed = detached.size();
  if (stats.page_prose > 0 &&
      static_cast<double>(stats.removed_prose) / stats.page_prose > kMaxRemovedProseShare) {
    // Undo in reverse order so every saved `next` sibling is back in place.
    for (auto it = detached.rbegin(); it != detached.rend(); ++it) {
      doc_.insert_before(it->parent, it->node, it->next);
    }
    log_.truncate(log_start);
    if (std::getenv("READER_TRACE")) std::fprintf(stderr, "reverted: prose %zu of %zu\n", stats.removed_prose, stats.page_prose);
    stats.reverted = true;
    stats.removed = 0;
  }
  return stats;
}

}  // namespace

ClutterStats remove_clutter(Document& doc, NodeId scope, const RuleSet& rules,
                            dom::RemovalLog& log) {
  Pass pass(doc, scope, rules, log);
  return pass.run();
}

}  // namespace reader::clutter
