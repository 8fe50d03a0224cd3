#include "clutter/attr_index.h"

#include <algorithm>
#include <utility>

#include "clutter/pass.h"

namespace reader::clutter {

AttrIndex::AttrIndex(const RuleSet& rules) : rule_count_(rules.rules.size()) {
  for (size_t k = 0; k < rules.rules.size(); ++k) {
    const Rule& r = rules.rules[k];
    if (r.kind != Rule::Kind::kAttr) continue;
    const auto rule = static_cast<uint32_t>(k);
    for (const std::string& c : r.contains) {
      (c.empty() ? empty_terms_ : terms_).push_back({c, rule, false});
    }
    for (const std::string& p : r.parts) {
      (p.empty() ? empty_terms_ : terms_).push_back({p, rule, true});
    }
  }
  // A counting sort by first byte (stable, and no sort template in the
  // WebAssembly build): begin_[c] is where the terms starting with c go.
  for (const Term& t : terms_) ++begin_[static_cast<unsigned char>(t.text[0]) + 1];
  for (unsigned c = 0; c < 256; ++c) begin_[c + 1] += begin_[c];
  std::vector<Term> sorted(terms_.size());
  uint32_t next[256];
  std::copy(begin_, begin_ + 256, next);
  for (const Term& t : terms_) sorted[next[static_cast<unsigned char>(t.text[0])]++] = t;
  terms_ = std::move(sorted);
}

void AttrIndex::mark_hits(std::string_view sig, std::vector<char>& hits) const {
  hits.assign(rule_count_, 0);
  const size_t n = sig.size();
  for (size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(sig[i]);
    for (uint32_t k = begin_[c]; k < begin_[c + 1]; ++k) {
      const Term& t = terms_[k];
      if (hits[t.rule] || t.text.size() > n - i) continue;
      // Terms are short and most differ at their second byte: compared
      // inline, not through a memcmp call.
      size_t j = 1;
      while (j < t.text.size() && sig[i + j] == t.text[j]) ++j;
      if (j != t.text.size()) continue;
      if (!t.part || detail::is_part_at(sig, i, t.text.size())) hits[t.rule] = 1;
    }
  }
  for (const Term& t : empty_terms_) {
    if (!t.part || detail::has_part(sig, t.text)) hits[t.rule] = 1;
  }
}

}  // namespace reader::clutter
