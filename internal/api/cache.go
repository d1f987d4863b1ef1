package api

import (
	"bytes"
	"net/http"
	"sync"
)

// respCache keeps the answers of GET requests, by URL, for as long as
// the store's generation (store.Store.Generation) does not change: the
// answers of the read endpoints depend on nothing else, so a repeated
// question costs one small query. It holds at most maxBytes of bodies;
// when full it starts over.
type respCache struct {
	mu       sync.Mutex
	gen      int64
	entries  map[string]cachedResp
	size     int
	maxBytes int
}

type cachedResp struct {
	contentType string
	body        []byte
}

func newRespCache(maxBytes int) *respCache {
	return &respCache{entries: map[string]cachedResp{}, maxBytes: maxBytes}
}

// get returns the answer cached for key at generation gen.
func (c *respCache) get(gen int64, key string) (cachedResp, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		c.gen, c.entries, c.size = gen, map[string]cachedResp{}, 0
		return cachedResp{}, false
	}
	e, ok := c.entries[key]
	return e, ok
}

// put caches an answer computed at generation gen.
func (c *respCache) put(gen int64, key string, e cachedResp) {
	if len(e.body) > c.maxBytes/16 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return
	}
	if c.size+len(e.body) > c.maxBytes {
		c.entries, c.size = map[string]cachedResp{}, 0
	}
	if old, ok := c.entries[key]; ok {
		c.size -= len(old.body)
	}
	c.entries[key] = e
	c.size += len(e.body)
}

// recorder captures a handler's answer while writing it through.
type recorder struct {
	http.ResponseWriter
	status int
	buf    bytes.Buffer
}

func (r *recorder) WriteHeader(status int) {
	r.status = status
	r.ResponseWriter.WriteHeader(status)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	r.buf.Write(b)
	return r.ResponseWriter.Write(b)
}

// cached serves GET requests from the cache when it can, and caches
// the successful answers of h.
func (a *API) cached(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		gen, err := a.cfg.Store.Generation(r.Context())
		if err != nil || a.cache == nil {
			h(w, r)
			return
		}
		key := r.URL.RequestURI()
		if e, ok := a.cache.get(gen, key); ok {
			w.Header().Set("Content-Type", e.contentType)
			w.WriteHeader(http.StatusOK)
			_, _ = w.Write(e.body)
			return
		}
		rec := &recorder{ResponseWriter: w}
		h(rec, r)
		if rec.status == http.StatusOK {
			a.cache.put(gen, key, cachedResp{contentType: w.Header().Get("Content-Type"), body: rec.buf.Bytes()})
		}
	}
}
