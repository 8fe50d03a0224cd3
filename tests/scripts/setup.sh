#!/usr/bin/env bash
# Installs what the build and the tests need, only when it is missing.
# Debian packages: build tools, Emscripten, nlohmann/json, doctest, Chromium;
# npm (into tests/node_modules): playwright-core and web-ext.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

need_apt=()
command -v cmake >/dev/null || need_apt+=(cmake)
command -v g++ >/dev/null || need_apt+=(g++)
command -v make >/dev/null || need_apt+=(make)
command -v python3 >/dev/null || need_apt+=(python3)
command -v node >/dev/null || need_apt+=(nodejs)
command -v npm >/dev/null || need_apt+=(npm)
command -v em++ >/dev/null || need_apt+=(emscripten)
[ -f /usr/include/nlohmann/json.hpp ] || need_apt+=(nlohmann-json3-dev)
[ -f /usr/include/doctest/doctest.h ] || need_apt+=(doctest-dev)
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
# Firefox end-to-end test (must run in CI, never skip there); a real voice for
# the read-aloud browser tests.
[ -x /usr/bin/firefox-esr ] || need_apt+=(firefox-esr)
command -v espeak-ng >/dev/null || need_apt+=(espeak-ng)
[ -x /usr/bin/speech-dispatcher ] || need_apt+=(speech-dispatcher)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing ${need_apt[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# Every devDependency of tests/package.json must be present, in the major
# version it asks for ("^26.1.0": 26.x; jsdom is pinned below the latest,
# which needs a newer Node); otherwise npm ci.
missing_npm=$(cd "$repo/tests" && node -e '
  const wanted = require("./package.json").devDependencies || {};
  const fs = require("fs");
  const major = (v) => String(v).replace(/^[^0-9]*/, "").split(".")[0];
  console.log(Object.keys(wanted).filter((d) => {
    const file = "node_modules/" + d + "/package.json";
    if (!fs.existsSync(file)) return true;
    return /^\^/.test(wanted[d]) && major(JSON.parse(fs.readFileSync(file, "utf8")).version) !== major(wanted[d]);
  }).join(" "));')
if [ -n "$missing_npm" ]; then
  echo "setup: installing npm packages in tests/"
  if [ -f "$repo/tests/package-lock.json" ]; then
    (cd "$repo/tests" && npm ci --no-audit --no-fund --loglevel=error)
  else
    (cd "$repo/tests" && npm install --no-audit --no-fund --loglevel=error)
  fi
fi
