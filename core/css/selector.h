// CSS selectors: compiled once, matched many times (the lol-html model).
//
//   css::SelectorError err;
//   auto list = css::SelectorList::parse("article p:not(.ad)", &err);
//   if (!list) report(err.position, err.message);
//   for (dom::NodeId p : css::select_all(doc, doc.root(), *list)) ...
//
// Supported (Selectors Level 4): type, universal, #id, .class, attribute
// selectors [a] [a=v] [a~=v] [a|=v] [a^=v] [a$=v] [a*=v] with the i/s flags,
// the four combinators, selector lists, :not() :is() :where() :has(),
// :first-child :last-child :only-child :nth-child(An+B [of S])
// :nth-last-child() :first-of-type :last-of-type :only-of-type
// :nth-of-type() :nth-last-of-type() :empty :root :scope.
// Anything else (pseudo-elements, namespaces, dynamic pseudo-classes such as
// :hover, the column combinator) is rejected with a SelectorError: a selector
// never silently matches nothing.
//
// Matching never recurses over the document tree; it recurses only over the
// selector's own structure, whose nesting is capped by kMaxSelectorNesting.
#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dom/document.h"

namespace reader::css {

namespace detail {
struct CompiledList;
struct MatchContext;
}  // namespace detail

// Nested :not/:is/:where/:has/:nth-child(of S) deeper than this is rejected:
// real selectors nest 2-3 levels; the cap bounds recursion on hostile input.
inline constexpr int kMaxSelectorNesting = 32;

struct SelectorError {
  size_t position = 0;  // byte offset into the parsed text
  std::string message;
};

struct SelectorParseOptions {
  // Accept the ad-blocker procedural operators :has-text(), :-abp-contains()
  // and :-abp-has() (used by cosmetic_filter.h; plain CSS rejects them).
  bool procedural = false;
};

// Most selective key of a complex selector's rightmost compound; lets callers
// index many selectors by the id / class / attribute names / tag of candidate
// elements. Kinds are ordered from most to least selective.
struct SelectorKey {
  enum class Kind { kNone, kId, kClass, kAttr, kTag };
  Kind kind = Kind::kNone;
  std::string value;  // ASCII-lowercased
};

class SelectorList {
 public:
  static std::optional<SelectorList> parse(std::string_view text, SelectorError* error,
                                           const SelectorParseOptions& options = {});

  // True when element `element` matches any selector of the list.
  bool matches(const dom::Document& doc, dom::NodeId element) const;

  // One key per complex selector (Kind::kNone when its rightmost compound has
  // no id, class, attribute or type selector).
  std::vector<SelectorKey> rightmost_keys() const;
  size_t size() const;

  const detail::CompiledList& compiled() const { return *compiled_; }

 private:
  explicit SelectorList(std::shared_ptr<const detail::CompiledList> c) : compiled_(std::move(c)) {}
  std::shared_ptr<const detail::CompiledList> compiled_;
};

// Matches many selectors against one document that does not change in the
// meantime, sharing caches (sibling indices, :has and :has-text results)
// between calls. Caches are keyed by selector identity: the SelectorLists
// passed in must outlive the session.
class MatchSession {
 public:
  // `scope` is what :scope matches (kNoNode: :scope matches :root).
  explicit MatchSession(const dom::Document& doc, dom::NodeId scope = dom::kNoNode);
  ~MatchSession();
  MatchSession(const MatchSession&) = delete;
  MatchSession& operator=(const MatchSession&) = delete;

  bool matches(const SelectorList& list, dom::NodeId element);

 private:
  std::unique_ptr<detail::MatchContext> ctx_;
};

// Elements among the descendants of `scope` (not `scope` itself, as in the DOM's
// querySelectorAll) matching `list`, in tree order. Iterative.
std::vector<dom::NodeId> select_all(const dom::Document& doc, dom::NodeId scope,
                                    const SelectorList& list);
// First such element, or kNoNode.
dom::NodeId select_first(const dom::Document& doc, dom::NodeId scope, const SelectorList& list);

// True when the class attribute of `element`, split on ASCII whitespace,
// contains `cls` (case-sensitive).
bool has_class(const dom::Document& doc, dom::NodeId element, std::string_view cls);

}  // namespace reader::css
