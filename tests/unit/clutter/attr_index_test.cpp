// The attr index must answer what searching every term of every attr rule
// answers: it is only a faster way to ask the same question.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "clutter/attr_index.h"
#include "clutter/pass.h"
#include "clutter/rules.h"

using reader::clutter::AttrIndex;
using reader::clutter::builtin_rules;
using reader::clutter::parse_rules;
using reader::clutter::Rule;
using reader::clutter::RuleSet;
using reader::clutter::detail::has_part;

namespace {

// The per-term search match_attr did before the index.
std::vector<char> searched_hits(const RuleSet& rules, const std::string& sig) {
  std::vector<char> hits(rules.rules.size(), 0);
  for (size_t k = 0; k < rules.rules.size(); ++k) {
    const Rule& r = rules.rules[k];
    if (r.kind != Rule::Kind::kAttr) continue;
    for (const std::string& c : r.contains) hits[k] |= sig.find(c) != std::string::npos;
    for (const std::string& p : r.parts) hits[k] |= has_part(sig, p);
  }
  return hits;
}

}  // namespace

TEST_CASE("attr index: the same rules hit as a search per term, on the built-in rules") {
  const RuleSet& rules = builtin_rules();
  AttrIndex index(rules);
  // Signatures as signature() builds them: " token token ...", lowercase.
  std::vector<std::string> sigs = {
      "", " ad", " header", " shadow read-more", " ad-slot", " banner-ad native-ad",
      " ads-wrapper", " sidebar widget", " newsletter-signup", " share-buttons social",
      " cookie-banner consent", " related-posts", " comments comment-list", " author-bio",
      " nav navbar breadcrumbs", " entry-content article-body", " post-footer", " paywall",
      " ad_", "_ad", " x", " adv", " advertisementx", " taboola", " a", " ad ad",
      " \xc3\xa9" "ad ad\xc3\xa9", " subscribe-box", " promo", " modal popup",
  };
  // Every term of every attr rule, alone and inside other words.
  for (const Rule& r : rules.rules) {
    if (r.kind != Rule::Kind::kAttr) continue;
    for (const auto* list : {&r.contains, &r.parts}) {
      for (const std::string& t : *list) {
        sigs.push_back(" " + t);
        sigs.push_back(" x" + t);
        sigs.push_back(" " + t + "x");
        sigs.push_back(" a-" + t + "-b");
        sigs.push_back(t);
      }
    }
  }
  std::vector<char> hits;
  int any = 0;
  for (const std::string& sig : sigs) {
    CAPTURE(sig);
    index.mark_hits(sig, hits);
    CHECK(hits == searched_hits(rules, sig));
    for (char h : hits) any += h;
  }
  CHECK(any > 0);  // the test saw hits, not only misses
}

TEST_CASE("attr index: a rule set of its own, parts against substrings") {
  RuleSet rules = parse_rules(R"({"rules": [
    {"id": "a.attr", "category": "ad", "kind": "attr", "parts": ["ad"], "evidence": "test"},
    {"id": "b.attr", "category": "nav", "kind": "attr", "contains": ["nav"], "evidence": "test"}
  ]})");
  REQUIRE(rules.rules.size() == 2);
  AttrIndex index(rules);
  std::vector<char> hits;
  index.mark_hits(" header", hits);
  CHECK(hits == std::vector<char>{0, 0});
  index.mark_hits(" top-ad", hits);
  CHECK(hits == std::vector<char>{1, 0});
  index.mark_hits(" subnavigation", hits);
  CHECK(hits == std::vector<char>{0, 1});
  index.mark_hits(" ad subnav", hits);
  CHECK(hits == std::vector<char>{1, 1});
}
