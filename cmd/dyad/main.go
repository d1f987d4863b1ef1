// Command dyad codes news into entities, quotes and CAMEO events. It is a
// thin wrapper: every command lives in internal/cli.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/dyad-news/dyad/internal/cli"
	"github.com/dyad-news/dyad/internal/coder"
)

func main() {
	coder.TuneGC()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Main(ctx, os.Args[1:], cli.Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr})
	stop()
	os.Exit(code)
}
