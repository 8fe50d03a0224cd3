#!/usr/bin/env bash
# Checks reader-clean's exit codes and outputs. Usage: cli_test.sh CLI FIXTURE
set -u
cli="$1"; fixture="$2"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
check() {  # name, expected exit code, command...
  local name="$1" want="$2"; shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"; local got=$?
  if [ "$got" = "$want" ]; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL $name: exit $got, wanted $want"; cat "$tmp/err"; fi
}
contains() {  # name, file, text
  if grep -qF -- "$3" "$2"; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL $1: '$3' not in $2"; fi
}
check "json" 0 "$cli" --format json --url https://theweek.com/x "$fixture"
contains "json fields" "$tmp/out" '"removed":['
contains "json title" "$tmp/out" '"title":"Would North Korean weapons tilt the war Russia’s way?"'
check "html default" 0 "$cli" "$fixture"
contains "html page" "$tmp/out" '<!DOCTYPE html>'
check "text from stdin" 0 bash -c "\"$cli\" --format text - < \"$fixture\""
contains "text" "$tmp/out" 'Kim Jong Un, travels to Moscow'
check "markdown" 0 "$cli" --format markdown "$fixture"
contains "markdown title" "$tmp/out" '# Would North Korean weapons'
check "empty input" 1 bash -c "printf '' | \"$cli\" -"
contains "one-line error" "$tmp/err" 'reader-clean: stdin: empty input'
check "binary input" 1 bash -c "printf '\x89PNG\r\n\x1a\n' | \"$cli\" -"
check "missing file" 1 "$cli" "$tmp/does-not-exist.html"
check "bad option" 2 "$cli" --bogus
check "bad format" 2 "$cli" --format pdf "$fixture"
check "bad charset" 2 "$cli" --charset no-such-charset "$fixture"
check "two inputs need --out-dir" 2 "$cli" "$fixture" "$fixture"
mkdir -p "$tmp/out-dir"
check "out-dir" 0 "$cli" --format json --out-dir "$tmp/out-dir" "$fixture" "$fixture"
if [ -f "$tmp/out-dir/theweek-north-korea.json" ]; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL out-dir file"; fi
printf '##.kiosq-widget\n||network.filter^\n' > "$tmp/rules.txt"
check "rules with an unsupported line" 0 "$cli" --format json --rules "$tmp/rules.txt" "$fixture"
contains "rule error reported" "$tmp/err" 'line 2'
check "help" 0 "$cli" --help
echo "cli: $pass passed, $fail failed"
[ "$fail" = 0 ]
