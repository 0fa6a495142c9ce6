#!/usr/bin/env bash
# Renders the HTML report of the bundled sample in headless Chromium and checks it (see
# check-report.mjs). Installs Debian's chromium and playwright-core when they are missing;
# exits 0 with a note when Chromium cannot be installed here.
#
# usage: tests/browser/run.sh        (from the repository root; writes under target/browser/)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=target/browser
mkdir -p "$out"

if ! command -v chromium >/dev/null; then
  if ! { command -v apt-get >/dev/null && apt-get install -y chromium >"$out/apt.log" 2>&1; }; then
    echo "browser test skipped: chromium is not installed and cannot be installed here" >&2
    exit 0
  fi
fi
if ! command -v node >/dev/null; then
  echo "browser test skipped: node is not installed" >&2
  exit 0
fi
if [ ! -d "$out/node_modules/playwright-core" ]; then
  npm install --prefix "$out" --no-audit --no-fund --silent playwright-core@1.64.1 >"$out/npm.log" 2>&1
fi

cargo run --quiet --release -- audit data/sample-plans.csv -o "$out/scorecard.csv" --quiet \
  --report "$out/report.html" --group-by department --min-group 1
cp tests/browser/check-report.mjs "$out/check-report.mjs"
node "$out/check-report.mjs" "$out/report.html" "$out/report.png"
echo "screenshot: $out/report.png, print: $out/report.pdf"
