// Template, after body and frameset insertion modes (WHATWG HTML 13.2.6.4.16
// - 13.2.6.4.23).
#include "base/ascii.h"
#include "base/text.h"
#include "html/tree_builder.h"

namespace reader::html {

using dom::NodeId;
using dom::Tag;

namespace {
// Per-character rules where whitespace is inserted and everything else is
// ignored: returns the whitespace characters of `s`.
std::string whitespace_only(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (is_html_space(c)) out.push_back(c);
  }
  return out;
}
}  // namespace

// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-intemplate
bool TreeBuilder::in_template() {
  switch (tok_->type) {
    case TokenType::kCharacter: case TokenType::kComment: case TokenType::kDoctype:
      return in_body();
    case TokenType::kStartTag: {
      InsertionMode next = InsertionMode::kInBody;
      switch (tag_) {
        case Tag::kBase: case Tag::kBasefont: case Tag::kBgsound: case Tag::kLink: case Tag::kMeta:
        case Tag::kNoframes: case Tag::kScript: case Tag::kStyle: case Tag::kTemplate:
        case Tag::kTitle:
          return in_head();
        case Tag::kCaption: case Tag::kColgroup: case Tag::kTbody: case Tag::kTfoot:
        case Tag::kThead:
          next = InsertionMode::kInTable;
          break;
        case Tag::kCol:
          next = InsertionMode::kInColumnGroup;
          break;
        case Tag::kTr:
          next = InsertionMode::kInTableBody;
          break;
        case Tag::kTd: case Tag::kTh:
          next = InsertionMode::kInRow;
          break;
        default:
          break;
      }
      pop_template_mode();
      push_template_mode(next);
      mode_ = next;
      return true;
    }
    case TokenType::kEndTag:
      if (tag_ == Tag::kTemplate) return in_head();
      error("unexpected-end-tag");
      return false;
    case TokenType::kEof:
      if (!open_.contains_html(Tag::kTemplate)) return false;  // stop parsing
      error("eof-in-template");
      open_.pop_until(Tag::kTemplate);
      formatting_.clear_to_last_marker();
      pop_template_mode();
      reset_insertion_mode();
      return true;
  }
  return false;
}

// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-afterbody
bool TreeBuilder::after_body() {
  switch (tok_->type) {
    case TokenType::kCharacter: {
      std::string_view ws = take_leading_whitespace();
      if (!ws.empty()) {
        // Whitespace: process using the rules for "in body".
        std::string_view rest = text_;
        text_ = ws;
        in_body();
        text_ = rest;
      }
      if (text_.empty()) return false;
      break;
    }
    case TokenType::kComment:
      append_comment_to(open_.at(0), tok_->data);
      return false;
    case TokenType::kDoctype:
      error("unexpected-doctype");
      return false;
    case TokenType::kStartTag:
      if (tag_ == Tag::kHtml) return in_body();
      break;
    case TokenType::kEndTag:
      if (tag_ == Tag::kHtml) {
        if (context_ != dom::kNoNode) {
          error("unexpected-end-tag");
          return false;
        }
        mode_ = InsertionMode::kAfterAfterBody;
        return false;
      }
      break;
    case TokenType::kEof:
      return false;  // stop parsing
  }
  error("unexpected-token-after-body");
  mode_ = InsertionMode::kInBody;
  return true;
}

// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inframeset
bool TreeBuilder::in_frameset() {
  switch (tok_->type) {
    case TokenType::kCharacter:
      insert_characters(whitespace_only(text_));
      text_ = {};
      return false;
    case TokenType::kComment:
      insert_comment(tok_->data);
      return false;
    case TokenType::kDoctype:
      error("unexpected-doctype");
      return false;
    case TokenType::kStartTag:
      switch (tag_) {
        case Tag::kHtml:
          return in_body();
        case Tag::kFrameset:
          insert_html_element();
          return false;
        case Tag::kFrame:
          insert_html_element();
          open_.pop();
          return false;
        case Tag::kNoframes:
          return in_head();
        default:
          break;
      }
      break;
    case TokenType::kEndTag:
      if (tag_ == Tag::kFrameset) {
        if (open_.size() == 1) {
          error("unexpected-end-tag");
          return false;
        }
        open_.pop();
        if (context_ == dom::kNoNode && !open_.current_is_html(Tag::kFrameset)) {
          mode_ = InsertionMode::kAfterFrameset;
        }
        return false;
      }
      break;
    case TokenType::kEof:
      return false;  // stop parsing
  }
  error("unexpected-token-in-frameset");
  return false;
}

// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-afterframeset
bool TreeBuilder::after_frameset() {
  switch (tok_->type) {
    case TokenType::kCharacter:
      insert_characters(whitespace_only(text_));
      text_ = {};
      return false;
    case TokenType::kComment:
      insert_comment(tok_->data);
      return false;
    case TokenType::kDoctype:
      error("unexpected-doctype");
      return false;
    case TokenType::kStartTag:
      if (tag_ == Tag::kHtml) return in_body();
      if (tag_ == Tag::kNoframes) return in_head();
      break;
    case TokenType::kEndTag:
      if (tag_ == Tag::kHtml) {
        mode_ = InsertionMode::kAfterAfterFrameset;
        return false;
      }
      break;
    case TokenType::kEof:
      return false;
  }
  error("unexpected-token-after-frameset");
  return false;
}

// https://html.spec.whatwg.org/multipage/parsing.html#the-after-after-body-insertion-mode
bool TreeBuilder::after_after_body() {
  switch (tok_->type) {
    case TokenType::kComment:
      append_comment_to(dom::Document::root(), tok_->data);
      return false;
    case TokenType::kDoctype:
      return in_body();
    case TokenType::kCharacter: {
      std::string_view ws = take_leading_whitespace();
      if (!ws.empty()) {
        std::string_view rest = text_;
        text_ = ws;
        in_body();
        text_ = rest;
      }
      if (text_.empty()) return false;
      break;
    }
    case TokenType::kStartTag:
      if (tag_ == Tag::kHtml) return in_body();
      break;
    case TokenType::kEof:
      return false;
    default:
      break;
  }
  error("unexpected-token-after-after-body");
  mode_ = InsertionMode::kInBody;
  return true;
}

// https://html.spec.whatwg.org/multipage/parsing.html#the-after-after-frameset-insertion-mode
bool TreeBuilder::after_after_frameset() {
  switch (tok_->type) {
    case TokenType::kComment:
      append_comment_to(dom::Document::root(), tok_->data);
      return false;
    case TokenType::kDoctype:
      return in_body();
    case TokenType::kCharacter: {
      std::string ws = whitespace_only(text_);
      text_ = ws;
      if (!ws.empty()) in_body();
      text_ = {};
      return false;
    }
    case TokenType::kStartTag:
      if (tag_ == Tag::kHtml) return in_body();
      if (tag_ == Tag::kNoframes) return in_head();
      break;
    case TokenType::kEof:
      return false;
    default:
      break;
  }
  error("unexpected-token-after-after-frameset");
  return false;
}

}  // namespace reader::html
