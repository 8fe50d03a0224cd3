// Which text-rule phrases may stand in a block: the phrases indexed by their
// first word, so a block is looked up once per word of its text instead of
// being searched once per phrase (rules.json has 910 phrases; the
// search per phrase was 60% of clean()'s time in clean-bench).
#pragma once
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "clutter/rules.h"

namespace reader::clutter {

struct PhraseRef {
  uint32_t rule;    // index into RuleSet::rules
  uint32_t phrase;  // index into that rule's phrases
  bool operator<(const PhraseRef& o) const {
    return rule != o.rule ? rule < o.rule : phrase < o.phrase;
  }
  bool operator==(const PhraseRef& o) const { return rule == o.rule && phrase == o.phrase; }
};

class PhraseIndex {
 public:
  // Indexes the phrases of the text rules of `rules`, which must outlive it.
  explicit PhraseIndex(const RuleSet& rules);

  // The phrases that may stand as whole words in `text` (folded), in rule
  // order, then phrase order: a superset of those find_words() finds, so
  // scanning them in order gives what scanning every phrase would.
  void candidates(std::string_view text, std::vector<PhraseRef>& out) const;
  // The same for two texts at once (a block's text and its with_counts()
  // form, where the counting phrases are matched): the union, in order.
  void candidates(std::string_view text, std::string_view also,
                  std::vector<PhraseRef>& out) const;

 private:
  // Every indexed phrase, numbered in rule order, then phrase order: the
  // order candidates() answers in. A candidate set is a bitmap over these
  // numbers (910 phrases: 15 words), read out in order, so the answer needs
  // no sort and no duplicate removal (sorting it was 2 % of clean()).
  std::vector<PhraseRef> refs_;
  // Sets the bits of the phrases whose key word is a word of `text`.
  void mark_words(std::string_view text, std::vector<uint64_t>& bits) const;

  // Keyed by the phrase's first whole word (views into the rules' phrases):
  // where the numbers of its phrases stand in numbers_. One array for all
  // keys, not a vector each: built in two passes without a reallocation
  // (growing a vector per key was a seventh of a small page's process).
  struct Span {
    uint32_t begin = 0, size = 0;
  };
  std::unordered_map<std::string_view, Span> by_first_word_;
  std::vector<uint32_t> numbers_;
  // Per first byte of a key, bit n set when a key of that byte is n bytes
  // long (63: 63 or more): most words of a text are no key, told so without
  // hashing them.
  uint64_t key_lengths_[256] = {};
  // The bitmap of the phrases without a whole word to key them ("© 20*",
  // "newsletter*"): always candidates.
  std::vector<uint64_t> always_;
};

}  // namespace reader::clutter
