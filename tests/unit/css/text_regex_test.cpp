// TextRegex: the linear-time regex engine behind :has-text(/re/).
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "css/text_regex.h"

using reader::css::TextRegex;

namespace {

// 1 match, 0 no match, -1 pattern rejected.
int search(std::string_view pattern, std::string_view text, bool icase = false) {
  std::string error;
  auto re = TextRegex::compile(pattern, icase, &error);
  if (!re) return -1;
  return re->search(text) ? 1 : 0;
}

std::string error_of(std::string_view pattern) {
  std::string error;
  auto re = TextRegex::compile(pattern, false, &error);
  return re ? "(compiled)" : error;
}

}  // namespace

TEST_CASE("literals, dot, anchors") {
  CHECK(search("needle", "haystack with a needle in it") == 1);
  CHECK(search("needle", "haystack") == 0);
  CHECK(search("n..dle", "a noodle? no, a needle") == 1);
  CHECK(search("a.c", "a\nc") == 0);  // '.' excludes line terminators
  CHECK(search("^Sponsored", "Sponsored post") == 1);
  CHECK(search("^Sponsored", "Not Sponsored") == 0);
  CHECK(search("post$", "Sponsored post") == 1);
  CHECK(search("post$", "post office") == 0);
  CHECK(search("^$", "") == 1);
  CHECK(search("^a$", "a") == 1);
}

TEST_CASE("classes and escapes") {
  CHECK(search("[0-9]+ comments", "see 12 comments") == 1);
  CHECK(search("[^a-z]", "abc") == 0);
  CHECK(search("[^a-z]", "abC") == 1);
  CHECK(search("\\d{3}-\\d{4}", "call 555-1234 now") == 1);
  CHECK(search("\\d{3}-\\d{4}", "call 55-1234 now") == 0);
  CHECK(search("\\bad\\b", "an ad here") == 1);
  CHECK(search("\\bad\\b", "loading") == 0);
  CHECK(search("\\Bad", "loading") == 1);
  CHECK(search("\\s\\S", "a b") == 1);
  CHECK(search("\\w+@\\w+\\.com", "mail bob@example.com") == 1);
  CHECK(search("[\\d.]+%", "up 3.5% today") == 1);
  CHECK(search("\\x41\\u0042", "xxABxx") == 1);
  CHECK(search("\\(ad\\)", "title (ad)") == 1);
  CHECK(search("[\\w-]+", "-") == 1);  // Annex B: \w, '-' in a class
  CHECK(search("caf.", "café") == 1);   // '.' matches one code point
  CHECK(search("^caf.$", "café") == 1);
  CHECK(search("[é]", "café") == 1);
  CHECK(search("\\u00e9", "café") == 1);
  CHECK(search("a\\sb", "a\xC2\xA0" "b") == 1);  // \s includes NBSP
}

TEST_CASE("groups, alternation, quantifiers") {
  CHECK(search("(Sponsored|Promoted) (post|story)", "A Promoted story") == 1);
  CHECK(search("(?:ab)+c", "xxababcxx") == 1);
  CHECK(search("(?:ab)+c", "xxacxx") == 0);
  CHECK(search("colou?r", "color") == 1);
  CHECK(search("colou?r", "colouur") == 0);
  CHECK(search("a{2,3}b", "ab") == 0);
  CHECK(search("a{2,3}b", "aab") == 1);
  CHECK(search("^a{2,3}b", "aaaab") == 0);
  CHECK(search("a{2,}b", "aaaaab") == 1);
  CHECK(search("a+?b", "aab") == 1);  // lazy quantifiers parse
  CHECK(search("a|", "zzz") == 1);    // empty alternative matches
  CHECK(search("(a*)*b", "aaab") == 1);
  CHECK(search("x{", "x{") == 1);     // Annex B: lone brace is literal
}

TEST_CASE("ignore case folds ASCII") {
  CHECK(search("subscribe", "SUBSCRIBE NOW", true) == 1);
  CHECK(search("[a-z]+ NOW", "SUBSCRIBE now", true) == 1);
  CHECK(search("subscribe", "SUBSCRIBE NOW", false) == 0);
}

TEST_CASE("rejected patterns carry a reason") {
  CHECK(error_of("") == "empty pattern");
  CHECK(error_of("(a") == "unbalanced '('");
  CHECK(error_of("a)") == "unbalanced ')'");
  CHECK(error_of("*a") == "nothing to repeat");
  CHECK(error_of("a**") == "nothing to repeat");
  CHECK(error_of("^*") == "nothing to repeat");
  CHECK(error_of("(a)\\1") == "backreferences are not supported");
  CHECK(error_of("a(?=b)") == "lookahead is not supported");
  CHECK(error_of("(?<=a)b") == "lookbehind and named groups are not supported");
  CHECK(error_of("\\p{L}") == "unicode property escapes are not supported");
  CHECK(error_of("[b-a]") == "range out of order in character class");
  CHECK(error_of("[abc") == "unterminated character class");
  CHECK(error_of("a{3,2}") == "numbers out of order in {} quantifier");
  CHECK(error_of("a{5000}") == "repeat count too large");
  CHECK(error_of("(a{1000}){1000}") == "pattern too complex");
  CHECK(error_of("\\x4") == "malformed \\x escape");
  CHECK(error_of("a\\") == "trailing backslash");
  CHECK(error_of(std::string(2000, 'a')) == "pattern too long");
  std::string deep(100, '(');
  deep += "a" + std::string(100, ')');
  CHECK(error_of(deep) == "groups nested too deeply");
}

TEST_CASE("catastrophic patterns run in linear time on long input") {
  std::string text(10'000, 'a');
  auto start = std::chrono::steady_clock::now();
  CHECK(search("(a|b|ab)*c", text) == 0);
  CHECK(search("(a+)+b", text) == 0);
  CHECK(search(".*.*.*c", text) == 0);
  CHECK(search("(a|aa)*$", text) == 1);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(seconds < 2.0);  // backtracking engines take minutes (or crash) here
}
