// The third blind seed set (seed_pages_blind3.h): 24 pages written in round
// 6 without reading the clutter rules, the prompt catalogue or the earlier
// sets' pages, in 24 markups none of the earlier sets used and all seven
// languages (at least 3 pages each). Nobody tunes against it; it prints how
// the clutter pass does on it (pages clean, article sentences kept, prompts
// leaked, category accuracy, confusion pairs, and per expected category), as
// written and with every class and id hashed, and asserts only what must
// hold today: every article sentence stays, both ways. Its prompt figures
// are recorded below, not asserted (never study the pages to raise them).
#include <doctest/doctest.h>

#include <iterator>

#include "seed_blind_run.h"
#include "seed_pages_blind3.h"

using namespace reader::testing;

namespace {

// The figures when the set was written (set committed as written in
// 1cb1111, first run on main's rules of 9c6d4d3; recorded, not asserted):
// as written 3/24 pages clean, article sentences kept 353/353, prompts
// leaked 26/115 (probes 48/209), categories right 77/115 (67.0 %); with
// class and id hashed 2/24 clean, 353/353 kept, 33/115 leaked (59/209
// probes), 72/115 right (62.6 %). Most leaked as written: subscription 6/15
// (funding appeals), related 5/14, promo 4/13, author-bio 3/8, newsletter
// 3/15; most common confusions subscription->paywall x3 and
// related->newsletter x2.

const SeedPage* const kBegin = std::begin(kBlindSeedPages3);
const SeedPage* const kEnd = std::end(kBlindSeedPages3);

}  // namespace

TEST_CASE("blind seed set 3: figures (pages clean, sentences kept, prompts leaked, categories)") {
  check_blind_sentences("blind seed set 3", kBegin, kEnd);
}

TEST_CASE("blind seed set 3: the set is what it claims (24 pages, 7 languages, 3-6 prompts)") {
  // 3 to 6 prompts, 8+ paragraphs each placed once, at least 3 pages in
  // each of the seven languages.
  check_seed_set_claims(kBegin, kEnd, 24,
                        {{"en", 3}, {"de", 3}, {"fr", 3}, {"es", 3}, {"it", 3}, {"pt", 3}, {"nl", 3}});
}
