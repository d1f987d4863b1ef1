// Package cameo is dyad's CAMEO event code table: every CAMEO 1.1b3 code
// with its label, root, Goldstein score, quad class and PLOVER category,
// read once from the embedded codes.tsv (see its header for sources and
// layout).
package cameo

import (
	"bufio"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:embed codes.tsv
var codesTSV string

// Code is one CAMEO event code.
type Code struct {
	Code      string
	Root      string
	Label     string
	Goldstein float64
	Quad      int
	// Plover is the PLOVER category, or "" where PLOVER maps none.
	Plover string
}

var (
	once  sync.Once
	table map[string]Code
	order []string
	err   error
)

func load() {
	table, order, err = parse(codesTSV)
}

// parse reads the table layout described in codes.tsv's header.
func parse(src string) (map[string]Code, []string, error) {
	t := map[string]Code{}
	var ord []string
	root, quad := "", 0
	sc := bufio.NewScanner(strings.NewReader(src))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "@") {
			f := strings.Fields(line)
			if len(f) != 5 || f[1] != "root" || f[3] != "quad" {
				return nil, nil, fmt.Errorf("codes.tsv:%d: bad section line %q", n, line)
			}
			q, e := strconv.Atoi(f[4])
			if e != nil {
				return nil, nil, fmt.Errorf("codes.tsv:%d: quad: %w", n, e)
			}
			root, quad = f[2], q
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, nil, fmt.Errorf("codes.tsv:%d: want 4 fields, got %d", n, len(f))
		}
		g, e := strconv.ParseFloat(f[1], 64)
		if e != nil {
			return nil, nil, fmt.Errorf("codes.tsv:%d: goldstein: %w", n, e)
		}
		if !strings.HasPrefix(f[0], root) || root == "" {
			return nil, nil, fmt.Errorf("codes.tsv:%d: code %s outside root %s", n, f[0], root)
		}
		pl := f[2]
		if pl == "-" {
			pl = ""
		}
		t[f[0]] = Code{Code: f[0], Root: root, Label: f[3], Goldstein: g, Quad: quad, Plover: pl}
		ord = append(ord, f[0])
	}
	return t, ord, sc.Err()
}

// Lookup returns the code's record; ok is false for an unknown code.
func Lookup(code string) (Code, bool) {
	once.Do(load)
	c, ok := table[code]
	return c, ok
}

// Valid reports whether code is a CAMEO event code.
func Valid(code string) bool { _, ok := Lookup(code); return ok }

// All returns every code in table order.
func All() []Code {
	once.Do(load)
	out := make([]Code, 0, len(order))
	for _, c := range order {
		out = append(out, table[c])
	}
	return out
}

// Err reports a malformed embedded table (nil in a good build).
func Err() error { once.Do(load); return err }

// Roots returns the twenty root codes, sorted.
func Roots() []string {
	once.Do(load)
	var r []string
	for c := range table {
		if len(c) == 2 {
			r = append(r, c)
		}
	}
	sort.Strings(r)
	return r
}
