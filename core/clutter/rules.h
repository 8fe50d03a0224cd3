// Clutter rules as data: core/clutter/rules.json, embedded at build time.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "css/selector.h"

namespace reader::clutter {

struct Rule {
  enum class Kind { kAttr, kText, kSelector };
  std::string id;
  std::string category;
  Kind kind = Kind::kAttr;
  std::vector<std::string> contains;  // attr: lowercase substrings
  std::vector<std::string> parts;     // attr: whole delimited parts
  std::vector<std::string> phrases;   // text: lowercase phrases
  size_t max_chars = 0;               // text: longest block the phrases judge
  std::shared_ptr<css::SelectorList> selector;  // selector
  std::string evidence;
};

struct RuleSet {
  std::vector<Rule> rules;
  std::vector<std::string> errors;   // problems found while loading (lint)
};

// Parses a rules document (the format of rules.json). Problems (bad JSON,
// unknown kind, bad selector, unsorted or duplicate ids) go to `errors`; the
// rules that could be read are still returned.
RuleSet parse_rules(std::string_view json_text);
// The built-in rules (parsed once).
const RuleSet& builtin_rules();
std::string_view builtin_rules_json();

}  // namespace reader::clutter
