// The DOMPurify XSS fixtures: every payload, sanitized and serialized, must
// be inert (see inert_check.h) and stable (sanitizing the re-parsed output
// again changes nothing, so there is no mutation left for a browser to do).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "dom/document.h"
#include "html/parser.h"
#include "inert_check.h"
#include "sanitize/sanitizer.h"
#include "serialize/html_serializer.h"
#include "test_paths.h"

using reader::dom::Document;
using reader::dom::NodeId;

namespace {

struct Outcome {
  std::string html;
  std::vector<std::string> problems;
  bool stable = false;
};

std::string sanitize_fragment(std::string_view payload) {
  Document doc;
  NodeId frag = reader::html::parse_fragment(payload, reader::dom::Tag::kDiv, reader::dom::Ns::kHtml,
                                             "div", doc);
  reader::sanitize::sanitize(doc, frag);
  return reader::serialize::inner_html(doc, frag);
}

std::string sanitize_document_body(std::string_view payload) {
  Document doc;
  reader::html::parse_document(payload, doc);
  NodeId body = doc.body();
  if (body == reader::dom::kNoNode) return {};
  reader::sanitize::sanitize(doc, body);
  return reader::serialize::inner_html(doc, body);
}

Outcome check(std::string html) {
  Outcome o;
  o.problems = reader::testing::inertness_problems(html);
  o.stable = sanitize_fragment(html) == html;
  o.html = std::move(html);
  return o;
}

// Runs every case of a JSON array of {payload} objects; returns the count.
size_t run_cases(const nlohmann::json& cases) {
  size_t n = 0;
  for (const auto& c : cases) {
    const std::string payload = c.at("payload").get<std::string>();
    CAPTURE(payload);
    for (bool as_document : {false, true}) {
      CAPTURE(as_document);
      Outcome o = check(as_document ? sanitize_document_body(payload) : sanitize_fragment(payload));
      CAPTURE(o.html);
      CHECK_MESSAGE(o.problems.empty(), (o.problems.empty() ? "" : o.problems.front()));
      CHECK(o.stable);
    }
    ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("dompurify corpus: vendored nasty payloads come out inert") {
  std::string text;
  const std::string path = reader::testing::tests_dir() + "/unit/sanitize/data/nasty_payloads.json";
  REQUIRE(reader::testing::read_file(path, text));
  nlohmann::json j = nlohmann::json::parse(text);
  CHECK(run_cases(j.at("cases")) >= 20);
}

TEST_CASE("dompurify corpus: all 223 shared payloads come out inert" * doctest::test_suite("corpus")) {
  std::string text;
  const std::string path = reader::testing::shared_dir() + "/corpora/dompurify/expect.json";
  if (!reader::testing::read_file(path, text)) {
    MESSAGE("skipped: DOMPurify corpus not found at " << path);
    return;
  }
  nlohmann::json j = nlohmann::json::parse(text);
  CHECK(run_cases(j) == j.size());
}

TEST_CASE("dompurify corpus: the inertness check itself catches unsanitized markup") {
  using reader::testing::inertness_problems;
  CHECK_FALSE(inertness_problems("<img src=x onerror=alert(1)>").empty());
  CHECK_FALSE(inertness_problems("<a href=\"java&#9;script:alert(1)\">x</a>").empty());
  CHECK_FALSE(inertness_problems("<svg><g></g></svg>").empty());
  CHECK_FALSE(inertness_problems("<p style=\"x\">a</p>").empty());
  CHECK_FALSE(inertness_problems("<!--x-->").empty());
  CHECK(inertness_problems("<p>&lt;script&gt; onerror=alert(1)</p>").empty());
  CHECK(inertness_problems("<a href=\"https://e.com\" rel=\"noopener noreferrer\">x</a>").empty());
}
