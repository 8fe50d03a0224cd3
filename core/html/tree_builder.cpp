// Tree builder core: the dispatcher, insertion helpers (13.2.6.1) and the
// shared algorithms (reconstruct, adoption agency, implied end tags, reset
// the insertion mode). The insertion modes live in insertion_modes_*.cpp.
#include "html/tree_builder.h"

#include <algorithm>
#include <unordered_set>

#include "base/ascii.h"
#include "base/text.h"
#include "html/element_sets.h"
#include "html/foreign.h"
#include "html/selectedcontent.h"

namespace reader::html {

using dom::NodeId;
using dom::kNoNode;
using dom::Ns;
using dom::Tag;

namespace {
// A token is reprocessed a handful of times at most (e.g. in cell -> in row
// -> in table body -> in table); more means a bug, so stop instead of hanging.
constexpr int kMaxReprocess = 32;
// Above this many attributes (existing + new), "add the attributes that are
// not already present" (<html>/<body> in body) looks names up in a hash set
// instead of scanning the element's list per attribute: hostile tags carry
// 100k attributes.
constexpr size_t kMaxAttributesScanned = 64;
// The adoption agency algorithm's outer loop limit (13.2.6.4.7 step 4.1).
constexpr int kAdoptionOuterLoopLimit = 8;
// ... and the inner loop counter above which formatting entries are dropped
// (step 4.13.4).
constexpr int kAdoptionInnerLoopLimit = 3;
// Entries kept after the last marker in the list of active formatting
// elements. Noah's Ark keeps at most three equal elements, so only hostile
// markup (thousands of distinct unclosed <b id=N>) gets near; every walk of
// the list (Noah's Ark, reconstruct, adoption agency) is bounded by it.
constexpr uint32_t kMaxFormattingRun = 128;
}  // namespace

TreeBuilder::TreeBuilder(dom::Document& doc, Tokenizer& tokenizer, const ParseOptions& options,
                         ParseResult& result)
    : doc_(doc),
      tokenizer_(tokenizer),
      options_(options),
      result_(result),
      open_(doc, options.limits.max_depth),
      formatting_(doc, kMaxFormattingRun) {}

// https://html.spec.whatwg.org/multipage/parsing.html#parsing-html-fragments
void TreeBuilder::start_fragment(Tag tag, Ns ns, std::string_view name) {
  context_ = doc_.create_element(tag, ns, name);
  // Step 5: the tokenizer state from the context element.
  if (ns == Ns::kHtml) {
    switch (tag) {
      case Tag::kTitle: case Tag::kTextarea:
        tokenizer_.set_state(Tokenizer::State::kRcdata);
        break;
      case Tag::kStyle: case Tag::kXmp: case Tag::kIframe: case Tag::kNoembed:
      case Tag::kNoframes:
        tokenizer_.set_state(Tokenizer::State::kRawtext);
        break;
      case Tag::kScript:
        tokenizer_.set_state(Tokenizer::State::kScriptData);
        break;
      case Tag::kNoscript:
        if (options_.scripting) tokenizer_.set_state(Tokenizer::State::kRawtext);
        break;
      case Tag::kPlaintext:
        tokenizer_.set_state(Tokenizer::State::kPlaintext);
        break;
      default:
        break;
    }
  }
  // Steps 6-8: the html root, pushed; "in template" for a template context.
  fragment_root_ = doc_.create_element(Tag::kHtml);
  open_.push(fragment_root_);
  if (ns == Ns::kHtml && tag == Tag::kTemplate) push_template_mode(InsertionMode::kInTemplate);
  // Step 10: reset the insertion mode (uses the context element as "last").
  reset_insertion_mode();
  // Step 11: the nearest form ancestor of the context: the context element is
  // detached, so there is none.
  tokenizer_.set_allow_cdata(ns != Ns::kHtml);
}

bool TreeBuilder::at_node_limit() {
  if (doc_.node_count() < options_.limits.max_nodes) return false;
  result_.status = Status::kTooManyNodes;
  stopped_ = true;
  return true;
}

void TreeBuilder::finish() {
  if (!stopped_ && !selectedcontents_.empty()) fill_selectedcontent(doc_, selectedcontents_);
}

// https://html.spec.whatwg.org/multipage/parsing.html#tree-construction
void TreeBuilder::process(Token& t) {
  if (stopped_ || at_node_limit()) return;
  tok_ = &t;
  tag_ = (t.type == TokenType::kStartTag || t.type == TokenType::kEndTag)
             ? dom::tag_from_name(t.name)
             : Tag::kUnknown;
  bool skip_lf = skip_next_lf_;
  skip_next_lf_ = false;
  if (t.type == TokenType::kCharacter) {
    text_ = t.data;
    if (skip_lf && !text_.empty() && text_.front() == '\n') text_.remove_prefix(1);
    if (text_.empty()) return;
  }
  for (int i = 0; i < kMaxReprocess; ++i) {
    bool again = use_html_rules() ? dispatch(mode_) : foreign_content();
    if (!again || stopped_) break;
    if (t.type == TokenType::kCharacter && text_.empty()) break;
  }
  NodeId acn = adjusted_current_node();
  tokenizer_.set_allow_cdata(acn != kNoNode && doc_.ns(acn) != Ns::kHtml);
}

bool TreeBuilder::dispatch(InsertionMode mode) {
  switch (mode) {
    case InsertionMode::kInitial: return initial();
    case InsertionMode::kBeforeHtml: return before_html();
    case InsertionMode::kBeforeHead: return before_head();
    case InsertionMode::kInHead: return in_head();
    case InsertionMode::kInHeadNoscript: return in_head_noscript();
    case InsertionMode::kAfterHead: return after_head();
    case InsertionMode::kInBody: return in_body();
    case InsertionMode::kText: return text();
    case InsertionMode::kInTable: return in_table();
    case InsertionMode::kInTableText: return in_table_text();
    case InsertionMode::kInCaption: return in_caption();
    case InsertionMode::kInColumnGroup: return in_column_group();
    case InsertionMode::kInTableBody: return in_table_body();
    case InsertionMode::kInRow: return in_row();
    case InsertionMode::kInCell: return in_cell();
    case InsertionMode::kInTemplate: return in_template();
    case InsertionMode::kAfterBody: return after_body();
    case InsertionMode::kInFrameset: return in_frameset();
    case InsertionMode::kAfterFrameset: return after_frameset();
    case InsertionMode::kAfterAfterBody: return after_after_body();
    case InsertionMode::kAfterAfterFrameset: return after_after_frameset();
  }
  return false;
}

// https://html.spec.whatwg.org/multipage/parsing.html#adjusted-current-node
NodeId TreeBuilder::adjusted_current_node() const {
  if (context_ != kNoNode && open_.size() == 1) return context_;
  return open_.current();
}

// The tree construction dispatcher's list of cases that use the insertion
// mode rather than the rules for foreign content.
bool TreeBuilder::use_html_rules() const {
  if (open_.empty()) return true;
  NodeId acn = adjusted_current_node();
  if (doc_.ns(acn) == Ns::kHtml) return true;
  TokenType type = tok_->type;
  if (type == TokenType::kEof) return true;
  if (is_mathml_text_integration_point(doc_, acn)) {
    if (type == TokenType::kCharacter) return true;
    if (type == TokenType::kStartTag && tag_ != Tag::kMglyph && tag_ != Tag::kMalignmark) {
      return true;
    }
  }
  if (doc_.ns(acn) == Ns::kMathMl && doc_.tag(acn) == Tag::kAnnotationXml &&
      type == TokenType::kStartTag && tag_ == Tag::kSvg) {
    return true;
  }
  if (is_html_integration_point(doc_, acn) &&
      (type == TokenType::kStartTag || type == TokenType::kCharacter)) {
    return true;
  }
  return false;
}

// --- 13.2.6.1 Creating and inserting nodes ---------------------------------

// https://html.spec.whatwg.org/multipage/parsing.html#appropriate-place-for-inserting-a-node
TreeBuilder::Location TreeBuilder::appropriate_place(NodeId override_target, long override_index) {
  NodeId target = override_target;
  long index = override_index;
  if (target == kNoNode) {
    if (open_.empty()) return {dom::Document::root(), kNoNode};
    target = open_.current();
    index = static_cast<long>(open_.size()) - 1;
  }
  Location loc;
  const dom::Node& t = doc_.node(target);
  bool table_like = t.ns == Ns::kHtml &&
                    (t.tag == Tag::kTable || t.tag == Tag::kTbody || t.tag == Tag::kTfoot ||
                     t.tag == Tag::kThead || t.tag == Tag::kTr);
  if (foster_parenting_ && table_like) {
    long last_template = open_.last_index_of_html(Tag::kTemplate);
    long last_table = open_.last_index_of_html(Tag::kTable);
    if (last_template >= 0 && (last_table < 0 || last_template > last_table)) {
      return {template_contents(open_.at(static_cast<size_t>(last_template))), kNoNode};
    }
    if (last_table < 0) return {open_.at(0), kNoNode};  // fragment case
    NodeId table = open_.at(static_cast<size_t>(last_table));
    if (doc_.parent(table) != kNoNode) return {doc_.parent(table), table};
    loc.parent = open_.at(static_cast<size_t>(last_table > 0 ? last_table - 1 : 0));
  } else {
    // Limits::max_depth: below that depth, insert into the element at it.
    uint32_t max_depth = options_.limits.max_depth == 0 ? 1 : options_.limits.max_depth;
    if (index >= static_cast<long>(max_depth)) {
      target = open_.at(max_depth - 1);
      note_too_deep();
    }
    loc.parent = target;
  }
  if (doc_.is_html(loc.parent, Tag::kTemplate)) loc.parent = template_contents(loc.parent);
  return loc;
}

void TreeBuilder::insert_at(const Location& loc, NodeId node) {
  if (loc.before == kNoNode) {
    doc_.append_child(loc.parent, node);
  } else {
    doc_.insert_before(loc.parent, node, loc.before);
    if (doc_.is_element(node)) doc_.add_flag(node, dom::kFlagFosterParented);
  }
}

NodeId TreeBuilder::template_contents(NodeId template_element) {
  if (template_element != cached_template_) {
    cached_template_ = template_element;
    cached_contents_ = doc_.template_content(template_element);
  }
  return cached_contents_;
}

// https://html.spec.whatwg.org/multipage/parsing.html#create-an-element-for-the-token
NodeId TreeBuilder::create_element_for_token(Ns ns) {
  std::string_view name = tok_->name;
  Tag t = ns == Ns::kHtml ? tag_ : dom::tag_from_name(name);
  if (ns == Ns::kSvg) name = adjust_svg_tag_name(name);
  NodeId el = doc_.create_element(t, ns, name);
  if (t == Tag::kUnknown && ns == Ns::kHtml && name == "selectedcontent") {
    selectedcontents_.push_back(el);
  }
  // The tokenizer dropped duplicate names, and the foreign adjustments map
  // distinct lowercase names to distinct (name, namespace) pairs, so the
  // attributes are appended without a duplicate check.
  for (const TokenAttr& a : tok_->attrs) {
    if (ns == Ns::kHtml) {
      doc_.append_attr(el, a.name, a.value);
      continue;
    }
    // Adjust MathML / SVG attributes, then adjust foreign attributes.
    std::string_view n = a.name;
    if (ns == Ns::kMathMl) n = adjust_mathml_attribute_name(n);
    else n = adjust_svg_attribute_name(n);
    ForeignAttrName f = adjust_foreign_attribute_name(n);
    doc_.append_attr(el, f.local, a.value, f.ns);
  }
  return el;
}

// https://html.spec.whatwg.org/multipage/parsing.html#insert-an-html-element
NodeId TreeBuilder::insert_html_element() {
  Location loc = appropriate_place();
  NodeId el = create_element_for_token(Ns::kHtml);
  insert_at(loc, el);
  open_.push(el);
  return el;
}

NodeId TreeBuilder::insert_implied(Tag t) {
  Location loc = appropriate_place();
  NodeId el = doc_.create_element(t);
  doc_.add_flag(el, dom::kFlagImplied);
  insert_at(loc, el);
  open_.push(el);
  return el;
}

// https://html.spec.whatwg.org/multipage/parsing.html#insert-a-foreign-element
NodeId TreeBuilder::insert_foreign_element(Ns ns) {
  Location loc = appropriate_place();
  NodeId el = create_element_for_token(ns);
  insert_at(loc, el);
  open_.push(el);
  return el;
}

// https://html.spec.whatwg.org/multipage/parsing.html#insert-a-character
void TreeBuilder::insert_characters(std::string_view s) {
  if (s.empty()) return;
  Location loc = appropriate_place();
  if (doc_.type(loc.parent) == dom::NodeType::kDocument) return;
  doc_.insert_text_before(loc.parent, s, loc.before);
}

// https://html.spec.whatwg.org/multipage/parsing.html#insert-a-comment
void TreeBuilder::insert_comment(std::string_view data) {
  Location loc = appropriate_place();
  insert_at(loc, doc_.create_comment(data));
}

void TreeBuilder::append_comment_to(NodeId parent, std::string_view data) {
  doc_.append_child(parent, doc_.create_comment(data));
}

// "Create an element for the token for which the element was created": the
// same tag, namespace, name and attributes as `original`.
NodeId TreeBuilder::clone_element(NodeId original) {
  NodeId el = doc_.create_element(doc_.tag(original), doc_.ns(original), doc_.name(original));
  doc_.copy_attrs(original, el);
  return el;
}

// "For each attribute on the token, check to see if the attribute is already
// present on the top element of the stack of open elements. If it is not, add
// the attribute and its corresponding value to that element." (<html> and
// <body> start tags in body.)
void TreeBuilder::add_missing_attributes(NodeId el) {
  if (doc_.attrs(el).size() + tok_->attrs.size() <= kMaxAttributesScanned) {
    for (const TokenAttr& a : tok_->attrs) doc_.add_attr_if_missing(el, a.name, a.value);
    return;
  }
  std::unordered_set<std::string_view> present;
  for (const dom::Attr& a : doc_.attrs(el)) {
    if (a.ns == dom::AttrNs::kNone) present.insert(a.name);
  }
  for (const TokenAttr& a : tok_->attrs) {
    if (present.insert(a.name).second) doc_.append_attr(el, a.name, a.value);
  }
}

// --- 13.2.4.3 The list of active formatting elements ------------------------

// https://html.spec.whatwg.org/multipage/parsing.html#reconstruct-the-active-formatting-elements
void TreeBuilder::reconstruct_active_formatting_elements() {
  if (formatting_.empty()) return;
  size_t last = formatting_.size() - 1;
  if (formatting_.is_marker(last) || open_.contains(formatting_.at(last))) return;
  size_t i = last;
  // Rewind.
  while (i > 0 && !formatting_.is_marker(i - 1) && !open_.contains(formatting_.at(i - 1))) --i;
  // Advance / create (stopping at Limits::max_nodes).
  for (; i <= last; ++i) {
    if (at_node_limit()) return;
    Location loc = appropriate_place();
    NodeId el = clone_element(formatting_.at(i));
    doc_.add_flag(el, dom::kFlagReconstructed);
    insert_at(loc, el);
    open_.push(el);
    formatting_.replace_at(i, el);
  }
}

// https://html.spec.whatwg.org/multipage/parsing.html#adoption-agency-algorithm
bool TreeBuilder::adoption_agency(Tag subject, std::string_view subject_name) {
  auto matches = [&](NodeId n) {
    return doc_.ns(n) == Ns::kHtml && doc_.tag(n) == subject &&
           (subject != Tag::kUnknown || doc_.name(n) == subject_name);
  };
  // Step 2.
  NodeId current = open_.current();
  if (matches(current) && !formatting_.contains(current)) {
    open_.pop();
    return false;
  }
  // Step 4: the outer loop.
  for (int outer = 0; outer < kAdoptionOuterLoopLimit; ++outer) {
    long fe_entry = formatting_.last_after_marker(subject, subject_name);
    if (fe_entry < 0) return true;  // act as "any other end tag"
    NodeId fe = formatting_.at(static_cast<size_t>(fe_entry));
    long fe_index = open_.index_of(fe);
    if (fe_index < 0) {
      error("adoption-agency-formatting-element-not-open");
      formatting_.remove_at(static_cast<size_t>(fe_entry));
      return false;
    }
    if (!open_.has_node_in_scope(fe)) {
      error("adoption-agency-formatting-element-not-in-scope");
      return false;
    }
    if (fe != open_.current()) error("adoption-agency-misnested-end-tag");
    // Step 4.7: the furthest block.
    long fb_index = -1;
    for (size_t i = static_cast<size_t>(fe_index) + 1; i < open_.size(); ++i) {
      if (is_special(doc_, open_.at(i))) {
        fb_index = static_cast<long>(i);
        break;
      }
    }
    if (fb_index < 0) {
      open_.pop_until_node(fe);
      formatting_.remove(fe);
      return false;
    }
    NodeId fb = open_.at(static_cast<size_t>(fb_index));
    long ca_index = fe_index > 0 ? fe_index - 1 : 0;
    NodeId common_ancestor = open_.at(static_cast<size_t>(ca_index));
    NodeId bookmark_after = kNoNode;  // kNoNode: the formatting element's own entry
    NodeId last_node = fb;
    long node_index = fb_index;
    // Step 4.13: the inner loop.
    for (int inner = 1;; ++inner) {
      --node_index;
      NodeId node = open_.at(static_cast<size_t>(node_index));
      if (node == fe) break;
      if (inner > kAdoptionInnerLoopLimit && formatting_.contains(node)) formatting_.remove(node);
      if (!formatting_.contains(node)) {
        open_.remove_at(static_cast<size_t>(node_index));
        continue;
      }
      NodeId el = clone_element(node);
      formatting_.replace_at(static_cast<size_t>(formatting_.index_of(node)), el);
      open_.replace_at(static_cast<size_t>(node_index), el);
      if (last_node == fb) bookmark_after = el;
      doc_.append_child(el, last_node);
      last_node = el;
    }
    // Step 4.14. The ancestor check only matters for content flattened by
    // max_depth, where tree and stack disagree; it keeps the tree acyclic.
    Location loc = appropriate_place(common_ancestor, ca_index);
    if (loc.parent != last_node && !doc_.is_ancestor(last_node, loc.parent)) {
      if (loc.before == last_node) loc.before = doc_.next_sibling(last_node);
      doc_.detach(last_node);
      insert_at(loc, last_node);
    }
    // Steps 4.15-4.17.
    NodeId el = clone_element(fe);
    doc_.move_children(fb, el);
    doc_.append_child(fb, el);
    // Step 4.18.
    if (bookmark_after == kNoNode) {
      formatting_.replace_at(static_cast<size_t>(formatting_.index_of(fe)), el);
    } else {
      formatting_.remove(fe);
      formatting_.insert_at(static_cast<size_t>(formatting_.index_of(bookmark_after)) + 1, el);
    }
    // Step 4.19.
    open_.remove(fe);
    open_.insert_at(static_cast<size_t>(open_.index_of(fb)) + 1, el);
  }
  return false;
}

// --- 13.2.6.3 Closing elements that have implied end tags -------------------

void TreeBuilder::generate_implied_end_tags(Tag except) {
  while (open_.size() > 1) {
    NodeId n = open_.current();
    if (doc_.ns(n) != Ns::kHtml || !has_implied_end_tag(doc_.tag(n)) || doc_.tag(n) == except) {
      return;
    }
    open_.pop();
  }
}

void TreeBuilder::generate_all_implied_end_tags_thoroughly() {
  while (open_.size() > 1) {
    NodeId n = open_.current();
    if (doc_.ns(n) != Ns::kHtml || !has_implied_end_tag_thoroughly(doc_.tag(n))) return;
    open_.pop();
  }
}

// https://html.spec.whatwg.org/multipage/parsing.html#close-a-p-element
void TreeBuilder::close_p_element() {
  generate_implied_end_tags(Tag::kP);
  if (!open_.current_is_html(Tag::kP)) error("unexpected-open-element-closing-p");
  open_.pop_until(Tag::kP);
}

void TreeBuilder::close_p_element_if_in_button_scope() {
  if (open_.has_in_scope(Tag::kP, Scope::kButton)) close_p_element();
}

// https://html.spec.whatwg.org/multipage/parsing.html#reset-the-insertion-mode-appropriately
void TreeBuilder::reset_insertion_mode() {
  uint32_t walked = 0;
  for (size_t i = open_.size(); i-- > 0 && walked < options_.limits.max_depth; ++walked) {
    NodeId node = open_.at(i);
    bool last = i == 0;
    if (last && context_ != kNoNode) node = context_;
    if (doc_.ns(node) == Ns::kHtml) {
      switch (doc_.tag(node)) {
        case Tag::kTd: case Tag::kTh:
          if (!last) {
            mode_ = InsertionMode::kInCell;
            return;
          }
          break;
        case Tag::kTr: mode_ = InsertionMode::kInRow; return;
        case Tag::kTbody: case Tag::kThead: case Tag::kTfoot:
          mode_ = InsertionMode::kInTableBody;
          return;
        case Tag::kCaption: mode_ = InsertionMode::kInCaption; return;
        case Tag::kColgroup: mode_ = InsertionMode::kInColumnGroup; return;
        case Tag::kTable: mode_ = InsertionMode::kInTable; return;
        case Tag::kTemplate:
          mode_ = template_modes_.empty() ? InsertionMode::kInBody : template_modes_.back();
          return;
        case Tag::kHead:
          if (!last) {
            mode_ = InsertionMode::kInHead;
            return;
          }
          break;
        case Tag::kBody: mode_ = InsertionMode::kInBody; return;
        case Tag::kFrameset: mode_ = InsertionMode::kInFrameset; return;
        case Tag::kHtml:
          mode_ = head_ == kNoNode ? InsertionMode::kBeforeHead : InsertionMode::kAfterHead;
          return;
        default:
          break;
      }
    }
    if (last) break;
  }
  mode_ = InsertionMode::kInBody;
}

// https://html.spec.whatwg.org/multipage/parsing.html#clear-the-stack-back-to-a-table-context
void TreeBuilder::clear_stack_back_to_table_context() {
  while (open_.size() > 1 && !open_.current_is_html(Tag::kTable) &&
         !open_.current_is_html(Tag::kTemplate) && !open_.current_is_html(Tag::kHtml)) {
    open_.pop();
  }
}

void TreeBuilder::clear_stack_back_to_table_body_context() {
  while (open_.size() > 1 && !open_.current_is_html(Tag::kTbody) &&
         !open_.current_is_html(Tag::kTfoot) && !open_.current_is_html(Tag::kThead) &&
         !open_.current_is_html(Tag::kTemplate) && !open_.current_is_html(Tag::kHtml)) {
    open_.pop();
  }
}

void TreeBuilder::clear_stack_back_to_table_row_context() {
  while (open_.size() > 1 && !open_.current_is_html(Tag::kTr) &&
         !open_.current_is_html(Tag::kTemplate) && !open_.current_is_html(Tag::kHtml)) {
    open_.pop();
  }
}

// https://html.spec.whatwg.org/multipage/parsing.html#close-the-cell
void TreeBuilder::close_the_cell() {
  generate_implied_end_tags();
  if (!open_.current_is_html(Tag::kTd) && !open_.current_is_html(Tag::kTh)) {
    error("unexpected-cell-end");
  }
  while (open_.size() > 1) {
    bool done = open_.current_is_html(Tag::kTd) || open_.current_is_html(Tag::kTh);
    open_.pop();
    if (done) break;
  }
  formatting_.clear_to_last_marker();
  mode_ = InsertionMode::kInRow;
}

// https://html.spec.whatwg.org/multipage/parsing.html#generic-raw-text-element-parsing-algorithm
void TreeBuilder::generic_raw_text(Tokenizer::State state) {
  insert_html_element();
  tokenizer_.set_state(state);
  tokenizer_.set_last_start_tag(tok_->name);
  original_mode_ = mode_;
  mode_ = InsertionMode::kText;
}

// --- token helpers -----------------------------------------------------------

std::string_view TreeBuilder::take_leading_whitespace() {
  size_t n = 0;
  while (n < text_.size() && is_html_space(text_[n])) ++n;
  std::string_view ws = text_.substr(0, n);
  text_.remove_prefix(n);
  return ws;
}

void TreeBuilder::retag_as_start(std::string_view name, Tag t) {
  tok_->type = TokenType::kStartTag;
  tok_->name.assign(name);
  tok_->attrs.clear();
  tok_->self_closing = false;
  tag_ = t;
}

const std::string* TreeBuilder::token_attr(std::string_view name) const {
  for (const TokenAttr& a : tok_->attrs) {
    if (a.name == name) return &a.value;
  }
  return nullptr;
}

void TreeBuilder::error(const char* code) {
  if (!options_.keep_errors || result_.errors.size() >= options_.limits.max_errors) return;
  result_.errors.push_back(ParseError{code, tok_ ? tok_->line : 0, tok_ ? tok_->column : 0});
}

void TreeBuilder::note_too_deep() {
  if (result_.status == Status::kOk) result_.status = Status::kTooDeep;
}

}  // namespace reader::html
