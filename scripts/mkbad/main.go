// Command mkbad writes dyad's bad-input corpus (internal/hardening.Cases):
// the small cases into testdata/bad (committed), or with -large every
// case, the generated large ones too (100 MB text, 10 MB line, a feed of
// 100,000 items, ...), into a folder of your choice. See
// scripts/make-bad-inputs.sh.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/dyad-news/dyad/internal/hardening"
)

func main() {
	large := flag.Bool("large", false, "write the large cases too (about 230 MB)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "Usage: go run ./scripts/mkbad [-large] DIR")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	dir := flag.Arg(0)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "mkbad:", err)
		os.Exit(1)
	}
	paths, err := hardening.WriteAll(dir, *large)
	if err != nil {
		fmt.Fprintln(os.Stderr, "mkbad:", err)
		os.Exit(1)
	}
	for _, c := range hardening.Cases() {
		if p, ok := paths[c.Name]; ok {
			info, _ := os.Stat(p)
			fmt.Printf("%-26s %10d bytes  want %s %s\n", c.Name, info.Size(), c.Want, c.Reason)
		}
	}
}
