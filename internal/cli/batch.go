package cli

import (
	"context"
	"sync"
	"time"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/queue"
	"github.com/dyad-news/dyad/internal/store"
)

// storeBatch collects coded documents and stores them together with
// PutMany, which costs about a third of storing them one by one. A batch
// is written when it holds batchSize documents, when it is batchWait old,
// and when the worker stops; each message is acknowledged only after its
// document is committed, so a crash loses nothing that was acknowledged.
type storeBatch struct {
	st     store.Store
	sum    *ingestSummary
	report func(string, ...any)

	mu    sync.Mutex
	docs  []*doc.Document
	msgs  []queue.Message
	first time.Time // when the oldest pending document came
}

const (
	batchSize = 64
	batchWait = 200 * time.Millisecond
)

// add queues a coded document and writes the batch when it is full.
func (b *storeBatch) add(ctx context.Context, d *doc.Document, m queue.Message) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.docs) == 0 {
		b.first = time.Now()
	}
	b.docs = append(b.docs, d)
	b.msgs = append(b.msgs, m)
	if len(b.docs) >= batchSize {
		b.flushLocked(ctx)
	}
}

// flushIfOld writes the batch when its oldest document has waited
// batchWait, so that a slow trickle of input is still stored promptly.
func (b *storeBatch) flushIfOld(ctx context.Context) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.docs) > 0 && time.Since(b.first) >= batchWait {
		b.flushLocked(ctx)
	}
}

// flush writes whatever is pending.
func (b *storeBatch) flush(ctx context.Context) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.flushLocked(ctx)
}

func (b *storeBatch) flushLocked(ctx context.Context) {
	docs, msgs := b.docs, b.msgs
	b.docs, b.msgs = nil, nil
	if len(docs) == 0 {
		return
	}
	results, err := b.st.PutMany(ctx, docs)
	if err == nil {
		for i, d := range docs {
			b.sum.stored(results[i], d)
			msgs[i].Ack()
		}
		return
	}
	// one bad document must not fail the others: store them one by one
	for i, d := range docs {
		b.putOne(ctx, d, msgs[i])
	}
}

// putOne stores one document, then acknowledges it; one that cannot be
// stored because the job is stopping is put back.
func (b *storeBatch) putOne(ctx context.Context, d *doc.Document, m queue.Message) {
	r, err := b.st.Put(ctx, d)
	if err != nil {
		if ctx.Err() != nil {
			m.Nak()
			return
		}
		b.report("dyad ingest: %s: %v\n", d.Source, err)
		b.sum.failed()
		m.Ack()
		return
	}
	b.sum.stored(r, d)
	m.Ack()
}
