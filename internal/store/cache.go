package store

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"sync"
)

// answers caches what Search and Stats answered, for as long as the
// store's generation stays the same: the dashboard and the API ask the
// same questions again and again, and a repeated one then costs one
// small query (the generation). At most maxAnswers are kept; when full,
// it starts over.
type answers struct {
	mu  sync.Mutex
	gen int64
	m   map[string]any
}

const maxAnswers = 4096

// cacheAnswers turns the cache on (benchmarks turn it off).
var cacheAnswers = true

// cached returns the answer for key, computing it with compute when the
// cache has none for the current generation. copyOf copies an answer
// (callers own what they are given).
func cached[T any](ctx context.Context, s *sqlStore, key string, compute func() (T, error), copyOf func(T) T) (T, error) {
	if !cacheAnswers {
		return compute()
	}
	gen, err := s.Generation(ctx)
	if err != nil {
		return compute()
	}
	c := &s.answers
	c.mu.Lock()
	if c.gen != gen || c.m == nil {
		c.gen, c.m = gen, map[string]any{}
	}
	v, ok := c.m[key]
	c.mu.Unlock()
	if ok {
		return copyOf(v.(T)), nil
	}
	out, err := compute()
	if err != nil {
		return out, err
	}
	c.mu.Lock()
	if c.gen == gen {
		if len(c.m) >= maxAnswers {
			c.m = map[string]any{}
		}
		c.m[key] = copyOf(out)
	}
	c.mu.Unlock()
	return out, nil
}

// searchKey is the cache key of a search.
func searchKey(query string, f Filter, p Page) string {
	return fmt.Sprintf("search\x00%s\x00%#v\x00%d\x00%d", query, f, p.Limit, p.Offset)
}

func copySearch(r SearchResult) SearchResult {
	r.Hits = slices.Clone(r.Hits)
	r.Facets = maps.Clone(r.Facets)
	for k, v := range r.Facets {
		r.Facets[k] = slices.Clone(v)
	}
	return r
}

func same[T any](v T) T { return v }
