package event

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dyad-news/dyad/internal/devset"
	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/geo"
	"github.com/dyad-news/dyad/internal/quote"
	"github.com/dyad-news/dyad/internal/timex"
)

// BenchmarkLateStages measures each stage after entity (timex, quote,
// event, geo) alone on the Arabic dev articles and the seed article, as
// the whole pipeline has prepared them (the articles of coder's
// BenchmarkPipelineArabic). It reports articles per CPU-second of the
// process. Skipped where ../shared is absent.
func BenchmarkLateStages(b *testing.B) {
	var docs []*doc.Document
	p := devPipeline(b)
	ctx := context.Background()
	arts := devset.Articles(b)
	seed, err := os.ReadFile(filepath.Join(devset.RepoRoot(b), "testdata", "seed-xi-lavrov.txt"))
	if err != nil {
		b.Fatal(err)
	}
	arts = append(arts, devset.Article{ID: "seed", Text: string(seed), Published: "2024-04-09"})
	gs := geo.Stage{}
	for _, a := range arts {
		if !strings.HasPrefix(a.ID, "ar-") && a.ID != "seed" {
			continue
		}
		d := a.Document()
		if err := p.Process(ctx, d); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	qs, err := quote.New()
	if err != nil {
		b.Fatal(err)
	}
	ev, err := New(Options{}, "")
	if err != nil {
		b.Fatal(err)
	}
	stages := []struct {
		name string
		run  func(d *doc.Document) error
	}{
		{"timex", func(d *doc.Document) error { d.Dates = d.Dates[:0]; return timex.Stage{}.Process(ctx, d) }},
		{"quote", func(d *doc.Document) error { return qs.Process(ctx, d) }},
		{"event", func(d *doc.Document) error { return ev.Process(ctx, d) }},
		{"geo", func(d *doc.Document) error {
			for i := range d.Events {
				d.Events[i].Location = nil
			}
			return gs.Process(ctx, d)
		}},
	}
	for _, st := range stages {
		b.Run(st.name, func(b *testing.B) {
			b.ReportAllocs()
			n := 0
			cpu0 := procCPU()
			for b.Loop() {
				if err := st.run(docs[n%len(docs)]); err != nil {
					b.Fatal(err)
				}
				n++
			}
			if cpu := procCPU() - cpu0; cpu > 0 {
				b.ReportMetric(float64(n)/cpu.Seconds(), "articles/cpu-s")
			}
		})
	}
}

// procCPU is the CPU time (user and system) the process has used.
func procCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
