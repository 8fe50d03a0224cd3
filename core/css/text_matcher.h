// The argument of the procedural operators :has-text() / :-abp-contains():
// a literal needle or a /regex/flags, compiled once, matched against an
// element's whitespace-collapsed text content.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "css/text_regex.h"
#include "dom/document.h"

namespace reader::css::detail {

// At most this many bytes of an element's text are fed to a regex: the search
// is O(text x pattern), so the text must stay bounded.
inline constexpr size_t kMaxRegexInputBytes = 10'000;

class TextMatcher {
 public:
  // Parses "needle" or "/pattern/flags" (flags: i, m). Returns null and fills
  // `error` on bad input (empty needle, unsafe or invalid regex, bad flag).
  static std::shared_ptr<const TextMatcher> parse(std::string_view argument, std::string* error);

  // `text` is the whitespace-collapsed text (see collapsed_text()).
  bool matches(std::string_view text) const;
  bool is_regex() const { return is_regex_; }
  // Max bytes of collapsed text this matcher looks at (0 = all).
  size_t input_cap() const { return is_regex_ ? kMaxRegexInputBytes : 0; }

 private:
  bool is_regex_ = false;
  std::string needle_;
  std::optional<TextRegex> regex_;
};

// Text content of `element` with runs of ASCII whitespace collapsed to one
// space and leading/trailing whitespace removed; stops after `cap` bytes
// (0: no cap). Iterative. Writes into `out` (cleared first).
void collapsed_text(const dom::Document& doc, dom::NodeId element, size_t cap, std::string& out);

}  // namespace reader::css::detail
