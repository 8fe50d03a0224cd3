// Blocks recognised by their text: the text rules' phrases (through the
// phrase index) and pairs of prompt phrases.
#include "clutter/pass.h"

#include <algorithm>

#include "clutter/guards.h"
#include "clutter/text_fold.h"
#include "clutter/words.h"

namespace reader::clutter::detail {
namespace {

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

// A paragraph: no element child that starts a block of its own.
bool is_paragraph(const Document& doc, NodeId id) {
  for (NodeId c = doc.first_child(id); c != kNoNode; c = doc.next_sibling(c)) {
    if (doc.is_element(c) && !is_inline(doc.tag(c)) && !doc.is_html(c, Tag::kBr)) return false;
  }
  return true;
}

// True when `pos` opens a sentence of `text`: only spaces and opening
// brackets or quotes since the start or since a sentence's end (. ! ? :).
bool opens_sentence(std::string_view text, size_t pos) {
  while (pos > 0) {
    uint32_t cp = code_point_before(text, pos);
    size_t before = pos;  // step back over the code point's bytes
    do --before; while (before > 0 && (static_cast<unsigned char>(text[before]) & 0xC0) == 0x80);
    switch (cp) {
      case ' ': case '(': case '[': case '"': case '\'':
      case 0x201C: case 0x201E: case 0x2018: case 0x00AB:  // “ „ ‘ «
        pos = before;
        continue;
      default:
        return cp == '.' || cp == '!' || cp == '?' || cp == ':';
    }
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

}  // namespace

NodeId Pass::enclosing_block(NodeId id) const {
  NodeId n = id;
  while (is_inline(doc_.tag(n)) && doc_.parent(n) != kNoNode && doc_.parent(n) != scope_) {
    n = doc_.parent(n);
  }
  return n;
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
  // A sidebar of boxes, each under its own title ("Unsere App" beside
  // "Newsletter", blind seed set 1): its text is several prompts', and
  // each box is judged on its own as the walk goes on.
  if (holds_titled_boxes(id)) return false;
  std::string text = lower_text(doc_, id);
  bool interactive = doc_.is_html(id, Tag::kA) || doc_.is_html(id, Tag::kButton) ||
                     doc_.is_html(id, Tag::kLabel);
  bool heading = is_heading(doc_.tag(id));
  bool has_controls = has_controls_[id];
  std::string_view said = trim_punctuation(text);
  // The text with its numbers as '#', made when a counting phrase is tried.
  // The counting phrases ("# comments") are found through the words of
  // both texts; without a digit or '#' no counting phrase can stand in it.
  std::string counted;
  std::string_view said_counted;
  if (text.find_first_of("0123456789#") != std::string::npos) {
    counted = with_counts(text);
    said_counted = trim_punctuation(counted);
  }
  index_.candidates(text, counted, candidates_);
  // A log-in word beside a pitch ("Abonnieren Anmelden", "Subscribe Sign
  // in") is filed under the pitch: the first fitting sign-in phrase waits
  // for a fitting phrase of another prompt category.
  const Rule* signin_fit = nullptr;
  NodeId signin_container = kNoNode;
  for (const PhraseRef& ref : candidates_) {
    const Rule& r = rules_.rules[ref.rule];
    if (text.size() > r.max_chars) continue;
    const std::string& phrase = r.phrases[ref.phrase];
    bool counts = phrase.find('#') != std::string::npos;
    if (counts && counted.empty()) {
      counted = with_counts(text);
      said_counted = trim_punctuation(counted);
    }
    size_t pos = find_words(counts ? std::string_view(counted) : std::string_view(text), phrase);
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
        // The title of an author box ("Written by Jane Doe") names the
        // byline's author, and no paragraph of the article comes after its
        // box: above the article the same words are its byline.
        // A rail's or an author box's title is its whole line: "More from
        // Cornell" opening "... on climate change and gardening:" leads into
        // the article's own list (wcxb-dev 0275).
        if (fits && (r.category == "related" || r.category == "author-bio") &&
            len(enclosing_block(id)) != l) {
          fits = false;
        }
        if (fits && r.category == "author-bio") {
          fits = names_author(said) && !followed_by_paragraph(climb_box(id), kMeasuredParagraphChars);
        }
        break;
      case Rule::Match::kWhole:
        // A standalone label is the whole of its line: a link that says
        // "later" inside a sentence ("more on those <a>later</a>", wcxb-dev
        // 4472) is prose. (Other whole labels may open a line: "<strong>Read
        // more:</strong> <a>...</a>", wcxb-dev 0343, 4072.)
        // A count ("12 comments") is a label of its own line too: a link
        // that says it inside a sentence is part of that sentence.
        fits = (counts ? said_counted : said) == phrase &&
               (!(r.standalone || counts) || !is_inline(doc_.tag(id)) ||
                inline_run_len(id) <= 2 * l + 2);
        break;
      case Rule::Match::kAnywhere:
        fits = true;
        break;
      case Rule::Match::kAuthor:
        // A block of its own: an inline run is part of a sentence
        // (breitbart: <i>Lucas Nolan is a reporter ...</i> opening a <p>),
        // unless it is all its block says (<p><em>Jane Doe is ...</em></p>).
        fits = len(enclosing_block(id)) == l && opens_with_author(said) && !followed_by_prose(id) &&
               (text.size() <= kCtaSentenceChars || !among_prose_paragraphs(id));
        break;
    }
    if (!fits) continue;
    // A plug (phrase + call to action) is judged one paragraph at a time.
    // A promo's call may also be the dismiss button beside it ("Ative as
    // notificações ... | Agora não"): the reader is asked all the same.
    if (!r.with.empty() &&
        (!(holds_any(text, r.with) || (r.category == "promo" && offers_dismiss(id))) ||
         !is_paragraph(doc_, id))) {
      continue;
    }
    if (r.standalone && in_caption_or_list(id)) continue;
    // A heading or prompt stands for its box; a notice found anywhere in
    // a block, a standalone line or a long opening sentence is the block
    // (newrepublic.com: a copyright line would climb into the article).
    // A standalone line as short as a heading is the title of its box when
    // the box is a prompt ("Sign up for The Week's Free Newsletters" over a
    // "Sign up" link): it climbs, with climb()'s limits on a pitch.
    bool climbs = (!r.standalone && r.match != Rule::Match::kAnywhere &&
                   (r.match != Rule::Match::kPrefix || text.size() <= kHeadingChars)) ||
                  (r.standalone && text.size() <= kHeadingChars && !in_caption_or_list(id) &&
                   is_prompt_category(r.category));
    bool pitch = is_prompt_category(r.category) || r.category == "promo";
    if (r.category == "signin") {
      if (!signin_fit) {
        signin_fit = &r;
        signin_container = climbs ? climb(id, pitch) : id;
      }
      continue;
    }
    if (signin_fit && !is_prompt_category(r.category)) continue;
    NodeId container = climbs ? climb(id, pitch) : id;
    // A count is the label of its line; only as a heading or a <details>'
    // summary does it stand for the section below ("Comentarios (37)" over
    // the comments).
    if (counts && !heading && !doc_.is_html(id, Tag::kSummary)) container = id;
    if (r.category == "related" && heading && container == id) container = rail_of(id);
    // An ad-blocker plea takes its box too ("I have allowed ads" beside it).
    if (!climbs && r.standalone && (pitch || r.category == "ad") && !in_caption_or_list(id)) {
      container = titled_box(id);
    }
    // An author box's title stands for the box: the bio beside it is a
    // paragraph or two of its own, as a prompt's pitch is.
    if (r.category == "author-bio" && r.match == Rule::Match::kPrefix) container = climb_box(id);
    m = {&r, r.category, r.id, container};
    return true;
  }
  if (signin_fit) {
    m = {signin_fit, signin_fit->category, signin_fit->id, signin_container};
    return true;
  }
  return match_prompt_phrases(id, text, candidates_, interactive || has_controls || has_link_[id], m);
}

const Rule* Pass::rule_named(std::string_view id) const {
  for (const Rule& r : rules_.rules) {
    if (r.id == id) return &r;
  }
  return nullptr;
}

bool Pass::says_phrase_of(NodeId n, const Rule& r, bool counted) const {
  if (len(n) == 0 || len(n) > r.max_chars) return false;
  std::string text = lower_text(doc_, n);
  if (counted) text = with_counts(text);
  std::string_view said = trim_punctuation(text);
  return std::find(r.phrases.begin(), r.phrases.end(), said) != r.phrases.end();
}

bool Pass::titled_by_comment_count(NodeId box) const {
  const Rule* count = rule_named("comments.count");
  if (!count) return false;
  for (NodeId n = box; n != kNoNode; n = doc_.next_in_tree(n, box)) {
    if (doc_.is_element(n) && is_heading(doc_.tag(n)) && says_phrase_of(n, *count, true)) {
      return true;
    }
  }
  return false;
}

bool Pass::holds_comment_count(NodeId box) const {
  const Rule* count = rule_named("comments.count");
  if (!count) return false;
  for (NodeId n = doc_.first_child(box); n != kNoNode; n = doc_.next_in_tree(n, box)) {
    if (doc_.is_element(n) && says_phrase_of(n, *count, true)) return true;
  }
  return false;
}

bool Pass::titled_as_rail(NodeId box) const {
  const Rule* rail = rule_named("related.text");
  if (!rail) return false;
  for (NodeId n = box; n != kNoNode; n = doc_.next_in_tree(n, box)) {
    if (doc_.is_element(n) && is_heading(doc_.tag(n))) return says_phrase_of(n, *rail, false);
  }
  return false;
}

NodeId Pass::rail_of(NodeId heading) const {
  // Beside the heading, at least this share of the rail's text is in links.
  constexpr size_t kRailLinkedPercent = 90;
  NodeId p = doc_.parent(heading);
  if (p == kNoNode || p == scope_ || is_protected(doc_, p) || len(p) > kMaxClimbChars ||
      prose_paras_[p] > 0 || holds_h1(p) || titles_below(p) > 1) {
    return heading;
  }
  Tag t = doc_.tag(p);
  if (t == Tag::kMain || t == Tag::kArticle || t == Tag::kBody) return heading;
  size_t linked = 0;
  for (NodeId n = doc_.first_child(p); n != kNoNode;) {
    if (n == heading) {
      n = doc_.next_skipping_children(n, p);
      continue;
    }
    if (doc_.is_html(n, Tag::kA)) {
      linked += len(n);
      n = doc_.next_skipping_children(n, p);
      continue;
    }
    n = doc_.next_in_tree(n, p);
  }
  size_t rest = len(p) - len(heading);
  return rest > 0 && linked * 100 >= rest * kRailLinkedPercent ? p : heading;
}

bool Pass::offers_dismiss(NodeId id) const {
  NodeId parent = doc_.parent(enclosing_block(id));
  if (parent == kNoNode || parent == scope_ || len(parent) > kMaxPromptBoxChars) return false;
  const Rule* later = rule_named("promo.later");
  if (!later) return false;
  for (NodeId n = parent; n != kNoNode; n = doc_.next_in_tree(n, parent)) {
    if ((doc_.is_html(n, Tag::kA) || doc_.is_html(n, Tag::kButton)) &&
        says_phrase_of(n, *later, false)) {
      return true;
    }
  }
  return false;
}

// Distinct prompt phrases in `text` (non-overlapping hits of the phrases of
// the prompt and promo categories' text rules, among `candidates`: the phrase
// index's answer for `text`), counting up to `enough`; the rule of the first
// goes to `first_rule`.
int Pass::prompt_phrases(const std::string& text, const std::vector<PhraseRef>& candidates,
                         int enough, const Rule** first_rule) const {
  // The hits in reading order, the longer of two at one place first: "get
  // unlimited access" (a pitch) is one phrase, not "unlimited access" (a
  // wall) after a stray "get".
  struct Hit {
    size_t pos, end;
    const Rule* rule;
  };
  std::vector<Hit> hits;
  for (const PhraseRef& ref : candidates) {
    const Rule& r = rules_.rules[ref.rule];
    // Whole labels count only as the whole block ("Later" is a dismiss
    // button, "28 Years Later" a film: wcxb-dev 2907).
    if (!r.with.empty() || r.match == Rule::Match::kWhole ||
        !(is_prompt_category(r.category) || r.category == "promo")) {
      continue;
    }
    const std::string& phrase = r.phrases[ref.phrase];
    size_t pos = find_words(text, phrase);
    if (pos == std::string::npos) continue;
    hits.push_back({pos, pos + phrase.size(), &r});
  }
  std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    return a.pos != b.pos ? a.pos < b.pos : a.end > b.end;
  });
  std::vector<std::pair<size_t, size_t>> spans;
  for (const Hit& hit : hits) {
    const Rule& r = *hit.rule;
    size_t pos = hit.pos, end = hit.end;
    bool overlaps = false;
    for (const auto& [a, b] : spans) overlaps = overlaps || (pos < b && end > a);
    if (overlaps) continue;
    // A log-in link beside a pitch to pay or sign up is part of that
    // prompt ("Already a subscriber? Log in"; "Abonnieren | Anmelden"): the
    // box is filed under the pitch.
    if (first_rule && (spans.empty() || ((*first_rule)->category == "signin" &&
                                         r.category != "signin"))) {
      *first_rule = &r;
    }
    spans.emplace_back(pos, end);
    if (static_cast<int>(spans.size()) >= enough &&
        (!first_rule || (*first_rule)->category != "signin")) {
      return enough;
    }
  }
  return std::min(static_cast<int>(spans.size()), enough);
}

bool Pass::own_text_is_pitch(NodeId id) const {
  if (own_text_len(id) < kMeasuredParagraphChars) return true;
  std::string own;
  for (NodeId c = doc_.first_child(id); c != kNoNode; c = doc_.next_sibling(c)) {
    if (doc_.is_text(c)) own += doc_.data(c);
  }
  return prompt_phrases(fold_text(own)) > 0;
}

int Pass::prompt_phrases(const std::string& text) const {
  std::vector<PhraseRef> candidates;
  index_.candidates(text, candidates);
  return prompt_phrases(text, candidates, 2, nullptr);
}

// Two different prompt phrases in one short block with a link or a control
// make a prompt, though neither dominates it: "Jetzt weiterlesen mit SPIEGEL+.
// Sie haben bereits ein Digital-Abonnement? Hier anmelden" ("weiterlesen
// mit" + "anmelden"). An article sentence that mentions subscribing once
// stays, and so does one without a link to act on ("The Times said readers
// who have already subscribed will keep unlimited access ...") or a block
// holding a paragraph of prose.
bool Pass::match_prompt_phrases(NodeId id, const std::string& text,
                                const std::vector<PhraseRef>& candidates, bool actionable,
                                Match& m) {
  if (!actionable || text.size() > kMaxPromptBoxChars) return false;
  // A box longer than a prompt, or one holding a paragraph of prose, is a
  // prompt only when it opens with one: its first block, a heading or a
  // line, says a prompt phrase ("... we have a small favour to ask." over
  // two paragraphs of pitch and a "Support us" link). A bare heading is not
  // enough (nestle-marktplatz.de: "Jetzt Produkttester werden" over the
  // page's own text, which asks to "unterstützen Sie uns" and "registrieren").
  if (text.size() > kMaxPromptPhrasesBlockChars || prose_paras_[id] > 0) {
    if (doc_.is_html(id, Tag::kP) || prose_paras_[id] > kMaxPromptBoxProseParagraphs) return false;
    NodeId first_block = doc_.first_child(id);
    while (first_block != kNoNode && (!doc_.is_element(first_block) || len(first_block) == 0)) {
      first_block = doc_.next_sibling(first_block);
    }
    if (first_block == kNoNode || len(first_block) > kHeadingChars) return false;
    if (prompt_phrases(lower_text(doc_, first_block)) < 1) return false;
  }
  // A sentence of the block's own text that says none of it is no pitch
  // (nytimes-4: "A version of this article appears in print on ..." beside
  // "Order Reprints | Today's Paper | Subscribe"): the links go, the note
  // stays.
  if (!own_text_is_pitch(id)) return false;
  // A site header holds the menu beside its "Abonnieren | Anmelden" buttons:
  // the buttons are the prompt, the menu is navigation.
  if (holds_navigation(id)) return false;
  const Rule* first = nullptr;
  if (prompt_phrases(text, candidates, 2, &first) < 2 || first == nullptr) return false;
  // The prompt is the smallest block that says both: when one child says
  // them, the walk judges that child, and its neighbours stay theirs (a
  // "Mais lidas" rail beside "A edição impressa ... Assine a edição em
  // papel" in one sidebar cell, blind seed set 2). Nor is a sidebar of
  // boxes, each under its own title, one prompt ("Unsere App" beside
  // "Newsletter", blind seed set 1): each box is judged on its own.
  for (NodeId c = doc_.first_child(id); c != kNoNode; c = doc_.next_sibling(c)) {
    if (doc_.is_element(c) && len(c) < text.size() && prompt_phrases(lower_text(doc_, c)) >= 2)
      return false;
  }
  // Log-in words around a sign-up form ("Already have an account? Log in"
  // under a newsletter's e-mail field) are not the box's ask: the form is.
  if (first->category == "signin" && has_email_field(id) && !has_password_field(id)) return false;
  m = {first, first->category, "structure.prompt-phrases", climb(id, true)};
  return true;
}

}  // namespace reader::clutter::detail
