// Tests for base/encoding.h: sniffing order, labels and decoders.
#include <doctest/doctest.h>

#include <string>

#include "base/encoding.h"
#include "base/utf8.h"

using reader::decode_to_utf8;
using reader::decode_with_encoding;
using reader::encoding_for_label;

namespace reader::detail {
bool encoding_labels_sorted();
}

namespace {

const std::string kFffd = "\xEF\xBF\xBD";

std::string decode(std::string_view encoding, std::string_view bytes) {
  std::string out;
  REQUIRE(decode_with_encoding(encoding, bytes, out));
  return out;
}

}  // namespace

TEST_CASE("encoding_for_label follows the WHATWG label table") {
  CHECK(reader::detail::encoding_labels_sorted());
  CHECK(encoding_for_label("utf-8") == "utf-8");
  CHECK(encoding_for_label(" UTF8\t") == "utf-8");
  CHECK(encoding_for_label("latin1") == "windows-1252");
  CHECK(encoding_for_label("ISO-8859-1") == "windows-1252");
  CHECK(encoding_for_label("us-ascii") == "windows-1252");
  CHECK(encoding_for_label("cp1252") == "windows-1252");
  CHECK(encoding_for_label("iso-8859-9") == "windows-1254");
  CHECK(encoding_for_label("gb2312") == "gbk");
  CHECK(encoding_for_label("x-sjis") == "shift_jis");
  CHECK(encoding_for_label("utf-16") == "utf-16le");
  CHECK(encoding_for_label("iso-2022-kr") == "replacement");
  CHECK(encoding_for_label("koi8-r") == "koi8-r");
  CHECK(encoding_for_label("utf-7") == "");
  CHECK(encoding_for_label("") == "");
  CHECK(encoding_for_label("   ") == "");
  CHECK(encoding_for_label("utf-8 x") == "");
  CHECK(encoding_for_label("a-label-that-is-far-too-long-to-exist") == "");
}

TEST_CASE("byte order marks win over everything") {
  SUBCASE("UTF-8 BOM is stripped") {
    const auto r = decode_to_utf8("\xEF\xBB\xBF<meta charset=koi8-r>\xC3\xA9", "latin1");
    CHECK(r.encoding == "utf-8");
    CHECK(r.source == "bom");
    CHECK(r.utf8 == "<meta charset=koi8-r>\xC3\xA9");
  }
  SUBCASE("UTF-16LE BOM") {
    const auto r = decode_to_utf8(std::string("\xFF\xFE" "a\0\xE9\0", 6));
    CHECK(r.encoding == "utf-16le");
    CHECK(r.source == "bom");
    CHECK(r.utf8 == "a\xC3\xA9");
  }
  SUBCASE("UTF-16BE BOM") {
    const auto r = decode_to_utf8(std::string("\xFE\xFF\0a\x20\xAC", 6));
    CHECK(r.encoding == "utf-16be");
    CHECK(r.utf8 == "a\xE2\x82\xAC");
  }
}

TEST_CASE("override beats meta, unknown override is ignored") {
  const std::string page = "<meta charset=utf-8><p>Gr\xFC\xDF" "e";
  auto r = decode_to_utf8(page, "latin1");
  CHECK(r.encoding == "windows-1252");
  CHECK(r.source == "override");
  CHECK(r.utf8 == "<meta charset=utf-8><p>Gr\xC3\xBC\xC3\x9F" "e");
  r = decode_to_utf8(page, "no-such-charset");
  CHECK(r.source == "meta");
  CHECK(r.encoding == "utf-8");
  CHECK(r.utf8 == "<meta charset=utf-8><p>Gr" + kFffd + kFffd + "e");
}

TEST_CASE("meta declarations are honoured") {
  auto r = decode_to_utf8("<html><head><meta charset='windows-1251'></head>\xCF\xF0\xE8");
  CHECK(r.encoding == "windows-1251");
  CHECK(r.source == "meta");
  CHECK(r.utf8.substr(r.utf8.size() - 6) == "\xD0\x9F\xD1\x80\xD0\xB8");  // При
  r = decode_to_utf8("<meta charset=utf-16><p>\xC3\xA9");
  CHECK(r.encoding == "utf-8");  // utf-16 declared in ASCII bytes means utf-8
  r = decode_to_utf8("<meta charset=x-user-defined><p>\x80");
  CHECK(r.encoding == "windows-1252");
  CHECK(r.utf8 == "<meta charset=x-user-defined><p>\xE2\x82\xAC");
}

TEST_CASE("replacement encodings decode to a single U+FFFD") {
  // ISO-2022-KR and friends let ASCII-looking bytes smuggle markup past
  // filters, so browsers refuse to decode them at all.
  const auto r = decode_to_utf8("<meta charset=iso-2022-kr><p>\x0E\x21\x21\x0F\xFF");
  CHECK(r.encoding == "replacement");
  CHECK(r.source == "meta");
  CHECK(r.utf8 == kFffd);
}

TEST_CASE("override works for encodings with no BOM") {
  const auto r = decode_to_utf8(std::string("\0a\0b", 4), "UTF-16BE");
  CHECK(r.encoding == "utf-16be");
  CHECK(r.source == "override");
  CHECK(r.utf8 == "ab");
}

TEST_CASE("undeclared pages: UTF-8 guess, UTF-8 for pure ASCII, else windows-1252") {
  auto r = decode_to_utf8("<p>caf\xC3\xA9</p>");
  CHECK(r.encoding == "utf-8");
  CHECK(r.source == "utf8-sniff");
  CHECK(r.utf8 == "<p>caf\xC3\xA9</p>");
  r = decode_to_utf8("<p>caf\xE9</p>");
  CHECK(r.encoding == "windows-1252");
  CHECK(r.source == "default");
  CHECK(r.utf8 == "<p>caf\xC3\xA9</p>");
  // Pure ASCII decodes the same either way: reported as UTF-8.
  r = decode_to_utf8("<p>plain ascii &eacute;</p>");
  CHECK(r.encoding == "utf-8");
  CHECK(r.source == "ascii");
  CHECK(r.utf8 == "<p>plain ascii &eacute;</p>");
  // A late <meta> still wins over the ASCII guess.
  r = decode_to_utf8("<head><script>" + std::string(2000, 'x') + "</script><meta charset=koi8-r>");
  CHECK(r.encoding == "koi8-r");
  // A UTF-8 page cut inside its last character is still UTF-8.
  r = decode_to_utf8("<p>caf\xC3\xA9 \xE2\x82");
  CHECK(r.source == "utf8-sniff");
  CHECK(r.utf8 == "<p>caf\xC3\xA9 " + kFffd);
}

TEST_CASE("empty and NUL-laden input") {
  auto r = decode_to_utf8("");
  CHECK(r.utf8.empty());
  CHECK(r.encoding == "utf-8");
  const std::string nuls("a\0b\0\0c", 6);
  r = decode_to_utf8(nuls);
  CHECK(r.utf8 == nuls);
}

TEST_CASE("windows-1252 maps 0x80..0x9F like browsers") {
  CHECK(decode("windows-1252", "\x80\x93\x94\x99") ==
        "\xE2\x82\xAC\xE2\x80\x9C\xE2\x80\x9D\xE2\x84\xA2");  // € “ ” ™
  // Bytes Windows leaves undefined become the C1 control of the same value.
  CHECK(decode("windows-1252", "\x81\x8D\x8F\x90\x9D") ==
        "\xC2\x81\xC2\x8D\xC2\x8F\xC2\x90\xC2\x9D");
  CHECK(decode("windows-1252", "Gr\xFC\xDF" "e") == "Gr\xC3\xBC\xC3\x9F" "e");
}

TEST_CASE("single-byte encodings decode known strings") {
  // "Привет" in each Cyrillic encoding.
  const std::string privet = "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82";
  CHECK(decode("koi8-r", "\xF0\xD2\xC9\xD7\xC5\xD4") == privet);
  CHECK(decode("windows-1251", "\xCF\xF0\xE8\xE2\xE5\xF2") == privet);
  CHECK(decode("ibm866", "\x8F\xE0\xA8\xA2\xA5\xE2") == privet);
  CHECK(decode("iso-8859-5", "\xBF\xE0\xD8\xD2\xD5\xE2") == privet);
  // KOI8-U follows WHATWG (KOI8-RU): 0xAE is "ў", not a box drawing.
  CHECK(decode("koi8-u", "\xAE\xBE") == "\xD1\x9E\xD0\x8E");
  // "Žluťoučký" in windows-1250 and iso-8859-2.
  const std::string zlutoucky = "\xC5\xBDlu\xC5\xA5ou\xC4\x8Dk\xC3\xBD";
  CHECK(decode("windows-1250", "\x8Elu\x9Dou\xE8k\xFD") == zlutoucky);
  CHECK(decode("iso-8859-2", "\xAElu\xBBou\xE8k\xFD") == zlutoucky);
  // Greek, Hebrew (with WHATWG's 0xCA), euro in iso-8859-15, mac.
  CHECK(decode("windows-1253", "\xE1\xE2\xE3") == "\xCE\xB1\xCE\xB2\xCE\xB3");
  CHECK(decode("windows-1253", "\xAA") == kFffd);  // unmapped
  CHECK(decode("windows-1255", "\xCA\xE0") == "\xD6\xBA\xD7\x90");
  CHECK(decode("iso-8859-15", "\xA4") == "\xE2\x82\xAC");
  CHECK(decode("macintosh", "\x8E\xDB") == "\xC3\xA9\xE2\x82\xAC");
  CHECK(decode("windows-874", "\xA1\xDB") == "\xE0\xB8\x81" + kFffd);
}

TEST_CASE("UTF-16 surrogates") {
  // U+1F600 = D83D DE00
  CHECK(decode("utf-16le", std::string("\x3D\xD8\x00\xDE", 4)) == "\xF0\x9F\x98\x80");
  CHECK(decode("utf-16be", std::string("\xD8\x3D\xDE\x00", 4)) == "\xF0\x9F\x98\x80");
  // Lone lead surrogate followed by 'A': FFFD, then the 'A' itself.
  CHECK(decode("utf-16le", std::string("\x3D\xD8" "A\0", 4)) == kFffd + "A");
  // Lone trail surrogate.
  CHECK(decode("utf-16le", std::string("\x00\xDE" "B\0", 4)) == kFffd + "B");
  // Lead surrogate at the end, odd trailing byte.
  CHECK(decode("utf-16le", std::string("A\0\x3D\xD8", 4)) == "A" + kFffd);
  CHECK(decode("utf-16be", std::string("\0A\0", 3)) == "A" + kFffd);
}

TEST_CASE("x-user-defined and replacement decoders") {
  CHECK(decode("x-user-defined", "a\x80\xFF") == "a\xEF\x9E\x80\xEF\x9F\xBF");
  CHECK(decode("replacement", "anything") == kFffd);
  CHECK(decode("replacement", "").empty());
  std::string out;
  CHECK_FALSE(decode_with_encoding("no-such-encoding", "abc", out));
  CHECK(out.empty());
}

TEST_CASE("every decoder returns valid UTF-8 on arbitrary bytes") {
  std::string all;
  for (int i = 0; i < 256; ++i) all.push_back(static_cast<char>(i));
  all += all.substr(0x80) + "\xE3";  // odd length, dangling lead byte
  for (const char* enc :
       {"utf-8", "utf-16le", "utf-16be", "windows-1252", "koi8-r", "iso-8859-8", "macintosh",
        "x-user-defined", "gbk", "gb18030", "shift_jis", "euc-kr", "euc-jp", "big5",
        "iso-2022-jp"}) {
    CAPTURE(enc);
    std::string out;
    if (decode_with_encoding(enc, all, out)) CHECK(reader::is_valid_utf8(out));
  }
}
