// Folds a block's text into the form the clutter vocabularies are written in:
// whitespace collapsed, lowercase (ASCII and Latin-1), curly apostrophes
// straightened, and Cyrillic/Greek look-alike letters mapped to the Latin
// letters they imitate (ad pitches written "Yоur соntеnt іѕ dеlіvеrеd..." to
// slip past filters: breakingbelizenews.com-paho in trafilatura-dev).
#pragma once
#include <string>
#include <string_view>

namespace reader::clutter {

std::string fold_text(std::string_view raw);

// fold_text() of text that comes in pieces of valid UTF-8: folds `raw` at
// out[w] (growing `out` as needed; out[0, w) is the output so far, its size
// is room, not length) and advances `w`; `space` (false before the first
// piece) carries whitespace over to the next piece. fold_text() of the
// pieces joined is out[0, w) after the last.
void fold_append(std::string& out, size_t& w, bool& space, std::string_view raw);

// The folded code point for `cp` (itself when there is nothing to fold).
uint32_t fold_code_point(uint32_t cp);

}  // namespace reader::clutter
