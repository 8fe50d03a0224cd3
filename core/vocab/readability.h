// Readability's vocabulary, in one table (Readability.js REGEXPS and
// UNLIKELY_ROLES), shared by the extractor and the metadata byline search so
// both judge class names, ids and roles alike. Each pattern is a list of lowercase
// substrings matched case-insensitively against "class id" strings; a few
// Readability regexes anchor on word boundaries, spelled out as tokens.
#pragma once
#include <string_view>

#include "base/ascii.h"  // contains_ci, equals_ignore_case
#include "base/text.h"   // trim

namespace reader::vocab {

struct Pattern {
  const std::string_view* terms;
  size_t count;
  // Matches when any term is a substring of `haystack` (ASCII case-insensitive).
  bool matches(std::string_view haystack) const;
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
