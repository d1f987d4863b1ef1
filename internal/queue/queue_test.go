package queue

import (
	"context"
	"fmt"
	"net"
	"sort"
	"sync"
	"testing"
	"time"
)

// exercise publishes n messages, consumes them with two workers that
// reject every message once before taking it, and checks that each
// message was handled exactly once.
func exercise(t *testing.T, q Queue, n int) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	go func() {
		for i := range n {
			if err := q.Publish(ctx, fmt.Appendf(nil, "m%03d", i)); err != nil {
				t.Errorf("publish: %v", err)
				return
			}
		}
		if m, ok := q.(*Memory); ok {
			m.Close()
		}
	}()
	var mu sync.Mutex
	seen := map[string]int{}
	rejected := map[string]bool{}
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = q.Consume(ctx, func(_ context.Context, m Message) {
				mu.Lock()
				defer mu.Unlock()
				k := string(m.Data())
				if !rejected[k] {
					rejected[k] = true
					m.Nak()
					return
				}
				seen[k]++
				m.Ack()
			})
		}()
	}
	wg.Wait()
	var keys []string
	for k, c := range seen {
		if c != 1 {
			t.Errorf("%s handled %d times", k, c)
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if len(keys) != n {
		t.Fatalf("handled %d distinct messages, want %d", len(keys), n)
	}
}

func TestMemory(t *testing.T) {
	exercise(t, NewMemory(4), 50)
	q := NewMemory(1)
	q.Close()
	if err := q.Publish(context.Background(), nil); err != ErrClosed {
		t.Errorf("publish after close: %v", err)
	}
}

func TestJetStream(t *testing.T) {
	c, err := net.DialTimeout("tcp", "127.0.0.1:4222", time.Second)
	if err != nil {
		t.Skipf("no NATS server at 127.0.0.1:4222 (%v): JetStream queue not tested", err)
	}
	c.Close()
	ctx := context.Background()
	name := fmt.Sprintf("DYADTEST%d", time.Now().UnixNano())
	q, err := OpenJetStream(ctx, "nats://127.0.0.1:4222", name)
	if err != nil {
		t.Skipf("NATS without JetStream: %v", err)
	}
	defer func() {
		q.js.DeleteStream(ctx, name)
		q.Close()
	}()
	// publish everything first: a JetStream consumer returns when the
	// stream is empty
	for i := range 20 {
		if err := q.Publish(ctx, fmt.Appendf(nil, "m%03d", i)); err != nil {
			t.Fatal(err)
		}
	}
	var mu sync.Mutex
	seen := map[string]int{}
	cctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := q.Consume(cctx, func(_ context.Context, m Message) {
		mu.Lock()
		seen[string(m.Data())]++
		mu.Unlock()
		m.Ack()
	}); err != nil {
		t.Fatal(err)
	}
	if len(seen) != 20 {
		t.Fatalf("consumed %d distinct messages, want 20", len(seen))
	}
}
