// Selector parser: text -> CompiledList (Selectors Level 4 grammar, §17;
// tokens and escapes per CSS Syntax Level 3 §4). Character-level recursive
// descent; recursion is bounded by kMaxSelectorNesting.
#pragma once
#include <memory>
#include <string_view>

#include "css/selector.h"
#include "css/selector_ast.h"

namespace reader::css::detail {

// Returns null and fills `error` (when non-null) on invalid or unsupported input.
std::shared_ptr<const CompiledList> parse_selector_list(std::string_view text,
                                                        const SelectorParseOptions& options,
                                                        SelectorError* error);

}  // namespace reader::css::detail
