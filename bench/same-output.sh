#!/usr/bin/env bash
# Before/after check for speed work on the core: writes `whosaid annotate` of every input
# (tests/fixtures, ../shared/articles/*, generated news at several sizes) into OUT_DIR, one file
# per input. Run it with the old binary and the new one, then `diff -r OLD_DIR NEW_DIR`: speed
# changes must leave every byte as it was.
#   bench/same-output.sh [CLI=build/native/whosaid] OUT_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
cli=${2:+$1}; cli=${cli:-build/native/whosaid}
out=${2:-$1}
mkdir -p "$out"
n=0
emit() {  # emit NAME FILE
  "$cli" annotate "$2" > "$out/$1.json" 2>&1 || echo "exit $?" >> "$out/$1.json"
  n=$((n + 1))
}
for d in tests/fixtures/*/; do emit "fixture-$(basename "$d")" "$d/input.txt"; done
for f in ../shared/articles/*/*.txt; do [[ -f $f ]] && emit "shared-$(basename "$(dirname "$f")")-$(basename "$f" .txt)" "$f"; done
gen=$(mktemp -d)
trap 'rm -rf "$gen"' EXIT
node --input-type=module -e "
import fs from 'node:fs';
import { makeGenerator } from './bench/news.mjs';
import { newsText } from './tests/e2e/news-text.mjs';
for (const seed of [1, 2026]) fs.writeFileSync('$gen/news-' + seed + '.txt', makeGenerator(seed).text(2e6));
fs.writeFileSync('$gen/e2e-news.txt', newsText(1e6));
"
for f in "$gen"/*.txt; do emit "generated-$(basename "$f" .txt)" "$f"; done
echo "same-output: $n outputs in $out"
