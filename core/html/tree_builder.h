// Tree construction stage, WHATWG HTML 13.2.6: tokens in, arena DOM out.
// https://html.spec.whatwg.org/multipage/parsing.html#tree-construction
//
// One member function per insertion mode; each returns true when the token
// must be reprocessed (the mode has changed, or what is left of a character
// run goes on in the new mode). The parser (parser.cpp) pulls tokens from the
// Tokenizer and feeds them here; the builder tells the tokenizer about
// raw-text elements and CDATA. Nothing here recurses.
//
// The "in select" and "in select in table" modes are gone from the standard
// since the 2025 customizable-<select> change (whatwg/html#10548): <select>,
// <option> and <optgroup> are handled by "in body", as html5lib-tests expect.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "dom/document.h"
#include "html/active_formatting.h"
#include "html/open_elements.h"
#include "html/parser.h"
#include "html/token.h"
#include "html/tokenizer.h"

namespace reader::html {

// https://html.spec.whatwg.org/multipage/parsing.html#insertion-mode
enum class InsertionMode : uint8_t {
  kInitial,
  kBeforeHtml,
  kBeforeHead,
  kInHead,
  kInHeadNoscript,
  kAfterHead,
  kInBody,
  kText,
  kInTable,
  kInTableText,
  kInCaption,
  kInColumnGroup,
  kInTableBody,
  kInRow,
  kInCell,
  kInTemplate,
  kAfterBody,
  kInFrameset,
  kAfterFrameset,
  kAfterAfterBody,
  kAfterAfterFrameset,
};

class TreeBuilder {
 public:
  TreeBuilder(dom::Document& doc, Tokenizer& tokenizer, const ParseOptions& options,
              ParseResult& result);

  // HTML fragment parsing algorithm (13.4) steps 4-13 for a context element
  // `name` (tag id `tag`) in namespace `ns`: creates the html root (not
  // attached to the document) and the detached context element, sets the
  // tokenizer state and resets the insertion mode. Call before process().
  void start_fragment(dom::Tag tag, dom::Ns ns, std::string_view name);
  // The html root of the fragment case (its children are the result).
  dom::NodeId fragment_root() const { return fragment_root_; }

  // Processes one token (13.2.6 "tree construction dispatcher").
  void process(Token& t);
  // After the last token ("stop parsing"): fills <selectedcontent>.
  void finish();
  // True once a limit stopped the parse; later tokens are ignored.
  bool stopped() const { return stopped_; }

 private:
  // Where to insert a node: as a child of `parent`, before `before`
  // (kNoNode: append).
  struct Location {
    dom::NodeId parent = dom::kNoNode;
    dom::NodeId before = dom::kNoNode;
  };

  // --- dispatcher (13.2.6) ----------------------------------------------
  bool dispatch(InsertionMode mode);
  bool use_html_rules() const;
  dom::NodeId adjusted_current_node() const;

  // --- insertion modes (13.2.6.4.*) --------------------------------------
  bool initial();
  bool before_html();
  bool before_head();
  bool in_head();
  bool in_head_noscript();
  bool after_head();
  bool in_body();
  bool text();
  bool in_table();
  bool in_table_text();
  bool in_caption();
  bool in_column_group();
  bool in_table_body();
  bool in_row();
  bool in_cell();
  bool in_template();
  bool after_body();
  bool in_frameset();
  bool after_frameset();
  bool after_after_body();
  bool after_after_frameset();
  // 13.2.6.5 The rules for parsing tokens in foreign content.
  bool foreign_content();

  // "in body" pieces, split by token type.
  bool in_body_start_tag();
  bool in_body_end_tag();
  void in_body_characters(std::string_view s);
  void in_body_any_other_end_tag();
  void in_body_list_item_start();
  void in_body_insert_foreign(dom::Ns ns);
  void do_frameset_in_body();
  // "in table": anything else (foster parenting through "in body").
  bool in_table_anything_else();

  // --- tree helpers (13.2.6.1) ------------------------------------------
  Location appropriate_place(dom::NodeId override_target = dom::kNoNode,
                             long override_index = -1);
  void insert_at(const Location& loc, dom::NodeId node);
  dom::NodeId create_element_for_token(dom::Ns ns);
  dom::NodeId insert_html_element();
  // An element with no attributes that has no start tag (implied <html>,
  // <head>, <body>, <tbody>, <tr>, <colgroup>, <p>).
  dom::NodeId insert_implied(dom::Tag t);
  dom::NodeId insert_foreign_element(dom::Ns ns);
  void insert_characters(std::string_view s);
  void insert_comment(std::string_view data);
  void append_comment_to(dom::NodeId parent, std::string_view data);
  dom::NodeId clone_element(dom::NodeId original);
  void add_missing_attributes(dom::NodeId el);
  dom::NodeId template_contents(dom::NodeId template_element);

  // --- algorithms ---------------------------------------------------------
  void reconstruct_active_formatting_elements();
  // Returns true when the caller must "act as described in the any other end
  // tag entry" (no formatting element with that name).
  bool adoption_agency(dom::Tag subject, std::string_view subject_name);
  void generate_implied_end_tags(dom::Tag except = dom::Tag::kUnknown);
  void generate_all_implied_end_tags_thoroughly();
  void close_p_element();
  void close_p_element_if_in_button_scope();
  void reset_insertion_mode();
  void clear_stack_back_to_table_context();
  void clear_stack_back_to_table_body_context();
  void clear_stack_back_to_table_row_context();
  void close_the_cell();
  void generic_raw_text(Tokenizer::State state);
  void push_template_mode(InsertionMode m) { template_modes_.push_back(m); }
  void pop_template_mode() {
    if (!template_modes_.empty()) template_modes_.pop_back();
  }
  void set_doctype_quirks();

  // --- token helpers -------------------------------------------------------
  bool is_end(dom::Tag t) const { return tok_->type == TokenType::kEndTag && tag_ == t; }
  bool is_start() const { return tok_->type == TokenType::kStartTag; }
  bool is_end() const { return tok_->type == TokenType::kEndTag; }
  bool is_chars() const { return tok_->type == TokenType::kCharacter; }
  // Removes the leading whitespace of the character run and returns it.
  std::string_view take_leading_whitespace();
  // Turns the token into a start tag `name` without attributes (</br>, </p>).
  void retag_as_start(std::string_view name, dom::Tag t);
  const std::string* token_attr(std::string_view name) const;

  // Limits::max_nodes reached: sets the status and stops the parse. The limit
  // is checked before each token and while re-creating formatting elements,
  // so a document ends at most a few nodes (one token's worth) past it.
  bool at_node_limit();
  void error(const char* code);
  void note_too_deep();

  dom::Document& doc_;
  Tokenizer& tokenizer_;
  const ParseOptions& options_;
  ParseResult& result_;
  OpenElements open_;
  ActiveFormattingElements formatting_;
  std::vector<InsertionMode> template_modes_;
  std::vector<std::string> pending_table_text_;
  std::vector<dom::NodeId> selectedcontents_;

  InsertionMode mode_ = InsertionMode::kInitial;
  InsertionMode original_mode_ = InsertionMode::kInitial;
  dom::NodeId head_ = dom::kNoNode;     // head element pointer
  dom::NodeId form_ = dom::kNoNode;     // form element pointer
  dom::NodeId context_ = dom::kNoNode;  // fragment case context element
  dom::NodeId fragment_root_ = dom::kNoNode;
  bool frameset_ok_ = true;
  bool foster_parenting_ = false;
  bool skip_next_lf_ = false;
  bool stopped_ = false;

  // The token being processed.
  Token* tok_ = nullptr;
  dom::Tag tag_ = dom::Tag::kUnknown;
  std::string_view text_;  // what is left of a character run

  // One-entry cache for template_contents (Document looks it up linearly).
  dom::NodeId cached_template_ = dom::kNoNode;
  dom::NodeId cached_contents_ = dom::kNoNode;
};

}  // namespace reader::html
