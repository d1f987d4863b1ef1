package entity

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"syscall"
	"testing"

	"github.com/dyad-news/dyad/internal/lexicon"
)

// TestGoldenDev compares the entities of every dev article with
// testdata/<id>.golden (go test -update rewrites them). A change here is
// a change of output: look at the diff before updating.
func TestGoldenDev(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	docs := codeDev(t, New(lex))
	ids := make([]string, 0, len(docs))
	for id := range docs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		got, err := json.MarshalIndent(docs[id].Entities, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, '\n')
		path := filepath.Join("testdata", id+".golden")
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update to create it)", err)
		}
		if string(want) != string(got) {
			t.Errorf("%s: entities differ from %s (go test -update rewrites it after review)", id, path)
		}
	}
}

// BenchmarkRecognizeSeed codes the seed article (Arabic, ~1,300 words)
// and reports articles per second on one core.
func BenchmarkRecognizeSeed(b *testing.B) {
	_, file, _, _ := runtime.Caller(0)
	raw, err := os.ReadFile(filepath.Join(filepath.Dir(file), "..", "..", "testdata", "seed-xi-lavrov.txt"))
	if err != nil {
		b.Skip(err)
	}
	lex, err := lexicon.Default()
	if err != nil {
		b.Fatal(err)
	}
	st := New(lex)
	text := string(raw)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for i := 0; i < b.N; i++ {
		st.Recognize(text, "ar", "2024-04-09")
	}
	cpu := cpuSeconds() - cpu0
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	// CPU time (this process, all threads) is steadier than wall time on a
	// shared machine: articles per CPU-second is the per-core rate.
	if cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu, "articles/cpu-s")
	}
}

// cpuSeconds is the user+system CPU time of the process so far.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}

// BenchmarkPrepareSeed measures the word preparation alone (lexicon.Prepare).
func BenchmarkPrepareSeed(b *testing.B) {
	_, file, _, _ := runtime.Caller(0)
	raw, err := os.ReadFile(filepath.Join(filepath.Dir(file), "..", "..", "testdata", "seed-xi-lavrov.txt"))
	if err != nil {
		b.Skip(err)
	}
	text := string(raw)
	b.ReportAllocs()
	cpu0 := cpuSeconds()
	for i := 0; i < b.N; i++ {
		lexicon.Prepare(text)
	}
	if cpu := cpuSeconds() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu, "articles/cpu-s")
	}
}
