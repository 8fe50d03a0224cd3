// The phrase index must never hide a phrase find_words() would find: it is
// only a faster way to ask the same question.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "clutter/phrase_index.h"
#include "clutter/rules.h"
#include "clutter/text_fold.h"
#include "clutter/words.h"

using reader::clutter::builtin_rules;
using reader::clutter::find_words;
using reader::clutter::fold_text;
using reader::clutter::PhraseIndex;
using reader::clutter::PhraseRef;
using reader::clutter::Rule;

namespace {

// Checks that every text rule phrase find_words() finds in `text` or in
// `also` is among `got` (sorted, without duplicates); returns how many it
// checked.
size_t check_candidates(const std::vector<PhraseRef>& got, const std::string& text,
                        const std::string& also = {}) {
  const auto& rules = builtin_rules();
  CHECK(std::is_sorted(got.begin(), got.end()));
  CHECK(std::adjacent_find(got.begin(), got.end()) == got.end());
  size_t checked = 0;
  for (uint32_t r = 0; r < rules.rules.size(); ++r) {
    const Rule& rule = rules.rules[r];
    if (rule.kind != Rule::Kind::kText) continue;
    for (uint32_t p = 0; p < rule.phrases.size(); ++p) {
      if (find_words(text, rule.phrases[p]) == std::string::npos &&
          (also.empty() || find_words(also, rule.phrases[p]) == std::string::npos)) {
        continue;
      }
      ++checked;
      CAPTURE(text);
      CAPTURE(also);
      CAPTURE(rule.phrases[p]);
      CHECK(std::binary_search(got.begin(), got.end(), PhraseRef{r, p}));
    }
  }
  return checked;
}

}  // namespace

TEST_CASE("phrase index: every phrase find_words finds is a candidate, in rule order") {
  const auto& rules = builtin_rules();
  PhraseIndex index(rules);
  std::vector<std::string> texts = {
      "Sign up for our newsletter — delivered to your inbox!",
      "© 2023 Example Media. All rights reserved.",
      "Jetzt weiterlesen mit SPIEGEL+. Sie haben bereits ein Digital-Abonnement? Hier anmelden",
      "[What you need to know: Get New York Today in your inbox.]",
      "Il vous reste 80% de cet article à lire. La suite est réservée aux abonnés.",
      "¿Te ha resultado útil este artículo? Suscríbete a nuestra newsletter",
      "Newsletters: kostenlose Newsletter-Abos, Werbung: Anzeige",
      "The committee met on Tuesday to discuss the proposal in detail.",
  };
  // Every phrase, standing alone and inside a sentence, is a text too.
  for (const Rule& r : rules.rules) {
    for (const std::string& p : r.phrases) {
      std::string bare = p.back() == '*' ? p.substr(0, p.size() - 1) + "23" : p;
      texts.push_back(bare);
      texts.push_back("Before. " + bare + " after");
    }
  }
  std::vector<PhraseRef> got;
  size_t checked = 0;
  for (const std::string& raw : texts) {
    std::string text = fold_text(raw);
    index.candidates(text, got);
    checked += check_candidates(got, text);
  }
  CHECK(checked > 1000);  // the check saw the phrases, not an empty loop
}

TEST_CASE("phrase index: a text without any phrase's first word has few candidates") {
  PhraseIndex index(builtin_rules());
  std::vector<PhraseRef> got;
  index.candidates("zzzz qqqq xxxx", got);
  size_t all = 0;
  for (const Rule& r : builtin_rules().rules) all += r.phrases.size();
  CHECK(got.size() * 10 < all);  // only the phrases not starting with a word
}

TEST_CASE("phrase index: counting phrases are found through the words of the counted text") {
  const auto& rules = builtin_rules();
  PhraseIndex index(rules);
  // Numbers become '#' (with_counts), brackets go: "Comments (37)" is
  // "comments #", "12 Kommentare" "# kommentare". A word run into a number
  // ("comments2") or joined across a bracket ("comm(ents") is a different
  // word in each text: both texts' words are looked up.
  std::vector<std::string> texts = {
      "12 Comments", "Comments (37)", "3 of 10 free articles left", "1,204 comentarios",
      "5 comments2", "# comments", "(5) comm(ents)", "Noch 2 von 5 freien Artikeln",
      "© 2024 Example", "[12] Reacties", "no numbers at all here",
  };
  for (const Rule& r : rules.rules) {
    for (const std::string& p : r.phrases) {
      if (p.find('#') == std::string::npos) continue;
      std::string with_number = p;
      for (size_t k = with_number.find('#'); k != std::string::npos; k = with_number.find('#', k)) {
        with_number.replace(k, 1, "17");
      }
      texts.push_back(with_number);
      texts.push_back("Read them: " + with_number + " today");
    }
  }
  std::vector<PhraseRef> got;
  size_t checked = 0;
  for (const std::string& raw : texts) {
    std::string text = fold_text(raw);
    std::string counted = reader::clutter::with_counts(text);
    index.candidates(text, counted, got);
    checked += check_candidates(got, text, counted);
  }
  CHECK(checked > 100);
}
