// The third blind seed set (seed_pages_blind3.h): 24 pages written in round
// 6 without reading the clutter rules, the prompt catalogue or the earlier
// sets' pages, in 24 markups none of the earlier sets used and all seven
// languages (at least 3 pages each). Nobody tunes against it; it prints how
// the clutter pass does on it (pages clean, article sentences kept, prompts
// leaked, category accuracy, confusion pairs, and per expected category), as
// written and with every class and id hashed, and holds: every article
// sentence stays, both ways (hard), and leaked prompts and right categories
// may not regress from the figures below (never study the pages to raise
// them: raise the floors only when rules tuned elsewhere move them).
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
// After round 6's clutter rules (branch seeds4, tuned on the seed set and
// blind sets 1 and 2 until both were 0 leaked; this set unseen): 4/24 clean,
// 24/115 leaked (44/209 probes), 82/115 right (71.3 %); hashed 4/24 clean,
// 31/115 leaked (55/209 probes), 79/115 right (68.7 %). So the rules that
// took sets 1 and 2 to 0 leaks moved this set by 2 prompts: they fit the
// sets they were tuned on more than they generalise.
// {clean, leaked, right, hashed clean, hashed leaked, hashed right}
constexpr BlindFloors kFloors = {4, 24, 82, 4, 31, 79};

const SeedPage* const kBegin = std::begin(kBlindSeedPages3);
const SeedPage* const kEnd = std::end(kBlindSeedPages3);

}  // namespace

TEST_CASE("blind seed set 3: figures (pages clean, sentences kept, prompts leaked, categories)") {
  check_blind_figures("blind seed set 3", kBegin, kEnd, kFloors);
}

TEST_CASE("blind seed set 3: the set is what it claims (24 pages, 7 languages, 3-6 prompts)") {
  // 3 to 6 prompts, 8+ paragraphs each placed once, at least 3 pages in
  // each of the seven languages.
  check_seed_set_claims(kBegin, kEnd, 24,
                        {{"en", 3}, {"de", 3}, {"fr", 3}, {"es", 3}, {"it", 3}, {"pt", 3}, {"nl", 3}});
}
