// Package pipeline runs documents through a sequence of stages, benthos
// style: each stage processes one document at a time behind
// Process(ctx, doc); a stage that fails records its error on the document,
// later stages skip that document, and the batch goes on.
package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/dyad-news/dyad/internal/doc"
)

// Stage is one step of the pipeline. Process may change the document in
// place; it returns an error when the document cannot go on. Stages must be
// safe for concurrent use by several goroutines on different documents.
type Stage interface {
	Name() string
	Process(ctx context.Context, d *doc.Document) error
}

// StageFunc adapts a function to a Stage.
type StageFunc struct {
	StageName string
	Fn        func(ctx context.Context, d *doc.Document) error
}

// Name returns the stage's name.
func (f StageFunc) Name() string { return f.StageName }

// Process calls the function.
func (f StageFunc) Process(ctx context.Context, d *doc.Document) error { return f.Fn(ctx, d) }

// Pipeline is an ordered list of stages.
type Pipeline struct {
	Stages []Stage
	// Workers is the number of documents processed at once; 0 means
	// GOMAXPROCS.
	Workers int
}

// New returns a pipeline of the given stages.
func New(stages ...Stage) *Pipeline { return &Pipeline{Stages: stages} }

// Process runs every stage on d in order. The first failing stage's error
// is wrapped with the stage's name, stored in d.Err and returned.
func (p *Pipeline) Process(ctx context.Context, d *doc.Document) error {
	if d.Err != nil {
		return d.Err
	}
	for _, s := range p.Stages {
		if err := ctx.Err(); err != nil {
			d.Err = err
			return err
		}
		if err := safeProcess(ctx, s, d); err != nil {
			d.Err = fmt.Errorf("%s: %w", s.Name(), err)
			return d.Err
		}
	}
	return nil
}

// safeProcess turns a panic in a stage into an error on that document, so
// that one bad article cannot stop a batch.
func safeProcess(ctx context.Context, s Stage, d *doc.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error: %v", r)
		}
	}()
	return s.Process(ctx, d)
}

// Run processes the documents from in with the pipeline's workers and
// sends them, in their input order, to the returned channel, failed ones
// included (with Err set). The channel closes after the last document or
// when ctx is cancelled.
func (p *Pipeline) Run(ctx context.Context, in <-chan *doc.Document) <-chan *doc.Document {
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	type slot struct {
		d    *doc.Document
		done chan struct{}
	}
	slots := make(chan slot, workers*4)
	work := make(chan slot)
	out := make(chan *doc.Document)
	go func() {
		defer close(slots)
		defer close(work)
		for d := range in {
			s := slot{d: d, done: make(chan struct{})}
			select {
			case slots <- s:
			case <-ctx.Done():
				return
			}
			select {
			case work <- s:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for s := range work {
				_ = p.Process(ctx, s.d)
				close(s.done)
			}
		}()
	}
	go func() {
		defer close(out)
		for s := range slots {
			select {
			case <-s.done:
			case <-ctx.Done():
				return
			}
			select {
			case out <- s.d:
			case <-ctx.Done():
				return
			}
		}
		wg.Wait()
	}()
	return out
}
