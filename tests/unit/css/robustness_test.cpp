// Hostile input: mutated selectors and filter lines never crash or hang, and
// every rejection carries a position inside the text.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>

#include "css/cosmetic_filter.h"
#include "css/selector.h"
#include "mini_markup.h"

using reader::css::SelectorError;
using reader::css::SelectorList;
using reader::dom::Document;

namespace {

// xorshift32: deterministic, so a failure reproduces.
struct Rng {
  uint32_t s = 2463534242u;
  uint32_t next() {
    s ^= s << 13;
    s ^= s >> 17;
    s ^= s << 5;
    return s;
  }
};

const char* kSeeds[] = {
    "div > p.a + span ~ em",
    "a[href^='http' i]:not(.x, #y)",
    ":has(> img, + p) :nth-child(2n+1 of li.a)",
    "ul li:nth-last-of-type(-n+3):only-child",
    ":is(h1, h2):where(.t) [data-x|=en]",
    "div:has-text(/a(b|c)*d[^e]{2,3}/i):-abp-has(> .ad)",
    "p:-abp-contains(Sponsored) ~ :empty:root",
    "#\\31 23 .\\e9 [x=\"\\\"\"]",
};

const char kAlphabet[] = "()[]:.#>+~*,|=^$'\"\\ /-_aZ09ni{}";

std::string mutate(std::string s, Rng& rng) {
  int edits = 1 + static_cast<int>(rng.next() % 4);
  for (int e = 0; e < edits; ++e) {
    uint32_t op = rng.next() % 3;
    size_t at = s.empty() ? 0 : rng.next() % (s.size() + 1);
    char c = kAlphabet[rng.next() % (sizeof(kAlphabet) - 1)];
    if (op == 0) {
      s.insert(s.begin() + static_cast<std::ptrdiff_t>(at), c);
    } else if (op == 1 && at < s.size()) {
      s.erase(at, 1);
    } else if (at < s.size()) {
      s[at] = c;
    }
  }
  return s;
}

}  // namespace

TEST_CASE("mutated selectors parse or fail with an in-range position, never crash") {
  Document doc;
  reader::testing::build_markup(
      doc, Document::root(),
      "<html><body><ul><li class=a>x</li><li id=y>Sponsored</li><li><img></li></ul>"
      "<div class=t><h1>t</h1><p data-x=en-US>p</p><span class=ad></span></div></body></html>");
  reader::css::SelectorParseOptions procedural;
  procedural.procedural = true;
  Rng rng;
  int parsed = 0, rejected = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string text = mutate(kSeeds[round % std::size(kSeeds)], rng);
    SelectorError err;
    auto list = SelectorList::parse(text, &err, procedural);
    if (list) {
      ++parsed;
      reader::css::select_all(doc, Document::root(), *list);
    } else {
      ++rejected;
      CAPTURE(text);
      CHECK(err.position <= text.size());
      CHECK_FALSE(err.message.empty());
    }
  }
  MESSAGE("parsed ", parsed, ", rejected ", rejected);
  CHECK(parsed > 100);
  CHECK(rejected > 100);
}

TEST_CASE("mutated filter lists never crash") {
  Document doc;
  reader::testing::build_markup(doc, Document::root(), "<div class=ad>Sponsored</div><p id=x>y</p>");
  const char* lines[] = {"example.com,~a.example.com##.ad", "example.*#@#p", "##div:has-text(/Sp.n/)",
                         "||ads.com^$third-party", "a.com#?#div"};
  Rng rng;
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (int k = 0; k < 3; ++k) text += mutate(lines[rng.next() % std::size(lines)], rng) + "\n";
    std::vector<reader::css::FilterError> errors;
    auto list = reader::css::FilterList::parse(text, &errors);
    for (const auto& e : errors) {
      CHECK(e.line >= 1);
      CHECK(e.line <= 4);
      CHECK_FALSE(e.reason.empty());
    }
    CHECK(list.filter_count() + errors.size() + list.exception_count() <= 3);
    list.apply(doc, Document::root(), "www.example.com");
  }
}

TEST_CASE("very long and deeply nested input is bounded") {
  // 100,000 nested elements: matching walks ancestors iteratively.
  Document doc;
  reader::dom::NodeId parent = Document::root();
  for (int i = 0; i < 100'000; ++i) {
    reader::dom::NodeId div = doc.create_element(reader::dom::Tag::kDiv);
    doc.append_child(parent, div);
    parent = div;
  }
  doc.append_child(parent, doc.create_element(reader::dom::Tag::kP));
  SelectorError err;
  auto list = SelectorList::parse("div > div p:first-child:has(+ span, > b)", &err);
  REQUIRE(list);
  CHECK(reader::css::select_all(doc, Document::root(), *list).empty());
  auto p = SelectorList::parse("section p, div:not(:has(div)) > p:only-child", &err);
  REQUIRE(p);
  CHECK(reader::css::select_all(doc, Document::root(), *p).size() == 1);
  // A 1 MB selector of simple classes parses without recursion trouble.
  std::string big;
  for (int i = 0; i < 100'000; ++i) big += ".c" + std::to_string(i % 10);
  CHECK(SelectorList::parse(big, &err));
  std::string many_commas(100'000, ',');
  CHECK_FALSE(SelectorList::parse(many_commas, &err));
}
