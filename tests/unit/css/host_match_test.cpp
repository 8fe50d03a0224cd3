// host_matches / normalize_host: domain scoping of cosmetic filters.
#include <doctest/doctest.h>

#include "base/url.h"
#include "css/host_match.h"

using reader::css::host_matches;

TEST_CASE("host_matches: subdomains, entities, lookalikes") {
  CHECK(host_matches("example.com", "example.com"));
  CHECK(host_matches("www.example.com", "example.com"));
  CHECK(host_matches("a.b.example.com", "example.com"));
  CHECK(host_matches("WWW.Example.COM.", "example.com"));
  CHECK_FALSE(host_matches("badexample.com", "example.com"));
  CHECK_FALSE(host_matches("example.com", "www.example.com"));
  CHECK_FALSE(host_matches("example.com.evil.net", "example.com"));
  CHECK_FALSE(host_matches("", "example.com"));
  // Entities: example.* = any public suffix.
  CHECK(host_matches("example.com", "example.*"));
  CHECK(host_matches("example.de", "example.*"));
  CHECK(host_matches("example.co.uk", "example.*"));
  CHECK(host_matches("www.example.com.au", "example.*"));
  CHECK_FALSE(host_matches("example.foo.com", "example.*"));
  CHECK_FALSE(host_matches("notexample.com", "example.*"));
  CHECK_FALSE(host_matches("example", "example.*"));
  CHECK(host_matches("news.google.fr", "news.google.*"));
  CHECK(host_matches("anything.org", "*"));
}

TEST_CASE("normalize_host lowercases and strips trailing dots") {
  CHECK(reader::normalize_host("WWW.Example.COM.") == "www.example.com");
  CHECK(reader::normalize_host("") == "");
}
