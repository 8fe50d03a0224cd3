// Table insertion modes: in table, in table text, in caption, in column
// group, in table body, in row, in cell (WHATWG HTML 13.2.6.4.9 - 13.2.6.4.15).
#include "base/ascii.h"
#include "base/text.h"
#include "html/element_sets.h"
#include "html/tree_builder.h"

namespace reader::html {

using dom::NodeId;
using dom::kNoNode;
using dom::Ns;
using dom::Tag;

// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-intable
bool TreeBuilder::in_table() {
  switch (tok_->type) {
    case TokenType::kCharacter: {
      NodeId cur = open_.current();
      if (doc_.ns(cur) == Ns::kHtml &&
          (doc_.tag(cur) == Tag::kTable || doc_.tag(cur) == Tag::kTbody ||
           doc_.tag(cur) == Tag::kTemplate || doc_.tag(cur) == Tag::kTfoot ||
           doc_.tag(cur) == Tag::kThead || doc_.tag(cur) == Tag::kTr)) {
        pending_table_text_.clear();
        original_mode_ = mode_;
        mode_ = InsertionMode::kInTableText;
        return true;
      }
      return in_table_anything_else();
    }
    case TokenType::kComment:
      insert_comment(tok_->data);
      return false;
    case TokenType::kDoctype:
      error("unexpected-doctype");
      return false;
    case TokenType::kStartTag:
      switch (tag_) {
        case Tag::kCaption:
          clear_stack_back_to_table_context();
          formatting_.push_marker();
          insert_html_element();
          mode_ = InsertionMode::kInCaption;
          return false;
        case Tag::kColgroup:
          clear_stack_back_to_table_context();
          insert_html_element();
          mode_ = InsertionMode::kInColumnGroup;
          return false;
        case Tag::kCol:
          clear_stack_back_to_table_context();
          insert_implied(Tag::kColgroup);
          mode_ = InsertionMode::kInColumnGroup;
          return true;
        case Tag::kTbody: case Tag::kTfoot: case Tag::kThead:
          clear_stack_back_to_table_context();
          insert_html_element();
          mode_ = InsertionMode::kInTableBody;
          return false;
        case Tag::kTd: case Tag::kTh: case Tag::kTr:
          clear_stack_back_to_table_context();
          insert_implied(Tag::kTbody);
          mode_ = InsertionMode::kInTableBody;
          return true;
        case Tag::kTable:
          error("nested-table");
          if (!open_.has_in_scope(Tag::kTable, Scope::kTable)) return false;
          open_.pop_until(Tag::kTable);
          reset_insertion_mode();
          return true;
        case Tag::kStyle: case Tag::kScript: case Tag::kTemplate:
          return in_head();
        case Tag::kInput: {
          const std::string* type = token_attr("type");
          if (!type || !equals_ignore_case(*type, "hidden")) return in_table_anything_else();
          error("input-in-table");
          insert_html_element();
          open_.pop();
          return false;
        }
        case Tag::kForm:
          error("form-in-table");
          if (open_.contains_html(Tag::kTemplate) || form_ != kNoNode) return false;
          form_ = insert_html_element();
          open_.pop();
          return false;
        default:
          return in_table_anything_else();
      }
    case TokenType::kEndTag:
      switch (tag_) {
        case Tag::kTable:
          if (!open_.has_in_scope(Tag::kTable, Scope::kTable)) {
            error("unexpected-end-tag");
            return false;
          }
          open_.pop_until(Tag::kTable);
          reset_insertion_mode();
          return false;
        case Tag::kBody: case Tag::kCaption: case Tag::kCol: case Tag::kColgroup:
        case Tag::kHtml: case Tag::kTbody: case Tag::kTd: case Tag::kTfoot: case Tag::kTh:
        case Tag::kThead: case Tag::kTr:
          error("unexpected-end-tag");
          return false;
        case Tag::kTemplate:
          return in_head();
        default:
          return in_table_anything_else();
      }
    case TokenType::kEof:
      return in_body();
  }
  return false;
}

// "Anything else" in table: process with "in body" with foster parenting.
bool TreeBuilder::in_table_anything_else() {
  error("unexpected-token-in-table");
  bool saved = foster_parenting_;
  foster_parenting_ = true;
  bool again = in_body();
  foster_parenting_ = saved;
  return again;
}

// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-intabletext
bool TreeBuilder::in_table_text() {
  if (tok_->type == TokenType::kCharacter) {
    std::string_view s = text_;
    text_ = {};
    while (!s.empty()) {
      size_t nul = s.find('\0');
      std::string_view run = s.substr(0, nul);
      if (!run.empty()) pending_table_text_.emplace_back(run);
      if (nul == std::string_view::npos) break;
      error("unexpected-null-character");
      s.remove_prefix(nul + 1);
    }
    return false;
  }
  bool all_whitespace = true;
  for (const std::string& run : pending_table_text_) {
    for (char c : run) {
      if (!is_html_space(c)) {
        all_whitespace = false;
        break;
      }
    }
    if (!all_whitespace) break;
  }
  if (all_whitespace) {
    for (const std::string& run : pending_table_text_) insert_characters(run);
  } else {
    // "Anything else" of "in table" for each character: in body, fostered.
    error("non-space-characters-in-table");
    bool saved = foster_parenting_;
    foster_parenting_ = true;
    for (const std::string& run : pending_table_text_) in_body_characters(run);
    foster_parenting_ = saved;
  }
  pending_table_text_.clear();
  mode_ = original_mode_;
  return true;
}

// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-incaption
bool TreeBuilder::in_caption() {
  bool closes_caption = false;
  if (is_end(Tag::kCaption) || is_end(Tag::kTable)) closes_caption = true;
  if (is_start()) {
    switch (tag_) {
      case Tag::kCaption: case Tag::kCol: case Tag::kColgroup: case Tag::kTbody: case Tag::kTd:
      case Tag::kTfoot: case Tag::kTh: case Tag::kThead: case Tag::kTr:
        closes_caption = true;
        break;
      default:
        break;
    }
  }
  if (closes_caption) {
    if (!open_.has_in_scope(Tag::kCaption, Scope::kTable)) {
      error("unexpected-caption-end");
      return false;
    }
    generate_implied_end_tags();
    if (!open_.current_is_html(Tag::kCaption)) error("end-tag-too-early");
    open_.pop_until(Tag::kCaption);
    formatting_.clear_to_last_marker();
    mode_ = InsertionMode::kInTable;
    return !is_end(Tag::kCaption);
  }
  if (is_end()) {
    switch (tag_) {
      case Tag::kBody: case Tag::kCol: case Tag::kColgroup: case Tag::kHtml: case Tag::kTbody:
      case Tag::kTd: case Tag::kTfoot: case Tag::kTh: case Tag::kThead: case Tag::kTr:
        error("unexpected-end-tag");
        return false;
      default:
        break;
    }
  }
  return in_body();
}

// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-incolgroup
bool TreeBuilder::in_column_group() {
  switch (tok_->type) {
    case TokenType::kCharacter:
      insert_characters(take_leading_whitespace());
      if (text_.empty()) return false;
      break;
    case TokenType::kComment:
      insert_comment(tok_->data);
      return false;
    case TokenType::kDoctype:
      error("unexpected-doctype");
      return false;
    case TokenType::kStartTag:
      if (tag_ == Tag::kHtml) return in_body();
      if (tag_ == Tag::kCol) {
        insert_html_element();
        open_.pop();
        return false;
      }
      if (tag_ == Tag::kTemplate) return in_head();
      break;
    case TokenType::kEndTag:
      if (tag_ == Tag::kColgroup) {
        if (!open_.current_is_html(Tag::kColgroup)) {
          error("unexpected-end-tag");
          return false;
        }
        open_.pop();
        mode_ = InsertionMode::kInTable;
        return false;
      }
      if (tag_ == Tag::kCol) {
        error("unexpected-end-tag");
        return false;
      }
      if (tag_ == Tag::kTemplate) return in_head();
      break;
    case TokenType::kEof:
      return in_body();
  }
  if (!open_.current_is_html(Tag::kColgroup)) {
    error("unexpected-token-in-column-group");
    if (is_chars()) text_ = {};
    return false;
  }
  open_.pop();
  mode_ = InsertionMode::kInTable;
  return true;
}

// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-intbody
bool TreeBuilder::in_table_body() {
  if (is_start()) {
    switch (tag_) {
      case Tag::kTr:
        clear_stack_back_to_table_body_context();
        insert_html_element();
        mode_ = InsertionMode::kInRow;
        return false;
      case Tag::kTh: case Tag::kTd:
        error("unexpected-cell-in-table-body");
        clear_stack_back_to_table_body_context();
        insert_implied(Tag::kTr);
        mode_ = InsertionMode::kInRow;
        return true;
      case Tag::kCaption: case Tag::kCol: case Tag::kColgroup: case Tag::kTbody: case Tag::kTfoot:
      case Tag::kThead:
        if (!open_.has_table_section_in_table_scope()) {
          error("unexpected-start-tag");
          return false;
        }
        clear_stack_back_to_table_body_context();
        open_.pop();
        mode_ = InsertionMode::kInTable;
        return true;
      default:
        break;
    }
  } else if (is_end()) {
    switch (tag_) {
      case Tag::kTbody: case Tag::kTfoot: case Tag::kThead:
        if (!open_.has_in_scope(tag_, Scope::kTable)) {
          error("unexpected-end-tag");
          return false;
        }
        clear_stack_back_to_table_body_context();
        open_.pop();
        mode_ = InsertionMode::kInTable;
        return false;
      case Tag::kTable:
        if (!open_.has_table_section_in_table_scope()) {
          error("unexpected-end-tag");
          return false;
        }
        clear_stack_back_to_table_body_context();
        open_.pop();
        mode_ = InsertionMode::kInTable;
        return true;
      case Tag::kBody: case Tag::kCaption: case Tag::kCol: case Tag::kColgroup: case Tag::kHtml:
      case Tag::kTd: case Tag::kTh: case Tag::kTr:
        error("unexpected-end-tag");
        return false;
      default:
        break;
    }
  }
  return in_table();
}

// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-intr
bool TreeBuilder::in_row() {
  if (is_start()) {
    switch (tag_) {
      case Tag::kTh: case Tag::kTd:
        clear_stack_back_to_table_row_context();
        insert_html_element();
        mode_ = InsertionMode::kInCell;
        formatting_.push_marker();
        return false;
      case Tag::kCaption: case Tag::kCol: case Tag::kColgroup: case Tag::kTbody: case Tag::kTfoot:
      case Tag::kThead: case Tag::kTr:
        if (!open_.has_in_scope(Tag::kTr, Scope::kTable)) {
          error("unexpected-start-tag");
          return false;
        }
        clear_stack_back_to_table_row_context();
        open_.pop();
        mode_ = InsertionMode::kInTableBody;
        return true;
      default:
        break;
    }
  } else if (is_end()) {
    switch (tag_) {
      case Tag::kTr:
        if (!open_.has_in_scope(Tag::kTr, Scope::kTable)) {
          error("unexpected-end-tag");
          return false;
        }
        clear_stack_back_to_table_row_context();
        open_.pop();
        mode_ = InsertionMode::kInTableBody;
        return false;
      case Tag::kTable:
        if (!open_.has_in_scope(Tag::kTr, Scope::kTable)) {
          error("unexpected-end-tag");
          return false;
        }
        clear_stack_back_to_table_row_context();
        open_.pop();
        mode_ = InsertionMode::kInTableBody;
        return true;
      case Tag::kTbody: case Tag::kTfoot: case Tag::kThead:
        if (!open_.has_in_scope(tag_, Scope::kTable)) {
          error("unexpected-end-tag");
          return false;
        }
        if (!open_.has_in_scope(Tag::kTr, Scope::kTable)) return false;
        clear_stack_back_to_table_row_context();
        open_.pop();
        mode_ = InsertionMode::kInTableBody;
        return true;
      case Tag::kBody: case Tag::kCaption: case Tag::kCol: case Tag::kColgroup: case Tag::kHtml:
      case Tag::kTd: case Tag::kTh:
        error("unexpected-end-tag");
        return false;
      default:
        break;
    }
  }
  return in_table();
}

// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-intd
bool TreeBuilder::in_cell() {
  if (is_end()) {
    switch (tag_) {
      case Tag::kTd: case Tag::kTh:
        if (!open_.has_in_scope(tag_, Scope::kTable)) {
          error("unexpected-end-tag");
          return false;
        }
        generate_implied_end_tags();
        if (!open_.current_is_html(tag_)) error("end-tag-too-early");
        open_.pop_until(tag_);
        formatting_.clear_to_last_marker();
        mode_ = InsertionMode::kInRow;
        return false;
      case Tag::kBody: case Tag::kCaption: case Tag::kCol: case Tag::kColgroup: case Tag::kHtml:
        error("unexpected-end-tag");
        return false;
      case Tag::kTable: case Tag::kTbody: case Tag::kTfoot: case Tag::kThead: case Tag::kTr:
        if (!open_.has_in_scope(tag_, Scope::kTable)) {
          error("unexpected-end-tag");
          return false;
        }
        close_the_cell();
        return true;
      default:
        break;
    }
  } else if (is_start()) {
    switch (tag_) {
      case Tag::kCaption: case Tag::kCol: case Tag::kColgroup: case Tag::kTbody: case Tag::kTd:
      case Tag::kTfoot: case Tag::kTh: case Tag::kThead: case Tag::kTr:
        if (!open_.has_cell_in_table_scope()) {
          error("unexpected-start-tag");
          return false;
        }
        close_the_cell();
        return true;
      default:
        break;
    }
  }
  return in_body();
}

}  // namespace reader::html
