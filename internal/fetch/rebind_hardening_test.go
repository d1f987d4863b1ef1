package fetch

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/net/dns/dnsmessage"
	"golang.org/x/time/rate"
)

// fakeDNS answers every A query with the address it currently holds
// (TTL 0) and every other query with no records. It runs on a loopback
// UDP port until the test ends.
type fakeDNS struct {
	addr    string
	answer  atomic.Value // [4]byte
	queries atomic.Int32
}

func newFakeDNS(t *testing.T) *fakeDNS {
	t.Helper()
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pc.Close() })
	d := &fakeDNS{addr: pc.LocalAddr().String()}
	go func() {
		buf := make([]byte, 1500)
		for {
			n, from, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			var p dnsmessage.Parser
			h, err := p.Start(buf[:n])
			if err != nil {
				continue
			}
			q, err := p.Question()
			if err != nil {
				continue
			}
			b := dnsmessage.NewBuilder(nil, dnsmessage.Header{ID: h.ID, Response: true, Authoritative: true, RecursionAvailable: true})
			b.StartQuestions()
			b.Question(q)
			b.StartAnswers()
			if q.Type == dnsmessage.TypeA {
				d.queries.Add(1)
				b.AResource(dnsmessage.ResourceHeader{Name: q.Name, Class: dnsmessage.ClassINET, TTL: 0},
					dnsmessage.AResource{A: d.answer.Load().([4]byte)})
			}
			msg, err := b.Finish()
			if err == nil {
				pc.WriteTo(msg, from)
			}
		}
	}()
	return d
}

// useResolver makes c resolve host names with dns (fetch has no resolver
// option; the test rebuilds the dialer New makes, with the same Control
// hook, and a resolver that asks dns).
func useResolver(c *Client, dns *fakeDNS) {
	r := &net.Resolver{PreferGo: true, Dial: func(ctx context.Context, _, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, "udp", dns.addr)
	}}
	d := &net.Dialer{Timeout: 2 * time.Second, Control: c.control, Resolver: r}
	c.http.Transport.(*http.Transport).DialContext = d.DialContext
}

// TestDNSRebinding: a name first resolves to an allowed address (the
// page is fetched), then to internal ones — loopback, cloud metadata,
// private — between two requests; every later dial is refused by the
// guard, which judges the address each connection is actually made to,
// not a name checked once.
func TestDNSRebinding(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Connection", "close") // every request dials (and resolves) again
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
			return
		}
		hits.Add(1)
		w.Write([]byte("page " + r.URL.Path))
	}))
	defer srv.Close()
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	dns := newFakeDNS(t)
	dns.answer.Store([4]byte{127, 0, 0, 1})
	c := New(Options{PerHost: rate.Inf, Timeout: 5 * time.Second, AllowAddrs: []string{"127.0.0.1:" + port}})
	useResolver(c, dns)
	base := "http://rebind.test:" + port

	ctx := context.Background()
	resp, err := c.Get(ctx, base+"/first")
	if err != nil || !strings.Contains(string(resp.Body), "/first") {
		t.Fatalf("allowed answer: %v", err)
	}
	for _, ip := range [][4]byte{{127, 0, 0, 2}, {169, 254, 169, 254}, {10, 0, 0, 1}, {192, 168, 1, 1}, {0, 0, 0, 0}, {100, 100, 100, 200}} {
		dns.answer.Store(ip)
		before := dns.queries.Load()
		_, err := c.Get(ctx, base+"/after-rebind")
		if !errors.Is(err, ErrForbiddenAddress) {
			t.Errorf("name rebound to %v: err %v, want ErrForbiddenAddress", net.IP(ip[:]), err)
		}
		if dns.queries.Load() == before {
			t.Errorf("name rebound to %v: the name was not resolved again", net.IP(ip[:]))
		}
	}
	if hits.Load() != 1 {
		t.Errorf("the server got %d page requests, want 1 (before the rebinding)", hits.Load())
	}
}
