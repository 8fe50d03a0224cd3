#!/usr/bin/env python3
"""Embeds clutter/rules.json in the core as a C++ byte array.

What the core parses at start-up is the rules without what is written for
people: the file's "comment" and each rule's "evidence" (a third of the
bytes). The lint test (tests/unit/clutter/rules_lint_test.cpp) reads
rules.json itself and requires the evidence there. The JSON is minified.

Usage: embed_rules.py IN OUT SYMBOL
"""
import json
import sys


def main():
    src, out, symbol = sys.argv[1:4]
    with open(src, encoding="utf-8") as f:
        doc = json.load(f)
    doc.pop("comment", None)
    for rule in doc.get("rules", []):
        if isinstance(rule, dict):
            rule.pop("evidence", None)
    data = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    lines = [",".join(str(b) for b in data[i:i + 32]) for i in range(0, len(data), 32)]
    with open(out, "w", encoding="utf-8") as f:
        f.write("// GENERATED from clutter/rules.json by embed_rules.py. Do not edit.\n")
        f.write("namespace reader::clutter {\n")
        f.write("extern const unsigned char %s[] = {\n%s,0};\n" % (symbol, ",\n".join(lines)))
        f.write("extern const unsigned long %s_size = %d;\n" % (symbol, len(data)))
        f.write("}  // namespace reader::clutter\n")


if __name__ == "__main__":
    main()
