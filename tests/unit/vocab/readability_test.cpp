// vocab/readability.h: Readability's word tables, shared by extract and meta.
#include <doctest/doctest.h>

#include "vocab/readability.h"

namespace reader::vocab {

TEST_CASE("class/id vocabularies match case-insensitively as substrings") {
  CHECK(kUnlikelyCandidates.matches("site-Sidebar left"));
  CHECK_FALSE(kUnlikelyCandidates.matches("article-body"));
  CHECK(kMaybeCandidate.matches("MathJax_Display"));
  CHECK(kPositive.matches("entry-content"));
  CHECK(kNegative.matches("share-tools"));
}

TEST_CASE("byline words: Readability's list for metadata, more languages for extraction") {
  CHECK(kByline.matches("post-Author"));
  CHECK_FALSE(kByline.matches("autor"));
  CHECK(kBylineMultilingual.matches("autor"));
  CHECK(kBylineMultilingual.matches("auteur-nom"));
  CHECK(kBylineMultilingual.matches("byline"));
}

TEST_CASE("unlikely roles are whole values") {
  CHECK(is_unlikely_role("navigation"));
  CHECK(is_unlikely_role("alertdialog"));
  CHECK_FALSE(is_unlikely_role("main"));
  CHECK_FALSE(is_unlikely_role("navigation menu"));
}

}  // namespace reader::vocab
