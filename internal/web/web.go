// Package web serves dyad's dashboard: server-rendered pages over the
// store with embedded assets (no CDN).
package web

import (
	"net/http"

	"github.com/dyad-news/dyad/internal/store"
)

// New returns the dashboard handler.
func New(st store.Store) http.Handler {
	return &handler{st: st}
}

type handler struct{ st store.Store }

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "the dashboard is being built", http.StatusNotImplemented)
}
