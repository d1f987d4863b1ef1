package cli

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/dyad-news/dyad/internal/coder"
	"github.com/dyad-news/dyad/internal/fetch"
	"github.com/dyad-news/dyad/internal/store"
)

// newsSite serves a feed of n items and their pages.
func newsSite(t *testing.T, items *atomic.Int32) *httptest.Server {
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/robots.txt":
			fmt.Fprint(w, "User-agent: *\nAllow: /\n")
		case r.URL.Path == "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			var b strings.Builder
			b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>`)
			for i := 1; i <= int(items.Load()); i++ {
				fmt.Fprintf(&b, `<item><title>Item %d</title><link>%s/a%d.html</link><description>Desc %d</description><pubDate>Tue, 09 Apr 2024 10:00:00 GMT</pubDate></item>`, i, srv.URL, i, i)
			}
			b.WriteString(`</channel></rss>`)
			fmt.Fprint(w, b.String())
		case strings.HasPrefix(r.URL.Path, "/a"):
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, `<html><head><title>Story %s</title></head><body><article><h1>Story %s</h1>
<p>Russian Foreign Minister Sergey Lavrov met Chinese President Xi Jinping in Beijing on Tuesday, the ministry said in a statement.</p>
<p>The two sides discussed the war in Ukraine and relations with the United States, officials said after the talks ended.</p>
</article></body></html>`, r.URL.Path, r.URL.Path)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestWatchResumes(t *testing.T) {
	ctx := context.Background()
	var items atomic.Int32
	items.Store(2)
	site := newsSite(t, &items)
	dir := t.TempDir()
	p, err := coder.New(coder.Options{})
	if err != nil {
		t.Fatal(err)
	}
	newWatcher := func() (*watcher, store.Store) {
		st, err := store.Open(ctx, dir)
		if err != nil {
			t.Fatal(err)
		}
		return &watcher{store: st, coder: p, fetcher: fetch.New(fetch.Options{AllowPrivate: true, PerHost: 1000, Burst: 100}),
			allowPrivate: true, report: func(f string, a ...any) { t.Logf(f, a...) }}, st
	}
	feeds := []string{site.URL + "/feed.xml"}
	w, st := newWatcher()
	if n := w.poll(ctx, feeds); n != 2 {
		t.Fatalf("first poll stored %d, want 2", n)
	}
	if n := w.poll(ctx, feeds); n != 0 {
		t.Fatalf("second poll stored %d, want 0", n)
	}
	docs, _ := st.Documents(ctx, store.Filter{}, store.Page{})
	if len(docs) != 2 || !strings.Contains(docs[0].Snippet, "Lavrov") {
		t.Fatalf("stored documents: %+v", docs)
	}
	st.Close()

	// a restart goes on where it stopped
	items.Store(3)
	w, st = newWatcher()
	defer st.Close()
	if n := w.poll(ctx, feeds); n != 1 {
		t.Fatalf("poll after restart stored %d, want 1", n)
	}
}
