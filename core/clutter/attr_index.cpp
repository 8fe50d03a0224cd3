#include "clutter/attr_index.h"

#include <algorithm>

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
  std::stable_sort(terms_.begin(), terms_.end(), [](const Term& a, const Term& b) {
    return static_cast<unsigned char>(a.text[0]) < static_cast<unsigned char>(b.text[0]);
  });
  size_t t = 0;
  for (unsigned c = 0; c < 256; ++c) {
    begin_[c] = static_cast<uint32_t>(t);
    while (t < terms_.size() && static_cast<unsigned char>(terms_[t].text[0]) == c) ++t;
  }
  begin_[256] = static_cast<uint32_t>(t);
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
