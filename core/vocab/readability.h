// Readability's vocabulary, in one table (Readability.js REGEXPS and
// UNLIKELY_ROLES), shared by the extractor and the metadata byline search so
// both judge class names, ids and roles alike. Each pattern is a list of lowercase
// substrings matched case-insensitively against "class id" strings; a few
// Readability regexes anchor on word boundaries, spelled out as tokens.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/ascii.h"  // contains_ci, equals_ignore_case
#include "base/text.h"   // trim

namespace reader::vocab {

class Pattern {
 public:
  // At most kMaxTerms lowercase terms, each starting with an ASCII byte.
  static constexpr size_t kMaxTerms = 64;
  template <size_t N>
  constexpr explicit Pattern(const std::string_view (&terms)[N]) : terms_(terms) {
    static_assert(N <= kMaxTerms, "Pattern: too many terms");
    // Term indices sorted by first byte (insertion sort, at compile time),
    // and each first byte's range in that order: matches() looks at a
    // haystack position only for the terms that start with its byte (one
    // pass over the haystack instead of one per term: Pattern::matches was
    // 9 % of clean()).
    for (size_t i = 0; i < N; ++i) {
      size_t j = i;
      while (j > 0 && first_byte(terms[by_first_[j - 1]]) > first_byte(terms[i])) {
        by_first_[j] = by_first_[j - 1];
        --j;
      }
      by_first_[j] = static_cast<uint8_t>(i);
    }
    for (size_t k = N; k-- > 0;) begin_[first_byte(terms[by_first_[k]])] = static_cast<uint8_t>(k);
    for (size_t k = 0; k < N; ++k) end_[first_byte(terms[by_first_[k]])] = static_cast<uint8_t>(k + 1);
  }
  // Matches when any term is a substring of `haystack` (ASCII case-insensitive).
  bool matches(std::string_view haystack) const;

 private:
  static constexpr uint8_t first_byte(std::string_view term) {
    if (term.empty()) return 0;
    const auto c = static_cast<uint8_t>(term[0]);
    // Not a constant expression, so a constexpr Pattern with such a term
    // does not compile.
    if (c >= 0x80) term_must_start_with_ascii();
    return c;
  }
  static void term_must_start_with_ascii() {}
  const std::string_view* terms_;
  uint8_t by_first_[kMaxTerms] = {};
  uint8_t begin_[128] = {};  // by_first_ range of the terms starting with a byte
  uint8_t end_[128] = {};
};

// Readability: unlikelyCandidates. Containers whose class/id says "not the
// article" are dropped before scoring (first attempt only).
extern const Pattern kUnlikelyCandidates;
// Readability: okMaybeItsACandidate. Rescues "unlikely" nodes that also say
// content/article/main.
extern const Pattern kMaybeCandidate;
// Readability: positive / negative class weights (+/-25).
extern const Pattern kPositive;
extern const Pattern kNegative;
// Forum threads: class names of posts and replies. On a thread page these
// are the content, so they are not stripped as unlikely candidates.
extern const Pattern kThreadPost;
// Readability: byline (the metadata byline search).
extern const Pattern kByline;
// kByline plus "autor"/"auteur" (the extractor's byline removal).
extern const Pattern kBylineMultilingual;
// Readability UNLIKELY_ROLES: a role="..." that marks navigation, asides and
// dialogs.
bool is_unlikely_role(std::string_view role);
// Readability: shareElements (matched on word boundaries, see is_share_class).
bool is_share_class(std::string_view class_and_id);
// Readability: videos. Embeds from these hosts are kept.
bool is_video_url(std::string_view url);
// Readability: adWords / loadingWords (whole text of a block).
bool is_ad_words(std::string_view text);
bool is_loading_words(std::string_view text);

}  // namespace reader::vocab
