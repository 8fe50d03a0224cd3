// The clutter pass's internals, shared by its source files (detector.cpp:
// the walk, guards and revert; pass_measure.cpp: per-subtree measures;
// attr_match.cpp, structure_match.cpp, text_match.cpp: the three ways a
// block is recognised). Not part of the public API (detector.h).
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "clutter/attr_index.h"
#include "clutter/detector.h"
#include "clutter/guards.h"
#include "clutter/phrase_index.h"
#include "clutter/rules.h"
#include "base/ascii.h"
#include "base/text.h"
#include "css/selector.h"
#include "dom/document.h"

namespace reader::clutter::detail {

using dom::Document;
using dom::kNoNode;
using dom::NodeId;
using dom::Tag;

// Collapsed, folded (lowercase, look-alikes mapped) text of a subtree.
std::string lower_text(const Document& doc, NodeId id);

// Inline elements are judged by their text and links only: a class on an
// inline element describes styling, not a block's role (clean-links page:
// <a class="popup"> inside prose).
inline bool is_inline(Tag t) { return has_property(t, dom::TagProperty::kStyling); }

// Never removed whole: the document, and <main>, which by definition holds
// the page's dominant content (zdf.de: <main id="skip-main">, the target of
// a skip link, matched the navigation part "skip").
bool is_protected(const Document& doc, NodeId id);

// Lowercased values of the attributes that name a block's role, without
// negated and taxonomy tokens.
std::string signature(const Document& doc, NodeId id);

// `part` occurs in `sig` delimited by non-alphanumerics (or the ends).
bool has_part(std::string_view sig, std::string_view part);
// The `size` bytes at `pos` in `sig` are delimited by non-alphanumerics (or
// the ends): an occurrence there of a part is one has_part() counts.
bool is_part_at(std::string_view sig, size_t pos, size_t size);

// An index of the rules (PhraseIndex: the text rules' phrases by first word;
// AttrIndex: the attr rules' terms by first byte). The built-in rules' index
// is built once per process (it is about as large as a small page); other
// rule sets (tests) get their own, kept in `own`.
template <class Index>
const Index& index_for(const RuleSet& rules, std::unique_ptr<Index>& own) {
  if (&rules == &builtin_rules()) {
    // Never destroyed: freeing its thousands of small blocks at exit cost
    // a process as much as a small page's clean() (reachable, not leaked).
    static const Index& builtin = *new Index(builtin_rules());
    return builtin;
  }
  own = std::make_unique<Index>(rules);
  return *own;
}

// The categories whose phrases ask the reader to pay, subscribe or sign in.
bool is_prompt_category(const std::string& category);

// The folded names in a byline ("Jane Doe and John Roe" -> "jane doe",
// "john roe"): names of two words at least, a lone first name says too little.
std::vector<std::string> author_names(const std::string& byline);

// An <input> for an e-mail address (type=email, or a text field whose
// placeholder, name or label asks for one).
bool is_email_input(const Document& doc, NodeId n);

// The text names the site's mail: a newsletter, digest, briefing or inbox,
// in the project's languages (a sign-up box that offers it is a newsletter).
bool says_newsletter(std::string_view text);

// The text states a price with the period it pays for ("por solo 1 euro al
// mes", "für 6 Euro im Monat", "$1 a week"): a pitch to pay.
bool states_price(std::string_view text);

struct Match {
  const Rule* rule = nullptr;
  std::string category;
  std::string rule_id;
  NodeId container = kNoNode;
};

struct Detached {
  NodeId node, parent, next;
  bool account_form;  // holds a password field, or is a sign-up box with an e-mail field: never the article
  bool comments;      // a comment thread or one of its posts
  bool stays_out = true;  // decided when a revert puts blocks back
};

class Pass {
 public:
  Pass(Document& doc, NodeId scope, const RuleSet& rules, dom::RemovalLog& log,
       const PageHints& hints)
      : doc_(doc), scope_(scope), rules_(rules), log_(log), hints_(hints), session_(doc),
        trace_(std::getenv("READER_TRACE") != nullptr), index_(index_for(rules, own_index_)),
        attr_index_(index_for(rules, own_attr_index_)),
        authors_(author_names(hints.author)) {}

  ClutterStats run();

 private:
  void measure();
  bool judge(NodeId id, Match& m);
  bool match_attr(NodeId id, Match& m);
  bool match_selector(NodeId id, Match& m);
  bool match_structure(NodeId id, Match& m);
  bool match_text(NodeId id, Match& m);
  // What a block asks for (box_match.cpp): a call-to-action link or button
  // by its address, an e-mail field, a row of share buttons, a cookie
  // notice with its choices.
  bool match_asks(NodeId id, Match& m);
  bool match_cta(NodeId id, Match& m);
  bool match_email_field(NodeId id, Match& m);
  bool match_share_row(NodeId id, Match& m);
  bool match_consent_box(NodeId id, Match& m);
  // The box of a prompt around a control: up through wrappers while they
  // hold at most a short pitch (kMaxBoxPitchParagraphs), no prose, no title.
  NodeId climb_box(NodeId from) const;
  // The short block a call to action makes up (at most kCtaBlockChars).
  NodeId cta_block(NodeId id) const;
  // Chars of the line (inline run) a control stands in.
  size_t inline_run_len(NodeId id) const;
  // `id` is one of a row of links or buttons, its parent's children, with at
  // most separators (" | ", " · ") between them.
  bool in_row_of_controls(NodeId id) const;
  // A sibling of `id` is a <p> of kMeasuredParagraphChars+: it stands in a
  // run of the article's paragraphs.
  bool beside_paragraphs(NodeId id) const;
  // A link below `id` whose address href_category() files under `category`
  // ("signin": "Already a subscriber? Log in"; "signup").
  bool has_link_to(NodeId id, std::string_view category) const;
  bool has_sign_in_link(NodeId id) const { return has_link_to(id, "signin"); }
  int headings_below(NodeId id) const;
  // Headings below `id` that title something: not a card's headline (a
  // heading inside a link, or one whose text is all a link's).
  int titles_below(NodeId id) const;
  // `p` holds, beside `c`, another box with a title of its own: a box has
  // one title (a sidebar of widgets, each under its heading).
  bool holds_titled_sibling(NodeId p, NodeId c) const;
  // `id` holds two boxes or more, each under its own title (a sidebar of
  // widgets): no one prompt, each box is judged on its own.
  bool holds_titled_boxes(NodeId id) const;

  // A link or button beside the block `id` (a child of its parent) whose
  // whole label is a dismiss ("Not now", "Agora não": promo.later's
  // phrases): the block is asking the reader something.
  bool offers_dismiss(NodeId id) const;
  // A heading below `box` is a comment count ("8 reacties", comments.count's
  // phrases): the box is a comment section, whatever else it asks.
  bool titled_by_comment_count(NodeId box) const;
  // An element below `box` whose whole label is a comment count
  // ("12 comentarios"): comments.count's phrases.
  bool holds_comment_count(NodeId box) const;
  // `box`'s first heading is a rail's title (related.text's phrases).
  bool titled_as_rail(NodeId box) const;
  // The rule set's rule with this id, or nullptr (a user rule set may lack it).
  const Rule* rule_named(std::string_view id) const;
  // Whether the whole of `n`'s text (its numbers as '#' when `counted`) is
  // one of `r`'s phrases, as a whole label is.
  bool says_phrase_of(NodeId n, const Rule& r, bool counted) const;
  // The rail a heading titles: its parent, when all the parent says beside
  // the heading is link text (a "Lo más leído" list of headlines longer
  // than climb() allows), else `heading`.
  NodeId rail_of(NodeId heading) const;
  // A standalone prompt's box when its parent holds only it, its heading
  // and short calls to action ("On the pod" over a podcast plug).
  NodeId titled_box(NodeId id) const;
  // A control other than `except` below `id` whose address is a pitch to pay.
  bool has_other_cta(NodeId id, NodeId except) const;
  // A prompt that asks for an e-mail address is a sign-up, whatever its
  // words or class say (a "modal" or "promo" box, an "Abonnieren" button).
  void refine_category(Match& m) const;
  // pitch: the box may hold a short pitch beside the prompt (prompt categories).
  NodeId climb(NodeId id, bool pitch = false) const;
  size_t own_text_len(NodeId id) const;
  int prompt_phrases(const std::string& text, const std::vector<PhraseRef>& candidates,
                     int enough, const Rule** first_rule) const;
  int prompt_phrases(const std::string& text) const;  // up to 2, the index asked here
  // The block's own text (its text children) is short, or says a prompt
  // phrase: a sentence of bare text that says none is no pitch.
  bool own_text_is_pitch(NodeId id) const;
  bool has_password_field(NodeId id) const;
  bool has_email_field(NodeId id) const;
  bool holds_navigation(NodeId id) const;
  // A text node of at least `chars` (collapsed) below `id`.
  bool has_text_run(NodeId id, size_t chars) const;
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
  // The block's folded text opens with one of the authors' names.
  bool opens_with_author(std::string_view text) const;
  // The text holds one of the authors' names (a byline line).
  bool names_author(std::string_view text) const;
  // A paragraph of prose comes after the block: it is not after the article.
  bool followed_by_prose(NodeId id) const { return followed_by_paragraph(id, kProseParagraphChars); }
  // A <p> of at least `chars` comes after the block.
  bool followed_by_paragraph(NodeId id, size_t chars) const;
  // The block (or its wrapper of the same text) stands beside paragraphs of
  // prose: it is one of the article's own paragraphs.
  bool among_prose_paragraphs(NodeId id) const;
  // The nearest ancestor-or-self that is not an inline element.
  NodeId enclosing_block(NodeId id) const;
  void mark_paywalled_parts();
  void mark_repeated_blocks();
  bool match_hidden(NodeId id, Match& m);
  bool match_prompt_phrases(NodeId id, const std::string& text,
                            const std::vector<PhraseRef>& candidates, bool actionable, Match& m);
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
  std::unique_ptr<AttrIndex> own_attr_index_;  // for rule sets other than the built-in one
  const AttrIndex& attr_index_;                // the attr rules' terms by first byte
  std::vector<char> attr_hits_;                // match_attr's scratch: rules whose terms hit
  std::vector<std::string> authors_;     // author_names(hints.author)
};

}  // namespace reader::clutter::detail
