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

// The word a phrase is found through: its first run of word code points
// when that run is whole in the phrase, i.e. ends the phrase or is followed
// by a non-word code point other than an open end's '*'. Where find_words()
// finds the phrase, that run stands in the text as a word of its own (it is
// bounded by the phrase's own non-word code points, or by the word end
// find_words() checks). Empty when the phrase has no such run ("newsletter*",
// "© 20*"): the phrase is then always a candidate.
std::string_view key_word(std::string_view phrase) {
  size_t start = 0;
  while (start < phrase.size()) {
    size_t next = start;
    if (is_word_code_point(next_code_point(phrase, next))) break;
    start = next;
  }
  if (start == phrase.size()) return {};
  const size_t end = start + leading_word(phrase.substr(start));
  if (end + 1 == phrase.size() && phrase.back() == '*') return {};
  return phrase.substr(start, end - start);
}

}  // namespace

PhraseIndex::PhraseIndex(const RuleSet& rules) {
  // First pass: number the phrases, count the phrases of each key.
  std::vector<Span*> span_of;  // per phrase number: its key's span, or null
  size_t phrases = 0;
  for (const Rule& rule : rules.rules) {
    if (rule.kind == Rule::Kind::kText) phrases += rule.phrases.size();
  }
  refs_.reserve(phrases);
  span_of.reserve(phrases);
  by_first_word_.reserve(phrases);
  always_.assign((phrases + 63) / 64, 0);
  for (uint32_t r = 0; r < rules.rules.size(); ++r) {
    const Rule& rule = rules.rules[r];
    if (rule.kind != Rule::Kind::kText) continue;
    for (uint32_t p = 0; p < rule.phrases.size(); ++p) {
      // A phrase that opens with a mark ("# comments", "¿te ha sido útil")
      // is found through its first whole word: the 67 such phrases were
      // candidates in every block, a fifth of the clutter pass's searches.
      std::string_view word = key_word(rule.phrases[p]);
      const auto number = static_cast<uint32_t>(refs_.size());
      refs_.push_back({r, p});
      if (word.empty()) {
        always_[number / 64] |= uint64_t{1} << (number % 64);
        span_of.push_back(nullptr);
      } else {
        // unordered_map keeps its elements in place: the pointer stays good.
        Span& span = by_first_word_[word];
        ++span.size;
        key_lengths_[static_cast<unsigned char>(word[0])] |= uint64_t{1}
                                                             << std::min<size_t>(word.size(), 63);
        span_of.push_back(&span);
      }
    }
  }
  // Second pass: each key's numbers side by side, in phrase order.
  uint32_t next = 0;
  for (auto& [word, span] : by_first_word_) {
    span.begin = next;
    next += span.size;
    span.size = 0;
  }
  numbers_.resize(next);
  for (uint32_t number = 0; number < span_of.size(); ++number) {
    if (Span* span = span_of[number]) numbers_[span->begin + span->size++] = number;
  }
}

void PhraseIndex::mark_words(std::string_view text, std::vector<uint64_t>& bits) const {
  // ASCII bytes are told word or not without decoding (most of a page's text).
  auto ascii_word = [](unsigned char b) {
    return (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z');
  };
  size_t i = 0;
  while (i < text.size()) {
    const auto first = static_cast<unsigned char>(text[i]);
    if (first < 0x80) {
      if (!ascii_word(first)) {
        ++i;
        continue;
      }
    } else {
      size_t next = i;
      if (!is_word_code_point(next_code_point(text, next))) {
        i = next;
        continue;
      }
    }
    const size_t start = i;
    while (i < text.size()) {
      const auto b = static_cast<unsigned char>(text[i]);
      if (b < 0x80) {
        if (!ascii_word(b)) break;
        ++i;
        continue;
      }
      size_t next = i;
      if (!is_word_code_point(next_code_point(text, next))) break;
      i = next;
    }
    // No key opens with this byte at this length: no lookup (hashing every
    // word of every block was most of this function).
    const size_t length = std::min<size_t>(i - start, 63);
    if (((key_lengths_[first] >> length) & 1) == 0) continue;
    auto it = by_first_word_.find(text.substr(start, i - start));
    if (it == by_first_word_.end()) continue;
    const Span span = it->second;
    for (uint32_t k = span.begin; k < span.begin + span.size; ++k) {
      const uint32_t number = numbers_[k];
      bits[number / 64] |= uint64_t{1} << (number % 64);
    }
  }
}

void PhraseIndex::candidates(std::string_view text, std::vector<PhraseRef>& out) const {
  candidates(text, {}, out);
}

void PhraseIndex::candidates(std::string_view text, std::string_view also,
                             std::vector<PhraseRef>& out) const {
  // One bitmap per call of the thread (the built-in index is shared).
  thread_local std::vector<uint64_t> bits;
  bits.assign(always_.begin(), always_.end());
  mark_words(text, bits);
  mark_words(also, bits);
  out.clear();
  for (size_t w = 0; w < bits.size(); ++w) {
    for (uint64_t b = bits[w]; b != 0; b &= b - 1) {
      out.push_back(refs_[w * 64 + static_cast<size_t>(__builtin_ctzll(b))]);
    }
  }
}

}  // namespace reader::clutter
