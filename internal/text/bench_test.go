package text

import (
	"os"
	"runtime"
	"testing"

	"github.com/dyad-news/dyad/internal/doc"
)

// BenchmarkAnalyzeArabic analyses the seed article (about 7 KB of Arabic)
// and reports articles per second of wall time and, where the system
// tells it, per second of the thread's own CPU time (cpu-articles/s),
// which stays meaningful on a loaded machine.
func BenchmarkAnalyzeArabic(b *testing.B) {
	benchmarkFile(b, "../../testdata/seed-xi-lavrov.txt")
}

// BenchmarkAnalyzeEnglish analyses the English test article.
func BenchmarkAnalyzeEnglish(b *testing.B) {
	benchmarkFile(b, "testdata/en-sample.txt")
}

func benchmarkFile(b *testing.B, path string) {
	text, err := os.ReadFile(path)
	if err != nil {
		b.Skipf("no input: %v", err)
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	d := doc.New()
	d.Text = string(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu0 := threadCPU()
	for b.Loop() {
		Analyze(d)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	if cpu := threadCPU() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "cpu-articles/s")
	}
}
