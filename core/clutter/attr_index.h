// Which attribute rules a block's signature matches: every "contains" and
// "parts" term of the attr rules indexed by its first byte, so a signature is
// read once, looking at each position only for the terms that start with its
// byte, instead of being searched once per term (rules.json has ~240 attr
// terms; a std::string::find per term and block was 6 % of clean()).
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "clutter/rules.h"

namespace reader::clutter {

class AttrIndex {
 public:
  // Indexes the terms of the attr rules of `rules`, which must outlive it.
  explicit AttrIndex(const RuleSet& rules);

  // hits[k] = 1 for every attr rule k with a "contains" term that is a
  // substring of `sig`, or a "parts" term that stands in it as a delimited
  // part (detail::has_part); 0 for every other rule. `sig` is lowercase.
  void mark_hits(std::string_view sig, std::vector<char>& hits) const;

 private:
  struct Term {
    std::string_view text;  // a view into the rule's term
    uint32_t rule;          // index into RuleSet::rules
    bool part;              // a "parts" term: must stand as a delimited part
  };
  size_t rule_count_;
  std::vector<Term> terms_;       // non-empty terms, sorted by first byte
  uint32_t begin_[257] = {};      // terms_ starting with byte c: [begin_[c], begin_[c + 1])
  std::vector<Term> empty_terms_;  // "" (a lint error, but loadable): judged directly
};

}  // namespace reader::clutter
