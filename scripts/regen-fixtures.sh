#!/usr/bin/env bash
# Rewrites tests/fixtures/*/expected.json from the current CLI, for review with `git diff`.
# Run after a deliberate change to the extractor; read every changed line before committing.
# Each file is replaced only once the CLI has succeeded on its input: a crash or an error shows
# the CLI's stderr, keeps the old expected.json, and makes the exit status 1 (after the other cases).
# WHOSAID_CLI and WHOSAID_FIXTURES override the CLI and the fixtures folder (tests/js/regen-fixtures.test.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
cli=${WHOSAID_CLI:-build/native/whosaid}
fixtures=${WHOSAID_FIXTURES:-tests/fixtures}
[ -x "$cli" ] || { echo "build the CLI first: npm run build" >&2; exit 1; }
failed=() tmp=
trap 'rm -f "$tmp"' EXIT  # no half-written temp file left behind, even on Ctrl-C
for dir in "$fixtures"/*/; do
  [ -f "$dir/input.txt" ] || continue
  tmp=$(mktemp "$dir/expected.json.XXXXXX")
  if "$cli" annotate --pretty "$dir/input.txt" > "$tmp"; then
    chmod 644 "$tmp" && mv -f "$tmp" "$dir/expected.json"
  else
    status=$?
    rm -f "$tmp"
    echo "regen-fixtures: $dir: the CLI failed (exit status $status); expected.json left as it was" >&2
    failed+=("$dir")
  fi
done
[ -n "${WHOSAID_FIXTURES:-}" ] || git --no-pager diff --stat -- tests/fixtures || true
if ((${#failed[@]})); then
  echo "regen-fixtures: FAILED for ${#failed[@]} case(s): ${failed[*]}" >&2
  exit 1
fi
