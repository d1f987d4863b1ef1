package api

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-news/dyad/internal/coder"
	"github.com/dyad-news/dyad/internal/ingest"
	"github.com/dyad-news/dyad/internal/store"
)

// devServer ingests ../shared/corpus/dev (with its gold publication
// dates) into a fresh SQLite store and serves the API over it.
func devServer(t *testing.T, token string) *httptest.Server {
	t.Helper()
	dev, _ := filepath.Abs("../../../shared/corpus/dev")
	if _, err := os.Stat(dev); err != nil {
		t.Skipf("../shared is absent (%v): the API is tested over the dev corpus", err)
	}
	ctx := context.Background()
	st, err := store.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	p, err := coder.New(coder.Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for d := range ingest.Read(ctx, ingest.Options{Format: "auto"}, dev) {
		if d.Err != nil {
			t.Fatalf("reading the dev corpus: %v", d.Err)
		}
		var gold struct{ Published string }
		if b, err := os.ReadFile(filepath.Join(dev, d.ID+".gold.json")); err == nil {
			_ = json.Unmarshal(b, &gold)
			d.Published = gold.Published
		}
		if err := p.Process(ctx, d); err != nil {
			t.Fatal(err)
		}
		if _, err := st.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
		n++
	}
	if n < 10 {
		t.Fatalf("ingested %d dev documents", n)
	}
	srv := httptest.NewServer(New(Config{Store: st, Coder: p, Token: token}))
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, srv *httptest.Server, path string, want int, into any) {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != want {
		t.Fatalf("GET %s = %d, want %d: %s", path, resp.StatusCode, want, body)
	}
	if !strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		t.Errorf("GET %s: content type %q", path, resp.Header.Get("Content-Type"))
	}
	if into != nil {
		if err := json.Unmarshal(body, into); err != nil {
			t.Fatalf("GET %s: %v: %s", path, err, body)
		}
	}
}

func TestEndpointsOverDevCorpus(t *testing.T) {
	srv := devServer(t, "")
	var stats store.Stats
	get(t, srv, "/api/stats", 200, &stats)
	if stats.Documents != 11 {
		t.Errorf("stats: %+v", stats)
	}
	var spec map[string]any
	get(t, srv, "/api/openapi.json", 200, &spec)
	if spec["openapi"] == nil {
		t.Error("openapi.json has no version")
	}
	var docs []store.DocSummary
	get(t, srv, "/api/documents?lang=ar", 200, &docs)
	if len(docs) != 4 {
		t.Errorf("Arabic documents: %d, want 4", len(docs))
	}
	var one map[string]any
	get(t, srv, "/api/documents/seed-xi-lavrov", 200, &one)
	if one["lang"] != "ar" || !strings.Contains(one["text"].(string), "التقى الرئيس الصيني") {
		t.Errorf("seed document: %v", one["lang"])
	}
	get(t, srv, "/api/documents/no-such-doc", 404, nil)
	for _, q := range []string{"لافروف", "Lavrov"} {
		var res store.SearchResult
		get(t, srv, "/api/search?q="+url.QueryEscape(q), 200, &res)
		found := false
		for _, h := range res.Hits {
			found = found || h.ID == "seed-xi-lavrov"
		}
		if !found {
			t.Errorf("search %q does not find the seed: %+v", q, res.Hits)
		}
	}
	var res store.SearchResult
	get(t, srv, "/api/search?q=&lang=en", 200, &res)
	if res.Total != 7 || len(res.Facets["lang"]) != 1 {
		t.Errorf("search by language: total %d, facets %v", res.Total, res.Facets)
	}
	get(t, srv, "/api/events?root=04", 200, nil)
	get(t, srv, "/api/entities?country=RUS", 200, nil)
	get(t, srv, "/api/quotes?speaker=Sergey%20Lavrov", 200, nil)
	get(t, srv, "/api/dyads?a=RUS&b=CHN&period=week", 200, nil)
	get(t, srv, "/api/network?limit=20", 200, nil)
	for _, bad := range []string{"/api/dyads?a=RUS", "/api/events?since=yesterday", "/api/events?quad=9", "/api/events?limit=100000", "/api/events?root=abc"} {
		var e map[string]string
		get(t, srv, bad, 400, &e)
		if e["error"] == "" {
			t.Errorf("%s: no error message", bad)
		}
	}
	get(t, srv, "/api/nothing", 404, nil)
}

func post(t *testing.T, srv *httptest.Server, path, token, body string) (int, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest("POST", srv.URL+path, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, out
}

func TestWrites(t *testing.T) {
	srv := devServer(t, "s3cret")
	article := `{"id":"new-1","text":"وقال وزير الخارجية الروسي سيرجي لافروف إن روسيا لن تتراجع.","published":"2024-05-01"}`
	if code, out := post(t, srv, "/api/code", "", article); code != 200 || out["lang"] != "ar" {
		t.Errorf("POST /api/code = %d %v", code, out)
	}
	if code, _ := post(t, srv, "/api/documents", "", article); code != 401 {
		t.Errorf("POST /api/documents without token = %d, want 401", code)
	}
	if code, _ := post(t, srv, "/api/documents", "wrong", article); code != 401 {
		t.Errorf("POST /api/documents with a wrong token = %d, want 401", code)
	}
	// cached answers are dropped when the store changes
	var before store.SearchResult
	get(t, srv, "/api/search?q=%D8%AA%D8%AA%D8%B1%D8%A7%D8%AC%D8%B9", 200, &before) // تتراجع
	get(t, srv, "/api/documents/new-1", 404, nil)
	if code, out := post(t, srv, "/api/documents", "s3cret", article); code != 201 || out["result"] != "inserted" {
		t.Errorf("POST /api/documents = %d %v", code, out)
	}
	var after store.SearchResult
	get(t, srv, "/api/search?q=%D8%AA%D8%AA%D8%B1%D8%A7%D8%AC%D8%B9", 200, &after)
	if after.Total != before.Total+1 {
		t.Errorf("search after a write: %d hits, before %d", after.Total, before.Total)
	}
	var stored map[string]any
	get(t, srv, "/api/documents/new-1", 200, &stored)
	if stored["id"] != "new-1" {
		t.Errorf("stored document: %v", stored["id"])
	}
	if code, out := post(t, srv, "/api/documents", "s3cret", article); code != 200 || out["result"] != "unchanged" {
		t.Errorf("POST /api/documents again = %d %v", code, out)
	}
	for _, c := range []struct{ name, body string }{
		{"not JSON", "text=hello"},
		{"no text", `{"id":"x"}`},
		{"unknown field", `{"text":"x","evil":1}`},
		{"bad date", `{"text":"x","published":"May 1"}`},
		{"two values", `{"text":"x"}{"text":"y"}`},
	} {
		if code, out := post(t, srv, "/api/code", "", c.body); code != 400 || out["error"] == nil {
			t.Errorf("%s: POST /api/code = %d %v, want 400 with an error", c.name, code, out)
		}
	}
	big := `{"text":"` + strings.Repeat("a", 9<<20) + `"}`
	if code, _ := post(t, srv, "/api/code", "", big); code != 413 {
		t.Errorf("oversized body = %d, want 413", code)
	}
}
