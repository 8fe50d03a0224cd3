// Clutter rules as data: core/clutter/rules.json, compiled in at build time.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "css/selector.h"

namespace reader::clutter {

struct Rule {
  enum class Kind { kAttr, kText, kSelector };
  // How a text rule's phrase must sit in its block ("match" in rules.json):
  //   dominant: anywhere, but the phrase must dominate the block (a third of
  //             it, or the block is a control, a heading, or opens with it);
  //   prefix:   the block opens with the phrase;
  //   whole:    the block is the phrase, give or take punctuation around it;
  //   anywhere: anywhere in a block of at most max_chars;
  //   author:   the block opens with the name of the article's author
  //             (PageHints::author), holds the phrase, and no paragraph of
  //             prose follows it: a biography after the article.
  enum class Match { kDominant, kPrefix, kWhole, kAnywhere, kAuthor };
  std::string id;
  std::string category;
  Kind kind = Kind::kAttr;
  std::vector<std::string> contains;  // attr: lowercase substrings
  std::vector<std::string> parts;     // attr: whole delimited parts
  std::vector<std::string> phrases;   // text: lowercase phrases
  // text: the block must also hold one of these (whole words): a phrase and
  // a call to action together ("newsletter" + "sign up") make a plug where
  // either alone is ordinary article vocabulary. A term starting with '^'
  // must open a sentence (an imperative addresses the reader; "readers who
  // subscribe" does not).
  std::vector<std::string> with;
  size_t max_chars = 0;               // text: longest block the phrases judge
  Match match = Match::kDominant;     // text: where the phrase must sit
  size_t min_chars = 0;               // attr: shortest block the rule judges
  // text: only blocks of their own (not in a figure, caption, list item or
  // table cell), removed without climbing to a box ("standalone": true).
  bool standalone = false;
  std::shared_ptr<css::SelectorList> selector;  // selector
  std::string evidence;
};

struct RuleSet {
  std::vector<Rule> rules;
  std::vector<std::string> errors;   // problems found while loading (lint)
};

// Parses a rules document (the format of rules.json). Problems (bad JSON,
// unknown kind, bad selector, unsorted or duplicate ids, a term that is not
// lowercase, no evidence when `require_evidence`) go to `errors`; the rules
// that could be read are still returned.
RuleSet parse_rules(std::string_view json_text, bool require_evidence = true);
// The built-in rules (built once, on first use, from the constant data that
// clutter/embed_rules.py generates from rules.json at build time, without the
// evidence: the lint test checks it in rules.json).
const RuleSet& builtin_rules();

}  // namespace reader::clutter
