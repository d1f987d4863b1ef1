// Command peers compares dyad with peer Go libraries on the shared dev
// corpus and prints a table (run it with bench/run.sh):
//
//   - English named entities: dyad (its entity path: clean, langid, text,
//     entity; and its whole pipeline) against github.com/jdkato/prose/v2,
//     speed and entity F1 by the project's scorer score.py;
//   - HTML extraction: dyad's html reader against go-trafilatura and
//     go-readability called directly, speed and token F1 on rt-bolivia;
//   - the whole pipeline's speed as a ratio to Arabic tokenisation alone.
//
// It lives in its own module (bench/go.mod) so that dyad does not depend
// on the peers.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"
	"unicode"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/jdkato/prose/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/dyad-news/dyad/internal/clean"
	"github.com/dyad-news/dyad/internal/coder"
	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/entity"
	"github.com/dyad-news/dyad/internal/ingest"
	"github.com/dyad-news/dyad/internal/langid"
	"github.com/dyad-news/dyad/internal/lexicon"
	"github.com/dyad-news/dyad/internal/pipeline"
	"github.com/dyad-news/dyad/internal/text"
)

var (
	shared  = flag.String("shared", "../../shared", "the shared folder (corpus and eval)")
	minTime = flag.Duration("time", 3*time.Second, "minimum time measured per contender")
	out     = flag.String("out", "", "folder for the predictions (default: a temporary one)")
)

func main() {
	flag.Parse()
	runtime.GOMAXPROCS(1) // every contender on one core
	if *out == "" {
		d, err := os.MkdirTemp("", "dyad-peers-")
		check(err)
		defer os.RemoveAll(d)
		*out = d
	}
	fmt.Printf("machine: %s, %d cores (measured on 1), %s; load average %s\n", runtime.GOARCH, runtime.NumCPU(), runtime.Version(), loadavg())
	fmt.Printf("date: %s\n\n", time.Now().UTC().Format(time.RFC3339))
	ner()
	htmlExtraction()
	pipelineRatio()
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "peers:", err)
		os.Exit(1)
	}
}

func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	return strings.Join(f[:3], " ")
}

// timeIt runs f until minTime has passed and returns the time per run.
func timeIt(f func()) time.Duration {
	f() // warm up
	n := 0
	start := time.Now()
	for time.Since(start) < *minTime || n < 3 {
		f()
		n++
	}
	return time.Since(start) / time.Duration(n)
}

type article struct{ id, text string }

func devArticles(prefix string) []article {
	files, err := filepath.Glob(filepath.Join(*shared, "corpus", "dev", prefix+"*.txt"))
	check(err)
	if len(files) == 0 {
		check(fmt.Errorf("no %s*.txt under %s/corpus/dev", prefix, *shared))
	}
	var as []article
	for _, f := range files {
		b, err := os.ReadFile(f)
		check(err)
		as = append(as, article{strings.TrimSuffix(filepath.Base(f), ".txt"), string(b)})
	}
	return as
}

// --- named entities ---

type mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

type predEntity struct {
	Name     string    `json:"name"`
	Type     string    `json:"type"`
	Mentions []mention `json:"mentions"`
}

// writePreds writes FORMAT.md objects holding only entities.
func writePreds(path string, ids []string, texts []string, ents [][]predEntity) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for i := range ids {
		e := ents[i]
		if e == nil {
			e = []predEntity{}
		}
		check(enc.Encode(map[string]any{"id": ids[i], "text": texts[i], "entities": e, "quotes": []any{}, "events": []any{}, "dates": []any{}}))
	}
	check(os.WriteFile(path, b.Bytes(), 0o644))
}

// entityF1 scores path with score.py over the English gold files only.
func entityF1(path string, as []article) string {
	gold, err := os.MkdirTemp("", "dyad-peers-gold-")
	check(err)
	defer os.RemoveAll(gold)
	for _, a := range as {
		src, _ := filepath.Abs(filepath.Join(*shared, "corpus", "dev", a.id+".gold.json"))
		check(os.Symlink(src, filepath.Join(gold, a.id+".gold.json")))
	}
	cmd := exec.Command("python3", filepath.Join(*shared, "eval", "score.py"), "--gold", gold, "--pred", path, "--json")
	res, err := cmd.Output()
	if err != nil {
		return "score.py failed: " + err.Error()
	}
	var r map[string]any
	if err := json.Unmarshal(res, &r); err != nil {
		return "score.py: " + err.Error()
	}
	e, _ := r["entities"].(map[string]any)
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f", e["precision"], e["recall"], e["f1"])
}

var proseTypes = map[string]string{"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG"}

// proseModel is prose's default model, loaded once (NewDocument loads
// it on every call unless given one).
var proseModel *prose.Model

func proseEntities(t string, reuse bool) []predEntity {
	opts := []prose.DocOpt{prose.WithTagging(true), prose.WithSegmentation(!reuse)}
	if reuse {
		if proseModel == nil {
			d, err := prose.NewDocument("Warm up.", prose.WithSegmentation(false))
			check(err)
			proseModel = d.Model
		}
		opts = append(opts, prose.UsingModel(proseModel))
	}
	d, err := prose.NewDocument(t, opts...)
	check(err)
	byName := map[string]*predEntity{}
	var order []string
	for _, e := range d.Entities() {
		typ, ok := proseTypes[e.Label]
		if !ok {
			continue
		}
		key := typ + "\x00" + e.Text
		pe := byName[key]
		if pe == nil {
			pe = &predEntity{Name: e.Text, Type: typ}
			byName[key] = pe
			order = append(order, key)
		}
		pe.Mentions = append(pe.Mentions, mention{Text: e.Text})
	}
	out := []predEntity{}
	for _, k := range order {
		out = append(out, *byName[k])
	}
	return out
}

func dyadEntities(d *doc.Document) []predEntity {
	out := []predEntity{}
	for _, e := range d.Entities {
		pe := predEntity{Name: e.Name, Type: e.Type}
		for _, m := range e.Mentions {
			pe.Mentions = append(pe.Mentions, mention{Start: m.Start, End: m.End, Text: m.Text})
		}
		out = append(out, pe)
	}
	return out
}

func entityPipeline() *pipeline.Pipeline {
	c, err := clean.NewStage()
	check(err)
	lex, err := lexicon.Default()
	check(err)
	return pipeline.New(c, langid.Stage{}, text.Stage{}, entity.New(lex))
}

func process(p *pipeline.Pipeline, a article) *doc.Document {
	d := doc.New()
	d.ID, d.Raw, d.Format, d.Source = a.id, a.text, "text", a.id
	check(p.Process(context.Background(), d))
	return d
}

func ner() {
	as := devArticles("en-")
	words := 0
	for _, a := range as {
		words += len(strings.Fields(a.text))
	}
	ids, texts := make([]string, len(as)), make([]string, len(as))
	for i, a := range as {
		ids[i], texts[i] = a.id, a.text
	}
	fmt.Printf("## English named entities (%d dev articles, %d words; one core)\n\n", len(as), words)
	fmt.Println("| coder | time for the set | articles/s | entity P/R/F1 (score.py) | speed vs fastest prose |")
	fmt.Println("|---|---|---|---|---|")

	proseRes := make([][]predEntity, len(as))
	tProseDefault := timeIt(func() {
		for i, a := range as {
			proseRes[i] = proseEntities(a.text, false)
		}
	})
	pd := filepath.Join(*out, "prose-default.jsonl")
	writePreds(pd, ids, texts, proseRes)
	tProse := timeIt(func() {
		for i, a := range as {
			proseRes[i] = proseEntities(a.text, true)
		}
	})
	pp := filepath.Join(*out, "prose.jsonl")
	writePreds(pp, ids, texts, proseRes)

	ep := entityPipeline()
	entRes := make([][]predEntity, len(as))
	dyadTexts := make([]string, len(as))
	tEnt := timeIt(func() {
		for i, a := range as {
			d := process(ep, a)
			entRes[i], dyadTexts[i] = dyadEntities(d), d.Text
		}
	})
	pe := filepath.Join(*out, "dyad-entity.jsonl")
	writePreds(pe, ids, dyadTexts, entRes)

	full, err := coder.New(coder.Options{})
	check(err)
	fullRes := make([][]predEntity, len(as))
	tFull := timeIt(func() {
		for i, a := range as {
			d := process(full, a)
			fullRes[i], dyadTexts[i] = dyadEntities(d), d.Text
		}
	})
	pf := filepath.Join(*out, "dyad-full.jsonl")
	writePreds(pf, ids, dyadTexts, fullRes)

	row := func(name string, t time.Duration, path string) {
		fmt.Printf("| %s | %v | %.1f | %s | %.1f× |\n", name, t.Round(10*time.Microsecond), float64(len(as))/t.Seconds(), entityF1(path, as), float64(tProse)/float64(t))
	}
	row("prose v2 as documented (NewDocument: loads its model and segmenter per call)", tProseDefault, pd)
	row("prose v2, model loaded once, no sentence segmentation (its fastest NER)", tProse, pp)
	row("dyad entity path (clean, langid, text, entity)", tEnt, pe)
	row("dyad whole pipeline (+ dates, quotes, events, places)", tFull, pf)
	fmt.Println()
}

// --- HTML extraction ---

func tokens(s string) map[string]int {
	m := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		m[w]++
	}
	return m
}

// tokenF1 is the F1 of the bags of words of got and want.
func tokenF1(got, want string) float64 {
	g, w := tokens(got), tokens(want)
	tp, ng, nw := 0, 0, 0
	for k, n := range g {
		ng += n
		tp += min(n, w[k])
	}
	for _, n := range w {
		nw += n
	}
	if tp == 0 {
		return 0
	}
	p, r := float64(tp)/float64(ng), float64(tp)/float64(nw)
	return 2 * p * r / (p + r)
}

func htmlExtraction() {
	dir := filepath.Join(*shared, "corpus", "formats")
	page, err := os.ReadFile(filepath.Join(dir, "rt-bolivia.html"))
	check(err)
	want, err := os.ReadFile(filepath.Join(dir, "rt-bolivia.expected.txt"))
	check(err)
	fmt.Printf("## HTML extraction (rt-bolivia.html, %d KB; one core)\n\n", len(page)/1024)
	fmt.Println("| extractor | time per page | pages/s | token F1 vs expected |")
	fmt.Println("|---|---|---|---|")
	row := func(name string, f func() string) {
		var got string
		t := timeIt(func() { got = f() })
		fmt.Printf("| %s | %v | %.0f | %.3f |\n", name, t.Round(time.Microsecond), 1/t.Seconds(), tokenF1(got, string(want)))
	}
	path := filepath.Join(dir, "rt-bolivia.html")
	row("dyad html reader (trafilatura + readability fallback + metadata)", func() string {
		var t string
		for d := range ingest.Read(context.Background(), ingest.Options{Format: "html"}, path) {
			check(d.Err)
			t = d.Text
		}
		return t
	})
	row("go-trafilatura v1.12.2 (Extract, fallback on)", func() string {
		res, err := trafilatura.Extract(bytes.NewReader(page), trafilatura.Options{EnableFallback: true, ExcludeComments: true})
		check(err)
		return res.ContentText
	})
	u, _ := url.Parse("https://www.rt.com/")
	row("go-readability v2.1.3 (FromReader)", func() string {
		a, err := readability.FromReader(bytes.NewReader(page), u)
		check(err)
		var b bytes.Buffer
		check(a.RenderText(&b))
		return b.String()
	})
	fmt.Println()
}

// --- pipeline vs tokenisation ---

func pipelineRatio() {
	as := devArticles("ar-")
	if seed, err := os.ReadFile("../testdata/seed-xi-lavrov.txt"); err == nil {
		as = append(as, article{"seed-xi-lavrov", string(seed)})
	}
	sort.Slice(as, func(i, j int) bool { return as[i].id < as[j].id })
	full, err := coder.New(coder.Options{})
	check(err)
	// the cleaned texts, as the text layer sees them in the pipeline
	cleaned := make([]string, len(as))
	for i, a := range as {
		cleaned[i] = process(full, a).Text
	}
	tTok := timeIt(func() {
		for _, t := range cleaned {
			d := doc.New()
			d.Text, d.Lang = t, "ar"
			text.Analyze(d)
		}
	})
	tFull := timeIt(func() {
		for _, a := range as {
			process(full, a)
		}
	})
	fmt.Printf("## Whole pipeline vs Arabic tokenisation alone (%d Arabic articles; one core)\n\n", len(as))
	fmt.Println("| what | time for the set | articles/s |")
	fmt.Println("|---|---|---|")
	fmt.Printf("| tokenisation alone (text.Analyze on the cleaned text) | %v | %.0f |\n", tTok.Round(10*time.Microsecond), float64(len(as))/tTok.Seconds())
	fmt.Printf("| whole pipeline (coder.New: clean … geo) | %v | %.0f |\n", tFull.Round(10*time.Microsecond), float64(len(as))/tFull.Seconds())
	fmt.Printf("\nratio pipeline speed / tokenisation speed = %.3f (target ≥ 0.25)\n\n", float64(tTok)/float64(tFull))

	// where the time goes: the pipeline cut after each stage
	fmt.Println("| pipeline up to stage | time for the set | the stage's share |")
	fmt.Println("|---|---|---|")
	var prev time.Duration
	for k := 1; k <= len(full.Stages); k++ {
		p := pipeline.New(full.Stages[:k]...)
		t := timeIt(func() {
			for _, a := range as {
				process(p, a)
			}
		})
		fmt.Printf("| %s | %v | %v |\n", full.Stages[k-1].Name(), t.Round(10*time.Microsecond), max(0, t-prev).Round(10*time.Microsecond))
		prev = t
	}
}
