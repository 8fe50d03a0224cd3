// The candidates of a srcset attribute, split once for every module that
// reads one (the extractor picks the largest and resolves URLs; the sanitizer
// checks each URL). HTML "parse a srcset attribute"
// (https://html.spec.whatwg.org/multipage/images.html#parse-a-srcset-attribute),
// reduced to splitting: each candidate is a URL (trailing commas removed) and
// its raw descriptor text, up to the next comma outside parentheses.
#pragma once
#include <string_view>

#include "base/text.h"

namespace reader {

struct SrcsetCandidate {
  std::string_view url;          // never empty
  std::string_view descriptors;  // raw, may hold whitespace ("" when none)
};

// Calls fn(candidate) for each candidate in order while fn returns true.
template <class Fn>
void for_each_srcset_candidate(std::string_view s, Fn&& fn) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (is_html_space(s[i]) || s[i] == ',')) ++i;  // splitting loop
    if (i >= s.size()) break;
    size_t start = i;
    while (i < s.size() && !is_html_space(s[i])) ++i;
    SrcsetCandidate c{s.substr(start, i - start), {}};
    bool ends_candidate = false;
    while (!c.url.empty() && c.url.back() == ',') {  // "remove all trailing U+002C COMMA"
      c.url.remove_suffix(1);
      ends_candidate = true;
    }
    if (!ends_candidate) {
      size_t d = i;
      int parens = 0;
      while (i < s.size()) {
        if (s[i] == '(') ++parens;
        else if (s[i] == ')' && parens > 0) --parens;
        else if (s[i] == ',' && parens == 0) break;
        ++i;
      }
      c.descriptors = s.substr(d, i - d);
    }
    if (c.url.empty()) continue;
    if (!fn(c)) return;
  }
}

}  // namespace reader
