#include "clutter/phrase_index.h"

#include <algorithm>

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
      if (word == 0 || open_word) {
        always_.push_back({r, p});
      } else {
        by_first_word_[phrase.substr(0, word)].push_back({r, p});
      }
    }
  }
}

void PhraseIndex::candidates(std::string_view text, std::vector<PhraseRef>& out) const {
  out.assign(always_.begin(), always_.end());
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
    if (it != by_first_word_.end()) out.insert(out.end(), it->second.begin(), it->second.end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

}  // namespace reader::clutter
