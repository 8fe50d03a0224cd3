// CommonMark Markdown (with GFM pipe tables and ~~strikethrough~~) of a
// subtree. Iterative: nested lists and blockquotes work to any depth.
#pragma once
#include <string>

#include "dom/document.h"

namespace reader::serialize {

// Mapping:
//   h1-h6 -> "#".."######"; p and other blocks -> paragraphs split by a blank
//   line; strong/b -> **x**; em/i -> *x*; del/s/strike -> ~~x~~;
//   code/kbd/samp/tt -> `x` (fence longer than any backtick run inside);
//   pre -> fenced code block (language from class="language-x"/"lang-x" on
//   the pre or its <code>); ul/ol/li -> "- " / "1. " items, nested by
//   indentation (ol start= respected); blockquote -> "> " (nested);
//   a[href] -> [text](url "title"); img -> ![alt](src "title");
//   figcaption -> an italic paragraph after the figure's image; table -> GFM
//   pipe table (first row is the header, '|' escaped, colspan padded);
//   dt -> **term** paragraph, dd -> paragraph; hr -> ---; br -> backslash
//   hard break (dropped at a paragraph's end). Inline markers open lazily and
//   close at block ends, so <a> or <strong> wrapping blocks yields one
//   marked run per block and empty elements yield nothing.
// Headings, table cells and captions are single-line: blocks inside them
// become spaces; a table inside a cell is flattened.
// Text is escaped where it would read as Markdown syntax. Never more than one
// blank line in a row outside fenced code (whose content is verbatim). Ends
// with one newline unless empty.
std::string to_markdown(const dom::Document& doc, dom::NodeId root);

}  // namespace reader::serialize
