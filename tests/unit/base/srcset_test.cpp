// base/srcset.h: the one srcset splitter (extractor and sanitizer).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "base/srcset.h"

namespace {

std::vector<std::string> split(std::string_view s, size_t stop_after = 100) {
  std::vector<std::string> out;
  reader::for_each_srcset_candidate(s, [&](const reader::SrcsetCandidate& c) {
    out.push_back(std::string(c.url) + "|" + std::string(c.descriptors));
    return out.size() < stop_after;
  });
  return out;
}

}  // namespace

TEST_CASE("srcset candidates: URL and raw descriptors") {
  CHECK(split("a.jpg 320w, b.jpg 1024w") ==
        std::vector<std::string>{"a.jpg| 320w", "b.jpg| 1024w"});
  SUBCASE("trailing commas end a candidate without descriptors") {
    CHECK(split("a.jpg,, b.jpg 2x") == std::vector<std::string>{"a.jpg|", "b.jpg| 2x"});
  }
  SUBCASE("commas inside parentheses do not split descriptors") {
    CHECK(split("a.jpg 1x (a, b), c.jpg") == std::vector<std::string>{"a.jpg| 1x (a, b)", "c.jpg|"});
  }
  SUBCASE("empty, blank and comma-only lists have no candidate") {
    CHECK(split("").empty());
    CHECK(split(" \t\n").empty());
    CHECK(split(" , ,, ").empty());
  }
  SUBCASE("the callback stops the walk") {
    CHECK(split("a.jpg, b.jpg, c.jpg", 1) == std::vector<std::string>{"a.jpg|"});
  }
}
