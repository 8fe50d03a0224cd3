// Whole-word matching of folded phrases in folded text, shared by the clutter
// detector and its phrase index.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace reader::clutter {

// A letter or digit for word boundaries: ASCII alphanumerics and code
// points from U+00C0 up (accented and non-Latin letters), except the
// symbol and punctuation blocks ("©2022" starts with a symbol, not a word).
bool is_word_code_point(uint32_t cp);

// The code point that starts at byte `pos` / ends just before byte `end`.
uint32_t code_point_at(std::string_view s, size_t pos);
uint32_t code_point_before(std::string_view s, size_t end);

// Position of `phrase` in `text` standing as whole words: no letter or digit
// right before or after it ("log in" is not in "blog in"), or npos.
// A phrase ending in '*' may run on into a word ("© 20*" matches "© 2022").
size_t find_words(std::string_view text, std::string_view phrase, size_t from = 0);

// `text` with each number as '#' and without brackets, so a count reads as
// one word whatever its value or dress: "Comentarios (37)" -> "comentarios
// #", "View 1,204 comments" -> "view # comments". Phrases with a '#' (a
// count and the noun it counts) are matched against this.
std::string with_counts(std::string_view text);

}  // namespace reader::clutter
