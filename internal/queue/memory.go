package queue

import (
	"context"
	"errors"
	"sync"
)

// ErrClosed is returned by Publish on a closed queue.
var ErrClosed = errors.New("queue: closed")

// Memory is an in-process queue with redelivery of unacknowledged
// messages. It holds at most its capacity; Publish blocks when it is
// full, which paces the readers to the workers.
type Memory struct {
	ch        chan *memMsg
	mu        sync.RWMutex
	closed    bool
	done      chan struct{}
	closeOnce sync.Once
	// pending counts messages published and not yet acknowledged.
	pending sync.WaitGroup
}

// NewMemory returns a queue holding up to capacity messages.
func NewMemory(capacity int) *Memory {
	if capacity <= 0 {
		capacity = 64
	}
	return &Memory{ch: make(chan *memMsg, capacity), done: make(chan struct{})}
}

type memMsg struct {
	q    *Memory
	data []byte
	once sync.Once
}

func (m *memMsg) Data() []byte { return m.data }

// Ack marks the message handled.
func (m *memMsg) Ack() error {
	m.once.Do(m.q.pending.Done)
	return nil
}

// Nak queues the message again; it stays pending until a delivery of it
// is acknowledged.
func (m *memMsg) Nak() error {
	m.once.Do(func() {
		go func() { m.q.ch <- &memMsg{q: m.q, data: m.data} }()
	})
	return nil
}

// Publish queues data.
func (q *Memory) Publish(ctx context.Context, data []byte) error {
	q.mu.RLock()
	if q.closed {
		q.mu.RUnlock()
		return ErrClosed
	}
	q.pending.Add(1)
	q.mu.RUnlock()
	select {
	case q.ch <- &memMsg{q: q, data: data}:
		return nil
	case <-ctx.Done():
		q.pending.Done()
		return ctx.Err()
	}
}

// Consume delivers messages to handle until ctx ends, or until the queue
// is closed and every message has been acknowledged.
func (q *Memory) Consume(ctx context.Context, handle func(context.Context, Message)) error {
	drained := make(chan struct{})
	go func() {
		select {
		case <-q.done:
			q.pending.Wait()
			close(drained)
		case <-ctx.Done():
		}
	}()
	for {
		select {
		case m := <-q.ch:
			handle(ctx, m)
		case <-drained:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// Close stops Publish; consumers return once everything queued is
// acknowledged.
func (q *Memory) Close() error {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.closeOnce.Do(func() { close(q.done) })
	return nil
}
