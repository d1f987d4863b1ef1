package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"sync"

	"github.com/temoto/robotstxt"
)

// robotsCache keeps one parsed robots.txt per scheme and host.
type robotsCache struct {
	c    *Client
	http *http.Client
	mu   sync.Mutex
	m    map[string]*robotsEntry
}

type robotsEntry struct {
	once sync.Once
	data *robotstxt.RobotsData
	err  error
}

// allowed reports whether robots.txt of u's host lets dyad fetch u.
// A missing robots.txt (4xx) allows everything; a server error (5xx)
// disallows everything, as the robots.txt standard (RFC 9309) says.
func (r *robotsCache) allowed(ctx context.Context, u *url.URL) (bool, error) {
	key := hostKey(u)
	r.mu.Lock()
	e := r.m[key]
	if e == nil {
		e = &robotsEntry{}
		r.m[key] = e
	}
	r.mu.Unlock()
	e.once.Do(func() { e.data, e.err = r.load(ctx, key) })
	if e.err != nil {
		// Do not cache a failure caused by this caller's context.
		if errors.Is(e.err, context.Canceled) || errors.Is(e.err, context.DeadlineExceeded) {
			r.mu.Lock()
			delete(r.m, key)
			r.mu.Unlock()
		}
		return false, e.err
	}
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	return e.data.TestAgent(path, "dyad"), nil
}

func (r *robotsCache) load(ctx context.Context, key string) (*robotstxt.RobotsData, error) {
	if err := r.c.limiter(key).Wait(ctx); err != nil {
		return nil, err
	}
	resp, body, err := r.c.doWith(ctx, r.http, key+"/robots.txt")
	if err != nil {
		if resp != nil && errors.Is(err, ErrTooLarge) {
			return robotstxt.FromStatusAndBytes(resp.StatusCode, nil)
		}
		return nil, err
	}
	return robotstxt.FromStatusAndBytes(resp.StatusCode, body)
}
