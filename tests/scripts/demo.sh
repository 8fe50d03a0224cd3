#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds everything, cleans
# the bundled demo article, and shows the result: with a display, Chromium
# opens the demo page with the extension loaded (click the toolbar button or
# press Alt+Shift+U); without one, the reader view is written to a file.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bash "$repo/tests/scripts/setup.sh"
bash "$repo/tests/scripts/build.sh"
cd "$repo"
demo="tests/fixtures/theweek-north-korea.html"
url="https://theweek.com/north-korea/1026312/would-north-korean-weapons-tilt-the-war-russias-way"
out="build/demo"
mkdir -p "$out"
build/bin/reader-clean --url "$url" --format html "$demo" > "$out/reader.html"
build/bin/reader-clean --url "$url" --format json --pretty "$demo" > "$out/reader.json"
removed=$(python3 -c "import json,sys;d=json.load(open('$out/reader.json'));print(len(d['removed']), 'items removed:', ', '.join(sorted({r['category'] for r in d['removed']})))")
echo "demo: $removed"
echo "demo: reader view written to $repo/$out/reader.html"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${CI:-}" ]; then
  port=8765
  (cd tests/fixtures && exec python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  profile="$(mktemp -d)"
  sandbox=()
  # Chromium refuses to start as root with its sandbox on.
  [ "$(id -u)" -ne 0 ] || sandbox=(--no-sandbox)
  echo "demo: opening Chromium with the extension; click its toolbar button (or Alt+Shift+U)"
  chromium "${sandbox[@]}" --user-data-dir="$profile" --no-first-run --disable-background-networking \
    --disable-extensions-except="$repo/build-wasm/extension" --load-extension="$repo/build-wasm/extension" \
    "http://127.0.0.1:$port/theweek-north-korea.html" || true
else
  echo "demo: no display; open the file above in a browser to see the reader view"
fi
