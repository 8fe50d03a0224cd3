#include "clutter/phrase_index.h"


#include "base/utf8.h"
#include "clutter/words.h"

namespace reader::clutter {
namespace {

// Length in bytes of the run of word code points that starts `s`.
size_t leading_word(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    size_t next = i;
    if (!is_word_code_point(next_code_point(s, next))) break;
    i = next;
  }
  return i;
}

}  // namespace

PhraseIndex::PhraseIndex(const RuleSet& rules) {
  for (uint32_t r = 0; r < rules.rules.size(); ++r) {
    const Rule& rule = rules.rules[r];
    if (rule.kind != Rule::Kind::kText) continue;
    for (uint32_t p = 0; p < rule.phrases.size(); ++p) {
      std::string_view phrase = rule.phrases[p];
      size_t word = leading_word(phrase);
      // A phrase must start with a whole word to be found through it; an
      // open-ended one that is a single word ("newsletter*") runs on into a
      // longer word of the text.
      bool open_word = word + 1 == phrase.size() && phrase.back() == '*';
      const auto number = static_cast<uint32_t>(refs_.size());
      refs_.push_back({r, p});
      if (word == 0 || open_word) {
        if (always_.size() <= number / 64) always_.resize(number / 64 + 1, 0);
        always_[number / 64] |= uint64_t{1} << (number % 64);
      } else {
        by_first_word_[phrase.substr(0, word)].push_back(number);
      }
    }
  }
  always_.resize((refs_.size() + 63) / 64, 0);
}

void PhraseIndex::candidates(std::string_view text, std::vector<PhraseRef>& out) const {
  // One bitmap per call of the thread (the built-in index is shared).
  thread_local std::vector<uint64_t> bits;
  bits.assign(always_.begin(), always_.end());
  size_t i = 0;
  while (i < text.size()) {
    size_t start = i;
    size_t next = i;
    if (!is_word_code_point(next_code_point(text, next))) {
      i = next;
      continue;
    }
    i = start + leading_word(text.substr(start));
    auto it = by_first_word_.find(text.substr(start, i - start));
    if (it == by_first_word_.end()) continue;
    for (uint32_t number : it->second) bits[number / 64] |= uint64_t{1} << (number % 64);
  }
  out.clear();
  for (size_t w = 0; w < bits.size(); ++w) {
    for (uint64_t b = bits[w]; b != 0; b &= b - 1) {
      out.push_back(refs_[w * 64 + static_cast<size_t>(__builtin_ctzll(b))]);
    }
  }
}

}  // namespace reader::clutter
