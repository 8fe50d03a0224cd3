// Element categories used by the tree builder (WHATWG HTML 13.2.4.2 and
// 13.2.6): the "special" category, the scope boundaries, the integration
// points and the implied-end-tag sets. All take the node's tag and namespace.
#pragma once
#include "dom/document.h"

namespace reader::html {

// https://html.spec.whatwg.org/multipage/parsing.html#special
bool is_special(const dom::Document& doc, dom::NodeId id);

// https://html.spec.whatwg.org/multipage/parsing.html#has-an-element-in-scope
enum class Scope : uint8_t { kDefault, kListItem, kButton, kTable };
bool is_scope_boundary(const dom::Document& doc, dom::NodeId id, Scope scope);

// https://html.spec.whatwg.org/multipage/parsing.html#mathml-text-integration-point
bool is_mathml_text_integration_point(const dom::Document& doc, dom::NodeId id);
// https://html.spec.whatwg.org/multipage/parsing.html#html-integration-point
bool is_html_integration_point(const dom::Document& doc, dom::NodeId id);

// https://html.spec.whatwg.org/multipage/parsing.html#generate-implied-end-tags
// (dd, dt, li, optgroup, option, p, rb, rp, rt, rtc).
bool has_implied_end_tag(dom::Tag t);
// ... "thoroughly": the above plus caption, colgroup, tbody, td, tfoot, th,
// thead, tr.
bool has_implied_end_tag_thoroughly(dom::Tag t);

}  // namespace reader::html
