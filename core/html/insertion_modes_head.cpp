// Insertion modes before the body: initial, before html, before head, in head,
// in head noscript, after head (WHATWG HTML 13.2.6.4.1 - 13.2.6.4.6).
#include "html/element_sets.h"
#include "html/quirks.h"
#include "html/tree_builder.h"

namespace reader::html {

using dom::NodeId;
using dom::kNoNode;
using dom::Tag;

// https://html.spec.whatwg.org/multipage/parsing.html#the-initial-insertion-mode
bool TreeBuilder::initial() {
  switch (tok_->type) {
    case TokenType::kCharacter:
      take_leading_whitespace();  // ignored
      if (text_.empty()) return false;
      break;
    case TokenType::kComment:
      append_comment_to(dom::Document::root(), tok_->data);
      return false;
    case TokenType::kDoctype: {
      const Token& t = *tok_;
      if (t.name != "html" || t.has_public_id ||
          (t.has_system_id && t.system_id != "about:legacy-compat")) {
        error("bad-doctype");
      }
      // The doctype node keeps its public and system identifiers as the
      // attributes "publicId" and "systemId" (only when non-empty).
      NodeId dt = doc_.create_doctype(t.name);
      if (!t.public_id.empty()) doc_.set_attr(dt, "publicId", t.public_id);
      if (!t.system_id.empty()) doc_.set_attr(dt, "systemId", t.system_id);
      doc_.append_child(dom::Document::root(), dt);
      doc_.quirks_mode = quirks_mode_for_doctype(t);
      mode_ = InsertionMode::kBeforeHtml;
      return false;
    }
    default:
      break;
  }
  // Anything else.
  error("expected-doctype");
  doc_.quirks_mode = dom::QuirksMode::kQuirks;
  mode_ = InsertionMode::kBeforeHtml;
  return true;
}

// https://html.spec.whatwg.org/multipage/parsing.html#the-before-html-insertion-mode
bool TreeBuilder::before_html() {
  switch (tok_->type) {
    case TokenType::kDoctype:
      error("unexpected-doctype");
      return false;
    case TokenType::kComment:
      append_comment_to(dom::Document::root(), tok_->data);
      return false;
    case TokenType::kCharacter:
      take_leading_whitespace();
      if (text_.empty()) return false;
      break;
    case TokenType::kStartTag:
      if (tag_ == Tag::kHtml) {
        NodeId html = create_element_for_token(dom::Ns::kHtml);
        doc_.append_child(dom::Document::root(), html);
        open_.push(html);
        mode_ = InsertionMode::kBeforeHead;
        return false;
      }
      break;
    case TokenType::kEndTag:
      if (tag_ != Tag::kHead && tag_ != Tag::kBody && tag_ != Tag::kHtml && tag_ != Tag::kBr) {
        error("unexpected-end-tag");
        return false;
      }
      break;
    default:
      break;
  }
  NodeId html = doc_.create_element(Tag::kHtml);
  doc_.add_flag(html, dom::kFlagImplied);
  doc_.append_child(dom::Document::root(), html);
  open_.push(html);
  mode_ = InsertionMode::kBeforeHead;
  return true;
}

// https://html.spec.whatwg.org/multipage/parsing.html#the-before-head-insertion-mode
bool TreeBuilder::before_head() {
  switch (tok_->type) {
    case TokenType::kCharacter:
      take_leading_whitespace();
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
      if (tag_ == Tag::kHead) {
        head_ = insert_html_element();
        mode_ = InsertionMode::kInHead;
        return false;
      }
      break;
    case TokenType::kEndTag:
      if (tag_ != Tag::kHead && tag_ != Tag::kBody && tag_ != Tag::kHtml && tag_ != Tag::kBr) {
        error("unexpected-end-tag");
        return false;
      }
      break;
    default:
      break;
  }
  head_ = insert_implied(Tag::kHead);
  mode_ = InsertionMode::kInHead;
  return true;
}

// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inhead
bool TreeBuilder::in_head() {
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
      switch (tag_) {
        case Tag::kHtml:
          return in_body();
        case Tag::kBase: case Tag::kBasefont: case Tag::kBgsound: case Tag::kLink:
        case Tag::kMeta:
          insert_html_element();
          open_.pop();
          return false;
        case Tag::kTitle:
          generic_raw_text(Tokenizer::State::kRcdata);
          return false;
        case Tag::kNoscript:
          if (!options_.scripting) {
            insert_html_element();
            mode_ = InsertionMode::kInHeadNoscript;
            return false;
          }
          generic_raw_text(Tokenizer::State::kRawtext);
          return false;
        case Tag::kNoframes: case Tag::kStyle:
          generic_raw_text(Tokenizer::State::kRawtext);
          return false;
        case Tag::kScript:
          insert_html_element();
          tokenizer_.set_state(Tokenizer::State::kScriptData);
          tokenizer_.set_last_start_tag("script");
          original_mode_ = mode_;
          mode_ = InsertionMode::kText;
          return false;
        case Tag::kTemplate:
          insert_html_element();
          formatting_.push_marker();
          frameset_ok_ = false;
          mode_ = InsertionMode::kInTemplate;
          push_template_mode(InsertionMode::kInTemplate);
          return false;
        case Tag::kHead:
          error("unexpected-start-tag");
          return false;
        default:
          break;
      }
      break;
    case TokenType::kEndTag:
      switch (tag_) {
        case Tag::kHead:
          open_.pop();
          mode_ = InsertionMode::kAfterHead;
          return false;
        case Tag::kBody: case Tag::kHtml: case Tag::kBr:
          break;  // anything else
        case Tag::kTemplate:
          if (!open_.contains_html(Tag::kTemplate)) {
            error("unexpected-end-tag");
            return false;
          }
          generate_all_implied_end_tags_thoroughly();
          if (!open_.current_is_html(Tag::kTemplate)) error("unexpected-end-tag");
          open_.pop_until(Tag::kTemplate);
          formatting_.clear_to_last_marker();
          pop_template_mode();
          reset_insertion_mode();
          return false;
        default:
          error("unexpected-end-tag");
          return false;
      }
      break;
    default:
      break;
  }
  // Anything else: pop the head element.
  open_.pop();
  mode_ = InsertionMode::kAfterHead;
  return true;
}

// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inheadnoscript
bool TreeBuilder::in_head_noscript() {
  switch (tok_->type) {
    case TokenType::kDoctype:
      error("unexpected-doctype");
      return false;
    case TokenType::kCharacter:
      insert_characters(take_leading_whitespace());
      if (text_.empty()) return false;
      break;
    case TokenType::kComment:
      return in_head();
    case TokenType::kStartTag:
      switch (tag_) {
        case Tag::kHtml:
          return in_body();
        case Tag::kBasefont: case Tag::kBgsound: case Tag::kLink: case Tag::kMeta:
        case Tag::kNoframes: case Tag::kStyle:
          return in_head();
        case Tag::kHead: case Tag::kNoscript:
          error("unexpected-start-tag");
          return false;
        default:
          break;
      }
      break;
    case TokenType::kEndTag:
      if (tag_ == Tag::kNoscript) {
        open_.pop();
        mode_ = InsertionMode::kInHead;
        return false;
      }
      if (tag_ != Tag::kBr) {
        error("unexpected-end-tag");
        return false;
      }
      break;
    default:
      break;
  }
  error("unexpected-token-in-head-noscript");
  open_.pop();
  mode_ = InsertionMode::kInHead;
  return true;
}

// https://html.spec.whatwg.org/multipage/parsing.html#the-after-head-insertion-mode
bool TreeBuilder::after_head() {
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
      switch (tag_) {
        case Tag::kHtml:
          return in_body();
        case Tag::kBody:
          insert_html_element();
          frameset_ok_ = false;
          mode_ = InsertionMode::kInBody;
          return false;
        case Tag::kFrameset:
          insert_html_element();
          mode_ = InsertionMode::kInFrameset;
          return false;
        case Tag::kBase: case Tag::kBasefont: case Tag::kBgsound: case Tag::kLink:
        case Tag::kMeta: case Tag::kNoframes: case Tag::kScript: case Tag::kStyle:
        case Tag::kTemplate: case Tag::kTitle: {
          error("unexpected-start-tag-after-head");
          if (head_ == kNoNode) return false;
          open_.push(head_);
          bool again = in_head();
          open_.remove(head_);
          return again;
        }
        case Tag::kHead:
          error("unexpected-start-tag");
          return false;
        default:
          break;
      }
      break;
    case TokenType::kEndTag:
      if (tag_ == Tag::kTemplate) return in_head();
      if (tag_ != Tag::kBody && tag_ != Tag::kHtml && tag_ != Tag::kBr) {
        error("unexpected-end-tag");
        return false;
      }
      break;
    default:
      break;
  }
  insert_implied(Tag::kBody);
  mode_ = InsertionMode::kInBody;
  return true;
}

}  // namespace reader::html
