package api

import (
	"context"
	"errors"
	"net"
	"net/http"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// RateLimit allows each client address rps requests a second (with a
// burst of twice that) and answers 429 beyond it. Idle clients are
// forgotten after ten minutes.
func RateLimit(h http.Handler, rps float64) http.Handler {
	type client struct {
		lim  *rate.Limiter
		seen time.Time
	}
	var mu sync.Mutex
	clients := map[string]*client{}
	lastSweep := time.Now()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host, _, err := net.SplitHostPort(r.RemoteAddr)
		if err != nil {
			host = r.RemoteAddr
		}
		now := time.Now()
		mu.Lock()
		if now.Sub(lastSweep) > time.Minute {
			for k, c := range clients {
				if now.Sub(c.seen) > 10*time.Minute {
					delete(clients, k)
				}
			}
			lastSweep = now
		}
		c := clients[host]
		if c == nil {
			c = &client{lim: rate.NewLimiter(rate.Limit(rps), int(2*rps)+1)}
			clients[host] = c
		}
		c.seen = now
		ok := c.lim.Allow()
		mu.Unlock()
		if !ok {
			w.Header().Set("Retry-After", "1")
			writeError(w, http.StatusTooManyRequests, errors.New("too many requests; slow down"))
			return
		}
		h.ServeHTTP(w, r)
	})
}

// Timeout bounds the time a request may take, so that a costly query
// cannot hold the server (the store sees the context's deadline).
func Timeout(h http.Handler, d time.Duration) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		h.ServeHTTP(w, r.WithContext(ctx))
	})
}
