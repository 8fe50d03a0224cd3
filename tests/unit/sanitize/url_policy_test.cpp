#include <doctest/doctest.h>

#include "base/url.h"
#include "sanitize/url_policy.h"

using reader::url_preprocess;
using reader::sanitize::is_safe_srcset;
using reader::sanitize::is_safe_url;
using reader::sanitize::UrlUse;

TEST_CASE("url policy: allowed schemes for links") {
  CHECK(is_safe_url("https://example.com/a?b#c", UrlUse::kLink));
  CHECK(is_safe_url("HTTP://example.com", UrlUse::kLink));
  CHECK(is_safe_url("mailto:a@b.c", UrlUse::kLink));
  CHECK(is_safe_url("tel:+123", UrlUse::kLink));
  CHECK(is_safe_url("/relative/path", UrlUse::kLink));
  CHECK(is_safe_url("relative.html", UrlUse::kLink));
  CHECK(is_safe_url("#fragment", UrlUse::kLink));
  CHECK(is_safe_url("?q=a:b", UrlUse::kLink));
  CHECK(is_safe_url("path/with:colon", UrlUse::kLink));
  CHECK(is_safe_url("//cdn.example.com/x", UrlUse::kLink));
  CHECK(is_safe_url("", UrlUse::kLink));
  CHECK_FALSE(is_safe_url("ftp://example.com", UrlUse::kLink));
  CHECK_FALSE(is_safe_url("file:///etc/passwd", UrlUse::kLink));
  CHECK_FALSE(is_safe_url("chrome-extension://abc/x", UrlUse::kLink));
  CHECK_FALSE(is_safe_url("mailto:a@b.c", UrlUse::kImage));
}

TEST_CASE("url policy: script schemes and their obfuscations are refused") {
  for (const char* url : {
           "javascript:alert(1)", "JaVaScRiPt:alert(1)", "vbscript:msgbox(1)",
           "java\tscript:alert(1)", "java\nscript:alert(1)", "java\rscript:alert(1)",
           "  javascript:alert(1)", "\x01\x02javascript:alert(1)", "\x1f javascript:alert(1)",
           "javascript\t:alert(1)", "java\x01script:alert(1)", "javascript :alert(1)",
           "data:text/html,<script>alert(1)</script>", "data:text/html;base64,PHNjcmlwdD4=",
           "livescript:alert(1)", "jav\x0C" "ascript:alert(1)", "blob:https://e.com/uuid",
           "data:image/svg+xml,<svg onload=alert(1)>", "x:y", ":no-scheme"}) {
    CAPTURE(std::string(url));
    CHECK_FALSE(is_safe_url(url, UrlUse::kLink));
    CHECK_FALSE(is_safe_url(url, UrlUse::kImage));
    CHECK_FALSE(is_safe_url(url, UrlUse::kCite));
  }
}

TEST_CASE("url policy: data: images only for img src, raster types only") {
  CHECK(is_safe_url("data:image/png;base64,iVBORw0KGgo=", UrlUse::kImage));
  CHECK(is_safe_url("DATA:IMAGE/JPEG;base64,/9j/", UrlUse::kImage));
  CHECK(is_safe_url("data:image/gif,GIF89a", UrlUse::kImage));
  CHECK(is_safe_url("data:image/webp;base64,UklG", UrlUse::kImage));
  CHECK(is_safe_url("data:image/avif;base64,AAAA", UrlUse::kImage));
  CHECK_FALSE(is_safe_url("data:image/svg+xml;base64,PHN2Zz4=", UrlUse::kImage));
  CHECK_FALSE(is_safe_url("data:image/png", UrlUse::kImage));  // no ',' payload
  CHECK_FALSE(is_safe_url("data:image/png;base64,iVBO", UrlUse::kLink));
  CHECK_FALSE(is_safe_url("data:image/png;base64,iVBO", UrlUse::kImageSet));
}

TEST_CASE("url policy: media is https only") {
  CHECK(is_safe_url("https://e.com/v.mp4", UrlUse::kMedia));
  CHECK_FALSE(is_safe_url("http://e.com/v.mp4", UrlUse::kMedia));
  CHECK_FALSE(is_safe_url("/v.mp4", UrlUse::kMedia));
}

TEST_CASE("url policy: input clean-up follows the URL Standard") {
  CHECK(url_preprocess("  \x01 https://a\tb\nc.com/ \x1f ") == "https://abc.com/");
  CHECK(url_preprocess("") == "");
  // A ':' with no valid scheme before it is refused, not read as relative.
  CHECK_FALSE(is_safe_url(":x", UrlUse::kLink));
  CHECK_FALSE(is_safe_url("java\x01script:alert(1)", UrlUse::kLink));
}

TEST_CASE("url policy: srcset candidates are each checked") {
  CHECK(is_safe_srcset("a.jpg 1x, https://e.com/b.jpg 2x", UrlUse::kImageSet));
  CHECK(is_safe_srcset("a.jpg 480w,b.jpg 800w", UrlUse::kImageSet));
  CHECK(is_safe_srcset("a.jpg", UrlUse::kImageSet));
  CHECK_FALSE(is_safe_srcset("a.jpg 1x, javascript:alert(1) 2x", UrlUse::kImageSet));
  CHECK_FALSE(is_safe_srcset("javascript:alert(1),a.jpg", UrlUse::kImageSet));
  CHECK_FALSE(is_safe_srcset("a.jpg 1x,data:text/html,x 2x", UrlUse::kImageSet));
  CHECK_FALSE(is_safe_srcset("  ,  ", UrlUse::kImageSet));
}
