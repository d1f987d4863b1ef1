package lexicon

import (
	"runtime"
	"syscall"
	"testing"
	"time"
)

// BenchmarkLoad loads the embedded lexicon and reports the time (ms) and
// the heap the loaded lexicon holds (MB). Budget: 200 ms, 150 MB.
func BenchmarkLoad(b *testing.B) {
	var before, after runtime.MemStats
	var keep *Lexicon
	var wall time.Duration
	var cpu float64
	for i := 0; i < b.N; i++ {
		keep = nil
		runtime.GC()
		runtime.ReadMemStats(&before)
		c0, t0 := cpuSeconds(), time.Now()
		l, err := Load()
		wall += time.Since(t0)
		cpu += cpuSeconds() - c0
		if err != nil {
			b.Fatal(err)
		}
		keep = l
		runtime.GC()
		runtime.ReadMemStats(&after)
	}
	b.ReportMetric(float64(wall.Microseconds())/1000/float64(b.N), "ms")
	b.ReportMetric(cpu*1000/float64(b.N), "cpu-ms")
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MB")
	runtime.KeepAlive(keep)
}

// cpuSeconds is the user+system CPU time of the process so far.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}
