// The rules for parsing tokens in foreign content (WHATWG HTML 13.2.6.5).
#include "base/ascii.h"
#include "base/text.h"
#include "html/element_sets.h"
#include "html/tree_builder.h"

namespace reader::html {

using dom::NodeId;
using dom::Ns;
using dom::Tag;

namespace {
// Start tags that break out of foreign content back to HTML.
bool is_breakout_tag(Tag t) {
  switch (t) {
    case Tag::kB: case Tag::kBig: case Tag::kBlockquote: case Tag::kBody: case Tag::kBr:
    case Tag::kCenter: case Tag::kCode: case Tag::kDd: case Tag::kDiv: case Tag::kDl:
    case Tag::kDt: case Tag::kEm: case Tag::kEmbed: case Tag::kH1: case Tag::kH2: case Tag::kH3:
    case Tag::kH4: case Tag::kH5: case Tag::kH6: case Tag::kHead: case Tag::kHr: case Tag::kI:
    case Tag::kImg: case Tag::kLi: case Tag::kListing: case Tag::kMenu: case Tag::kMeta:
    case Tag::kNobr: case Tag::kOl: case Tag::kP: case Tag::kPre: case Tag::kRuby: case Tag::kS:
    case Tag::kSmall: case Tag::kSpan: case Tag::kStrong: case Tag::kStrike: case Tag::kSub:
    case Tag::kSup: case Tag::kTable: case Tag::kTt: case Tag::kU: case Tag::kUl: case Tag::kVar:
      return true;
    default:
      return false;
  }
}
// The replacement for U+0000 in foreign content: U+FFFD.
constexpr std::string_view kReplacementChar = "\xEF\xBF\xBD";
}  // namespace

// https://html.spec.whatwg.org/multipage/parsing.html#parsing-main-inforeign
bool TreeBuilder::foreign_content() {
  switch (tok_->type) {
    case TokenType::kCharacter: {
      std::string_view s = text_;
      text_ = {};
      while (!s.empty()) {
        size_t nul = s.find('\0');
        std::string_view run = s.substr(0, nul);
        insert_characters(run);
        for (char c : run) {
          if (!is_html_space(c)) {
            frameset_ok_ = false;
            break;
          }
        }
        if (nul == std::string_view::npos) break;
        error("unexpected-null-character");
        insert_characters(kReplacementChar);
        s.remove_prefix(nul + 1);
      }
      return false;
    }
    case TokenType::kComment:
      insert_comment(tok_->data);
      return false;
    case TokenType::kDoctype:
      error("unexpected-doctype");
      return false;
    case TokenType::kStartTag: {
      bool breakout = is_breakout_tag(tag_);
      if (tag_ == Tag::kFont) {
        for (const TokenAttr& a : tok_->attrs) {
          if (a.name == "color" || a.name == "face" || a.name == "size") breakout = true;
        }
      }
      if (breakout) {
        error("unexpected-html-element-in-foreign-content");
        while (open_.size() > 1) {
          NodeId cur = open_.current();
          if (doc_.ns(cur) == Ns::kHtml || is_mathml_text_integration_point(doc_, cur) ||
              is_html_integration_point(doc_, cur)) {
            break;
          }
          open_.pop();
        }
        return dispatch(mode_);
      }
      NodeId acn = adjusted_current_node();
      insert_foreign_element(doc_.ns(acn));
      if (tok_->self_closing) open_.pop();
      return false;
    }
    case TokenType::kEndTag: {
      if (tag_ == Tag::kBr || tag_ == Tag::kP) {
        error("unexpected-html-element-in-foreign-content");
        while (open_.size() > 1) {
          NodeId cur = open_.current();
          if (doc_.ns(cur) == Ns::kHtml || is_mathml_text_integration_point(doc_, cur) ||
              is_html_integration_point(doc_, cur)) {
            break;
          }
          open_.pop();
        }
        return dispatch(mode_);
      }
      // Any other end tag (this also covers "script" in SVG: pop it).
      size_t i = open_.size() - 1;
      NodeId node = open_.at(i);
      if (!equals_ignore_case(doc_.name(node), tok_->name)) error("unexpected-end-tag");
      uint32_t walked = 0;
      while (walked++ < options_.limits.max_depth) {
        if (i == 0) return false;  // fragment case
        if (equals_ignore_case(doc_.name(node), tok_->name)) {
          open_.pop_until_node(node);
          return false;
        }
        --i;
        node = open_.at(i);
        if (doc_.ns(node) == Ns::kHtml) return dispatch(mode_);
      }
      return false;
    }
    case TokenType::kEof:
      return dispatch(mode_);
  }
  return false;
}

}  // namespace reader::html
