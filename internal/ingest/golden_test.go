package ingest

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from golden file; got:\n%s", name, got)
	}
}

func TestGolden(t *testing.T) {
	opts := Options{Published: "2024-01-01"}
	for _, name := range []string{"story.txt", "page.html", "feed.rss", "feed.atom", "articles.jsonl"} {
		t.Run(name, func(t *testing.T) {
			checkGolden(t, name, render(readAll(t, opts, filepath.Join("testdata", name))))
		})
	}
	t.Run("warc", func(t *testing.T) {
		checkGolden(t, "sample.warc", render(readBytes(t, opts, bytes.Join(sampleWARC(t), nil))))
	})
	t.Run("warc.gz", func(t *testing.T) {
		// Per-record gzip and whole-file gzip read the same.
		a := render(readBytes(t, opts, gzipEach(sampleWARC(t))))
		b := render(readBytes(t, opts, gzipAll(bytes.Join(sampleWARC(t), nil))))
		if a != b {
			t.Errorf("per-record and whole-file gzip differ:\n%s\n---\n%s", a, b)
		}
		checkGolden(t, "sample.warc", a)
	})
}
