// Package api is dyad's HTTP API: JSON over the store (documents,
// entities, events, quotes, dyads, network, search with facets) and the
// coder (POST /api/code codes a posted text without storing it; POST
// /api/documents codes and stores it, with a bearer token when one is
// configured). It is described by an OpenAPI document at
// /api/openapi.json. Errors are JSON objects {"error": "..."} with the
// HTTP status that fits.
package api

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/store"
)

// Coder codes one document in place (the standard pipeline).
type Coder interface {
	Process(ctx context.Context, d *doc.Document) error
}

// Config is what the API serves.
type Config struct {
	Store store.Store
	Coder Coder
	// Token, when set, is required as "Authorization: Bearer TOKEN" on the
	// endpoints that write.
	Token string
	// MaxBody bounds request bodies (default 8 MiB).
	MaxBody int64
	// MaxText bounds a posted article's text (default 2 MiB, as
	// ingest.DefaultMaxTextBytes): coding takes about a hundred bytes of
	// memory per byte of text.
	MaxText int
	// CacheBytes bounds the cache of answers to GET requests, kept while
	// the store does not change (default 64 MiB; negative: no cache).
	CacheBytes int
}

// API serves the endpoints.
type API struct {
	cfg   Config
	mux   *http.ServeMux
	cache *respCache
}

// New returns the API handler; mount it at the server's root (its
// routes start with /api/).
func New(cfg Config) *API {
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = 8 << 20
	}
	if cfg.MaxText <= 0 {
		cfg.MaxText = 2 << 20
	}
	if cfg.CacheBytes == 0 {
		cfg.CacheBytes = 64 << 20
	}
	a := &API{cfg: cfg, mux: http.NewServeMux()}
	if cfg.CacheBytes > 0 {
		a.cache = newRespCache(cfg.CacheBytes)
	}
	a.mux.HandleFunc("GET /api/openapi.json", a.openapi)
	a.mux.HandleFunc("GET /api/stats", a.cached(a.stats))
	a.mux.HandleFunc("GET /api/documents", a.cached(a.documents))
	a.mux.HandleFunc("GET /api/documents/{id}", a.cached(a.document))
	a.mux.HandleFunc("POST /api/documents", a.writeOnly(a.postDocument))
	a.mux.HandleFunc("POST /api/code", a.code)
	a.mux.HandleFunc("GET /api/entities", a.cached(a.entities))
	a.mux.HandleFunc("GET /api/events", a.cached(a.events))
	a.mux.HandleFunc("GET /api/quotes", a.cached(a.quotes))
	a.mux.HandleFunc("GET /api/dyads", a.cached(a.dyads))
	a.mux.HandleFunc("GET /api/network", a.cached(a.network))
	a.mux.HandleFunc("GET /api/search", a.cached(a.search))
	a.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, fmt.Errorf("no such endpoint: %s %s", r.Method, r.URL.Path))
	})
	return a
}

// ServeHTTP serves the API.
func (a *API) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Cache-Control", "no-store")
	a.mux.ServeHTTP(w, r)
}

// writeOnly requires the configured token, compared in constant time.
func (a *API) writeOnly(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if a.cfg.Token != "" {
			got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
			if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(a.cfg.Token)) != 1 {
				w.Header().Set("WWW-Authenticate", `Bearer realm="dyad"`)
				writeError(w, http.StatusUnauthorized, errors.New("this endpoint needs Authorization: Bearer <token>"))
				return
			}
		}
		h(w, r)
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	_ = enc.Encode(v)
}

func writeError(w http.ResponseWriter, status int, err error) {
	writeJSON(w, status, map[string]string{"error": err.Error()})
}

// storeError maps a store error to its status.
func storeError(w http.ResponseWriter, err error) {
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, err)
		return
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		writeError(w, http.StatusServiceUnavailable, errors.New("the query took too long"))
		return
	}
	writeError(w, http.StatusInternalServerError, err)
}
