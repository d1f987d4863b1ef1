package event

import (
	"context"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dyad-news/dyad/internal/devset"
	"github.com/dyad-news/dyad/internal/doc"
)

// TestWordCacheTransparent: the events do not depend on the word cache,
// whether it keeps every type, evicts all the time, or serves documents
// coded at once.
func TestWordCacheTransparent(t *testing.T) {
	texts := []*doc.Document{mkDoc("ar", benchAR), mkDoc("en", benchEN)}
	// the same words segmented otherwise: و left on the stem
	d := mkDoc("ar", benchAR)
	d.Tokens = slices.Clone(d.Tokens)
	for i := range d.Tokens {
		if tk := &d.Tokens[i]; strings.HasPrefix(tk.Prefix, "و") {
			tk.Prefix, tk.Stem = strings.TrimPrefix(tk.Prefix, "و"), "و"+tk.Stem
		}
	}
	texts = append(texts, d)
	code := func(st *Stage, d *doc.Document) string {
		c := *d
		c.Events = nil
		if err := st.Process(context.Background(), &c); err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(c.Events)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	docs := texts
	if !testing.Short() {
		docs = append(docs, devDocs(t)...)
	}
	ref, err := New(Options{}, "")
	if err != nil {
		t.Fatal(err)
	}
	// every token's cached analysis is the fresh one
	wc := &wordCache{}
	for range 2 {
		for _, d := range docs {
			for i := range d.Tokens {
				tk := &d.Tokens[i]
				tl := tk.Prefix != "" || d.Lang == "ar"
				if got, want := wc.info(ref.lex, tk, tl), ref.lex.newWordInfo(tk, tl); !reflect.DeepEqual(got, want) {
					t.Fatalf("token %q: cached %+v, fresh %+v", tk.Text, got, want)
				}
			}
		}
	}
	defer func(n int) { wordCacheGen = n }(wordCacheGen)
	st, err := New(Options{}, "")
	if err != nil {
		t.Fatal(err)
	}
	def := wordCacheGen
	wordCacheGen = 0 // the reference: no cache
	want := make([]string, len(docs))
	for i, d := range docs {
		want[i] = code(st, d)
	}
	wordCacheGen = def
	for i, d := range docs {
		for range 2 { // a cold cache, then a warm one
			if got := code(st, d); got != want[i] {
				t.Fatalf("doc %d: events differ with the word cache", i)
			}
		}
	}
	wordCacheGen = 1
	small, err := New(Options{}, "")
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 3 * len(docs) {
				i := (k + w) % len(docs)
				if got := code(small, docs[i]); got != want[i] {
					t.Errorf("doc %d: events differ with a small cache shared by 4 goroutines", i)
					return
				}
			}
		}()
	}
	wg.Wait()
}

// devDocs returns the dev articles as the text layer and the pipeline
// before the event stage leave them, or nil where ../shared is absent.
func devDocs(t *testing.T) []*doc.Document {
	if sharedDir() == "" {
		return nil
	}
	p := devPipeline(t)
	var out []*doc.Document
	for _, a := range devset.Articles(t) {
		d := a.Document()
		if err := p.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		out = append(out, d)
	}
	return out
}
