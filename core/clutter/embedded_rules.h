// The built-in clutter rules as C++ constant data, generated at build time
// from clutter/rules.json by clutter/embed_rules.py: no JSON is parsed when a
// process or WebAssembly instance starts (issue 12). rules.cpp turns them into
// the RuleSet that builtin_rules() returns.
#pragma once
#include <cstddef>

#include "clutter/rules.h"

namespace reader::clutter {

// One rule of rules.json, with the defaults of parse_rules() applied and the
// members of other kinds left empty. A term list is its terms one after the
// other, each ending in '\0', the list ending in an empty term.
struct EmbeddedRule {
  const char* id;
  const char* category;
  Rule::Kind kind;
  Rule::Match match;
  const char* contains;
  const char* parts;
  const char* phrases;
  const char* with;
  unsigned max_chars;
  unsigned min_chars;
  bool standalone;
  const char* selector;  // selector rules; nullptr otherwise
};

extern const EmbeddedRule kEmbeddedRules[];
extern const size_t kEmbeddedRuleCount;

}  // namespace reader::clutter
