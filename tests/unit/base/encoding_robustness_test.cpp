// Randomised robustness: markup-like random bytes through every decoder and
// the sniffer. Output must always be valid UTF-8 and the UTF-8 helpers must
// agree with each other. Deterministic (fixed seed).
#include <doctest/doctest.h>

#include <random>
#include <string>

#include "base/encoding.h"
#include "base/utf8.h"

namespace {

// Iterations: enough to hit every decoder state many times, fast in Debug.
constexpr int kIterations = 20000;
// Longest random input, in fragments.
constexpr int kMaxFragments = 48;

const char* const kEncodings[] = {
    "utf-8",  "utf-16le", "utf-16be",  "windows-1252", "koi8-u",     "iso-8859-8-i",
    "gbk",    "gb18030",  "shift_jis", "euc-jp",       "iso-2022-jp", "euc-kr",
    "big5",   "x-user-defined", "replacement"};

// Pieces that steer the prescan and the stateful decoders into their
// interesting states.
const char* const kFragments[] = {
    "<meta", " charset=", "\"", "'", "<!--", "-->", ">", "<", "/", "http-equiv=content-type",
    " content=", "charset", "=", "gbk", "utf-16", "koi8-r", "<?xml", "encoding=", "<body",
    " ", "\x1B$B", "\x1B(B", "\x1B(J", "\x8F", "\x81\x30", "\xF0\x9F"};

std::string random_input(std::mt19937& rng) {
  std::string s;
  const int n = static_cast<int>(rng() % kMaxFragments);
  for (int k = 0; k < n; ++k) {
    if (rng() % 2) {
      s += kFragments[rng() % (sizeof(kFragments) / sizeof(kFragments[0]))];
    } else {
      s.push_back(static_cast<char>(rng() % 256));
    }
  }
  return s;
}

}  // namespace

TEST_CASE("random bytes always decode to valid UTF-8") {
  std::mt19937 rng(20261128);
  for (int iter = 0; iter < kIterations; ++iter) {
    const std::string s = random_input(rng);
    const reader::DecodeResult r = reader::decode_to_utf8(s);
    REQUIRE(reader::is_valid_utf8(r.utf8));
    REQUIRE_FALSE(r.encoding.empty());
    for (const char* enc : kEncodings) {
      std::string out;
      REQUIRE(reader::decode_with_encoding(enc, s, out));
      CAPTURE(enc);
      REQUIRE(reader::is_valid_utf8(out));
    }
  }
}

TEST_CASE("UTF-8 helpers agree on random bytes") {
  std::mt19937 rng(7);
  for (int iter = 0; iter < kIterations; ++iter) {
    const std::string s = random_input(rng);
    size_t i = 0;
    size_t count = 0;
    while (i < s.size()) {
      reader::next_code_point(s, i);
      ++count;
    }
    REQUIRE(count == reader::utf8_length(s));
    const std::string repaired = reader::repair_utf8(s);
    REQUIRE(reader::utf8_length(repaired) == count);
    REQUIRE(reader::is_valid_utf8(s) == (repaired == s));
    const std::string_view half = reader::utf8_truncate(repaired, count / 2);
    REQUIRE(reader::utf8_length(half) == count / 2);
    REQUIRE(reader::is_valid_utf8(half));
  }
}
