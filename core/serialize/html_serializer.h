// HTML serialization of the arena DOM: the WHATWG "serializing HTML
// fragments" algorithm (HTML 13.3). Iterative: an explicit stack of open
// elements replaces the spec's recursion.
#pragma once
#include <string>
#include <string_view>

#include "dom/document.h"

namespace reader::serialize {

// The children of `node` serialized (element.innerHTML). For a <template>
// element, its template contents are serialized, as the spec says.
std::string inner_html(const dom::Document& doc, dom::NodeId node);

// `node` itself followed by its serialized children (element.outerHTML).
// For the document node or a fragment this equals inner_html.
std::string outer_html(const dom::Document& doc, dom::NodeId node);

// Appending variants for callers that build one large string.
void append_inner_html(const dom::Document& doc, dom::NodeId node, std::string& out);
void append_outer_html(const dom::Document& doc, dom::NodeId node, std::string& out);

// "Escaping a string" (13.3): & -> &amp;, U+00A0 -> &nbsp;, and < > in
// text mode; & U+00A0 " < > in attribute mode (escaping < > in attribute
// values follows the 2025 spec change that closes mutation-XSS vectors).
void escape_text(std::string_view s, std::string& out);
void escape_attribute(std::string_view s, std::string& out);

// Void elements (13.1.2): no end tag, children never serialized.
bool is_void_element(dom::Tag t);

}  // namespace reader::serialize
