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

// The folded code point for `cp` (itself when there is nothing to fold).
uint32_t fold_code_point(uint32_t cp);

}  // namespace reader::clutter
