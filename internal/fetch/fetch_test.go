package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync/atomic"
	"testing"

	"golang.org/x/time/rate"
)

// testClient allows loopback and does not wait between requests.
func testClient(o Options) *Client {
	o.AllowPrivate = true
	o.PerHost = rate.Inf
	return New(o)
}

func TestGet(t *testing.T) {
	var ua atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			w.Write([]byte("User-agent: dyad\nDisallow: /private\n\nUser-agent: *\nDisallow: /\n"))
		case "/page":
			ua.Store(r.Header.Get("User-Agent"))
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte("<html><body><p>hello</p></body></html>"))
		case "/big":
			w.Write([]byte(strings.Repeat("x", 2048)))
		case "/missing":
			http.NotFound(w, r)
		default:
			if strings.HasPrefix(r.URL.Path, "/hop") { // an endless redirect chain
				http.Redirect(w, r, r.URL.Path+"p", http.StatusFound)
				return
			}
			w.Write([]byte("ok"))
		}
	}))
	defer srv.Close()
	c := testClient(Options{MaxBytes: 1024})
	ctx := context.Background()

	t.Run("page", func(t *testing.T) {
		r, err := c.Get(ctx, srv.URL+"/page")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(r.Body), "hello") || !strings.HasPrefix(r.ContentType, "text/html") {
			t.Errorf("got %q %q", r.Body, r.ContentType)
		}
		if ua.Load() != UserAgent {
			t.Errorf("User-Agent %v", ua.Load())
		}
	})
	t.Run("robots refuses", func(t *testing.T) {
		_, err := c.Get(ctx, srv.URL+"/private/x")
		if !errors.Is(err, ErrRobots) {
			t.Errorf("err = %v, want ErrRobots", err)
		}
	})
	t.Run("size cap", func(t *testing.T) {
		_, err := c.Get(ctx, srv.URL+"/big")
		if !errors.Is(err, ErrTooLarge) {
			t.Errorf("err = %v, want ErrTooLarge", err)
		}
	})
	t.Run("status", func(t *testing.T) {
		_, err := c.Get(ctx, srv.URL+"/missing")
		if !errors.Is(err, ErrStatus) {
			t.Errorf("err = %v, want ErrStatus", err)
		}
	})
	t.Run("too many redirects", func(t *testing.T) {
		_, err := c.Get(ctx, srv.URL+"/hop")
		if !errors.Is(err, ErrRedirects) {
			t.Errorf("err = %v, want ErrRedirects", err)
		}
	})
	t.Run("scheme", func(t *testing.T) {
		_, err := c.Get(ctx, "file:///etc/passwd")
		if !errors.Is(err, ErrScheme) {
			t.Errorf("err = %v, want ErrScheme", err)
		}
	})
}

func TestRobotsMissingAllows(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		w.Write([]byte("ok"))
	}))
	defer srv.Close()
	if _, err := testClient(Options{}).Get(context.Background(), srv.URL+"/a"); err != nil {
		t.Fatal(err)
	}
}

func TestRobotsServerErrorDisallows(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("ok"))
	}))
	defer srv.Close()
	_, err := testClient(Options{}).Get(context.Background(), srv.URL+"/a")
	if !errors.Is(err, ErrRobots) {
		t.Fatalf("err = %v, want ErrRobots", err)
	}
}

func TestGuardRefusesLoopback(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		w.Write([]byte("secret"))
	}))
	defer srv.Close()
	c := New(Options{PerHost: rate.Inf})
	for _, u := range []string{srv.URL + "/", strings.Replace(srv.URL, "127.0.0.1", "localhost", 1) + "/"} {
		if _, err := c.Get(context.Background(), u); !errors.Is(err, ErrForbiddenAddress) {
			t.Errorf("%s: err = %v, want ErrForbiddenAddress", u, err)
		}
	}
	if hits.Load() != 0 {
		t.Errorf("server was reached %d times", hits.Load())
	}
}

// TestGuardAfterRedirect: an allowed server redirects to another internal
// address; the dial to it is refused by the Control hook.
func TestGuardAfterRedirect(t *testing.T) {
	var innerHits atomic.Int32
	inner := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		innerHits.Add(1)
		w.Write([]byte("metadata"))
	}))
	defer inner.Close()
	outer := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		http.Redirect(w, r, inner.URL+"/latest/meta-data/", http.StatusFound)
	}))
	defer outer.Close()
	c := New(Options{PerHost: rate.Inf, AllowAddrs: []string{outer.Listener.Addr().String()}})
	_, err := c.Get(context.Background(), outer.URL+"/story")
	if !errors.Is(err, ErrForbiddenAddress) {
		t.Fatalf("err = %v, want ErrForbiddenAddress", err)
	}
	if innerHits.Load() != 0 {
		t.Errorf("inner server was reached")
	}
}

func TestForbidden(t *testing.T) {
	cases := []struct {
		ip   string
		want bool
	}{
		{"127.0.0.1", true},
		{"127.5.6.7", true},
		{"10.1.2.3", true},
		{"172.16.0.1", true},
		{"172.31.255.255", true},
		{"172.32.0.1", false},
		{"192.168.1.1", true},
		{"169.254.169.254", true},
		{"100.64.0.1", true},
		{"100.127.255.255", true},
		{"100.128.0.1", false},
		{"0.0.0.0", true},
		{"224.0.0.1", true},
		{"255.255.255.255", true},
		{"8.8.8.8", false},
		{"93.184.216.34", false},
		{"::1", true},
		{"::", true},
		{"fc00::1", true},
		{"fd00:ec2::254", true},
		{"fe80::1", true},
		{"ff02::1", true},
		{"::ffff:127.0.0.1", true},
		{"::ffff:169.254.169.254", true},
		{"64:ff9b::a9fe:a9fe", true}, // NAT64 of 169.254.169.254
		{"2606:4700:4700::1111", false},
	}
	for _, c := range cases {
		t.Run(c.ip, func(t *testing.T) {
			if got := Forbidden(netip.MustParseAddr(c.ip)); got != c.want {
				t.Errorf("Forbidden(%s) = %v, want %v", c.ip, got, c.want)
			}
		})
	}
}

func TestControl(t *testing.T) {
	c := New(Options{AllowAddrs: []string{"127.0.0.1:8080"}})
	cases := []struct {
		addr string
		ok   bool
	}{
		{"127.0.0.1:8080", true}, // explicitly allowed
		{"127.0.0.1:8081", false},
		{"[::1]:80", false},
		{"169.254.169.254:80", false},
		{"[fd00:ec2::254]:80", false},
		{"8.8.8.8:443", true},
		{"not-an-ip:80", false},
	}
	for _, tc := range cases {
		err := c.control("tcp", tc.addr, nil)
		if (err == nil) != tc.ok {
			t.Errorf("control(%s) = %v, want ok=%v", tc.addr, err, tc.ok)
		}
	}
	if err := New(Options{AllowPrivate: true}).control("tcp", "127.0.0.1:1", nil); err != nil {
		t.Errorf("AllowPrivate: %v", err)
	}
}

func TestForbiddenHostNames(t *testing.T) {
	c := New(Options{PerHost: rate.Inf})
	for _, u := range []string{"http://metadata.google.internal/computeMetadata/v1/", "http://foo.localhost/"} {
		if _, err := c.Get(context.Background(), u); !errors.Is(err, ErrForbiddenAddress) {
			t.Errorf("%s: err = %v", u, err)
		}
	}
}

func TestLimiterPerHost(t *testing.T) {
	c := New(Options{})
	a, b := c.limiter("http://a"), c.limiter("http://b")
	if a == b || c.limiter("http://a") != a {
		t.Fatal("limiters not kept per host")
	}
	if a.Limit() != 1 || a.Burst() != 1 {
		t.Errorf("limit %v burst %d, want 1 req/s burst 1", a.Limit(), a.Burst())
	}
}
