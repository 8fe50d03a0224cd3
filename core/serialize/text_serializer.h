// Plain text of a subtree with block structure kept as line breaks, so words
// of adjacent blocks never glue together ("foo</p><p>bar" -> "foo\n\nbar").
#pragma once
#include <string>

#include "dom/document.h"

namespace reader::serialize {

// Rules:
// - paragraph-level blocks (p, h1-h6, blockquote, pre, lists, tables,
//   figure, section...) are separated by one blank line; line-level blocks
//   (div, li, tr, dt, dd, figcaption, caption...) by a newline; <br> is a
//   newline; table cells of a row are separated by a tab;
// - whitespace inside inline content collapses to one space; <pre> text is
//   kept verbatim;
// - script, style, template, noscript and head content is excluded;
// - result: no trailing spaces on a line, never more than one blank line in a
//   row, no leading or trailing blank lines, no final newline.
std::string to_plain_text(const dom::Document& doc, dom::NodeId root);

}  // namespace reader::serialize
