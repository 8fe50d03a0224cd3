// The "in body" and "text" insertion modes (WHATWG HTML 13.2.6.4.7-8).
#include "base/ascii.h"
#include "base/text.h"
#include "html/element_sets.h"
#include "html/tree_builder.h"

namespace reader::html {

using dom::NodeId;
using dom::kNoNode;
using dom::Ns;
using dom::Tag;

// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inbody
bool TreeBuilder::in_body() {
  switch (tok_->type) {
    case TokenType::kCharacter:
      in_body_characters(text_);
      text_ = {};
      return false;
    case TokenType::kComment:
      insert_comment(tok_->data);
      return false;
    case TokenType::kDoctype:
      error("unexpected-doctype");
      return false;
    case TokenType::kStartTag:
      return in_body_start_tag();
    case TokenType::kEndTag:
      return in_body_end_tag();
    case TokenType::kEof:
      if (!template_modes_.empty()) return in_template();
      return false;  // stop parsing
  }
  return false;
}

// Character tokens: U+0000 is ignored; others reconstruct the active
// formatting elements and are inserted; non-whitespace clears frameset-ok.
void TreeBuilder::in_body_characters(std::string_view s) {
  while (!s.empty()) {
    size_t nul = s.find('\0');
    std::string_view run = s.substr(0, nul);
    if (!run.empty()) {
      reconstruct_active_formatting_elements();
      insert_characters(run);
      if (frameset_ok_) {
        for (char c : run) {
          if (!is_html_space(c)) {
            frameset_ok_ = false;
            break;
          }
        }
      }
    }
    if (nul == std::string_view::npos) break;
    error("unexpected-null-character");
    s.remove_prefix(nul + 1);
  }
}

bool TreeBuilder::in_body_start_tag() {
  switch (tag_) {
    case Tag::kHtml:
      error("unexpected-start-tag");
      if (open_.contains_html(Tag::kTemplate)) return false;
      add_missing_attributes(open_.at(0));
      return false;
    case Tag::kBase: case Tag::kBasefont: case Tag::kBgsound: case Tag::kLink: case Tag::kMeta:
    case Tag::kNoframes: case Tag::kScript: case Tag::kStyle: case Tag::kTemplate:
    case Tag::kTitle:
      return in_head();
    case Tag::kBody: {
      error("unexpected-start-tag");
      if (open_.size() < 2 || !doc_.is_html(open_.at(1), Tag::kBody) ||
          open_.contains_html(Tag::kTemplate)) {
        return false;
      }
      frameset_ok_ = false;
      add_missing_attributes(open_.at(1));
      return false;
    }
    case Tag::kFrameset:
      error("unexpected-start-tag");
      do_frameset_in_body();
      return false;
    case Tag::kAddress: case Tag::kArticle: case Tag::kAside: case Tag::kBlockquote:
    case Tag::kCenter: case Tag::kDetails: case Tag::kDialog: case Tag::kDir: case Tag::kDiv:
    case Tag::kDl: case Tag::kFieldset: case Tag::kFigcaption: case Tag::kFigure:
    case Tag::kFooter: case Tag::kHeader: case Tag::kHgroup: case Tag::kMain: case Tag::kMenu:
    case Tag::kNav: case Tag::kOl: case Tag::kP: case Tag::kSearch: case Tag::kSection:
    case Tag::kSummary: case Tag::kUl:
      close_p_element_if_in_button_scope();
      insert_html_element();
      return false;
    case Tag::kH1: case Tag::kH2: case Tag::kH3: case Tag::kH4: case Tag::kH5: case Tag::kH6:
      close_p_element_if_in_button_scope();
      if (open_.current() != kNoNode && doc_.ns(open_.current()) == Ns::kHtml &&
          is_heading(doc_.tag(open_.current()))) {
        error("nested-heading");
        open_.pop();
      }
      insert_html_element();
      return false;
    case Tag::kPre: case Tag::kListing:
      close_p_element_if_in_button_scope();
      insert_html_element();
      skip_next_lf_ = true;
      frameset_ok_ = false;
      return false;
    case Tag::kForm:
      if (form_ != kNoNode && !open_.contains_html(Tag::kTemplate)) {
        error("nested-form");
        return false;
      }
      close_p_element_if_in_button_scope();
      {
        NodeId f = insert_html_element();
        if (!open_.contains_html(Tag::kTemplate)) form_ = f;
      }
      return false;
    case Tag::kLi: case Tag::kDd: case Tag::kDt:
      in_body_list_item_start();
      return false;
    case Tag::kPlaintext:
      close_p_element_if_in_button_scope();
      insert_html_element();
      tokenizer_.set_state(Tokenizer::State::kPlaintext);
      return false;
    case Tag::kButton:
      if (open_.has_in_scope(Tag::kButton)) {
        error("nested-button");
        generate_implied_end_tags();
        open_.pop_until(Tag::kButton);
      }
      reconstruct_active_formatting_elements();
      insert_html_element();
      frameset_ok_ = false;
      return false;
    case Tag::kA: {
      long entry = formatting_.last_after_marker(Tag::kA, "a");
      if (entry >= 0) {
        error("nested-a");
        NodeId a = formatting_.at(static_cast<size_t>(entry));
        if (adoption_agency(Tag::kA, "a")) in_body_any_other_end_tag();
        formatting_.remove(a);
        open_.remove(a);
      }
      reconstruct_active_formatting_elements();
      formatting_.push(insert_html_element());
      return false;
    }
    case Tag::kB: case Tag::kBig: case Tag::kCode: case Tag::kEm: case Tag::kFont: case Tag::kI:
    case Tag::kS: case Tag::kSmall: case Tag::kStrike: case Tag::kStrong: case Tag::kTt:
    case Tag::kU:
      reconstruct_active_formatting_elements();
      formatting_.push(insert_html_element());
      return false;
    case Tag::kNobr:
      reconstruct_active_formatting_elements();
      if (open_.has_in_scope(Tag::kNobr)) {
        error("nested-nobr");
        if (adoption_agency(Tag::kNobr, "nobr")) in_body_any_other_end_tag();
        reconstruct_active_formatting_elements();
      }
      formatting_.push(insert_html_element());
      return false;
    case Tag::kApplet: case Tag::kMarquee: case Tag::kObject:
      reconstruct_active_formatting_elements();
      insert_html_element();
      formatting_.push_marker();
      frameset_ok_ = false;
      return false;
    case Tag::kTable:
      if (doc_.quirks_mode != dom::QuirksMode::kQuirks) close_p_element_if_in_button_scope();
      insert_html_element();
      frameset_ok_ = false;
      mode_ = InsertionMode::kInTable;
      return false;
    case Tag::kArea: case Tag::kBr: case Tag::kEmbed: case Tag::kImg: case Tag::kKeygen:
    case Tag::kWbr:
      reconstruct_active_formatting_elements();
      insert_html_element();
      open_.pop();
      frameset_ok_ = false;
      return false;
    case Tag::kInput: {
      // Customizable <select> (whatwg/html#10548): an <input> closes an open
      // select.
      if (context_ != kNoNode && doc_.is_html(context_, Tag::kSelect)) {
        error("unexpected-input-in-select");
        return false;
      }
      if (open_.has_in_scope(Tag::kSelect)) {
        error("unexpected-input-in-select");
        open_.pop_until(Tag::kSelect);
      }
      reconstruct_active_formatting_elements();
      insert_html_element();
      open_.pop();
      const std::string* type = token_attr("type");
      if (!type || !equals_ignore_case(*type, "hidden")) frameset_ok_ = false;
      return false;
    }
    case Tag::kParam: case Tag::kSource: case Tag::kTrack:
      insert_html_element();
      open_.pop();
      return false;
    case Tag::kHr:
      close_p_element_if_in_button_scope();
      if (open_.has_in_scope(Tag::kSelect)) {
        generate_implied_end_tags();
        if (open_.has_in_scope(Tag::kOption) || open_.has_in_scope(Tag::kOptgroup)) {
          error("unexpected-hr-in-option");
        }
      }
      insert_html_element();
      open_.pop();
      frameset_ok_ = false;
      return false;
    case Tag::kImage:
      error("image-start-tag");
      tok_->name = "img";
      tag_ = Tag::kImg;
      return true;
    case Tag::kTextarea:
      insert_html_element();
      skip_next_lf_ = true;
      tokenizer_.set_state(Tokenizer::State::kRcdata);
      tokenizer_.set_last_start_tag("textarea");
      original_mode_ = mode_;
      frameset_ok_ = false;
      mode_ = InsertionMode::kText;
      return false;
    case Tag::kXmp:
      close_p_element_if_in_button_scope();
      reconstruct_active_formatting_elements();
      frameset_ok_ = false;
      generic_raw_text(Tokenizer::State::kRawtext);
      return false;
    case Tag::kIframe:
      frameset_ok_ = false;
      generic_raw_text(Tokenizer::State::kRawtext);
      return false;
    case Tag::kNoembed:
      generic_raw_text(Tokenizer::State::kRawtext);
      return false;
    case Tag::kNoscript:
      if (options_.scripting) {
        generic_raw_text(Tokenizer::State::kRawtext);
        return false;
      }
      reconstruct_active_formatting_elements();
      insert_html_element();
      return false;
    case Tag::kSelect:
      if (context_ != kNoNode && doc_.is_html(context_, Tag::kSelect)) {
        error("unexpected-select-in-select");
        return false;
      }
      if (open_.has_in_scope(Tag::kSelect)) {
        error("unexpected-select-in-select");
        open_.pop_until(Tag::kSelect);
        return false;
      }
      reconstruct_active_formatting_elements();
      insert_html_element();
      frameset_ok_ = false;
      return false;
    case Tag::kOption:
      if (open_.has_in_scope(Tag::kSelect)) {
        generate_implied_end_tags(Tag::kOptgroup);
        if (open_.has_in_scope(Tag::kOption)) error("nested-option");
      } else if (open_.current_is_html(Tag::kOption)) {
        open_.pop();
      }
      reconstruct_active_formatting_elements();
      insert_html_element();
      return false;
    case Tag::kOptgroup:
      if (open_.has_in_scope(Tag::kSelect)) {
        generate_implied_end_tags();
        if (open_.has_in_scope(Tag::kOption) || open_.has_in_scope(Tag::kOptgroup)) {
          error("nested-optgroup");
        }
      } else if (open_.current_is_html(Tag::kOption)) {
        open_.pop();
      }
      reconstruct_active_formatting_elements();
      insert_html_element();
      return false;
    case Tag::kRb: case Tag::kRtc:
      if (open_.has_in_scope(Tag::kRuby)) generate_implied_end_tags();
      if (!open_.current_is_html(Tag::kRuby)) error("unexpected-ruby-child");
      insert_html_element();
      return false;
    case Tag::kRp: case Tag::kRt:
      if (open_.has_in_scope(Tag::kRuby)) generate_implied_end_tags(Tag::kRtc);
      if (!open_.current_is_html(Tag::kRtc) && !open_.current_is_html(Tag::kRuby)) {
        error("unexpected-ruby-child");
      }
      insert_html_element();
      return false;
    case Tag::kMath:
      in_body_insert_foreign(Ns::kMathMl);
      return false;
    case Tag::kSvg:
      in_body_insert_foreign(Ns::kSvg);
      return false;
    case Tag::kCaption: case Tag::kCol: case Tag::kColgroup: case Tag::kFrame: case Tag::kHead:
    case Tag::kTbody: case Tag::kTd: case Tag::kTfoot: case Tag::kTh: case Tag::kThead:
    case Tag::kTr:
      error("unexpected-start-tag");
      return false;
    default:
      reconstruct_active_formatting_elements();
      insert_html_element();
      return false;
  }
}

// <math> / <svg>: adjust attributes, insert a foreign element, pop it at once
// when self-closing.
void TreeBuilder::in_body_insert_foreign(Ns ns) {
  reconstruct_active_formatting_elements();
  insert_foreign_element(ns);
  if (tok_->self_closing) open_.pop();
}

// A start tag "frameset" in body.
void TreeBuilder::do_frameset_in_body() {
  if (open_.size() < 2 || !doc_.is_html(open_.at(1), Tag::kBody)) return;
  if (!frameset_ok_) return;
  NodeId body = open_.at(1);
  doc_.detach(body);
  while (open_.size() > 1) open_.pop();
  insert_html_element();
  mode_ = InsertionMode::kInFrameset;
}

// A start tag "li", "dd" or "dt".
void TreeBuilder::in_body_list_item_start() {
  frameset_ok_ = false;
  bool is_li = tag_ == Tag::kLi;
  uint32_t walked = 0;
  for (size_t i = open_.size(); i-- > 0 && walked < options_.limits.max_depth; ++walked) {
    NodeId node = open_.at(i);
    Tag t = doc_.tag(node);
    bool html = doc_.ns(node) == Ns::kHtml;
    if (html && (is_li ? t == Tag::kLi : (t == Tag::kDd || t == Tag::kDt))) {
      generate_implied_end_tags(t);
      if (!open_.current_is_html(t)) error("unexpected-list-item-end");
      open_.pop_until(t);
      break;
    }
    if (is_special(doc_, node) &&
        !(html && (t == Tag::kAddress || t == Tag::kDiv || t == Tag::kP))) {
      break;
    }
  }
  close_p_element_if_in_button_scope();
  insert_html_element();
}

bool TreeBuilder::in_body_end_tag() {
  switch (tag_) {
    case Tag::kTemplate:
      return in_head();
    case Tag::kBody:
      if (!open_.has_in_scope(Tag::kBody)) {
        error("unexpected-end-tag");
        return false;
      }
      mode_ = InsertionMode::kAfterBody;
      return false;
    case Tag::kHtml:
      if (!open_.has_in_scope(Tag::kBody)) {
        error("unexpected-end-tag");
        return false;
      }
      mode_ = InsertionMode::kAfterBody;
      return true;
    case Tag::kAddress: case Tag::kArticle: case Tag::kAside: case Tag::kBlockquote:
    case Tag::kButton: case Tag::kCenter: case Tag::kDetails: case Tag::kDialog: case Tag::kDir:
    case Tag::kDiv: case Tag::kDl: case Tag::kFieldset: case Tag::kFigcaption: case Tag::kFigure:
    case Tag::kFooter: case Tag::kHeader: case Tag::kHgroup: case Tag::kListing: case Tag::kMain:
    case Tag::kMenu: case Tag::kNav: case Tag::kOl: case Tag::kPre: case Tag::kSearch:
    case Tag::kSection: case Tag::kSelect: case Tag::kSummary: case Tag::kUl:
      if (!open_.has_in_scope(tag_)) {
        error("unexpected-end-tag");
        return false;
      }
      generate_implied_end_tags();
      if (!open_.current_is_html(tag_)) error("end-tag-too-early");
      open_.pop_until(tag_);
      return false;
    case Tag::kForm:
      if (!open_.contains_html(Tag::kTemplate)) {
        NodeId node = form_;
        form_ = kNoNode;
        if (node == kNoNode || !open_.has_node_in_scope(node)) {
          error("unexpected-end-tag");
          return false;
        }
        generate_implied_end_tags();
        if (open_.current() != node) error("end-tag-too-early");
        open_.remove(node);
      } else {
        if (!open_.has_in_scope(Tag::kForm)) {
          error("unexpected-end-tag");
          return false;
        }
        generate_implied_end_tags();
        if (!open_.current_is_html(Tag::kForm)) error("end-tag-too-early");
        open_.pop_until(Tag::kForm);
      }
      return false;
    case Tag::kP:
      if (!open_.has_in_scope(Tag::kP, Scope::kButton)) {
        error("unexpected-end-tag-p");
        insert_implied(Tag::kP);
      }
      close_p_element();
      return false;
    case Tag::kLi:
      if (!open_.has_in_scope(Tag::kLi, Scope::kListItem)) {
        error("unexpected-end-tag");
        return false;
      }
      generate_implied_end_tags(Tag::kLi);
      if (!open_.current_is_html(Tag::kLi)) error("end-tag-too-early");
      open_.pop_until(Tag::kLi);
      return false;
    case Tag::kDd: case Tag::kDt:
      if (!open_.has_in_scope(tag_)) {
        error("unexpected-end-tag");
        return false;
      }
      generate_implied_end_tags(tag_);
      if (!open_.current_is_html(tag_)) error("end-tag-too-early");
      open_.pop_until(tag_);
      return false;
    case Tag::kH1: case Tag::kH2: case Tag::kH3: case Tag::kH4: case Tag::kH5: case Tag::kH6:
      if (!open_.has_heading_in_scope()) {
        error("unexpected-end-tag");
        return false;
      }
      generate_implied_end_tags();
      if (!open_.current_is_html(tag_)) error("end-tag-too-early");
      open_.pop_until_heading();
      return false;
    case Tag::kA: case Tag::kB: case Tag::kBig: case Tag::kCode: case Tag::kEm: case Tag::kFont:
    case Tag::kI: case Tag::kNobr: case Tag::kS: case Tag::kSmall: case Tag::kStrike:
    case Tag::kStrong: case Tag::kTt: case Tag::kU:
      if (adoption_agency(tag_, tok_->name)) in_body_any_other_end_tag();
      return false;
    case Tag::kApplet: case Tag::kMarquee: case Tag::kObject:
      if (!open_.has_in_scope(tag_)) {
        error("unexpected-end-tag");
        return false;
      }
      generate_implied_end_tags();
      if (!open_.current_is_html(tag_)) error("end-tag-too-early");
      open_.pop_until(tag_);
      formatting_.clear_to_last_marker();
      return false;
    case Tag::kBr:
      error("unexpected-end-tag-br");
      retag_as_start("br", Tag::kBr);
      return true;
    default:
      in_body_any_other_end_tag();
      return false;
  }
}

// "Any other end tag" in body.
void TreeBuilder::in_body_any_other_end_tag() {
  std::string_view name = tok_->name;
  uint32_t walked = 0;
  for (size_t i = open_.size(); i-- > 1 && walked < options_.limits.max_depth; ++walked) {
    NodeId node = open_.at(i);
    if (doc_.ns(node) == Ns::kHtml && doc_.tag(node) == tag_ &&
        (tag_ != Tag::kUnknown || doc_.name(node) == name)) {
      generate_implied_end_tags(tag_);
      if (open_.current() != node) error("end-tag-too-early");
      open_.pop_until_node(node);
      return;
    }
    if (is_special(doc_, node)) {
      error("unexpected-end-tag");
      return;
    }
  }
}

// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-incdata
bool TreeBuilder::text() {
  switch (tok_->type) {
    case TokenType::kCharacter:
      insert_characters(text_);
      text_ = {};
      return false;
    case TokenType::kEof:
      error("eof-in-text");
      open_.pop();
      mode_ = original_mode_;
      return true;
    case TokenType::kEndTag:
      open_.pop();
      mode_ = original_mode_;
      return false;
    default:
      return false;
  }
}

}  // namespace reader::html
