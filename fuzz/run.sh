#!/usr/bin/env bash
# Runs every fuzz target for SECONDS (default 60) with a dictionary of lexicon cues.
# `cargo install cargo-fuzz` first. On stable Rust the sanitizer is off (-s none): the
# default ASan mode needs nightly.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
dict="$(mktemp)"
trap 'rm -f "$dict"' EXIT
# Every lexicon phrase as a dictionary entry, so the fuzzer reaches the cue logic.
cut -d'|' -f1 ../lexicons/*/*.txt | grep -v '^\s*#' | sed 's/^ *//; s/ *$//' | grep -v '^$' \
    | sort -u | sed 's/\\/\\\\/g; s/"/\\"/g' \
    | LC_ALL=C perl -pe 's/([\x80-\xff])/sprintf("\\x%02X", ord($1))/ge; s/^(.*)$/"$1"/' > "$dict"
for target in analyse read_csv read_jsonl read_xlsx plan_files config_and_lexicon; do
    echo "== $target ($seconds s)"
    cargo fuzz run -s none "$target" -- -max_total_time="$seconds" -dict="$dict" -max_len=4096
done
