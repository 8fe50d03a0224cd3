// <selectedcontent> (customizable <select>, whatwg/html#10548): when parsing
// ends, each select's first selectedcontent element receives a copy of the
// selected option's children ("maybe clone an option into selectedcontent",
// which the standard runs as options are popped; the last run wins, so doing
// it once at the end gives the same tree for parsed markup).
#pragma once
#include <vector>

#include "dom/document.h"

namespace reader::html {

void fill_selectedcontent(dom::Document& doc, const std::vector<dom::NodeId>& selectedcontents);

}  // namespace reader::html
