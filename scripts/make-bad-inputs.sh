#!/usr/bin/env bash
# Writes dyad's bad-input corpus (internal/hardening.Cases).
#   scripts/make-bad-inputs.sh            rewrite the small, committed cases in testdata/bad
#   scripts/make-bad-inputs.sh DIR        write every case, the large ones too (~230 MB), into DIR
# The tests (go test ./internal/hardening) generate the large cases into a
# temporary folder themselves; this is for looking at them or trying dyad
# on them by hand: dyad code DIR; dyad ingest --data /tmp/d DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -eq 0 ]; then
  go run ./scripts/mkbad testdata/bad
else
  go run ./scripts/mkbad -large "$1"
fi
