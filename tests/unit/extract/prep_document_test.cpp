// Page preparation before extraction (prep_document).
#include <doctest/doctest.h>

#include <string>

#include "extract_run.h"

namespace {

using Run = reader::testing::ExtractRun;

std::string post(int i) {
  return "<div class=post><p>Reply " + std::to_string(i) +
         ": after the update the server hangs at start-up, and the log shows the same "
         "error each time, so I rolled back, cleared the cache, and it works again.</p></div>";
}

}  // namespace

TEST_CASE("wcxb 0503 (Discourse): a thread rendered inside <noscript> is the page") {
  std::string thread;
  for (int i = 0; i < 4; ++i) thread += post(i);
  Run r = reader::testing::run_extraction(
      "<html><body><section id=splash><p>Loading…</p></section>"
      "<noscript data-path=/t/stuck/1><div id=main-outlet role=main>" + thread +
          "</div></noscript></body></html>",
      "https://forum.example.org/t/stuck/1", "Stuck");
  REQUIRE(r.found());
  for (int i = 0; i < 4; ++i) {
    CHECK(r.text().find("Reply " + std::to_string(i) + ":") != std::string::npos);
  }
}

TEST_CASE("a small <noscript> beside the article is still dropped") {
  std::string article;
  for (int i = 0; i < 5; ++i) article += post(i);
  Run r = reader::testing::run_extraction(
      "<html><body><div id=content>" + article +
          "<noscript><p>Please enable JavaScript to see the comments of this story.</p>"
          "</noscript></div></body></html>",
      "https://example.com/a", "A");
  REQUIRE(r.found());
  CHECK(r.text().find("Reply 4:") != std::string::npos);
  CHECK(r.text().find("enable JavaScript") == std::string::npos);
}
