// Compiled form of a selector list (internal to core/css).
// Built once by selector_parser.cpp, read by selector_matcher.cpp.
// Selectors Level 4 (https://drafts.csswg.org/selectors-4/) terms are used
// verbatim: simple, compound, complex and relative selectors.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace reader::css::detail {

class TextMatcher;

// Selectors 4 §16 "Combinators".
enum class Combinator : uint8_t {
  kDescendant,         // A B
  kChild,              // A > B
  kNextSibling,        // A + B
  kSubsequentSibling,  // A ~ B
};

inline bool is_sibling_combinator(Combinator c) {
  return c == Combinator::kNextSibling || c == Combinator::kSubsequentSibling;
}

enum class SimpleKind : uint8_t {
  kType,            // div            (the universal selector compiles to nothing)
  kId,              // #x
  kClass,           // .x
  kAttrExists,      // [a]            Selectors 4 §6.1
  kAttrEquals,      // [a=v]
  kAttrIncludes,    // [a~=v]
  kAttrDashMatch,   // [a|=v]
  kAttrPrefix,      // [a^=v]         Selectors 4 §6.2
  kAttrSuffix,      // [a$=v]
  kAttrSubstring,   // [a*=v]
  kNot,             // :not(list)     §4.3
  kIs,              // :is(list) / :where(list) (specificity is irrelevant here)
  kHas,             // :has(relative list) §4.5
  kNthChild,        // :nth-child(An+B [of S]), :first-child   §14.4
  kNthLastChild,    // :nth-last-child(An+B [of S]), :last-child
  kNthOfType,       // :nth-of-type(An+B), :first-of-type
  kNthLastOfType,   // :nth-last-of-type(An+B), :last-of-type
  kOnlyChild,       // :only-child
  kOnlyOfType,      // :only-of-type
  kEmpty,           // :empty          §14.2
  kRoot,            // :root           §14.1
  kScope,           // :scope          §9.3
  kHasText,         // procedural (cosmetic filters only): :has-text() / :-abp-contains()
};

struct ComplexSelector;

struct SimpleSelector {
  SimpleKind kind = SimpleKind::kType;
  bool case_insensitive = false;  // attribute selector with the ` i` flag
  // No flag, and the attribute is one whose value HTML compares
  // case-insensitively on HTML elements (type, lang, rel...).
  bool html_case_insensitive = false;
  std::string name;      // type / attribute name, ASCII-lowercased; id; class
  std::string raw_name;  // type name as written (foreign elements are case-sensitive)
  std::string value;     // attribute value (ASCII-lowercased when case_insensitive)
  int64_t a = 0;         // An+B
  int64_t b = 0;
  std::vector<ComplexSelector> list;  // :not/:is/:has argument, "of S" of :nth-child
  std::shared_ptr<const TextMatcher> text;  // :has-text
};

struct Compound {
  std::vector<SimpleSelector> simples;  // cheap tests first (sorted at compile time)
  // Relation to the compound on the LEFT, i.e. the next entry of
  // ComplexSelector::compounds.
  Combinator combinator = Combinator::kDescendant;
  // The implicit anchor of a relative selector (the :has() subject); matches
  // only the anchor element.
  bool is_anchor = false;
};

struct ComplexSelector {
  // Rightmost compound first: matching runs right to left.
  std::vector<Compound> compounds;
  // Relative selector (:has argument): the last compound is the anchor.
  bool relative = false;
};

struct CompiledList {
  std::vector<ComplexSelector> selectors;
};

}  // namespace reader::css::detail
