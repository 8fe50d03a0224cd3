// Escaping rules of the Markdown serializer (CommonMark 0.31 + GFM tables and
// strikethrough): text is escaped only where it would otherwise be read as
// Markdown syntax, so ordinary prose stays readable.
#pragma once
#include <string>
#include <string_view>

namespace reader::serialize::markdown {

// Appends the text `s` (whitespace already collapsed by the caller) escaped
// for inline Markdown; `prev` is the byte written just before (0 at start).
// Always escaped: \ ` * [ ] ~ ; '_' at a word boundary; '<' before a tag-like
// character; '&' starting an entity-like "&name;" (CommonMark 2.5, 6.1).
void append_escaped_text(std::string_view s, char prev, std::string& out);

// Escapes a line's start so it cannot open a block: ATX heading '#',
// blockquote '>', bullet "- " / "+ ", ordered "1. " / "1) ", thematic break or
// setext underline made only of '-' or '='.
void escape_line_start(std::string& line);

// Link or image destination (CommonMark 6.3): spaces, parentheses, angle
// brackets, backslashes and control characters are percent-encoded.
void append_destination(std::string_view url, std::string& out);

// Link title in double quotes, with '"' and '\' escaped; nothing when empty.
void append_title(std::string_view title, std::string& out);

// Inline code span (CommonMark 6.1) with a backtick fence longer than any
// backtick run inside, padded with spaces where the content needs it.
// Newlines become spaces. Empty content yields nothing.
void append_code_span(std::string_view code, std::string& out);

// Backtick fence for a fenced code block holding `code` (CommonMark 4.5):
// at least three, longer than any backtick run inside.
std::string code_fence(std::string_view code);

// Longest run of `c` in `s`.
size_t longest_run(std::string_view s, char c);

}  // namespace reader::serialize::markdown
