// What the blind seed set tests (seed_blind_test.cpp, seed_blind2_test.cpp,
// seed_blind3_test.cpp) share: a per-expected-category count, the printout
// of a set's figures, and the checks that a set of seed pages is what it
// claims (pages, languages, 3-6 prompts of known categories whose probes
// stand in the markup and never in the article).
#pragma once
#include <doctest/doctest.h>

#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "seed_run.h"

namespace reader::testing {

// The categories a prompt of a seed set may expect (README, "Clutter
// categories and rules").
inline const std::set<std::string> kSeedPromptCategories = {
    "subscription", "newsletter", "paywall", "signin", "consent",  "social",
    "related",      "author-bio", "comments", "ad",    "promo",    "navigation"};

// Per expected category: prompts, leaked, filed right.
struct SeedCategoryCount {
  int prompts = 0, leaked = 0, right = 0;
};

inline std::map<std::string, SeedCategoryCount> count_seed_categories(const SeedPage* begin,
                                                                      const SeedPage* end,
                                                                      bool hashed) {
  std::map<std::string, SeedCategoryCount> counts;
  for (const SeedPage* page = begin; page != end; ++page) {
    for (const SeedPromptOutcome& po : run_seed_page(*page, hashed).prompts) {
      SeedCategoryCount& c = counts[po.prompt->category];
      ++c.prompts;
      if (po.leaked_probes > 0) ++c.leaked;
      if (po.filed == po.prompt->category) ++c.right;
    }
  }
  return counts;
}

// Prints the figures' summary line, one line per expected category and one
// per thing that went wrong.
inline void print_seed_figures(const char* label, const CatalogueFigures& f,
                               const std::vector<std::string>& details, const SeedPage* begin,
                               const SeedPage* end, bool hashed) {
  std::printf("%s\n", f.summary(label).c_str());
  for (const auto& [category, c] : count_seed_categories(begin, end, hashed)) {
    std::printf("  %-12s %2d prompts, %2d leaked, %2d filed right\n", category.c_str(), c.prompts,
                c.leaked, c.right);
  }
  for (const std::string& d : details) std::printf("  %s\n", d.c_str());
}

// Checks (doctest CHECKs) that the pages [begin, end) are a seed set as
// claimed: unique names, at least `min_pages` pages, all seven languages
// with at least `min_per_language[lang]` pages each, every page well formed
// (seed_page_problems), its byline's author in the page, and every prompt of
// a known category with probes in the markup and not in the article.
inline void check_seed_set_claims(const SeedPage* begin, const SeedPage* end, size_t min_pages,
                                  const std::map<std::string, int>& min_per_language) {
  std::map<std::string, int> pages_per_language;
  std::set<std::string> names;
  for (const SeedPage* it = begin; it != end; ++it) {
    const SeedPage& page = *it;
    std::string name = page.name;
    CAPTURE(name);
    CHECK(names.insert(name).second);
    ++pages_per_language[page.lang];
    for (const std::string& problem : seed_page_problems(page)) FAIL_CHECK(problem);
    std::string body = seed_body(page);
    CHECK(body.find(page.author) != std::string::npos);
    std::string article = page.paragraphs;
    for (const SeedPrompt* p = page.prompts; p->category != nullptr; ++p) {
      std::string category = p->category;
      CAPTURE(category);
      CHECK(kSeedPromptCategories.count(category) == 1);
      // A probe is words of the prompt: in the markup, never in the article
      // (it could not be gone without losing an article sentence).
      for (const std::string& probe : split_on(p->probes, "|")) {
        CAPTURE(probe);
        CHECK(!probe.empty());
        CHECK(body.find(probe) != std::string::npos);
        CHECK(article.find(probe) == std::string::npos);
      }
    }
  }
  CHECK(names.size() >= min_pages);
  CHECK(pages_per_language.size() == 7);
  for (const auto& [lang, at_least] : min_per_language) {
    CAPTURE(lang);
    CHECK(pages_per_language[lang] >= at_least);
  }
}

// The floors a blind set's figures case holds: clean pages and right
// categories may not fall, leaked prompts may not rise, as written and with
// every class and id hashed.
struct BlindFloors {
  int clean;
  int leaked;
  int right;
  int hashed_clean;
  int hashed_leaked;
  int hashed_right;
};

// A blind set's figures as written and with every class and id hashed.
struct BlindFigures {
  CatalogueFigures plain;
  CatalogueFigures hashed;
};

// Measures a blind set as written and hashed, prints both, and checks (hard)
// that every article sentence stays, the only thing a set fresh from its
// writer asserts.
inline BlindFigures check_blind_sentences(const char* label, const SeedPage* begin,
                                          const SeedPage* end) {
  std::vector<std::string> details, hashed_details;
  BlindFigures f;
  f.plain = measure_seed_pages(begin, end, SeedHalf::kAll, &details, false);
  f.hashed = measure_seed_pages(begin, end, SeedHalf::kAll, &hashed_details, true);
  print_seed_figures(label, f.plain, details, begin, end, false);
  const std::string hashed_label = std::string(label) + ", class and id hashed";
  print_seed_figures(hashed_label.c_str(), f.hashed, hashed_details, begin, end, true);

  CHECK(f.plain.sentences >= static_cast<int>(end - begin) * 8);
  CHECK(f.plain.kept_sentences == f.plain.sentences);
  CHECK(f.hashed.kept_sentences == f.hashed.sentences);
  return f;
}

// The same, and checks that the floors hold.
inline void check_blind_figures(const char* label, const SeedPage* begin, const SeedPage* end,
                                const BlindFloors& floors) {
  const BlindFigures f = check_blind_sentences(label, begin, end);
  const CatalogueFigures& plain = f.plain;
  const CatalogueFigures& hashed = f.hashed;
  CHECK(plain.clean_pages >= floors.clean);
  CHECK(plain.leaked_prompts <= floors.leaked);
  CHECK(plain.categories_right >= floors.right);
  CHECK(hashed.clean_pages >= floors.hashed_clean);
  CHECK(hashed.leaked_prompts <= floors.hashed_leaked);
  CHECK(hashed.categories_right >= floors.hashed_right);
}

}  // namespace reader::testing
