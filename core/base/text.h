// Whitespace, trimming, collapsing and JavaScript-compatible lengths: the
// text toolbox every module shares (case folding is in base/ascii.h).
//
// Two whitespace sets, because the standards the core follows use two:
//  - HTML/CSS/URL "ASCII whitespace" (https://infra.spec.whatwg.org/#ascii-whitespace):
//    TAB, LF, FF, CR, SPACE. Attribute token lists, selectors, filter lists.
//  - JavaScript's \s (ECMA-262 WhiteSpace + LineTerminator): the above plus
//    VT and the Unicode spaces. Readability's heuristics (trim(), /\s+/,
//    inner text) run on it, so text measures that mirror Readability do too.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace reader {

// WHATWG "ASCII whitespace": U+0009 TAB, U+000A LF, U+000C FF, U+000D CR, U+0020 SPACE.
inline bool is_html_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// The ASCII part of JavaScript's \s: ASCII whitespace plus U+000B VT.
inline bool is_js_ascii_space(char c) { return is_html_space(c) || c == '\v'; }

// JavaScript's \s over code points: ASCII (is_js_ascii_space) plus NBSP,
// U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF.
inline bool is_js_space(uint32_t c) {
  return c == 0x09 || c == 0x0A || c == 0x0B || c == 0x0C || c == 0x0D || c == 0x20 ||
         c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
         c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

// Byte length of the JavaScript \s character at `s[i]` (UTF-8), 0 when there
// is none there (or i is past the end).
size_t space_length_at(std::string_view s, size_t i);

// The next token of an ASCII-whitespace-separated list (a class attribute,
// rel, headers) at or after `pos`, which moves past it; "" when none is left.
//   size_t pos = 0;
//   for (std::string_view t; !(t = next_html_token(list, pos)).empty();) ...
std::string_view next_html_token(std::string_view list, size_t& pos);

// `s` begins with `prefix`, byte for byte (std::string_view::starts_with
// before C++20).
inline bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// `s` without leading and trailing ASCII whitespace (HTML sense).
std::string_view trim_html_space(std::string_view s);

// String.prototype.trim: without leading and trailing JavaScript \s.
std::string_view trim(std::string_view s);

// The whitespace a collapse treats as one space.
enum class SpaceSet : uint8_t {
  kJavaScript,    // JavaScript \s (space_length_at): metadata, as Readability
  // ASCII whitespace and U+00A0 only: the extractor's and the facade's text
  // measures. Widening them to kJavaScript changes the output of 35 of the
  // 1,960 dev-corpus pages (text with U+2009, U+200A, U+3000...), so that is
  // left to a quality change of its own.
  kHtmlAndNbsp,
};

// Trims, and collapses every run of whitespace to one U+0020 (Readability's
// _getInnerText with normalizeSpaces).
std::string collapse_whitespace(std::string_view s, SpaceSet set = SpaceSet::kJavaScript);
// collapse_whitespace() of text that comes in pieces: writes the collapse of
// `s` at `w` (room for s.size() bytes) and returns the new end, continuing
// an output that starts at `out_begin`; `pending_space` (false before the
// first piece) carries whitespace over to the next piece. The same as one
// collapse of the pieces joined unless a space character straddles two
// pieces (a U+00A0 split after its 0xC2 byte).
char* collapse_whitespace_to(char* w, const char* out_begin, std::string_view s, SpaceSet set,
                             bool& pending_space);

// Number of whitespace runs + 1: JavaScript's `str.split(/\s+/).length`.
size_t js_word_count(std::string_view s);

// Length of `s` in UTF-16 code units (JavaScript's String.length).
size_t utf16_length(std::string_view s);

// Readability's _textSimilarity: 1 - (length of B's tokens missing from A) /
// (length of B's tokens); tokens are lowercased runs of [A-Za-z0-9_] and of
// non-ASCII bytes (letters of every script count as word characters, where
// JavaScript's ASCII \W would split "Übersicht" into "bersicht").
double text_similarity(std::string_view a, std::string_view b);

}  // namespace reader
