#!/usr/bin/env bash
# Runs dyad against its peers in one go and prints the tables (markdown):
# English NER vs prose, HTML extraction vs go-trafilatura and
# go-readability, and the pipeline's speed against Arabic tokenisation.
# It needs ../shared (the dev corpus and score.py) beside the repo and
# Go modules from the module proxy (bench/ is its own module, so dyad's
# go.mod does not depend on the peers).
#   bench/run.sh [-time 5s]
set -euo pipefail
cd "$(dirname "$0")"
shared="${DYAD_SHARED:-$(cd .. && pwd)/../shared}"
if [ ! -d "$shared/corpus/dev" ]; then
  echo "bench/run.sh: no shared corpus at $shared (set DYAD_SHARED)" >&2
  exit 1
fi
# -mod=mod: dyad (replaced by ../) may have gained modules since go.mod here was written
go run -mod=mod ./peers -shared "$shared" "$@"
