// The clutter pass on small pages: what goes, what stays, and the guards.
#include <doctest/doctest.h>

#include <string>

#include "clutter_page.h"
#include "clutter/detector.h"
#include "clutter/user_rules.h"
#include "html/parser.h"

namespace {

using reader::dom::Document;
using reader::dom::RemovalLog;

using Cleaned = reader::testing::CleanedPage;
using reader::testing::clean;

const std::string kProse =
    "<p>The committee met on Tuesday to discuss the proposal in detail, and members from both "
    "parties raised questions about the cost of the programme and its timetable for delivery.</p>"
    "<p>Officials said the first phase would begin next spring, with a review scheduled after "
    "twelve months to decide whether the scheme should be extended to other regions.</p>"
    "<p>Critics argued that the plan lacked detail on funding, while supporters pointed to the "
    "success of similar schemes abroad that had reduced waiting times by a third.</p>";

}  // namespace

TEST_CASE("newsletter box found by its class") {
  Cleaned c;
  clean(c, kProse + "<div class='newsletter-signup'><h3>Get the briefing</h3><p>Daily.</p></div>");
  CHECK(c.removed("newsletter"));
  CHECK(c.text().find("Get the briefing") == std::string::npos);
  CHECK(c.text().find("The committee met") != std::string::npos);
}

TEST_CASE("prompts found by their text in several languages") {
  struct Case {
    const char* html;
    const char* category;
  } cases[] = {
      {"<div><p>Sign up for our newsletter</p><a href='/n'>Go</a></div>", "newsletter"},
      {"<div><p>Newsletter abonnieren</p></div>", "newsletter"},
      {"<div><p>Inscrivez-vous à la newsletter</p></div>", "newsletter"},
      // A log-in prompt on its own is signin; a wall that offers log-in as
      // one way through is paywall (README, "Clutter categories").
      {"<div><h4>Already a subscriber?</h4><a href='/x'>Log in</a></div>", "signin"},
      {"<div><h4>Already a subscriber?</h4><a href='/x'>Log in</a> <a href='/subscribe'>Subscribe</a></div>",
       "paywall"},
      {"<section><p>Para seguir leyendo, suscríbete.</p></section>", "paywall"},
      {"<div><p>Jetzt abonnieren</p></div>", "paywall"},
      {"<div><p>We use cookies to improve your experience.</p><button>OK</button></div>", "consent"},
  };
  for (const Case& k : cases) {
    INFO(k.html);
    Cleaned c;
    clean(c, kProse + k.html);
    CHECK(c.removed(k.category));
    CHECK(c.text().find("Officials said") != std::string::npos);
  }
}

TEST_CASE("an article sentence that mentions subscribing stays") {
  Cleaned c;
  clean(c, kProse +
               "<p>Readers who subscribe to our newsletter were asked about the survey, which found "
               "that most of them read the news on their phones before breakfast every day.</p>");
  CHECK(c.log.size() == 0);
  CHECK(c.text().find("Readers who subscribe") != std::string::npos);
}

TEST_CASE("structure: e-mail forms, password forms, modal dialogs, CTA links") {
  Cleaned c;
  clean(c, kProse +
               "<form><input type=email name=addr><button>Go</button></form>"
               "<div class=x><form><input name=user><input type=password></form></div>"
               "<div role=dialog aria-modal=true><p>Accept our privacy terms</p></div>"
               "<p><a href='https://example.com/subscribe?src=inline'>Get full access</a></p>");
  CHECK(c.removed("newsletter"));
  CHECK(c.removed("signin"));
  CHECK(c.removed("consent"));
  CHECK(c.removed("subscription"));
  CHECK(c.text().find("Get full access") == std::string::npos);
}

TEST_CASE("guard: a class that matches the article wrapper never removes the article") {
  Cleaned c;
  // 'has-comments' on the wrapper of all the prose must not take the article.
  clean(c, "<div class='post has-comments'>" + kProse + kProse + "</div>");
  CHECK(c.text().find("The committee met") != std::string::npos);
}

TEST_CASE("guard: a pass that takes most of the prose is reverted") {
  Cleaned c;
  // Each prose block sits in its own 'promo' box: every rule fires, and the
  // pass would remove all paragraphs. It must undo itself.
  std::string body;
  for (int i = 0; i < 4; ++i) body += "<div class='promo'>" + kProse.substr(0, 200) + "</p></div>";
  clean(c, body);
  CHECK(c.stats.reverted);
  CHECK(c.log.size() == 0);
  CHECK(c.text().find("The committee met") != std::string::npos);
}

TEST_CASE("user rules remove matching blocks and report their text") {
  Document doc;
  reader::html::parse_document(
      "<body><p>Keep me</p><div class=teaser>Buy now</div><p class=x>Special offer</p></body>", doc);
  auto rules = reader::clutter::parse_user_rules(
      "! comment\nexample.com##.teaser\n##p:has-text(Special offer)\nother.org##p\n");
  CHECK(rules.errors.empty());
  RemovalLog log;
  size_t n = reader::clutter::apply_user_rules(doc, doc.body(), rules, "www.example.com", log);
  CHECK(n == 2);
  REQUIRE(log.size() == 2);
  CHECK(log.entries()[0].category == "user");
  CHECK(doc.text_content(doc.root()) == "Keep me");
}

TEST_CASE("user rules: unsupported syntax is reported with its line") {
  auto rules = reader::clutter::parse_user_rules("##.ok\n||ads.example.com^\nexample.com##+js(x)\n");
  REQUIRE(rules.errors.size() == 2);
  CHECK(rules.errors[0].rfind("line 2:", 0) == 0);
  CHECK(rules.errors[1].rfind("line 3:", 0) == 0);
}

