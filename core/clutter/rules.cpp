#include "clutter/rules.h"

#include <nlohmann/json.hpp>

#include "base/utf8.h"
#include "clutter/embedded_rules.h"
#include "clutter/text_fold.h"

namespace reader::clutter {

namespace {

std::vector<std::string> string_list(const nlohmann::json& j, const char* key) {
  std::vector<std::string> out;
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const auto& v : *it) {
    if (v.is_string()) out.push_back(v.get<std::string>());
  }
  return out;
}

// Typed members with a fallback: a member of the wrong type is a lint error,
// never an exception (nlohmann's value() throws on a type mismatch).
struct Reader {
  const nlohmann::json& rule;
  const std::string& id;
  std::vector<std::string>& errors;

  std::string string(const char* key, const char* fallback) const {
    auto it = rule.find(key);
    if (it == rule.end()) return fallback;
    if (it->is_string()) return it->get<std::string>();
    errors.push_back(id + ": '" + key + "' must be a string");
    return fallback;
  }
  size_t size(const char* key, size_t fallback) const {
    auto it = rule.find(key);
    if (it == rule.end()) return fallback;
    if (it->is_number_unsigned()) return it->get<size_t>();
    errors.push_back(id + ": '" + key + "' must be a non-negative integer");
    return fallback;
  }
  bool boolean(const char* key, bool fallback) const {
    auto it = rule.find(key);
    if (it == rule.end()) return fallback;
    if (it->is_boolean()) return it->get<bool>();
    errors.push_back(id + ": '" + key + "' must be true or false");
    return fallback;
  }
};

// Default block bound of a text rule without max_chars (embed_rules.py
// applies the same default to the built-in rules).
constexpr size_t kDefaultTextMaxChars = 200;

// An EmbeddedRule term list: terms ending in '\0', then an empty one.
std::vector<std::string> embedded_terms(const char* list) {
  std::vector<std::string> out;
  for (std::string_view term; !(term = list).empty(); list += term.size() + 1) out.emplace_back(term);
  return out;
}

RuleSet load_embedded_rules() {
  RuleSet set;
  set.rules.reserve(kEmbeddedRuleCount);
  for (size_t i = 0; i < kEmbeddedRuleCount; ++i) {
    const EmbeddedRule& e = kEmbeddedRules[i];
    Rule rule;
    rule.id = e.id;
    rule.category = e.category;
    rule.kind = e.kind;
    rule.match = e.match;
    rule.contains = embedded_terms(e.contains);
    rule.parts = embedded_terms(e.parts);
    rule.phrases = embedded_terms(e.phrases);
    rule.with = embedded_terms(e.with);
    rule.max_chars = e.max_chars;
    rule.min_chars = e.min_chars;
    rule.standalone = e.standalone;
    if (e.selector) {
      css::SelectorError err;
      auto list = css::SelectorList::parse(e.selector, &err);
      if (!list) {
        set.errors.push_back(rule.id + ": bad selector at " + std::to_string(err.position) + ": " +
                             err.message);
        continue;
      }
      rule.selector = std::make_shared<css::SelectorList>(std::move(*list));
    }
    set.rules.push_back(std::move(rule));
  }
  return set;
}

}  // namespace

RuleSet parse_rules(std::string_view json_text, bool require_evidence) {
  RuleSet set;
  nlohmann::json doc = nlohmann::json::parse(json_text.begin(), json_text.end(), nullptr, false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("rules") || !doc["rules"].is_array()) {
    set.errors.push_back("rules: not a JSON object with a \"rules\" array");
    return set;
  }
  std::string previous_id;
  for (const auto& r : doc["rules"]) {
    if (!r.is_object() || !r.contains("id") || !r["id"].is_string() || !r.contains("category") ||
        !r["category"].is_string() || !r.contains("kind") || !r["kind"].is_string()) {
      set.errors.push_back("rules: a rule lacks a string id, category or kind");
      continue;
    }
    Rule rule;
    rule.id = r["id"].get<std::string>();
    rule.category = r["category"].get<std::string>();
    Reader get{r, rule.id, set.errors};
    rule.evidence = get.string("evidence", "");
    if (require_evidence && rule.evidence.empty()) set.errors.push_back(rule.id + ": no evidence given");
    if (!previous_id.empty() && rule.id <= previous_id) {
      set.errors.push_back(rule.id + ": ids must be sorted and unique (after " + previous_id + ")");
    }
    previous_id = rule.id;
    std::string kind = r["kind"].get<std::string>();
    if (kind == "attr") {
      rule.kind = Rule::Kind::kAttr;
      rule.contains = string_list(r, "contains");
      rule.parts = string_list(r, "parts");
      if (rule.contains.empty() && rule.parts.empty()) set.errors.push_back(rule.id + ": empty attr rule");
      rule.min_chars = get.size("min_chars", 0);
    } else if (kind == "text") {
      rule.kind = Rule::Kind::kText;
      rule.phrases = string_list(r, "phrases");
      rule.with = string_list(r, "with");
      rule.max_chars = get.size("max_chars", kDefaultTextMaxChars);
      if (rule.phrases.empty()) set.errors.push_back(rule.id + ": empty text rule");
      rule.standalone = get.boolean("standalone", false);
      std::string match = get.string("match", "dominant");
      if (match == "dominant") {
        rule.match = Rule::Match::kDominant;
      } else if (match == "prefix") {
        rule.match = Rule::Match::kPrefix;
      } else if (match == "whole") {
        rule.match = Rule::Match::kWhole;
      } else if (match == "anywhere") {
        rule.match = Rule::Match::kAnywhere;
      } else if (match == "author") {
        rule.match = Rule::Match::kAuthor;
      } else {
        set.errors.push_back(rule.id + ": unknown match '" + match + "'");
      }
    } else if (kind == "selector") {
      rule.kind = Rule::Kind::kSelector;
      css::SelectorError err;
      auto list = css::SelectorList::parse(get.string("selector", ""), &err);
      if (!list) {
        set.errors.push_back(rule.id + ": bad selector at " + std::to_string(err.position) + ": " +
                             err.message);
        continue;
      }
      rule.selector = std::make_shared<css::SelectorList>(std::move(*list));
    } else {
      set.errors.push_back(rule.id + ": unknown kind '" + kind + "'");
      continue;
    }
    // Vocabularies are matched against lowercased text: they must be lowercase.
    for (auto* list : {&rule.contains, &rule.parts, &rule.phrases, &rule.with}) {
      for (const std::string& term : *list) {
        if (term.empty() || term == "*") {
          set.errors.push_back(rule.id + ": empty term");
          continue;
        }
        // Folded = lowercase, straight apostrophes, no look-alike letters.
        for (size_t i = term[0] == '^' ? 1 : 0; i < term.size();) {
          uint32_t cp = next_code_point(term, i);
          if (fold_code_point(cp) != cp) {
            set.errors.push_back(rule.id + ": '" + term + "' is not lowercase (folded)");
            break;
          }
        }
      }
    }
    set.rules.push_back(std::move(rule));
  }
  return set;
}

const RuleSet& builtin_rules() {
  // Never destroyed: freeing hundreds of strings and selectors at exit was
  // time a short-lived reader-clean process spent for nothing.
  static const RuleSet& set = *new RuleSet(load_embedded_rules());
  return set;
}

}  // namespace reader::clutter
