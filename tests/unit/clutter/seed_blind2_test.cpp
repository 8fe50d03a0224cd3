// The second blind seed set (seed_pages_blind2.h): 24 pages written without
// reading the clutter rules, the prompt catalogue or the first blind set,
// while the rules were being tuned elsewhere, in 24 markups not used by the
// earlier sets and all seven languages (at least 3 pages each). Since round 6
// it is tuning material (by kind); it prints how the clutter pass does on it (pages clean, article
// sentences kept, prompts leaked, category accuracy, confusion pairs, and per
// expected category), as written and with every class and id hashed, and
// holds the figures as floors: every article sentence stays (hard), and
// leaked prompts and right categories may not regress from what the rules
// reached when the set was written (raise the floors when a change improves
// them; never study the pages to do so).
#include <doctest/doctest.h>

#include <cstdio>
#include <iterator>
#include <string>
#include <vector>

#include "seed_pages_blind2.h"
#include "seed_blind_run.h"

using namespace reader::testing;

namespace {

// Floors: the figures the rules reach now (branch seeds3, issue 10's third
// round; this set is held out: no rule was tuned on its pages): as written
// 10/24 pages clean, 12/94 prompts leaked (22/180 probes), 75/94 filed right
// (79.8 %); with class and id hashed 8/24 clean, 14/94 leaked (25/180
// probes), 73/94 right (77.7 %); article sentences kept 232/232 both ways.
// When the set was written (commit 3c04339's rules): 5/24 clean, 19/94
// leaked, 67/94 right; hashed 2/24, 25/94, 63/94.
// Round 6 (branch seeds4: this set was tuning material, by kind, with
// reductions in other wordings in box_match_test.cpp): 23/24 clean, 0/94
// leaked, 93/94 right (98.9 %), hashed the same; left: an ad-blocker plea in
// an HTML4 table cell filed with the rail above it (related).
// {clean, leaked, right, hashed clean, hashed leaked, hashed right}
constexpr BlindFloors kFloors = {23, 0, 93, 23, 0, 93};

const SeedPage* const kBegin = std::begin(kBlindSeedPages2);
const SeedPage* const kEnd = std::end(kBlindSeedPages2);

}  // namespace

TEST_CASE("blind seed set 2: figures (pages clean, sentences kept, prompts leaked, categories)") {
  check_blind_figures("blind seed set 2", kBegin, kEnd, kFloors);
}

TEST_CASE("blind seed set 2: the set is what it claims (24 pages, 7 languages, 3-6 prompts)") {
  // 3 to 6 prompts, 8+ paragraphs each placed once, at least 3 pages in
  // each of the seven languages.
  check_seed_set_claims(kBegin, kEnd, 24,
                        {{"en", 3}, {"de", 3}, {"fr", 3}, {"es", 3}, {"it", 3}, {"pt", 3}, {"nl", 3}});
}
