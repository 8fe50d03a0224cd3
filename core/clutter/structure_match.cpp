// Blocks recognised by their structure: forms, dialogs, hidden elements,
// blocks repeated on the page (call-to-action links: box_match.cpp).
#include "clutter/pass.h"

#include <cstdio>
#include <string>
#include <unordered_map>

#include "clutter/guards.h"
#include "clutter/text_fold.h"
#include "dom/visibility.h"

namespace reader::clutter::detail {
namespace {

bool contains_any(std::string_view text, std::initializer_list<std::string_view> words) {
  for (auto w : words) {
    if (text.find(w) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

// Structural signals that need no vocabulary of class names.
bool Pass::match_structure(NodeId id, Match& m) {
  // Modal dialogs: consent banners and promotional pop-ups.
  std::string_view role = doc_.attr(id, "role");
  if (doc_.attr(id, "aria-modal") == "true" || role == "dialog" || role == "alertdialog" ||
      doc_.is_html(id, Tag::kDialog)) {
    std::string text = lower_text(doc_, id);
    // What the dialog says, or what its label says it is ("Gestion des
    // cookies" over "Nous utilisons des traceurs ...", blind seed set 1), in
    // the project's languages.
    std::string said = text + " " + fold_text(std::string(doc_.attr(id, "aria-label")));
    bool consent = contains_any(said, {"cookie", "consent", "privacy", "datenschutz", "gdpr",
                                       "rgpd", "dsgvo", "traceurs", "tracker", "rastreadores",
                                       "einwilligung", "vie privée", "privacidad", "privacidade",
                                       "toestemming"});
    // A dialog is filed by what it asks: the category of the first prompt
    // rule whose phrase it holds ("You've reached your limit of free
    // articles ... Subscribe today" is a paywall, "Melden Sie sich für
    // unseren Newsletter an" a newsletter), a bare pop-up is a promo.
    std::string category = consent ? "consent" : "promo";
    if (!consent) {
      std::vector<PhraseRef> candidates;
      index_.candidates(text, candidates);
      const Rule* first = nullptr;
      if (prompt_phrases(text, candidates, 1, &first) > 0 && first) category = first->category;
    }
    m = {nullptr, category, "structure.dialog", id};
    return true;
  }
  // A rail of headlines without a title: an <aside> on an article page,
  // after the article's last paragraph, whose text is all in two or more
  // links (Ghost's read-more cards: <aside><article><a><h2>...</h2></a>
  // ..., blind seed set 1 with its classes hashed). A sidebar with prose,
  // or one before the article's end, stays for the extractor.
  if ((doc_.is_html(id, Tag::kAside) || role == "complementary") && len(id) > 0 &&
      len(id) <= kMaxClimbChars && prose_paras_[id] == 0 && !holds_article(id) &&
      measured_paras_[scope_] >= kMinArticlePageParagraphs &&
      !followed_by_paragraph(id, kMeasuredParagraphChars)) {
    // Headline cards: links that hold a heading. A list of plain links is a
    // site's section menu (wcxb-dev 4554: "Building Department Commercial
    // Permits ..."), left to the extractor.
    size_t linked = 0;
    int cards = 0;
    for (NodeId n = id; n != kNoNode;) {
      if (doc_.is_html(n, Tag::kA)) {
        if (headings_below(n) > 0) ++cards;
        linked += len(n);
        n = doc_.next_skipping_children(n, id);
        continue;
      }
      n = doc_.next_in_tree(n, id);
    }
    if (cards >= 2 && linked == len(id)) {
      m = {nullptr, "related", "structure.headline-rail", id};
      return true;
    }
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
      m = {nullptr, "signin", "structure.password-form", climb_box(id)};
      return true;
    }
    if (email && !search) {
      m = {nullptr, "newsletter", "structure.email-form", climb_box(id)};
      return true;
    }
  }
  return false;
}

bool is_email_input(const Document& doc, NodeId n) {
  if (!doc.is_html(n, Tag::kInput)) return false;
  std::string_view type = doc.attr(n, "type");
  if (type == "email") return true;
  if (!type.empty() && type != "text") return false;
  // A text field labelled for an address ("E-Mail-Adresse eingeben",
  // "Tu correo electrónico", name="email").
  const std::string hint = to_lower_ascii(std::string(doc.attr(n, "placeholder")) + " " +
                                          std::string(doc.attr(n, "name")) + " " +
                                          std::string(doc.attr(n, "aria-label")));
  if (hint.find("mail") != std::string::npos || hint.find("correo") != std::string::npos) return true;
  // ... or whose placeholder is an address ("you@example.ie", blind seed
  // set 2: an inline-styled box with a bare text field and a "Join free" span).
  size_t at = hint.find('@');
  return at != std::string::npos && at > 0 && hint.find('.', at) != std::string::npos;
}

bool Pass::has_email_field(NodeId id) const {
  for (NodeId n = id; n != kNoNode; n = doc_.next_in_tree(n, id)) {
    if (is_email_input(doc_, n)) return true;
  }
  return false;
}

bool Pass::holds_navigation(NodeId id) const {
  for (NodeId n = id; n != kNoNode; n = doc_.next_in_tree(n, id)) {
    if (doc_.is_html(n, Tag::kNav) || doc_.attr(n, "role") == "navigation") return true;
  }
  return false;
}

bool Pass::has_password_field(NodeId id) const {
  for (NodeId n = id; n != kNoNode; n = doc_.next_in_tree(n, id)) {
    if (doc_.is_html(n, Tag::kInput) && doc_.attr(n, "type") == "password") return true;
  }
  return false;
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
  if (trace_) {  // fputs, not fprintf (see Pass::trace)
    std::fputs(("clutter: " + std::to_string(candidates) + " blocks compared for repeats\n").c_str(),
               stderr);
  }
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

}  // namespace reader::clutter::detail
