package ingest

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkReadText reads a folder of 100 plain-text articles.
func BenchmarkReadText(b *testing.B) {
	dir := b.TempDir()
	body := strings.Repeat("Ministers met in Geneva on Tuesday for talks on a ceasefire, officials said. ", 40)
	for i := range 100 {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%03d.txt", i)), []byte("Ministers meet in Geneva\n\n"+body), 0o644)
	}
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for d := range Read(context.Background(), Options{}, dir) {
			if d.Err != nil {
				b.Fatal(d.Err)
			}
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkReadJSONL reads 1000 JSON Lines articles.
func BenchmarkReadJSONL(b *testing.B) {
	var buf bytes.Buffer
	body := strings.Repeat("Ministers met in Geneva on Tuesday for talks on a ceasefire, officials said. ", 40)
	for i := range 1000 {
		fmt.Fprintf(&buf, "{\"id\": \"a%d\", \"published\": \"2024-03-05\", \"text\": %q}\n", i, body)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	n := 0
	for b.Loop() {
		for d := range Read(context.Background(), Options{Format: "jsonl", Stdin: bytes.NewReader(data)}, "-") {
			if d.Err != nil {
				b.Fatal(d.Err)
			}
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkReadHTML extracts the test page.
func BenchmarkReadHTML(b *testing.B) {
	n := 0
	for b.Loop() {
		for d := range Read(context.Background(), Options{}, "testdata/page.html") {
			if d.Err != nil {
				b.Fatal(d.Err)
			}
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}
