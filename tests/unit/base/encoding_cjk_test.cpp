// Tests for the legacy multi-byte decoders (base/encoding_cjk.h). Expected
// strings are the UTF-8 of the same text; byte sequences from the encodings'
// code charts.
#include <doctest/doctest.h>

#include <string>

#include "base/encoding.h"
#include "base/encoding_cjk.h"
#include "base/utf8.h"

using reader::decode_cjk;

namespace {

const std::string kFffd = "\xEF\xBF\xBD";

std::string decode(std::string_view encoding, std::string_view bytes) {
  std::string out;
  REQUIRE(decode_cjk(encoding, bytes, out));
  return out;
}

}  // namespace

TEST_CASE("gbk / gb18030") {
  // "中文" = D6D0 CEC4
  CHECK(decode("gbk", "\xD6\xD0\xCE\xC4") == "\xE4\xB8\xAD\xE6\x96\x87");
  CHECK(decode("gb18030", "a\xD6\xD0" "b") == "a\xE4\xB8\xAD" "b");
  // GBK-only (outside GB2312): 0x8140 is U+4E02.
  CHECK(decode("gbk", "\x81\x40") == "\xE4\xB8\x82");
  // 0x80 is the euro sign.
  CHECK(decode("gbk", "\x80") == "\xE2\x82\xAC");
  // Four-byte sequences: 0x81308130 = U+0080, 0x9030 8130 = U+10000.
  CHECK(decode("gb18030", "\x81\x30\x81\x30") == "\xC2\x80");
  CHECK(decode("gb18030", "\x90\x30\x81\x30") == "\xF0\x90\x80\x80");
  CHECK(decode("gb18030", "\xE3\x32\x9A\x35") == "\xF4\x8F\xBF\xBF");  // U+10FFFF
  // GB18030-2005 swap: A8BC is U+1E3F, four-byte pointer 7457 is U+E7C7.
  CHECK(decode("gb18030", "\xA8\xBC") == "\xE1\xB8\xBF");
  CHECK(decode("gb18030", "\x81\x35\xF4\x37") == "\xEE\x9F\x87");
  SUBCASE("errors") {
    CHECK(decode("gbk", "\xFF") == kFffd);
    CHECK(decode("gbk", "\xD6") == kFffd);               // truncated
    CHECK(decode("gbk", "\xD6<") == kFffd + "<");        // ASCII trail is kept
    CHECK(decode("gb18030", "\x81\x30x") == kFffd + "0x");  // bad third byte
    CHECK(decode("gb18030", "\x81\x30\x81") == kFffd);   // truncated four-byte
    CHECK(decode("gb18030", "\x84\x31\xA5\x30") == kFffd);  // pointer past the BMP table
  }
}

TEST_CASE("shift_jis") {
  // "日本語" = 93FA 967B 8CEA
  CHECK(decode("shift_jis", "\x93\xFA\x96\x7B\x8C\xEA") == "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E");
  CHECK(decode("shift_jis", "\xB1") == "\xEF\xBD\xB1");  // half-width katakana ｱ
  CHECK(decode("shift_jis", "\x82\xA0") == "\xE3\x81\x82");  // あ
  CHECK(decode("shift_jis", "\xF0\x40") == "\xEE\x80\x80");  // user-defined -> U+E000
  CHECK(decode("shift_jis", "\x87\x40") == "\xE2\x91\xA0");  // NEC ① U+2460
  CHECK(decode("shift_jis", "\x93") == kFffd);
  CHECK(decode("shift_jis", "\x93 ") == kFffd + " ");
  CHECK(decode("shift_jis", "\xA0") == kFffd);
}

TEST_CASE("euc-jp") {
  // "日本" = C6FC CBDC
  CHECK(decode("euc-jp", "\xC6\xFC\xCB\xDC") == "\xE6\x97\xA5\xE6\x9C\xAC");
  CHECK(decode("euc-jp", "\x8E\xB1") == "\xEF\xBD\xB1");  // half-width katakana
  CHECK(decode("euc-jp", "\x8F\xB0\xA1") == "\xE4\xB8\x82");  // JIS X 0212 U+4E02
  CHECK(decode("euc-jp", "\xC6") == kFffd);
  CHECK(decode("euc-jp", "\xC6" "a") == kFffd + "a");
}

TEST_CASE("euc-kr") {
  // "한국어" = C7D1 B1B9 BEEE
  CHECK(decode("euc-kr", "\xC7\xD1\xB1\xB9\xBE\xEE") == "\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4");
  // UHC extension (windows-949): 0x8141 is U+AC02.
  CHECK(decode("euc-kr", "\x81\x41") == "\xEA\xB0\x82");
  CHECK(decode("euc-kr", "\xC7") == kFffd);
  CHECK(decode("euc-kr", "\xC7" "1") == kFffd + "1");
  CHECK(decode("euc-kr", "\x80") == kFffd);
}

TEST_CASE("CJK pages are sniffed from meta") {
  const auto r = reader::decode_to_utf8(
      "<meta http-equiv=Content-Type content='text/html; charset=gb2312'><p>\xD6\xD0\xCE\xC4");
  CHECK(r.encoding == "gbk");
  CHECK(r.source == "meta");
  CHECK(r.utf8.substr(r.utf8.size() - 6) == "\xE4\xB8\xAD\xE6\x96\x87");
}

TEST_CASE("big5") {
  CHECK(decode("big5", "\xA4\xA4\xA4\xE5") == "\xE4\xB8\xAD\xE6\x96\x87");  // 中文
  CHECK(decode("big5", "\x87\x45") == "\xF0\xA7\x89\xA7");  // HKSCS U+27267 (plane 2)
  CHECK(decode("big5", "\x88\x62") == "\xC3\x8A\xCC\x84");  // pointer 1133: two code points
  CHECK(decode("big5", "\x88\xA5") == "\xC3\xAA\xCC\x8C");  // pointer 1166
  CHECK(decode("big5", "\xA4") == kFffd);
  CHECK(decode("big5", "\xA4" "0") == kFffd + "0");  // 0x30 is no trail byte
  CHECK(decode("big5", "\x80\xFF") == kFffd + kFffd);
}

TEST_CASE("iso-2022-jp") {
  // ESC $ B switches to JIS X 0208, ESC ( B back to ASCII: "日本".
  CHECK(decode("iso-2022-jp", "a\x1B$BF|K\\\x1B(Bb") == "a\xE6\x97\xA5\xE6\x9C\xAC" "b");
  // ESC ( J is JIS X 0201 Roman: backslash is yen, tilde is overline.
  CHECK(decode("iso-2022-jp", "\x1B(J\\~") == "\xC2\xA5\xE2\x80\xBE");
  // ESC ( I is half-width katakana.
  CHECK(decode("iso-2022-jp", "\x1B(I1") == "\xEF\xBD\xB1");
  // Two escapes with nothing between them: one error.
  CHECK(decode("iso-2022-jp", "\x1B(B\x1B(Bx") == kFffd + "x");
  // An unknown escape is an error and its bytes are read again as text.
  CHECK(decode("iso-2022-jp", "\x1B(Zx") == kFffd + "(Zx");
  // Truncated: lone ESC, dangling lead byte.
  CHECK(decode("iso-2022-jp", "a\x1B") == "a" + kFffd);
  CHECK(decode("iso-2022-jp", "\x1B$BF") == kFffd);
  // Bytes above 0x7F are never valid.
  CHECK(decode("iso-2022-jp", "\x80") == kFffd);
}

TEST_CASE("unsupported names are refused") {
  std::string out;
  CHECK_FALSE(decode_cjk("windows-1252", "x", out));
  CHECK_FALSE(decode_cjk("hz-gb-2312", "x", out));
  CHECK(out.empty());
}
