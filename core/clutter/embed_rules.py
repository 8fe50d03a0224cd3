#!/usr/bin/env python3
"""Generates the built-in clutter rules as C++ constant data (embedded_rules.h).

The core used to embed rules.json and parse it with nlohmann/json in every
process and WebAssembly instance (~0.45 ms: a JSON DOM, then copies of every
string). This writes the rules as a table of C string literals instead, with
what is written for people left out (the file's "comment", each rule's
"evidence": tests/unit/clutter/rules_lint_test.cpp reads rules.json itself and
requires the evidence there, and checks that the embedded rules equal it).

The defaults and per-kind members are parse_rules()'s (clutter/rules.cpp):
  attr      contains, parts, min_chars (default 0)
  text      phrases, with, max_chars (default kDefaultTextMaxChars = 200),
            match (default "dominant"), standalone (default false)
  selector  selector
A member this script does not know, or of the wrong type, stops the build
with a message: it would otherwise be dropped silently.

Usage: embed_rules.py IN OUT
"""
import json
import sys

# clutter/rules.cpp kDefaultTextMaxChars.
DEFAULT_TEXT_MAX_CHARS = 200
MATCHES = {"dominant": "kDominant", "prefix": "kPrefix", "whole": "kWhole",
           "anywhere": "kAnywhere", "author": "kAuthor"}
KINDS = {
    "attr": {"contains": list, "parts": list, "min_chars": int},
    "text": {"phrases": list, "with": list, "max_chars": int, "match": str, "standalone": bool},
    "selector": {"selector": str},
}
COMMON = {"id": str, "category": str, "kind": str, "evidence": str}


def fail(message):
    sys.exit("embed_rules.py: " + message)


def c_string(text):
    out = []
    for b in text.encode("utf-8"):
        if 0x20 <= b < 0x7F and chr(b) not in '"\\?':
            out.append(chr(b))
        else:
            out.append("\\%03o" % b)  # three digits: no escape runs into a digit after it
    return '"' + "".join(out) + '"'


def term_list(terms):
    for t in terms:
        if not isinstance(t, str) or not t:
            fail("a term list holds an empty or non-string term: %r" % (t,))
    return c_string("".join(t + "\0" for t in terms))


def rule_row(rule):
    if not isinstance(rule, dict):
        fail("a rule is not an object")
    kind = rule.get("kind")
    if kind not in KINDS:
        fail("rule %r: unknown kind %r" % (rule.get("id"), kind))
    allowed = dict(COMMON, **KINDS[kind])
    for key, value in rule.items():
        if key not in allowed:
            fail("rule %r: member %r is not known for kind %r" % (rule.get("id"), key, kind))
        want = allowed[key]
        if not isinstance(value, want) or (want is int and (isinstance(value, bool) or value < 0)):
            fail("rule %r: member %r must be %s" % (rule.get("id"), key, want.__name__))
    for key in ("id", "category"):
        if key not in rule:
            fail("a rule lacks %r" % key)
    match = rule.get("match", "dominant")
    if match not in MATCHES:
        fail("rule %r: unknown match %r" % (rule["id"], match))
    if kind == "selector" and "selector" not in rule:
        fail("rule %r: a selector rule without a selector" % rule["id"])
    fields = [
        c_string(rule["id"]),
        c_string(rule["category"]),
        "Rule::Kind::k" + kind.capitalize(),
        "Rule::Match::" + (MATCHES[match] if kind == "text" else "kDominant"),
        term_list(rule.get("contains", [])),
        term_list(rule.get("parts", [])),
        term_list(rule.get("phrases", [])),
        term_list(rule.get("with", [])),
        str(rule.get("max_chars", DEFAULT_TEXT_MAX_CHARS) if kind == "text" else 0) + "u",
        str(rule.get("min_chars", 0)) + "u",
        "true" if rule.get("standalone", False) else "false",
        c_string(rule["selector"]) if kind == "selector" else "nullptr",
    ]
    return "    {" + ",\n     ".join(fields) + "},\n"


def main():
    src, out = sys.argv[1:3]
    with open(src, encoding="utf-8") as f:
        doc = json.load(f)
    rules = doc.get("rules")
    if not isinstance(rules, list):
        fail("%s: no \"rules\" array" % src)
    with open(out, "w", encoding="utf-8") as f:
        f.write("// GENERATED from clutter/rules.json by embed_rules.py. Do not edit.\n")
        f.write('#include "clutter/embedded_rules.h"\n\n')
        f.write("namespace reader::clutter {\n\n")
        f.write("extern const EmbeddedRule kEmbeddedRules[] = {\n")
        for rule in rules:
            f.write(rule_row(rule))
        f.write("};\n")
        f.write("extern const size_t kEmbeddedRuleCount = %d;\n\n" % len(rules))
        f.write("}  // namespace reader::clutter\n")


if __name__ == "__main__":
    main()
