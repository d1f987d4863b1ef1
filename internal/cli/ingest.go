package cli

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/ingest"
	"github.com/dyad-news/dyad/internal/pipeline"
	"github.com/dyad-news/dyad/internal/queue"
	"github.com/dyad-news/dyad/internal/store"
)

func init() {
	Register(Command{Name: "ingest", Short: "code news and store it (for search, the API and the dashboard)", Run: runIngest})
}

const ingestHelp = `Reads news like 'dyad code' (any file, folder, feed, WARC, JSON Lines,
stdin or URL), codes every document and stores it. Ingest is idempotent:
the same article twice changes nothing; an updated article (same id, new
content) replaces its old codings. A document that fails is reported on
stderr and the rest goes on. At the end it prints a summary.

Documents pass through a queue (in-process by default, or NATS JetStream
with --nats) and are acknowledged only once stored, so an interrupted ingest
can simply be run again.

Exit status: 0 when every document was stored, 1 when some failed, 2 on
usage errors.`

// ingestSummary counts what an ingest did.
type ingestSummary struct {
	mu                                  sync.Mutex
	inserted, unchanged, replaced, fail int
	entities, quotes, events            int
}

func (s *ingestSummary) stored(r store.PutResult, d *doc.Document) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch r {
	case store.Inserted:
		s.inserted++
	case store.Unchanged:
		s.unchanged++
		return
	case store.Replaced:
		s.replaced++
	}
	s.entities += len(d.Entities)
	s.quotes += len(d.Quotes)
	s.events += len(d.Events)
}

func (s *ingestSummary) failed() {
	s.mu.Lock()
	s.fail++
	s.mu.Unlock()
}

func (s *ingestSummary) String() string {
	return fmt.Sprintf("documents: %d new, %d updated, %d unchanged, %d failed; stored %d entities, %d quotes, %d events",
		s.inserted, s.replaced, s.unchanged, s.fail, s.entities, s.quotes, s.events)
}

func runIngest(ctx context.Context, args []string, env Env) int {
	var cf codeFlags
	var sf storeFlags
	fs := newFlags("ingest", "[flags] PATH...", ingestHelp, env)
	cf.bind(fs)
	sf.bind(fs)
	natsURL := fs.String("nats", "", "NATS server URL: queue documents on JetStream instead of in-process")
	workers := fs.Int("workers", runtime.GOMAXPROCS(0), "documents coded at once")
	if ok, st := parseFlags(fs, args); !ok {
		return st
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(env.Stderr, "dyad ingest: no input; give a file, a folder, - for stdin, or a URL")
		return ExitUsage
	}
	iopts, err := cf.ingestOptions(env)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad ingest: %v\n", err)
		return ExitUsage
	}
	p, err := cf.newCoder()
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad ingest: %v\n", err)
		return ExitFailed
	}
	st, err := sf.open(ctx)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad ingest: %v\n", err)
		return ExitFailed
	}
	defer st.Close()
	q, err := openQueue(ctx, *natsURL)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad ingest: %v\n", err)
		return ExitFailed
	}
	defer q.Close()

	var sum ingestSummary
	bar := newProgress(env.Stderr, cf.progress, "ingesting")
	defer bar.Finish()
	var barMu sync.Mutex
	report := func(format string, a ...any) {
		barMu.Lock()
		defer barMu.Unlock()
		bar.Clear()
		fmt.Fprintf(env.Stderr, format, a...)
	}
	tick := func() {
		barMu.Lock()
		bar.Add(1)
		barMu.Unlock()
	}

	// readers publish; workers code, store and acknowledge
	var readErr error
	publishAll := func() {
		for d := range ingest.Read(ctx, iopts, fs.Args()...) {
			if d.Err != nil {
				report("dyad ingest: %s\n", describeFailure(d))
				sum.failed()
				tick()
				continue
			}
			b, err := d.MarshalInput()
			if err == nil {
				err = q.Publish(ctx, b)
			}
			if err != nil {
				readErr = err
				return
			}
		}
	}
	if mem, ok := q.(*queue.Memory); ok {
		// in-process: read while the workers code; closing tells them
		// that nothing more will come
		go func() {
			publishAll()
			mem.Close()
		}()
	} else {
		// a JetStream consumer stops when the stream is empty, so publish
		// everything first
		publishAll()
	}
	var wg sync.WaitGroup
	for range max(1, *workers) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b := &storeBatch{st: st, sum: &sum, report: report}
			done := make(chan struct{})
			go func() {
				t := time.NewTicker(batchWait / 2)
				defer t.Stop()
				for {
					select {
					case <-done:
						return
					case <-t.C:
						b.flushIfOld(ctx)
					}
				}
			}()
			_ = q.Consume(ctx, func(ctx context.Context, m queue.Message) {
				codeOne(ctx, m, p, b, &sum, report)
				tick()
			})
			close(done)
			b.flush(ctx)
		}()
	}
	wg.Wait()
	bar.Finish()
	fmt.Fprintf(env.Stderr, "dyad ingest: %s\n", &sum)
	if readErr != nil {
		fmt.Fprintf(env.Stderr, "dyad ingest: queue: %v\n", readErr)
		return ExitFailed
	}
	if ctx.Err() != nil {
		fmt.Fprintln(env.Stderr, "dyad ingest: interrupted; run it again to finish (stored documents are not stored twice)")
		return ExitFailed
	}
	if sum.fail > 0 {
		return ExitFailed
	}
	return ExitOK
}

// codeOne codes one queued document and hands it to the batch, which
// stores and acknowledges it. A document that cannot be coded is reported
// and acknowledged (coding it again would fail again).
func codeOne(ctx context.Context, m queue.Message, p *pipeline.Pipeline, b *storeBatch, sum *ingestSummary, report func(string, ...any)) {
	d, err := doc.UnmarshalInput(m.Data())
	if err != nil {
		report("dyad ingest: a queued message is not a document: %v\n", err)
		sum.failed()
		m.Ack()
		return
	}
	if err := p.Process(ctx, d); err != nil {
		report("dyad ingest: %s\n", describeFailure(d))
		sum.failed()
		m.Ack()
		return
	}
	b.add(ctx, d, m)
}

// openQueue returns JetStream when a NATS URL is given, else an
// in-process queue.
func openQueue(ctx context.Context, natsURL string) (queue.Queue, error) {
	if natsURL == "" {
		return queue.NewMemory(256), nil
	}
	return queue.OpenJetStream(ctx, natsURL, "DYAD")
}
