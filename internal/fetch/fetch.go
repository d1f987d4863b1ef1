// Package fetch is dyad's polite HTTP client: it honours robots.txt
// (cached per host), waits between requests to the same host, bounds
// connection and total time, caps the body size, follows at most a few
// redirects, names itself with a clear User-Agent, and refuses to connect
// to loopback, private, link-local and other internal addresses unless told
// otherwise.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// UserAgent is the default User-Agent header; robots.txt groups are matched
// against its product token "dyad".
const UserAgent = "dyad/0.1 (+https://github.com/dyad-news/dyad)"

// Errors returned (wrapped) by Client.Get.
var (
	ErrTooLarge  = errors.New("response body exceeds size cap")
	ErrRobots    = errors.New("disallowed by robots.txt")
	ErrStatus    = errors.New("unexpected HTTP status")
	ErrScheme    = errors.New("unsupported URL scheme")
	ErrRedirects = errors.New("too many redirects")
)

// Options configure a Client. Zero values take the defaults.
type Options struct {
	UserAgent      string        // default UserAgent
	PerHost        rate.Limit    // requests per second per host; default 1
	Burst          int           // default 1
	ConnectTimeout time.Duration // default 10 s
	Timeout        time.Duration // whole request including body; default 30 s
	MaxBytes       int64         // body size cap; default 10 MiB
	MaxRedirects   int           // default 5
	// IgnoreRobots skips robots.txt (for tests and explicit user request).
	IgnoreRobots bool
	// AllowPrivate turns the SSRF guard off.
	AllowPrivate bool
	// AllowAddrs lists exact "ip:port" dial addresses let through the guard
	// (a local test server, say) while all other internal ones stay refused.
	AllowAddrs []string
}

func (o *Options) defaults() {
	if o.UserAgent == "" {
		o.UserAgent = UserAgent
	}
	if o.PerHost == 0 {
		o.PerHost = 1
	}
	if o.Burst <= 0 {
		o.Burst = 1
	}
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = 10 * time.Second
	}
	if o.Timeout <= 0 {
		o.Timeout = 30 * time.Second
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = 10 << 20
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = 5
	}
}

// Response is a fetched page.
type Response struct {
	// URL is the final URL after redirects.
	URL         string
	StatusCode  int
	ContentType string
	Header      http.Header
	Body        []byte
}

// Client fetches pages politely. It is safe for concurrent use.
type Client struct {
	opts   Options
	http   *http.Client
	robots *robotsCache

	mu       sync.Mutex
	limiters map[string]*rate.Limiter
}

// New returns a Client with opts (zero fields take defaults).
func New(opts Options) *Client {
	opts.defaults()
	c := &Client{opts: opts, limiters: map[string]*rate.Limiter{}}
	dialer := &net.Dialer{Timeout: opts.ConnectTimeout, Control: c.control}
	tr := &http.Transport{
		Proxy:                 nil, // a proxy would hide the real address from the guard
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   opts.ConnectTimeout,
		ResponseHeaderTimeout: opts.Timeout,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       30 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	c.http = &http.Client{
		Transport: tr,
		Timeout:   opts.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opts.MaxRedirects {
				return fmt.Errorf("%w (%d)", ErrRedirects, opts.MaxRedirects)
			}
			return c.admit(req.Context(), req.URL)
		},
	}
	// robots.txt is fetched without consulting robots.txt on redirects
	// (that would wait on itself), but with the same guard and redirect cap.
	robotsHTTP := &http.Client{
		Transport: tr,
		Timeout:   opts.Timeout,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opts.MaxRedirects {
				return fmt.Errorf("%w (%d)", ErrRedirects, opts.MaxRedirects)
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("%w: %q", ErrScheme, req.URL.Scheme)
			}
			if !opts.AllowPrivate && forbiddenHost(req.URL.Hostname()) {
				return fmt.Errorf("%w: %s", ErrForbiddenAddress, req.URL.Hostname())
			}
			return nil
		},
	}
	c.robots = &robotsCache{c: c, http: robotsHTTP, m: map[string]*robotsEntry{}}
	return c
}

// Default returns a Client with the default options.
func Default() *Client { return New(Options{}) }

// limiter returns the rate limiter of a host ("scheme://host:port").
func (c *Client) limiter(host string) *rate.Limiter {
	c.mu.Lock()
	defer c.mu.Unlock()
	l := c.limiters[host]
	if l == nil {
		l = rate.NewLimiter(c.opts.PerHost, c.opts.Burst)
		c.limiters[host] = l
	}
	return l
}

// admit checks scheme, host name and robots.txt for u and waits for the
// host's rate limiter.
func (c *Client) admit(ctx context.Context, u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%w: %q", ErrScheme, u.Scheme)
	}
	if !c.opts.AllowPrivate && forbiddenHost(u.Hostname()) {
		return fmt.Errorf("%w: %s", ErrForbiddenAddress, u.Hostname())
	}
	if !c.opts.IgnoreRobots {
		ok, err := c.robots.allowed(ctx, u)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("%w: %s", ErrRobots, u.Redacted())
		}
	}
	return c.limiter(hostKey(u)).Wait(ctx)
}

func hostKey(u *url.URL) string { return u.Scheme + "://" + u.Host }

// Get fetches rawURL and returns its body. A status other than 2xx, a body
// over the size cap, a robots.txt refusal or a refused address is an error.
func (c *Client) Get(ctx context.Context, rawURL string) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("fetch: %w", err)
	}
	if err := c.admit(ctx, u); err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	resp, body, err := c.do(ctx, u.String())
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("fetch %s: %w: %s", rawURL, ErrStatus, resp.Status)
	}
	return &Response{
		URL:         resp.Request.URL.String(),
		StatusCode:  resp.StatusCode,
		ContentType: resp.Header.Get("Content-Type"),
		Header:      resp.Header,
		Body:        body,
	}, nil
}

// do performs one GET (following redirects) and reads the capped body.
func (c *Client) do(ctx context.Context, u string) (*http.Response, []byte, error) {
	return c.doWith(ctx, c.http, u)
}

func (c *Client) doWith(ctx context.Context, hc *http.Client, u string) (*http.Response, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, nil, err
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	resp, err := hc.Do(req)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	if resp.ContentLength > c.opts.MaxBytes {
		return resp, nil, fmt.Errorf("%w: %d bytes > %d", ErrTooLarge, resp.ContentLength, c.opts.MaxBytes)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.opts.MaxBytes+1))
	if err != nil {
		return resp, nil, err
	}
	if int64(len(body)) > c.opts.MaxBytes {
		return resp, nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, c.opts.MaxBytes)
	}
	return resp, body, nil
}
