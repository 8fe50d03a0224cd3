// Test helper: builds arena DOM trees by hand (no parser needed).
#pragma once
#include <initializer_list>
#include <string_view>
#include <utility>

#include "dom/document.h"

namespace reader::testing {

class DomBuilder {
 public:
  using AttrList = std::initializer_list<std::pair<std::string_view, std::string_view>>;
  explicit DomBuilder(dom::Document& doc) : doc_(doc) {}

  // Appends element `name` (with `attrs`) to `parent`.
  dom::NodeId el(dom::NodeId parent, std::string_view name, AttrList attrs = {},
                 dom::Ns ns = dom::Ns::kHtml) {
    dom::NodeId e = doc_.create_element_named(name, ns);
    for (const auto& [k, v] : attrs) doc_.set_attr(e, k, v);
    doc_.append_child(parent, e);
    return e;
  }
  dom::NodeId text(dom::NodeId parent, std::string_view s) {
    dom::NodeId t = doc_.create_text(s);
    doc_.append_child(parent, t);
    return t;
  }
  dom::NodeId comment(dom::NodeId parent, std::string_view s) {
    dom::NodeId c = doc_.create_comment(s);
    doc_.append_child(parent, c);
    return c;
  }
  // A detached <div> to build under.
  dom::NodeId root() { return doc_.create_element(dom::Tag::kDiv); }

  // Builds `depth` nested `name` elements under `parent` and puts `leaf`
  // text in the innermost one; returns the innermost element.
  dom::NodeId nest(dom::NodeId parent, std::string_view name, size_t depth, std::string_view leaf) {
    dom::NodeId cur = parent;
    for (size_t i = 0; i < depth; ++i) cur = el(cur, name);
    if (!leaf.empty()) text(cur, leaf);
    return cur;
  }

 private:
  dom::Document& doc_;
};

}  // namespace reader::testing
