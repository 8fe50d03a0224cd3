// The html5lib tree-construction "#document" dump format of a DOM subtree:
// "| " + two spaces per depth + node, attributes sorted by name on their own
// lines, "svg "/"math " prefixes, "content" for template contents.
#pragma once
#include <string>

#include "dom/document.h"

namespace reader::conformance {

// Dumps the children of `parent` (the document root or a fragment), one
// line per node, each ending in '\n'. Iterative.
std::string dump_children(dom::Document& doc, dom::NodeId parent);

}  // namespace reader::conformance
