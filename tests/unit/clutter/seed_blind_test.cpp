// The blind seed set (seed_pages_blind.h): 25 pages written without reading
// the clutter rules, while they were being tuned elsewhere, in 25 markups and
// all seven languages. Since round 6 it is tuning material
// (by kind); it prints how the clutter
// pass does on it (pages clean, article sentences kept, prompts leaked,
// category accuracy, confusion pairs, and per expected category), as written
// and with every class and id hashed, and holds the figures as floors: every
// article sentence stays (hard), and leaked prompts and right categories may
// not regress from what the rules reached when the set was written (raise the
// floors when a change improves them; never study the pages to do so).
#include <doctest/doctest.h>

#include <cstdio>
#include <iterator>
#include <string>
#include <vector>

#include "seed_pages_blind.h"
#include "seed_blind_run.h"

using namespace reader::testing;

namespace {

// Floors: the figures the rules reach now (branch seeds3, issue 10's third
// round, which used this set for tuning): as written 14/25 pages clean,
// 7/116 prompts leaked (10/201 probes), 101/116 filed right (87.1 %); with
// class and id hashed 11/25 clean, 12/116 leaked (19/201 probes), 95/116
// right (81.9 %); article sentences kept 370/370 both ways. When the set was
// written (commit 3c04339's rules, before any rule change had seen it): 6/25
// clean, 24/116 leaked, 81/116 right; hashed 5/25, 30/116, 74/116.
// Round 6 (branch seeds4, tuned on this set, blind set 2 and the seed set by
// kind, each rule with reductions in other wordings in box_match_test.cpp):
// 25/25 clean, 0/116 leaked, 116/116 right (100 %), hashed the same.
// {clean, leaked, right, hashed clean, hashed leaked, hashed right}
constexpr BlindFloors kFloors = {25, 0, 116, 25, 0, 116};

const SeedPage* const kBegin = std::begin(kBlindSeedPages);
const SeedPage* const kEnd = std::end(kBlindSeedPages);

}  // namespace

TEST_CASE("blind seed set: figures (pages clean, sentences kept, prompts leaked, categories)") {
  check_blind_figures("blind seed set", kBegin, kEnd, kFloors);
}

TEST_CASE("blind seed set: the set is what it claims (25 pages, 7 languages, 3-6 prompts)") {
  // 3 to 6 prompts, 8+ paragraphs each placed once, all seven languages,
  // at least 3 pages each in EN, DE, FR and ES.
  check_seed_set_claims(kBegin, kEnd, 24,
                        {{"en", 3}, {"de", 3}, {"fr", 3}, {"es", 3}, {"it", 1}, {"pt", 1}, {"nl", 1}});
}
