// Command dyad codes news into entities, quotes and CAMEO events. It is a
// thin wrapper: every command lives in internal/cli.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/dyad-news/dyad/internal/cli"
)

// gcPercent is the garbage collector's target heap growth when neither
// GOGC nor GOMEMLIMIT is set. dyad keeps ~100 MB of lexicon and model
// data live, which every GC cycle re-scans, so the default 100 spends
// ~20 % of coding CPU on GC; 200 cuts that by a quarter and keeps the
// peak RSS of `dyad code` on 10,000 articles under 300 MB
// (docs/performance.md).
const gcPercent = 200

func main() {
	tuneGC()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Main(ctx, os.Args[1:], cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr})
	stop()
	os.Exit(code)
}

// tuneGC sets gcPercent unless the user tuned the collector through the
// environment (GOGC or GOMEMLIMIT), which then wins.
func tuneGC() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(gcPercent)
}
