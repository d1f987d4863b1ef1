package coder

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
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

// cpuSeconds is the user+system CPU time of the process so far (all
// threads, so the garbage collector's work counts too). On a shared
// machine, articles per CPU-second is a steadier per-core rate than
// articles per wall-clock second.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}

// reportRate reports articles per wall-clock second and per CPU-second.
func reportRate(b *testing.B, articles int, cpu0 float64) {
	b.ReportMetric(float64(articles)/b.Elapsed().Seconds(), "articles/s")
	if cpu := cpuSeconds() - cpu0; cpu > 0 {
		b.ReportMetric(float64(articles)/cpu, "articles/cpu-s")
	}
}

// runBench reads the corpus and runs the pipeline over it b.N times,
// reporting articles per second (wall clock and CPU time).
func runBench(b *testing.B, path string, p *pipeline.Pipeline, n int) {
	TuneGC()
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuSeconds()
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
	reportRate(b, b.N*n, cpu0)
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
	TuneGC()
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for range b.N {
		text.Analyze(d)
	}
	reportRate(b, b.N, cpu0)
}

// pipelineN is the number of articles of BenchmarkPipeline10k.
var pipelineN = flag.Int("pipeline10k.n", 10000, "articles coded by BenchmarkPipeline10k (1,000 with -short)")

// BenchmarkPipeline10k codes 10,000 dev-like Arabic articles (the dev
// corpus and seed article repeated with varied ids) through the whole
// pipeline as `dyad code` runs it (Pipeline.Run, GOMAXPROCS workers, so
// use -cpu 1 for the per-core rate) and reports articles per second and
// the peak memory: peak-MB is the most memory the Go runtime held from
// the OS (MemStats.Sys, sampled every 500 articles and at the end),
// heap-MB the largest heap in use seen, VmHWM-MB the peak resident size
// of the whole test process. One pass takes about 30 CPU-seconds; -short
// (or -pipeline10k.n) makes it smaller. It is a benchmark, so `go test`
// without -bench does not run it.
func BenchmarkPipeline10k(b *testing.B) {
	n := *pipelineN
	if testing.Short() && n > 1000 {
		n = 1000
	}
	path := corpusFile(b, n, true)
	p, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	TuneGC()
	ctx := context.Background()
	var peakSys, peakHeap uint64
	sample := func() {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		peakSys = max(peakSys, ms.Sys)
		peakHeap = max(peakHeap, ms.HeapInuse)
	}
	runtime.GC()
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for range b.N {
		count := 0
		for d := range p.Run(ctx, ingest.Read(ctx, ingest.Options{Format: "jsonl"}, path)) {
			if d.Err != nil {
				b.Fatal(d.Err)
			}
			if count++; count%500 == 0 {
				sample()
			}
		}
		if count != n {
			b.Fatalf("%d articles, want %d", count, n)
		}
	}
	sample()
	reportRate(b, b.N*n, cpu0)
	b.ReportMetric(float64(peakSys)/(1<<20), "peak-MB")
	b.ReportMetric(float64(peakHeap)/(1<<20), "heap-MB")
	if hwm := vmHWM(); hwm > 0 {
		b.ReportMetric(hwm, "VmHWM-MB")
	}
}

// vmHWM returns the process's peak resident set size in MB as Linux
// reports it (/proc/self/status), or 0 elsewhere. It covers the whole
// test process, earlier benchmarks included.
func vmHWM() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			if err != nil {
				return 0
			}
			return kb / 1024
		}
	}
	return 0
}
