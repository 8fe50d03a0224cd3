// Regression tests on real pages from the shared corpora, named after the
// page. Skipped (with a message) when the corpora are not checked out.
#include <doctest/doctest.h>

#include <string>

#include "base/encoding.h"
#include "base/utf8.h"
#include "test_paths.h"

namespace {

struct CorpusPage {
  const char* path;      // under shared_dir()/corpora/
  const char* encoding;  // expected canonical name
  const char* source;    // expected DecodeResult::source
  const char* snippet;   // UTF-8 text the decoded page must contain
};

const CorpusPage kPages[] = {
    // <meta charset=iso-8859-1> in the first 1024 bytes.
    {"trafilatura-dev/pages/badische-zeitung.de-Wohnungssuche.html", "windows-1252", "meta",
     "nicht alle, die f\xC3\xBCrs Studium"},
    // <meta charset=Windows-1250> after 2 KB of script: the late head meta.
    {"trafilatura-dev/pages/Unijne fundusze coraz bli\xC5\xBC" "ej. Sejm zag\xC5\x82osowa\xC5\x82 "
     "_za_ - Polityka - rp.pl.html",
     "windows-1250", "meta", "Unijne fundusze coraz bli\xC5\xBC" "ej. Sejm zag\xC5\x82osowa\xC5\x82"},
    // GB2312 page archived by archive.org, declared late in the head.
    {"trafilatura-dev/pages/archive.org.he.xinhuanet.com.25340717.html", "gbk", "meta",
     "\xE8\xAF\x9D\xE5\x89\xA7\xE3\x80\x8A\xE7\xBA\xA6\xE5\xAE\x9A"},  // 话剧《约定
    // Declares gb2312 but the bytes are UTF-8: read as UTF-8.
    {"readability/test-pages/qq/source.html", "utf-8", "utf8-sniff",
     "DeepMind\xE6\x96\xB0\xE7\x94\xB5\xE8\x84\x91"},  // DeepMind新电脑
};

}  // namespace

TEST_CASE("real pages decode with the right encoding" * doctest::test_suite("corpus")) {
  const std::string root = reader::testing::shared_dir() + "/corpora/";
  for (const CorpusPage& page : kPages) {
    CAPTURE(page.path);
    std::string bytes;
    if (!reader::testing::read_file(root + page.path, bytes)) {
      MESSAGE("corpus page missing, skipped: " << page.path);
      continue;
    }
    const reader::DecodeResult r = reader::decode_to_utf8(bytes);
    CHECK(r.encoding == page.encoding);
    CHECK(r.source == page.source);
    CHECK(r.utf8.find(page.snippet) != std::string::npos);
    CHECK(reader::is_valid_utf8(r.utf8));
  }
}
