// The seed set (seed_pages.h): whole pages in other sites' markups, written
// apart from the clutter rules, with prompts of the issue-10 kinds. Prints
// the figures for the tuning half (even pages), the held-out half (odd
// pages) and both, and holds them as floors: every article sentence stays
// (hard), and leaked prompts and category accuracy may not regress from the
// figures reached (raise the floors when a change improves them).
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "seed_run.h"

using namespace reader::testing;

namespace {

// The figures the clutter pass reaches on each half (floors: a change that
// leaks more prompts or files fewer right fails here). Before box_match.cpp
// (commit 0e7ecfc): tuning 28 leaked / 20 right of 53, held-out 29 / 19 of 51;
// before the seeds2 round: tuning 7 / 43, held-out 5 / 45, hashed 14 / 88.
// The held-out figures since then are partly tuned: the brief of that round
// named the held-out half's leaks by kind (meter, notification row, share
// labels), so a new blind set judges them. Round 6 (branch seeds4, tuned on
// blind sets 1 and 2 and this set by kind): held-out 3 -> 1 leaked, 48 -> 51
// right (popular-this-week rails, a closing "thanks for reading, pass it on",
// a climb that stops at a sidebar's other titled box).
constexpr int kSeedTuningLeakedCeiling = 0;
constexpr int kSeedHeldOutLeakedCeiling = 1;
constexpr int kSeedTuningRightFloor = 53;
constexpr int kSeedHeldOutRightFloor = 51;
// With every class and id replaced by a meaningless hash (the metamorphic
// test's transform): the class names may help, never carry the set. Since
// the seeds2 round the hashed run equals the plain one.
constexpr int kSeedHashedLeakedCeiling = 1;
constexpr int kSeedHashedRightFloor = 104;

void print_figures(const char* label, const CatalogueFigures& f,
                   const std::vector<std::string>& details) {
  std::printf("%s\n", f.summary(label).c_str());
  for (const std::string& d : details) std::printf("  %s\n", d.c_str());
}

}  // namespace

TEST_CASE("seed set: figures (pages clean, sentences kept, prompts leaked, categories)") {
  std::vector<std::string> tuning_details, held_out_details;
  CatalogueFigures tuning = measure_seed_set(SeedHalf::kTuning, &tuning_details);
  CatalogueFigures held_out = measure_seed_set(SeedHalf::kHeldOut, &held_out_details);
  CatalogueFigures all = measure_seed_set(SeedHalf::kAll);
  print_figures("seed set, tuning half", tuning, tuning_details);
  print_figures("seed set, held-out half", held_out, held_out_details);
  print_figures("seed set, all", all, {});
  std::vector<std::string> hashed_details;
  CatalogueFigures hashed = measure_seed_set(SeedHalf::kAll, &hashed_details, true);
  print_figures("seed set, all, class and id hashed", hashed, hashed_details);

  // Every article sentence of every page stays: a lost sentence is worse
  // than a leaked prompt.
  CHECK(all.kept_sentences == all.sentences);
  CHECK(all.sentences >= 24 * 8);
  // Floors: the figures reached, per half.
  CHECK(tuning.leaked_prompts <= kSeedTuningLeakedCeiling);
  CHECK(held_out.leaked_prompts <= kSeedHeldOutLeakedCeiling);
  CHECK(tuning.categories_right >= kSeedTuningRightFloor);
  CHECK(held_out.categories_right >= kSeedHeldOutRightFloor);
  CHECK(hashed.kept_sentences == hashed.sentences);
  CHECK(hashed.leaked_prompts <= kSeedHashedLeakedCeiling);
  CHECK(hashed.categories_right >= kSeedHashedRightFloor);
  // No decision on the seed set needs a class name any more: hashed or not,
  // the same prompts leak and the same categories are right.
  CHECK(hashed.leaked_prompts == all.leaked_prompts);
  CHECK(hashed.categories_right == all.categories_right);
  CHECK(hashed.clean_pages == all.clean_pages);
}

TEST_CASE("seed set: the set is what it claims (24 pages, 3-6 prompts, 8+ paragraphs)") {
  int pages = 0;
  for (const SeedPage& page : kSeedPages) {
    std::string name = page.name;
    CAPTURE(name);
    ++pages;
    // 3 to 6 prompts, 8+ paragraphs, each placed in the page exactly once.
    for (const std::string& problem : seed_page_problems(page)) FAIL_CHECK(problem);
  }
  CHECK(pages >= 24);
}
