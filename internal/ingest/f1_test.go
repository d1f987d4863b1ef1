package ingest

import "strings"

// tokenF1 is the bag-of-tokens F1 of got against want (lower-cased,
// split on white space), as in the article-extraction benchmark.
func tokenF1(got, want string) float64 {
	count := func(s string) map[string]int {
		m := map[string]int{}
		for _, w := range strings.Fields(strings.ToLower(s)) {
			m[w]++
		}
		return m
	}
	g, w := count(got), count(want)
	var common, ng, nw int
	for t, n := range g {
		common += min(n, w[t])
		ng += n
	}
	for _, n := range w {
		nw += n
	}
	if common == 0 {
		return 0
	}
	p, r := float64(common)/float64(ng), float64(common)/float64(nw)
	return 2 * p * r / (p + r)
}
