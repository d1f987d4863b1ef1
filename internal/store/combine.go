package store

import (
	"context"
	"sync"

	"github.com/dyad-news/dyad/internal/doc"
)

// combiner stores the documents of concurrent Puts together (group
// commit): in SQLite a commit costs more than storing a document (the
// WAL frames, the full-text index's flush), and there is one writer, so
// the Puts that queue while a transaction runs are stored by the next
// one, all at once. A Put still returns only once its document is
// committed, with its own result: when a combined transaction fails,
// each of its documents is stored again alone.
type combiner struct {
	mu      sync.Mutex
	pending []*putReq
	busy    bool // a goroutine is storing batches
}

type putReq struct {
	ctx  context.Context
	d    *doc.Document
	res  PutResult
	err  error
	done chan struct{}
}

// maxCombined bounds the documents of one combined transaction.
const maxCombined = 64

// put stores d through the combiner: the Put that finds the combiner
// idle stores the batches (its own first) until none is pending, the
// others wait for their results.
func (c *combiner) put(ctx context.Context, s *sqlStore, d *doc.Document) (PutResult, error) {
	r := &putReq{ctx: ctx, d: d, done: make(chan struct{})}
	c.mu.Lock()
	c.pending = append(c.pending, r)
	if c.busy {
		c.mu.Unlock()
		select {
		case <-r.done:
			return r.res, r.err
		case <-ctx.Done():
			// it may still be stored (ingest is idempotent)
			return 0, ctx.Err()
		}
	}
	c.busy = true
	c.mu.Unlock()
	for {
		c.mu.Lock()
		n := min(len(c.pending), maxCombined)
		batch := c.pending[:n:n]
		c.pending = c.pending[n:]
		if n == 0 {
			c.busy = false
			c.mu.Unlock()
			break
		}
		c.mu.Unlock()
		c.store(s, batch)
	}
	<-r.done
	return r.res, r.err
}

// store puts a batch in one transaction, or each alone when that fails.
func (c *combiner) store(s *sqlStore, batch []*putReq) {
	live := batch[:0:0]
	for _, r := range batch {
		if err := r.ctx.Err(); err != nil {
			r.err = err
			close(r.done)
			continue
		}
		live = append(live, r)
	}
	if len(live) == 0 {
		return
	}
	docs := make([]*doc.Document, len(live))
	for i, r := range live {
		docs[i] = r.d
	}
	res, err := s.PutMany(context.Background(), docs)
	for i, r := range live {
		switch {
		case err == nil:
			r.res = res[i]
		case len(live) == 1:
			r.err = err
		default:
			rs, err := s.PutMany(r.ctx, []*doc.Document{r.d})
			if r.err = err; err == nil {
				r.res = rs[0]
			}
		}
		close(r.done)
	}
}
