// Runs the seed set (seed_pages.h) through the clutter pass and measures it
// as the prompt catalogue is measured (catalogue_run.h): pages clean,
// article sentences kept, prompts leaked, category accuracy and confusion
// pairs, for the tuning half (even pages), the held-out half (odd pages) or
// both.
#pragma once
#include <cstdio>
#include <iterator>
#include <string>
#include <vector>

#include "catalogue_run.h"
#include "seed_pages.h"

namespace reader::testing {

enum class SeedHalf { kTuning, kHeldOut, kAll };

inline std::vector<std::string> seed_paragraphs(const SeedPage& page) {
  return split_on(page.paragraphs, "\n");
}

// The page's body with {N} replaced by paragraph N.
inline std::string seed_body(const SeedPage& page) {
  std::vector<std::string> paragraphs = seed_paragraphs(page);
  std::string out;
  const std::string html = page.html;
  for (size_t i = 0; i < html.size(); ++i) {
    if (html[i] == '{') {
      size_t close = html.find('}', i);
      std::string digits = html.substr(i + 1, close - i - 1);
      if (close != std::string::npos && !digits.empty() &&
          digits.find_first_not_of("0123456789") == std::string::npos) {
        size_t n = std::stoul(digits);
        if (n < paragraphs.size()) {
          out += paragraphs[n];
          i = close;
          continue;
        }
      }
    }
    out += html[i];
  }
  return out;
}

// What is wrong with a seed page as a test page (empty when nothing): fewer
// than 3 or more than 6 prompts, fewer than 8 paragraphs, a paragraph not
// placed in the markup exactly once, a {N} left over.
inline std::vector<std::string> seed_page_problems(const SeedPage& page) {
  std::vector<std::string> problems;
  int prompts = 0;
  for (const SeedPrompt* p = page.prompts; p->category != nullptr; ++p) ++prompts;
  if (prompts < 3 || prompts > 6) problems.push_back(std::to_string(prompts) + " prompts");
  std::vector<std::string> paragraphs = seed_paragraphs(page);
  if (paragraphs.size() < 8) problems.push_back(std::to_string(paragraphs.size()) + " paragraphs");
  std::string body = seed_body(page);
  for (const std::string& para : paragraphs) {
    size_t at = body.find(para);
    if (at == std::string::npos || body.find(para, at + 1) != std::string::npos) {
      problems.push_back("paragraph not placed exactly once: " + para);
    }
  }
  if (body.find('{') != std::string::npos) problems.push_back("a '{' left in the markup");
  return problems;
}

struct SeedPromptOutcome {
  const SeedPrompt* prompt = nullptr;
  int probes = 0, leaked_probes = 0;
  std::string filed;  // category of the removal holding the first probe ("" = none)
};

struct SeedOutcome {
  std::vector<SeedPromptOutcome> prompts;
  int sentences = 0, kept_sentences = 0;
  std::vector<std::string> lost_sentences;
  bool reverted = false;
  std::vector<std::pair<std::string, std::string>> removals;  // (category, text)
};

inline SeedOutcome run_seed_page(const SeedPage& page, bool hashed = false) {
  CleanRun run = clean_run(seed_body(page), page.author, hashed);
  SeedOutcome out;
  out.reverted = run.reverted;
  const std::string& text = run.text;
  out.removals = std::move(run.removals);
  for (const SeedPrompt* sp = page.prompts; sp->category != nullptr; ++sp) {
    SeedPromptOutcome o;
    o.prompt = sp;
    std::vector<std::string> probes = split_on(sp->probes, "|");
    for (const std::string& probe : probes) {
      ++o.probes;
      if (text.find(probe) != std::string::npos) ++o.leaked_probes;
    }
    for (const auto& [category, removed] : out.removals) {
      if (removed.find(probes[0]) != std::string::npos) {
        o.filed = category;
        break;
      }
    }
    out.prompts.push_back(o);
  }
  for (const std::string& paragraph : seed_paragraphs(page)) {
    for (const std::string& s : html_sentences(paragraph)) {
      ++out.sentences;
      if (text.find(s) != std::string::npos) {
        ++out.kept_sentences;
      } else {
        out.lost_sentences.push_back(s);
      }
    }
  }
  return out;
}

inline bool in_half(size_t index, SeedHalf half) {
  if (half == SeedHalf::kAll) return true;
  return (index % 2 == 0) == (half == SeedHalf::kTuning);
}

// Figures over one half of a set of seed pages [begin, end); `details` gets
// one line per thing that went wrong (a leaked or misfiled prompt, a lost
// sentence).
inline CatalogueFigures measure_seed_pages(const SeedPage* begin, const SeedPage* end,
                                           SeedHalf half,
                                           std::vector<std::string>* details = nullptr,
                                           bool hashed = false) {
  CatalogueFigures f;
  size_t index = 0;
  for (const SeedPage* it = begin; it != end; ++it) {
    const SeedPage& page = *it;
    if (!in_half(index++, half)) continue;
    SeedOutcome o = run_seed_page(page, hashed);
    ++f.pages;
    bool clean_page = !o.reverted && o.kept_sentences == o.sentences;
    f.sentences += o.sentences;
    f.kept_sentences += o.kept_sentences;
    std::string name = page.name;
    for (const std::string& s : o.lost_sentences) {
      if (details) details->push_back(name + ": article sentence lost: " + s);
    }
    if (o.reverted && details) details->push_back(name + ": pass reverted");
    for (const SeedPromptOutcome& po : o.prompts) {
      ++f.prompts;
      f.probes += po.probes;
      f.leaked_probes += po.leaked_probes;
      std::string expected = po.prompt->category;
      bool leaked = po.leaked_probes > 0;
      if (leaked) ++f.leaked_prompts;
      bool right = po.filed == expected;
      if (right) {
        ++f.categories_right;
      } else {
        ++f.confusions[{expected, po.filed}];
      }
      if (leaked || !right) {
        clean_page = false;
        if (details) {
          details->push_back(name + ": " + expected + "->" +
                             (po.filed.empty() ? "kept" : po.filed) +
                             (leaked ? " (leaked " + std::to_string(po.leaked_probes) + "/" +
                                           std::to_string(po.probes) + " probes)"
                                     : "") +
                             ": " + po.prompt->probes);
        }
      }
    }
    if (clean_page) {
      ++f.clean_pages;
    } else {
      f.failures.push_back(name);
    }
  }
  return f;
}

// The same over the seed set (seed_pages.h).
inline CatalogueFigures measure_seed_set(SeedHalf half, std::vector<std::string>* details = nullptr,
                                         bool hashed = false) {
  return measure_seed_pages(std::begin(kSeedPages), std::end(kSeedPages), half, details, hashed);
}

}  // namespace reader::testing
