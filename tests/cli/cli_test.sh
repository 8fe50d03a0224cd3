#!/usr/bin/env bash
# Checks reader-clean's exit codes, messages and outputs (the README's
# "The command line" section). Usage: cli_test.sh CLI FIXTURE VERSION
set -u
cli="$1"; fixture="$2"; version="${3:-}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok() { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL $*"; }
check() {  # name, expected exit code, command...
  local name="$1" want="$2"; shift 2
  timeout 60 "$@" >"$tmp/out" 2>"$tmp/err"; local got=$?
  if [ "$got" = "$want" ]; then ok; else bad "$name: exit $got, wanted $want"; cat "$tmp/err"; fi
}
contains() {  # name, file, text
  if grep -qF -- "$3" "$2"; then ok; else bad "$1: '$3' not in $2"; fi
}
lacks() {  # name, file, text
  if grep -qF -- "$3" "$2"; then bad "$1: '$3' in $2"; else ok; fi
}
lines() {  # name, file, expected number of lines
  local n; n=$(wc -l <"$2")
  if [ "$n" = "$3" ]; then ok; else bad "$1: $n lines in $2, wanted $3"; cat "$2"; fi
}
exists() {  # name, path
  if [ -f "$2" ]; then ok; else bad "$1: no file $2"; fi
}

# Formats and the fixture.
check "json" 0 "$cli" --format json --url https://theweek.com/x "$fixture"
contains "json fields" "$tmp/out" '"removed":['
contains "json title" "$tmp/out" '"title":"Would North Korean weapons tilt the war Russia’s way?"'
contains "json documentTitle keeps the site part" "$tmp/out" '"documentTitle":"Would North Korean weapons tilt the war Russia’s way? | The Week"'
check "html default" 0 "$cli" "$fixture"
contains "html page" "$tmp/out" '<!DOCTYPE html>'
check "text from stdin" 0 bash -c "\"$cli\" --format text - < \"$fixture\""
contains "text" "$tmp/out" 'Kim Jong Un, travels to Moscow'
check "markdown" 0 "$cli" --format markdown "$fixture"
contains "markdown title" "$tmp/out" '# Would North Korean weapons'
check "help" 0 "$cli" --help
contains "help lists exit status" "$tmp/out" 'Exit status'
check "version" 0 "$cli" --version
if [ -n "$version" ]; then lines "version is one line" "$tmp/out" 1; contains "version from project()" "$tmp/out" "reader-clean $version"; fi

# JSON details: pure ASCII is utf-8; no title is null, not "".
printf '<p>Plain ASCII text, no declared charset, no title at all here.</p>' >"$tmp/ascii.html"
check "ascii page" 0 "$cli" --format json "$tmp/ascii.html"
contains "pure ASCII reports utf-8" "$tmp/out" '"charset":"utf-8"'
contains "no title is null" "$tmp/out" '"title":null'
contains "no documentTitle is null" "$tmp/out" '"documentTitle":null'
printf '<title>Caf\xe9</title><p>caf\xe9</p>' >"$tmp/latin.html"
check "latin-1 page" 0 "$cli" --format json "$tmp/latin.html"
contains "undeclared non-UTF-8 stays windows-1252" "$tmp/out" '"charset":"windows-1252"'

# Unusable inputs: exit 1, one line naming the input.
check "empty input" 1 bash -c "printf '' | \"$cli\" -"
contains "empty: one-line error" "$tmp/err" 'reader-clean: stdin: empty input'
lines "empty: one line" "$tmp/err" 1
check "binary input" 1 bash -c "printf '\x89PNG\r\n\x1a\n' | \"$cli\" -"
check "missing file" 1 "$cli" "$tmp/does-not-exist.html"
contains "missing: reason" "$tmp/err" "cannot open '$tmp/does-not-exist.html': No such file or directory"
lines "missing: one line" "$tmp/err" 1
mkdir "$tmp/pages"
check "directory" 1 "$cli" "$tmp/pages"
contains "directory: reason" "$tmp/err" "is a directory"
lines "directory: one line" "$tmp/err" 1
if [ -r /proc/self/mem ]; then  # opens, but reading offset 0 fails (EIO): a read error
  check "read error" 1 "$cli" /proc/self/mem
  contains "read error: reason" "$tmp/err" "cannot read '/proc/self/mem'"
  lines "read error: one line" "$tmp/err" 1
fi
cp "$fixture" "$tmp/secret.html"; chmod 000 "$tmp/secret.html"
if [ "$(id -u)" != 0 ]; then
  check "unreadable file" 1 "$cli" "$tmp/secret.html"
  contains "unreadable: reason" "$tmp/err" "Permission denied"
elif command -v setpriv >/dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null &&
     setpriv --reuid=65534 --regid=65534 --clear-groups test -x "$cli"; then
  chmod 755 "$tmp"  # root reads anything: ask as nobody
  check "unreadable file" 1 setpriv --reuid=65534 --regid=65534 --clear-groups "$cli" "$tmp/secret.html"
  contains "unreadable: reason" "$tmp/err" "Permission denied"
  chmod 700 "$tmp"
else
  echo "note: unreadable-file case not run (root, and the CLI is not executable as nobody)"
fi
# An endless source stops at the input limit instead of filling memory.
check "endless input is bounded" 1 "$cli" /dev/zero
contains "endless: judged on the first bytes" "$tmp/err" "binary data"
# A FIFO nobody writes to: an error at once, no wait (timeout in check()).
mkfifo "$tmp/fifo"
check "FIFO without writer" 1 "$cli" "$tmp/fifo"
contains "FIFO: reason" "$tmp/err" "is a FIFO and nothing was written to it"
lines "FIFO: one line" "$tmp/err" 1
# A FIFO with a writer (started first) is read like standard input. The
# writer counts once it blocks opening the FIFO (kernel: wait_for_partner).
cat "$fixture" >"$tmp/fifo" &
writer=$!
for _ in $(seq 50); do
  [ "$(cat /proc/$writer/wchan 2>/dev/null)" = wait_for_partner ] && break
  sleep 0.1
done
check "FIFO with a writer" 0 "$cli" --format text "$tmp/fifo"
contains "FIFO: page read" "$tmp/out" 'Kim Jong Un, travels to Moscow'
wait
check "pipe from process substitution" 0 bash -c "\"$cli\" --format text <(cat \"$fixture\")"

# Output failures.
if [ -w /dev/full ]; then
  check "stdout write failure" 1 bash -c "\"$cli\" \"$fixture\" >/dev/full"
  contains "stdout: reason" "$tmp/err" "cannot write to standard output: No space left on device"
  lines "stdout: one line" "$tmp/err" 1
fi

# Usage errors: exit 2, one line with a pointer to --help, never the whole help.
usage_error() {  # name, args...
  local name="$1"; shift
  check "$name" 2 "$cli" "$@"
  lines "$name: one line" "$tmp/err" 1
  contains "$name: hint" "$tmp/err" "reader-clean --help"
  lacks "$name: no help text" "$tmp/err" "usage:"
}
usage_error "bad option" --bogus
usage_error "bad format" --format pdf "$fixture"
usage_error "bad charset" --charset no-such-charset "$fixture"
usage_error "missing value" --url
usage_error "two inputs need --out-dir" "$fixture" "$fixture"
usage_error "relative --url" --url /north-korea "$fixture"
usage_error "--url without scheme" --url theweek.com/x "$fixture"
usage_error "non-http --url" --url ftp://theweek.com/x "$fixture"
usage_error "--url without host" --url https:// "$fixture"
check "--url=https" 0 "$cli" --url=HTTPS://theweek.com/x --format json "$fixture"

# --out-dir: created when missing; shared base names never overwrite each other.
mkdir -p "$tmp/a" "$tmp/b"
cp "$fixture" "$tmp/a/index.html"; cp "$fixture" "$tmp/b/index.html"
printf '<title>Other</title><p>A different page with its own text.</p>' >"$tmp/index-2.html"
check "out-dir" 0 "$cli" --format json --out-dir "$tmp/dest/new" "$tmp/a/index.html" "$tmp/b/index.html" "$tmp/index-2.html"
exists "out-dir created" "$tmp/dest/new/index.json"
exists "second index.html gets a suffix" "$tmp/dest/new/index-3.json"
contains "the input named index-2 keeps its name" "$tmp/dest/new/index-2.json" '"title":"Other"'
contains "rename reported" "$tmp/err" "$tmp/b/index.html -> $tmp/dest/new/index-3.json"
lines "out-dir: only the rename is reported" "$tmp/err" 1
# A batch goes on past failures, then sums up with exit status 1.
check "batch with failures" 1 "$cli" --format text --out-dir "$tmp/dest2" "$tmp/a/index.html" "$tmp/pages" "$tmp/missing.html" "$tmp/fifo" "$tmp/index-2.html"
exists "batch: first input written" "$tmp/dest2/index.txt"
exists "batch: input after failures written" "$tmp/dest2/index-2.txt"
contains "batch: directory reported" "$tmp/err" "'$tmp/pages' is a directory"
contains "batch: missing file reported" "$tmp/err" "cannot open '$tmp/missing.html'"
contains "batch: summary" "$tmp/err" "3 of 5 inputs failed, 2 written to $tmp/dest2"
lines "batch: one line per failure plus the summary" "$tmp/err" 4
# Write failures: one clear line each.
mkdir -p "$tmp/dest3/index.json"
check "output file is a directory" 1 "$cli" --format json --out-dir "$tmp/dest3" "$tmp/a/index.html"
contains "write failure: reason" "$tmp/err" "cannot write '$tmp/dest3/index.json': Is a directory"
touch "$tmp/not-a-dir"
check "out-dir is a file" 1 "$cli" --out-dir "$tmp/not-a-dir" "$fixture"
contains "out-dir is a file: reason" "$tmp/err" "'$tmp/not-a-dir' exists and is not a directory"
lines "out-dir is a file: one line" "$tmp/err" 1

# User rules.
printf '##.kiosq-widget\n||network.filter^\n' > "$tmp/rules.txt"
check "rules with an unsupported line" 0 "$cli" --format json --rules "$tmp/rules.txt" "$fixture"
contains "rule error reported" "$tmp/err" 'line 2'

# On a terminal with no input, it says it reads standard input, then does.
if python3 -c 'import pty' 2>/dev/null; then
  check "stdin on a terminal" 0 python3 - "$cli" <<'EOF'
import os, pty, select, sys, time
pid, fd = pty.fork()
if pid == 0:
    os.execv(sys.argv[1], [sys.argv[1], "--format", "text"])
out = b""
def read_for(seconds, until=None):
    global out
    end = time.time() + seconds
    while time.time() < end and not (until and until in out):
        r, _, _ = select.select([fd], [], [], 0.1)
        if r:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                return
            if not chunk:
                return
            out += chunk
read_for(10, b"standard input")
os.write(fd, b"<title>Typed</title><p>Typed at the terminal, a short page.</p>\n\x04")
read_for(10, b"short page.")
_, status = os.waitpid(pid, 0)
text = out.decode("utf-8", "replace")
ok = "reading the page from standard input" in text and "Typed at the terminal" in text
sys.exit(0 if ok and os.waitstatus_to_exitcode(status) == 0 else 1)
EOF
fi

echo "cli: $pass passed, $fail failed"
[ "$fail" = 0 ]
