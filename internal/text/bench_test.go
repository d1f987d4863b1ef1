package text

import (
	"os"
	"testing"

	"github.com/dyad-news/dyad/internal/doc"
)

// BenchmarkAnalyzeArabic analyses the seed article (about 7 KB of Arabic)
// and reports articles per second.
func BenchmarkAnalyzeArabic(b *testing.B) {
	benchmarkFile(b, "../../testdata/seed-xi-lavrov.txt")
}

// BenchmarkAnalyzeEnglish analyses an English article of the test data.
func BenchmarkAnalyzeEnglish(b *testing.B) {
	benchmarkFile(b, "testdata/en-sample.txt")
}

func benchmarkFile(b *testing.B, path string) {
	text, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	d := doc.New()
	d.Text = string(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Analyze(d)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
