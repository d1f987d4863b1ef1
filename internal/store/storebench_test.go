package store_test

// Benchmarks of the store with real codings (issue 6): ingest throughput
// into SQLite with coding and without, and search latency over 100,000
// stored articles. Figures are kept in docs/store-benchmarks.md.
//
//	go test ./internal/store -run '^$' -bench Ingest -benchtime 400x
//	go test ./internal/store -run '^$' -bench Search100k -benchtime 5x -timeout 60m
//
// The dev corpus is read from <repo>/../shared/corpus/dev (the seed
// article alone when it is absent).

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/dyad-news/dyad/internal/coder"
	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/store"
)

var (
	searchN   = flag.Int("search.n", 100000, "articles stored for BenchmarkSearch100k on SQLite")
	searchPGN = flag.Int("search.pgn", 20000, "articles stored for BenchmarkSearch100k on PostgreSQL")
)

// benchDataVersion names the data of the cached SQLite search store; bump
// it when the generated documents change (schema changes need no bump:
// opening the cached store migrates it).
const benchDataVersion = "v2"

// devTexts returns the dev articles (or the seed article alone).
func devTexts(b *testing.B) []string {
	b.Helper()
	files, _ := filepath.Glob("../../../shared/corpus/dev/*.txt")
	if len(files) == 0 {
		files = []string{"../../testdata/seed-xi-lavrov.txt"}
	}
	var out []string
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, string(t))
	}
	return out
}

// newDoc returns an uncoded document as a text reader makes it.
func newDoc(id, raw, published string) *doc.Document {
	d := doc.New()
	d.ID, d.Source, d.Raw, d.Text, d.Published = id, id+".txt", raw, raw, published
	return d
}

var (
	codedOnce sync.Once
	coded     []*doc.Document
	codedErr  error
)

// codedDev codes each dev article once.
func codedDev(b *testing.B) []*doc.Document {
	b.Helper()
	texts := devTexts(b)
	codedOnce.Do(func() {
		p, err := coder.New(coder.Options{})
		if err != nil {
			codedErr = err
			return
		}
		for i, t := range texts {
			d := newDoc(fmt.Sprintf("dev-%d", i), t, "2024-04-09")
			if err := p.Process(context.Background(), d); err != nil {
				codedErr = err
				return
			}
			coded = append(coded, d)
		}
	})
	if codedErr != nil {
		b.Fatal(codedErr)
	}
	return coded
}

// variant returns a copy of d under a new id, published on date, with
// extra appended to its text (so that its hash differs); its codings are
// d's (offsets stay valid: the text only grows at the end).
func variant(d *doc.Document, id, date, extra string) *doc.Document {
	c := *d
	c.ID, c.Source, c.Published = id, id+".txt", date
	c.Text = d.Text + "\n" + extra
	c.Raw = c.Text
	return &c
}

// parallel runs f(i) for i in [0, n) on GOMAXPROCS workers, as `dyad
// ingest` does.
func parallel(b *testing.B, n int, f func(i int) error) {
	b.Helper()
	var next atomic.Int64
	var wg sync.WaitGroup
	var mu sync.Mutex
	var first error
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				if err := f(i); err != nil {
					mu.Lock()
					first = cmpErr(first, err)
					mu.Unlock()
					return
				}
			}
		}()
	}
	wg.Wait()
	if first != nil {
		b.Fatal(first)
	}
}

func cmpErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

var runSeq atomic.Int64

// cpuTime returns the process's user and system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// rate reports articles/s and articles/cpu-s of n articles since the
// timer's reset, with cpu0 the CPU time then.
func rate(b *testing.B, n int, cpu0 time.Duration) {
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		b.ReportMetric(float64(n)/cpu.Seconds(), "articles/cpu-s")
	}
}

// BenchmarkIngestSQLite measures ingest into SQLite, one op an article,
// on GOMAXPROCS workers (use -cpu 1,2): "code+put" codes each article
// with the standard pipeline and Puts it, as `dyad ingest` does;
// "put" Puts pre-coded articles, so the store's own cost is visible;
// "putmany" stores pre-coded articles 500 to a transaction.
func BenchmarkIngestSQLite(b *testing.B) {
	ctx := context.Background()
	texts := devTexts(b)
	docs := codedDev(b)
	p, err := coder.New(coder.Options{})
	if err != nil {
		b.Fatal(err)
	}
	open := func(b *testing.B) store.Store {
		st, err := store.Open(ctx, b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { st.Close() })
		return st
	}
	b.Run("code+put", func(b *testing.B) {
		st := open(b)
		run := runSeq.Add(1)
		b.ResetTimer()
		cpu0 := cpuTime()
		parallel(b, b.N, func(i int) error {
			id := fmt.Sprintf("r%d-%d", run, i)
			d := newDoc(id, texts[i%len(texts)]+"\n"+id, "2024-04-09")
			if err := p.Process(ctx, d); err != nil {
				return err
			}
			_, err := st.Put(ctx, d)
			return err
		})
		rate(b, b.N, cpu0)
	})
	b.Run("put", func(b *testing.B) {
		st := open(b)
		run := runSeq.Add(1)
		b.ResetTimer()
		cpu0 := cpuTime()
		parallel(b, b.N, func(i int) error {
			id := fmt.Sprintf("r%d-%d", run, i)
			_, err := st.Put(ctx, variant(docs[i%len(docs)], id, "2024-04-09", id))
			return err
		})
		rate(b, b.N, cpu0)
	})
	b.Run("putmany", func(b *testing.B) {
		st := open(b)
		run := runSeq.Add(1)
		b.ResetTimer()
		cpu0 := cpuTime()
		const batch = 500
		for from := 0; from < b.N; from += batch {
			var ds []*doc.Document
			for i := from; i < min(b.N, from+batch); i++ {
				id := fmt.Sprintf("r%d-%d", run, i)
				ds = append(ds, variant(docs[i%len(docs)], id, "2024-04-09", id))
			}
			if _, err := st.PutMany(ctx, ds); err != nil {
				b.Fatal(err)
			}
		}
		rate(b, b.N, cpu0)
	})
}

// vocabulary returns the distinct words of the coded articles in a fixed
// shuffled order (the order of a Zipf draw's ranks).
func vocabulary(docs []*doc.Document) []string {
	seen := map[string]bool{}
	var out []string
	for _, d := range docs {
		for _, w := range strings.FieldsFunc(d.Text, func(r rune) bool { return !isLetter(r) }) {
			if len([]rune(w)) >= 3 && !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	slices.Sort(out)
	rng := rand.New(rand.NewPCG(7, 7))
	rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

func isLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x621 && r <= 0x64A
}

// fill stores n variants of the coded dev articles: ids art-000000…,
// publication dates spread over 2015–2025, and six words drawn from the
// corpus vocabulary (Zipf) appended to each text, so that terms of every
// frequency exist, from one in eleven articles down to a handful.
func fill(b *testing.B, st store.Store, n int) {
	b.Helper()
	ctx := context.Background()
	docs := codedDev(b)
	vocab := vocabulary(docs)
	rng := rand.New(rand.NewPCG(1, 2))
	zipf := rand.NewZipf(rand.New(rand.NewPCG(3, 4)), 1.2, 1, uint64(len(vocab)-1))
	tags := rand.NewZipf(rand.New(rand.NewPCG(5, 6)), 1.1, 1, 1<<20)
	start := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	days := int(time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC).Sub(start).Hours() / 24)
	t0 := time.Now()
	const batch = 1000
	for from := 0; from < n; from += batch {
		var ds []*doc.Document
		for i := from; i < min(n, from+batch); i++ {
			words := make([]string, 6)
			for k := range words {
				words[k] = vocab[zipf.Uint64()]
			}
			date := start.AddDate(0, 0, rng.IntN(days+1)).Format(time.DateOnly)
			d := docs[i%len(docs)]
			tag := tagWord(int(tags.Uint64()), d.Lang == "ar")
			ds = append(ds, variant(d, fmt.Sprintf("art-%06d", i), date, strings.Join(words, " ")+" "+tag+fmt.Sprintf(" %d.", i)))
		}
		if _, err := st.PutMany(ctx, ds); err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("stored %d articles in %v", n, time.Since(t0).Round(time.Second))
}

// tagWord spells rank in Latin or Arabic letters: the appended words of
// the long tail, from common to unique.
func tagWord(rank int, arabic bool) string {
	letters := []rune("bcdfghjklmnpqrstvwxz")
	if arabic {
		letters = []rune("بتثجحخدذرزسشصضطظعغفق")
	}
	out := []rune{letters[0], letters[1]}
	for {
		out = append(out, letters[rank%len(letters)])
		if rank /= len(letters); rank == 0 {
			return string(out)
		}
	}
}

// searchCase is one query of the mix, of a shape (the kind of query
// the API offers: filters alone, Arabic or English words, words with
// filters, rare words, paging), reported apart.
type searchCase struct {
	shape, name string
	q           string
	f           store.Filter
	offset      int
}

// searchMix is the query mix: Arabic and English words from very common
// to absent, names in either script, every filter alone and with words,
// and deep pages.
func searchMix() []searchCase {
	return []searchCase{
		{"filter", "browse all", "", store.Filter{}, 0},
		{"filter", "lang ar", "", store.Filter{Lang: "ar"}, 0},
		{"filter", "lang en", "", store.Filter{Lang: "en"}, 0},
		{"filter", "root 04", "", store.Filter{Root: "04"}, 0},
		{"filter", "quad 4", "", store.Filter{Quad: 4}, 0},
		{"filter", "actor RUS", "", store.Filter{Actor: "RUS"}, 0},
		{"filter", "actor USAGOV", "", store.Filter{Actor: "USAGOV"}, 0},
		{"filter", "country CHN", "", store.Filter{Country: "CHN"}, 0},
		{"filter", "year 2019", "", store.Filter{Since: "2019-01-01", Until: "2019-12-31"}, 0},
		{"filter", "lang en + root 11", "", store.Filter{Lang: "en", Root: "11"}, 0},
		{"filter", "actor RUS + country CHN + 2021", "", store.Filter{Actor: "RUS", Country: "CHN", Since: "2021-01-01", Until: "2021-12-31"}, 0},
		{"ar word", "ar common الرئيس", "الرئيس", store.Filter{}, 0},
		{"ar word", "ar مجلس الأمن", "مجلس الأمن", store.Filter{}, 0},
		{"ar word", "ar name لافروف", "لافروف", store.Filter{}, 0},
		{"en word", "en name Lavrov", "Lavrov", store.Filter{}, 0},
		{"en word", "en common said", "said", store.Filter{}, 0},
		{"en word", "en China", "China", store.Filter{}, 0},
		{"en word", "en Taliban hostage", "Taliban hostage", store.Filter{}, 0},
		{"word+filter", "en Zimbabwe + 2020", "Zimbabwe", store.Filter{Since: "2020-01-01", Until: "2020-12-31"}, 0},
		{"word+filter", "said + root 04", "said", store.Filter{Root: "04"}, 0},
		{"word+filter", "said + quad 4", "said", store.Filter{Quad: 4}, 0},
		{"word+filter", "ar الرئيس + lang + 2023", "الرئيس", store.Filter{Lang: "ar", Since: "2023-01-01"}, 0},
		{"word+filter", "China + actor USA", "China", store.Filter{Actor: "USA"}, 0},
		{"word+filter", "لافروف + country RUS", "لافروف", store.Filter{Country: "RUS"}, 0},
		{"word+filter", "Lavrov + actor RUS + 2024", "Lavrov", store.Filter{Actor: "RUS", Since: "2024-01-01"}, 0},
		{"rare word", "en tag rank 5", tagWord(5, false), store.Filter{}, 0},
		{"rare word", "en tag rank 300", tagWord(300, false), store.Filter{}, 0},
		{"rare word", "ar tag rank 30", tagWord(30, true), store.Filter{}, 0},
		{"rare word", "absent word", "xyzzyq", store.Filter{}, 0},
		{"page", "page 3 of China", "China", store.Filter{}, 40},
		{"page", "page 51 of said", "said", store.Filter{}, 1000},
		{"page", "page 26 of lang ar", "", store.Filter{Lang: "ar"}, 500},
	}
}

// BenchmarkSearch100k measures search latency (count, first page and
// facets) over 100,000 stored articles on SQLite, and 20,000 on
// PostgreSQL when a server answers (see backends in store_test.go), in
// a schema of its own dropped afterwards. One op is one pass over the
// query mix; p50/p95/p99 are over single searches. The SQLite store is
// built once and kept under os.TempDir (dyad-bench-search-*), so later
// runs reuse it; the first build takes minutes.
func BenchmarkSearch100k(b *testing.B) {
	ctx := context.Background()
	parent := b
	b.Run("sqlite", func(b *testing.B) {
		dir := filepath.Join(os.TempDir(), fmt.Sprintf("dyad-bench-search-%s-%d", benchDataVersion, *searchN))
		done := filepath.Join(dir, "complete")
		if _, err := os.Stat(done); err != nil {
			os.RemoveAll(dir)
			st, err := store.Open(ctx, dir)
			if err != nil {
				b.Fatal(err)
			}
			fill(b, st, *searchN)
			st.Close()
			if err := os.WriteFile(done, nil, 0o644); err != nil {
				b.Fatal(err)
			}
		}
		t0 := time.Now()
		st, err := store.Open(ctx, dir)
		if err != nil {
			b.Fatal(err)
		}
		defer st.Close()
		b.Logf("opened (migrated) in %v", time.Since(t0).Round(time.Millisecond))
		runMix(b, st)
	})
	var pg store.Store
	b.Run("postgres", func(b *testing.B) {
		if pg == nil {
			pg = openPG(b, parent)
			fill(b, pg, *searchPGN)
		}
		runMix(b, pg)
	})
	if pg != nil {
		pg.Close()
	}
}

// openPG opens a PostgreSQL store in a new schema, dropped when owner
// ends, or skips.
func openPG(b, owner *testing.B) store.Store {
	ctx := context.Background()
	dsn := os.Getenv("DYAD_TEST_POSTGRES")
	if dsn == "" {
		dsn = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
	}
	admin, err := sql.Open("pgx", dsn)
	if err == nil {
		err = admin.PingContext(ctx)
	}
	if err != nil {
		b.Skipf("no PostgreSQL at %s: %v", dsn, err)
	}
	schema := fmt.Sprintf("dyad_bench_%d", time.Now().UnixNano())
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		b.Fatal(err)
	}
	owner.Cleanup(func() {
		admin.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE")
		admin.Close()
	})
	st, err := store.Open(ctx, dsn+"&search_path="+schema)
	if err != nil {
		b.Fatal(err)
	}
	return st
}

// runMix runs the query mix b.N times and reports latency percentiles,
// over all searches and per shape.
func runMix(b *testing.B, st store.Store) {
	ctx := context.Background()
	setAnswerCache(false)
	defer setAnswerCache(true)
	mix := searchMix()
	// warm the caches once
	for _, c := range mix {
		if _, err := st.Search(ctx, c.q, c.f, store.Page{}); err != nil {
			b.Fatal(err)
		}
	}
	var all, allCPU []time.Duration
	per := make([][]time.Duration, len(mix))
	shapes, shapesCPU := map[string][]time.Duration{}, map[string][]time.Duration{}
	totals := make([]int, len(mix))
	b.ResetTimer()
	for range b.N {
		for i, c := range mix {
			c0 := cpuTime()
			t := time.Now()
			res, err := st.Search(ctx, c.q, c.f, store.Page{Limit: 20, Offset: c.offset})
			d := time.Since(t)
			dc := cpuTime() - c0
			if err != nil {
				b.Fatal(err)
			}
			totals[i] = res.Total
			all, allCPU = append(all, d), append(allCPU, dc)
			per[i] = append(per[i], d)
			shapes[c.shape] = append(shapes[c.shape], d)
			shapesCPU[c.shape] = append(shapesCPU[c.shape], dc)
		}
	}
	b.StopTimer()
	b.ReportMetric(pct(all, 50), "p50-ms")
	b.ReportMetric(pct(all, 95), "p95-ms")
	b.ReportMetric(pct(all, 99), "p99-ms")
	b.ReportMetric(pct(allCPU, 50), "p50-cpu-ms")
	b.ReportMetric(pct(allCPU, 95), "p95-cpu-ms")
	b.Logf("load average %s (wall times are of a machine shared with other work; CPU times are this process's)", loadavg())
	for i, c := range mix {
		b.Logf("%-32s hits %6d  p50 %7.1f ms  max %7.1f ms", c.name, totals[i], pct(per[i], 50), pct(per[i], 100))
	}
	var names []string
	for k := range shapes {
		names = append(names, k)
	}
	slices.Sort(names)
	for _, k := range names {
		b.Logf("shape %-12s n %4d  wall p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms;  CPU p50 %7.1f ms  p95 %7.1f ms", k, len(shapes[k]),
			pct(shapes[k], 50), pct(shapes[k], 95), pct(shapes[k], 100), pct(shapesCPU[k], 50), pct(shapesCPU[k], 95))
	}
}

// loadavg returns the 1, 5 and 15 minute load averages.
func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Join(strings.Fields(string(b))[:3], " ")
}

// pct returns the p-th percentile of ds in milliseconds (nearest rank).
func pct(ds []time.Duration, p float64) float64 {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	k := int(float64(len(s))*p/100+0.999999) - 1
	k = max(0, min(len(s)-1, k))
	return float64(s[k].Microseconds()) / 1000
}
