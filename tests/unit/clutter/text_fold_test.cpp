// fold_text: the form clutter vocabularies are matched in.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "clutter/text_fold.h"

using reader::clutter::fold_text;

TEST_CASE("fold_text lowercases ASCII and Latin-1 and collapses whitespace") {
  CHECK(fold_text("  Sign  UP\n\tnow ") == "sign up now");
  CHECK(fold_text("\xC3\x9C" "BER DEN AUTOR") == "\xC3\xBC" "ber den autor");  // Ü -> ü
  CHECK(fold_text("a\xC2\xA0" "b") == "a b");                                 // no-break space
  CHECK(fold_text("\xC3\x97") == "\xC3\x97");                                 // × has no case
}

TEST_CASE("fold_text maps Cyrillic and Greek look-alikes to Latin") {
  // "Yоur соntеnt" with Cyrillic о, с, е (breakingbelizenews.com-paho).
  CHECK(fold_text("Y\xD0\xBEur \xD1\x81\xD0\xBEnt\xD0\xB5nt") == "your content");
  // Cyrillic А, Greek Ο.
  CHECK(fold_text("\xD0\x90\xCE\x9F") == "ao");
  // Real Cyrillic words keep the letters that imitate nothing (д, л).
  CHECK(fold_text("\xD0\xB4\xD0\xBB") == "\xD0\xB4\xD0\xBB");
}

TEST_CASE("fold_text straightens apostrophes and survives bad UTF-8") {
  CHECK(fold_text("Don\xE2\x80\x99t") == "don't");
  std::string bad = fold_text("a\xFF\xC3");
  CHECK(bad.rfind("a", 0) == 0);
}

TEST_CASE("fold_text: invalid bytes become U+FFFD, three bytes each, however many") {
  // Each stray byte is replaced by three: the output outgrows the input.
  std::string in(40, '\xFF');
  std::string expected;
  for (int i = 0; i < 40; ++i) expected += "\xEF\xBF\xBD";
  CHECK(fold_text(in) == expected);
  CHECK(fold_text("A \xFF\xFF B") == "a \xEF\xBF\xBD\xEF\xBF\xBD b");
  // Four-byte code points are kept as they are, after a collapsed space.
  CHECK(fold_text("\xF0\x9F\x98\x80  X") == "\xF0\x9F\x98\x80 x");
}

TEST_CASE("fold_append: pieces of valid UTF-8 fold as their join does") {
  const std::vector<std::vector<std::string>> cases = {
      {"  Sign ", " UP", "\n\tnow "},
      {"", "A", "", " ", "B"},
      {"Don\xE2\x80\x99t ", "\xD0\x90\xCE\x9F", "\xC2\xA0", "x"},
      {"\xF0\x9F\x98\x80", "  ", "\xC3\x9C" "BER"},
      {std::string(300, 'Q'), " ", "\xC3\xA9\xC3\x89"},
  };
  for (const auto& pieces : cases) {
    std::string joined, out;
    size_t w = 0;
    bool space = false;
    for (const std::string& p : pieces) {
      joined += p;
      reader::clutter::fold_append(out, w, space, p);
    }
    out.resize(w);
    CHECK(out == fold_text(joined));
  }
}
