package coder

import (
	"os"
	"runtime/debug"
)

// gcPercent is the garbage collector's target heap growth when neither
// GOGC nor GOMEMLIMIT is set. dyad keeps ~100 MB of lexicon and model
// data live, which every GC cycle re-scans, so the default 100 spends
// ~20 % of coding CPU on GC; 200 cuts that by a quarter and keeps the
// peak RSS of `dyad code` on 10,000 articles under 300 MB
// (docs/performance.md).
const gcPercent = 200

// TuneGC sets the collector for coding (gcPercent) unless the user tuned
// it through the environment (GOGC or GOMEMLIMIT), which then wins. The
// dyad command calls it at start, and the coder's benchmarks do too, so
// that they measure what the command runs.
func TuneGC() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(gcPercent)
}
