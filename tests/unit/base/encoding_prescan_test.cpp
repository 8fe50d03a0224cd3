// Tests for the <meta> prescan (base/encoding_prescan.h).
#include <doctest/doctest.h>

#include <string>

#include "base/encoding.h"
#include "base/encoding_prescan.h"

using reader::extract_encoding_from_meta_content;
using reader::prescan_for_encoding;

TEST_CASE("meta charset") {
  CHECK(prescan_for_encoding("<meta charset=utf-8>") == "utf-8");
  CHECK(prescan_for_encoding("<META CHARSET=\"ISO-8859-2\">") == "iso-8859-2");
  CHECK(prescan_for_encoding("<meta charset='koi8-r'/>") == "koi8-r");
  CHECK(prescan_for_encoding("<meta/charset=latin1>") == "windows-1252");
  CHECK(prescan_for_encoding("<html><head><title>x</title><meta charset=gbk>") == "gbk");
  CHECK(prescan_for_encoding("<meta charset=bogus>") == "");
  CHECK(prescan_for_encoding("<metacharset=utf-8>") == "");  // not a meta tag
  CHECK(prescan_for_encoding("") == "");
}

TEST_CASE("meta http-equiv content") {
  CHECK(prescan_for_encoding(
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">") ==
        "windows-1251");
  CHECK(prescan_for_encoding(
            "<meta content='text/html;charset=Shift_JIS' http-equiv='content-type'>") ==
        "shift_jis");
  // content without the pragma does not count.
  CHECK(prescan_for_encoding("<meta content=\"text/html; charset=koi8-r\">") == "");
  // The first of two duplicate attributes wins.
  CHECK(prescan_for_encoding("<meta charset=koi8-r charset=utf-8>") == "koi8-r");
  // charset beats content in the same tag.
  CHECK(prescan_for_encoding(
            "<meta http-equiv=content-type content='charset=koi8-r' charset=iso-8859-5>") ==
        "iso-8859-5");
}

TEST_CASE("comments and other markup are skipped") {
  CHECK(prescan_for_encoding("<!-- <meta charset=koi8-r> --><meta charset=utf-8>") == "utf-8");
  CHECK(prescan_for_encoding("<!--><meta charset=koi8-r>") == "koi8-r");  // "<!-->" closes
  CHECK(prescan_for_encoding("<!-- unterminated <meta charset=koi8-r>") == "");
  CHECK(prescan_for_encoding("<div title='<meta charset=koi8-r>'><meta charset=utf-8>") ==
        "utf-8");
  CHECK(prescan_for_encoding("<!DOCTYPE html><?pi x><meta charset=euc-kr>") == "euc-kr");
  CHECK(prescan_for_encoding("</p foo='<meta charset=koi8-r>'><meta charset=big5>") == "big5");
}

TEST_CASE("declared utf-16 and x-user-defined") {
  CHECK(prescan_for_encoding("<meta charset=utf-16le>") == "utf-8");
  CHECK(prescan_for_encoding("<meta charset=UTF-16>") == "utf-8");
  CHECK(prescan_for_encoding("<meta charset=x-user-defined>") == "windows-1252");
}

TEST_CASE("XML declarations") {
  CHECK(prescan_for_encoding("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html>") ==
        "windows-1252");
  CHECK(prescan_for_encoding(
            "<?xml version='1.0' encoding='utf-8'?><meta charset=koi8-r>") == "koi8-r");
  CHECK(prescan_for_encoding(std::string("<\0?\0x\0m\0l\0", 10)) == "utf-16le");
  CHECK(prescan_for_encoding(std::string("\0<\0?\0x\0m\0l", 10)) == "utf-16be");
}

TEST_CASE("only the first 1024 bytes are prescanned") {
  const std::string padding(1100, ' ');
  CHECK(prescan_for_encoding(("<html>" + padding + "<meta charset=koi8-r>").substr(0, 1024)) ==
        "");
  // A charset past 1024 bytes in the body is ignored.
  auto r = reader::decode_to_utf8("<html><body>" + padding + "<meta charset=koi8-r>\xF0");
  CHECK(r.encoding == "windows-1252");
  CHECK(r.source == "default");
  // Within 1024 bytes it counts.
  r = reader::decode_to_utf8("<html>" + std::string(900, ' ') + "<meta charset=koi8-r>\xF0");
  CHECK(r.encoding == "koi8-r");
  CHECK(r.source == "meta");
}

TEST_CASE("a late meta in the head changes a guessed encoding") {
  // Like rp.pl: the <meta> sits after 2 KB of inline script.
  const std::string head = "<html><head><script>" + std::string(2000, ';') + "</script>";
  auto r = reader::decode_to_utf8(head + "<meta charset=windows-1250></head><body>bli\xBF" "ej");
  CHECK(r.encoding == "windows-1250");
  CHECK(r.source == "meta");
  CHECK(r.utf8.substr(r.utf8.size() - 7) == "bli\xC5\xBC" "ej");
  // Valid UTF-8 content wins over the late declaration.
  r = reader::decode_to_utf8(head + "<meta charset=windows-1250><body>bli\xC5\xBC" "ej");
  CHECK(r.encoding == "utf-8");
  CHECK(r.source == "utf8-sniff");
}

TEST_CASE("a page declared legacy but valid UTF-8 is read as UTF-8") {
  // Like readability's qq page: <meta charset=gb2312> over UTF-8 bytes.
  auto r = reader::decode_to_utf8("<meta charset=gb2312><p>\xE4\xB8\xAD\xE6\x96\x87</p>");
  CHECK(r.encoding == "utf-8");
  CHECK(r.source == "utf8-sniff");
  CHECK(r.utf8 == "<meta charset=gb2312><p>\xE4\xB8\xAD\xE6\x96\x87</p>");
  // ASCII-only pages keep their declaration.
  r = reader::decode_to_utf8("<meta charset=gb2312><p>abc</p>");
  CHECK(r.encoding == "gbk");
  CHECK(r.source == "meta");
}

TEST_CASE("extracting an encoding from a content attribute") {
  CHECK(extract_encoding_from_meta_content("text/html; charset=utf-8") == "utf-8");
  CHECK(extract_encoding_from_meta_content("text/html; CHARSET = \"koi8-r\"") == "koi8-r");
  CHECK(extract_encoding_from_meta_content("charset='latin1'; x") == "windows-1252");
  CHECK(extract_encoding_from_meta_content("charset=\"koi8-r") == "");  // unmatched quote
  CHECK(extract_encoding_from_meta_content("charsetcharset=gbk") == "gbk");
  CHECK(extract_encoding_from_meta_content("charset") == "");
  CHECK(extract_encoding_from_meta_content("text/html") == "");
}

TEST_CASE("truncated and hostile markup never hangs") {
  for (const char* s : {"<", "<m", "<meta", "<meta ", "<meta charset", "<meta charset=",
                        "<meta charset='utf-8", "<a b='", "<!--", "<!", "<?", "</", "<meta =>"}) {
    CAPTURE(s);
    CHECK(prescan_for_encoding(s) == "");
  }
}
