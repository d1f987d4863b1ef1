package api

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"testing"

	"github.com/dyad-news/dyad/internal/coder"
	"github.com/dyad-news/dyad/internal/store"
)

// fuzzAPI returns the API over a real SQLite store in a temporary folder
// holding one coded document.
func fuzzAPI(f *testing.F) (*API, store.Store) {
	f.Helper()
	st, err := store.Open(context.Background(), f.TempDir())
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { st.Close() })
	p, err := coder.New(coder.Options{})
	if err != nil {
		f.Fatal(err)
	}
	a := New(Config{Store: st, Coder: p, MaxBody: 64 << 10, MaxText: 16 << 10})
	rec := httptest.NewRecorder()
	a.ServeHTTP(rec, httptest.NewRequest("POST", "/api/documents", bytes.NewReader([]byte(
		`{"id": "seed", "published": "2024-04-09", "text": "Russian Foreign Minister Sergei Lavrov met Chinese President Xi Jinping in Beijing on Tuesday."}`))))
	if rec.Code != http.StatusCreated {
		f.Fatalf("seeding: %d %s", rec.Code, rec.Body)
	}
	return a, st
}

// checkAnswer: no 5xx, and the answer is one JSON value.
func checkAnswer(t *testing.T, what string, rec *httptest.ResponseRecorder) {
	t.Helper()
	if rec.Code >= 500 {
		t.Fatalf("%s: %d: %s", what, rec.Code, rec.Body)
	}
	if !json.Valid(rec.Body.Bytes()) {
		t.Fatalf("%s: %d: not JSON: %q", what, rec.Code, rec.Body)
	}
}

var postSeeds = []string{
	`{"text": "Egypt hosted a summit in Cairo on Wednesday."}`,
	`{"id": "x", "title": "t", "url": "http://e.example/a", "published": "2024-01-02", "lang": "ar", "text": "قال وزير الخارجية الروسي إن بلاده ترفض العقوبات."}`,
	`{"text": ""}`, `{"text": 5}`, `{"text": "a"} {"text": "b"}`, `[]`, `null`, `{"text": "\u0000\ud800"}`,
	`{"text": "x", "published": "2024-13-45"}`, `{"text": "x", "lang": "fr"}`, `{"text": "x", "extra": 1}`,
}

// FuzzPostCode posts any body to POST /api/code.
func FuzzPostCode(f *testing.F) {
	a, _ := fuzzAPI(f)
	for _, s := range postSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		rec := httptest.NewRecorder()
		a.ServeHTTP(rec, httptest.NewRequest("POST", "/api/code", bytes.NewReader(body)))
		checkAnswer(t, "POST /api/code", rec)
		if rec.Code == http.StatusOK {
			var d struct {
				ID   string `json:"id"`
				Text string `json:"text"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &d); err != nil || d.ID == "" {
				t.Fatalf("200 without a document: %s", rec.Body)
			}
		}
	})
}

// FuzzPostDocuments posts any body to POST /api/documents: a stored
// document can be read back, and nothing is stored twice.
func FuzzPostDocuments(f *testing.F) {
	a, st := fuzzAPI(f)
	for _, s := range postSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		before, err := st.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		rec := httptest.NewRecorder()
		a.ServeHTTP(rec, httptest.NewRequest("POST", "/api/documents", bytes.NewReader(body)))
		checkAnswer(t, "POST /api/documents", rec)
		after, _ := st.Stats(context.Background())
		if after.Documents > before.Documents+1 {
			t.Fatalf("one post stored %d documents", after.Documents-before.Documents)
		}
		if rec.Code != http.StatusOK && rec.Code != http.StatusCreated {
			if after.Documents != before.Documents {
				t.Fatalf("a refused post (%d) stored a document", rec.Code)
			}
			return
		}
		var res struct{ ID string }
		if err := json.Unmarshal(rec.Body.Bytes(), &res); err != nil || res.ID == "" {
			t.Fatalf("%d without an id: %s", rec.Code, rec.Body)
		}
		got := httptest.NewRecorder()
		a.ServeHTTP(got, httptest.NewRequest("GET", "/api/documents/"+url.PathEscape(res.ID), nil))
		if got.Code != http.StatusOK {
			t.Fatalf("stored %q, then GET: %d %s", res.ID, got.Code, got.Body)
		}
	})
}

var endpoints = []string{"/api/documents", "/api/events", "/api/entities", "/api/quotes", "/api/search", "/api/network", "/api/dyads", "/api/stats"}

// FuzzQuery sends any query string to the listing endpoints.
func FuzzQuery(f *testing.F) {
	a, _ := fuzzAPI(f)
	for _, s := range []string{"q=Lavrov", "actor=RUS&limit=5", "a=RUS&b=CHN&period=week", "since=2024-01-01&until=2024-12-31",
		"root=04&quad=1", "q=%22unbalanced", "q=NEAR(a+b)", "country=ru&lang=ar", "offset=99999&limit=500", "q=*&actor=%25",
		"speaker=Lavrov", "document=seed", "q=%D9%84%D8%A7%D9%81%D8%B1%D9%88%D9%81", "source=RUS&target=CHN"} {
		for i := range endpoints {
			f.Add(uint8(i), s)
		}
	}
	f.Fuzz(func(t *testing.T, e uint8, query string) {
		path := endpoints[int(e)%len(endpoints)]
		req := httptest.NewRequest("GET", path, nil)
		req.URL.RawQuery = query
		rec := httptest.NewRecorder()
		a.ServeHTTP(rec, req)
		checkAnswer(t, "GET "+path+"?"+query, rec)
	})
}
