// A small regular-expression engine for :has-text(/re/flags): a subset of
// ECMAScript syntax (ECMA-262 §22.2) compiled to a Thompson NFA and run as a
// Pike VM, so a search takes O(text x pattern) time, never backtracks and
// never recurses over the input.
//
// Why not std::regex: measured on this machine (libstdc++ 12, -O2), it
// recurses per input character and segfaults on 50,000 characters with an
// 8 MB stack, takes 6 s for /.*c/ and 16 s for /(a|b)*c/ on 10,000 characters,
// and reports bad patterns by throwing, which the WASM build cannot catch.
//
// Supported: literals, '.', [classes] with ranges and negation, \d \D \w \W
// \s \S \b \B, \n \r \t \f \v \0 \xHH \uHHHH \cX and escaped punctuation,
// ^ $ (no multiline), groups (...) and (?:...), alternation, quantifiers
// * + ? {n} {n,} {n,m} (greedy or lazy: the same for a yes/no search).
// Case folding (flag i) covers ASCII letters only.
// Rejected with a message: lookaround, backreferences, named groups, \p{...}.
// Matching runs on code points (UTF-8 decoded; invalid bytes become U+FFFD).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reader::css {

// Longest pattern accepted: filter-list regexes are under 200 characters.
inline constexpr size_t kMaxRegexPatternLength = 1024;
// Largest compiled program: bounds the per-character work of a search
// ({n,m} repeats are expanded into copies).
inline constexpr size_t kMaxRegexProgramSize = 4096;

class TextRegex {
 public:
  // Returns nullopt and fills `error` on unsupported or invalid patterns.
  static std::optional<TextRegex> compile(std::string_view pattern, bool ignore_case,
                                          std::string* error);

  // True when the pattern matches somewhere in `text` (UTF-8).
  bool search(std::string_view text) const;

  struct CharClass {
    bool negated = false;
    std::vector<std::pair<uint32_t, uint32_t>> ranges;  // inclusive
    std::vector<char> escapes;                           // 'd' 'D' 'w' 'W' 's' 'S'
  };
  enum class Op : uint8_t { kChar, kAny, kClass, kSplit, kJump, kBegin, kEnd, kWordBoundary, kNotWordBoundary, kMatch };
  struct Inst {
    Op op;
    uint32_t arg = 0;   // code point (kChar), class index (kClass), target (kJump, kSplit x)
    uint32_t arg2 = 0;  // kSplit y
  };

 private:
  bool class_matches(const CharClass& c, uint32_t cp) const;

  std::vector<Inst> program_;
  std::vector<CharClass> classes_;
  bool ignore_case_ = false;
  bool anchored_start_ = false;  // program begins with ^: only try position 0
};

}  // namespace reader::css
