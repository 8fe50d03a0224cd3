// Tests for base/utf8.h: encoding, decoding with maximal-subpart
// replacement, validation, counting and truncation.
#include <doctest/doctest.h>

#include <string>

#include "base/utf8.h"

using reader::append_utf8;
using reader::is_valid_utf8;
using reader::next_code_point;
using reader::repair_utf8;
using reader::utf8_length;
using reader::utf8_truncate;

namespace {

const std::string kFffd = "\xEF\xBF\xBD";

std::string encode(uint32_t cp) {
  std::string s;
  append_utf8(s, cp);
  return s;
}

size_t count_fffd(const std::string& s) {
  size_t n = 0;
  for (size_t pos = s.find(kFffd); pos != std::string::npos; pos = s.find(kFffd, pos + 3)) ++n;
  return n;
}

}  // namespace

TEST_CASE("append_utf8 encodes each length and rejects non-scalars") {
  CHECK(encode('A') == "A");
  CHECK(encode(0xE9) == "\xC3\xA9");
  CHECK(encode(0x20AC) == "\xE2\x82\xAC");
  CHECK(encode(0x1F600) == "\xF0\x9F\x98\x80");
  CHECK(encode(0x10FFFF) == "\xF4\x8F\xBF\xBF");
  CHECK(encode(0xD800) == kFffd);
  CHECK(encode(0xDFFF) == kFffd);
  CHECK(encode(0x110000) == kFffd);
  CHECK(encode(0) == std::string(1, '\0'));
}

TEST_CASE("next_code_point decodes and advances") {
  const std::string s = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";
  size_t i = 0;
  CHECK(next_code_point(s, i) == 'a');
  CHECK(i == 1);
  CHECK(next_code_point(s, i) == 0xE9);
  CHECK(i == 3);
  CHECK(next_code_point(s, i) == 0x20AC);
  CHECK(i == 6);
  CHECK(next_code_point(s, i) == 0x1F600);
  CHECK(i == 10);
}

TEST_CASE("invalid sequences give one U+FFFD per maximal subpart") {
  SUBCASE("stray continuation and invalid leads") {
    CHECK(repair_utf8("\x80") == kFffd);
    CHECK(repair_utf8("\xC0\x80") == kFffd + kFffd);  // C0 can never start a sequence
    CHECK(repair_utf8("\xFF") == kFffd);
  }
  SUBCASE("overlong, surrogate and out-of-range second bytes") {
    CHECK(count_fffd(repair_utf8("\xE0\x80\x80")) == 3);
    CHECK(count_fffd(repair_utf8("\xED\xA0\x80")) == 3);
    CHECK(count_fffd(repair_utf8("\xF4\x90\x80\x80")) == 4);
    CHECK(count_fffd(repair_utf8("\xF0\x80\x80\x80")) == 4);
  }
  SUBCASE("truncated sequences are one subpart") {
    CHECK(repair_utf8("\xF0\x9F\x98" "A") == kFffd + "A");
    CHECK(repair_utf8("\xE1\x80") == kFffd);
    CHECK(repair_utf8("x\xF0\x9F") == "x" + kFffd);
  }
  SUBCASE("Unicode 15 table 3-8 example") {
    // 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64
    const std::string in = "\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64";
    CHECK(repair_utf8(in) ==
          "a" + kFffd + kFffd + kFffd + "b" + kFffd + "c" + kFffd + kFffd + "d");
  }
  SUBCASE("next_code_point advances past the subpart") {
    const std::string s = "\xE2\x82" "A";
    size_t i = 0;
    CHECK(next_code_point(s, i) == reader::kReplacementCharacter);
    CHECK(i == 2);
    CHECK(next_code_point(s, i) == 'A');
  }
  SUBCASE("valid input is copied unchanged, NULs included") {
    const std::string s = std::string("a\0b", 3) + "\xE2\x82\xAC";
    CHECK(repair_utf8(s) == s);
  }
}

TEST_CASE("is_valid_utf8") {
  CHECK(is_valid_utf8(""));
  CHECK(is_valid_utf8("plain ascii text longer than eight bytes"));
  CHECK(is_valid_utf8("Gr\xC3\xBC\xC3\x9F" "e"));
  CHECK(is_valid_utf8("\xF4\x8F\xBF\xBF"));
  CHECK_FALSE(is_valid_utf8("abcdefgh\x80"));
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));
  CHECK_FALSE(is_valid_utf8("\xC3"));
  CHECK_FALSE(is_valid_utf8("\xC1\xBF"));
}

TEST_CASE("utf8_length counts code points") {
  CHECK(utf8_length("") == 0);
  CHECK(utf8_length("abcdefghij") == 10);
  CHECK(utf8_length("Gr\xC3\xBC\xC3\x9F" "e") == 5);
  CHECK(utf8_length("\xF0\x9F\x98\x80\xE2\x82\xAC") == 2);
  CHECK(utf8_length("\xE0\x80\x80") == 3);  // three U+FFFD
}

TEST_CASE("utf8_truncate never cuts a sequence") {
  const std::string s = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80z";
  CHECK(utf8_truncate(s, 0) == "");
  CHECK(utf8_truncate(s, 1) == "a");
  CHECK(utf8_truncate(s, 2) == "a\xC3\xA9");
  CHECK(utf8_truncate(s, 3) == "a\xC3\xA9\xE2\x82\xAC");
  CHECK(utf8_truncate(s, 4) == "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
  CHECK(utf8_truncate(s, 100) == s);
}

TEST_CASE("large inputs decode in linear time") {
  std::string big(4u << 20, 'x');
  for (size_t i = 0; i < big.size(); i += 97) big[i] = '\x80';
  const std::string out = repair_utf8(big);
  CHECK(count_fffd(out) == (big.size() + 96) / 97);
  CHECK(utf8_length(big) == big.size());
}
