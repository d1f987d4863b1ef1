package coder

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-news/dyad/internal/clean"
	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/ingest"
	"github.com/dyad-news/dyad/internal/langid"
	"github.com/dyad-news/dyad/internal/pipeline"
	"github.com/dyad-news/dyad/internal/text"
)

// corpusFile writes n articles as JSON Lines, cycling through the dev
// corpus (or the seed article alone when ../shared is absent) with
// varied ids, and returns the file and the Arabic share.
func corpusFile(b *testing.B, n int, arabicOnly bool) string {
	b.Helper()
	files, _ := filepath.Glob("../../../shared/corpus/dev/*.txt")
	files = append(files, "../../testdata/seed-xi-lavrov.txt")
	var texts []string
	for _, f := range files {
		if arabicOnly && !strings.HasPrefix(filepath.Base(f), "ar-") && !strings.HasPrefix(filepath.Base(f), "seed") {
			continue
		}
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
	}
	path := filepath.Join(b.TempDir(), "corpus.jsonl")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	enc := json.NewEncoder(f)
	for i := range n {
		enc.Encode(map[string]string{"id": "doc-" + itoa(i), "published": "2024-04-09", "text": texts[i%len(texts)]})
	}
	f.Close()
	return path
}

func itoa(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}

// runBench reads the corpus and runs the pipeline over it b.N times,
// reporting articles per second.
func runBench(b *testing.B, path string, p *pipeline.Pipeline, n int) {
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		count := 0
		for d := range ingest.Read(ctx, ingest.Options{Format: "jsonl"}, path) {
			if d.Err != nil {
				b.Fatal(d.Err)
			}
			if err := p.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
			count++
		}
		if count != n {
			b.Fatalf("%d articles, want %d", count, n)
		}
	}
	b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkIngestCleanText measures the floor under the whole pipeline:
// reading JSON Lines, cleaning, language identification and the text
// layer, on one core, over Arabic articles.
func BenchmarkIngestCleanText(b *testing.B) {
	const n = 200
	path := corpusFile(b, n, true)
	p := pipeline.New(clean.Stage{}, langid.Stage{}, text.Stage{})
	runBench(b, path, p, n)
}

// BenchmarkPipelineArabic measures the whole `dyad code` pipeline on
// Arabic articles, one core (documents are processed in turn).
func BenchmarkPipelineArabic(b *testing.B) {
	const n = 200
	path := corpusFile(b, n, true)
	p, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	runBench(b, path, p, n)
}

// BenchmarkTokenizeOnly is the physical floor of any coder: the Arabic
// tokenisation of the same text, for the ratio of issue 7.
func BenchmarkTokenizeOnly(b *testing.B) {
	raw, err := os.ReadFile("../../testdata/seed-xi-lavrov.txt")
	if err != nil {
		b.Fatal(err)
	}
	d := doc.New()
	d.Text, d.Lang = string(raw), "ar"
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		text.Analyze(d)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
