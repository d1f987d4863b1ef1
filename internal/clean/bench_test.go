package clean

import (
	"path/filepath"
	"testing"
)

// BenchmarkClean cleans the seed article and reports articles per second.
func BenchmarkClean(b *testing.B) {
	raw := readFile(b, filepath.Join(repoRoot(b), "testdata", "seed-xi-lavrov.txt"))
	c := mustCleaner(b)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		c.Clean(raw, "")
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
