// Package queue is the small interface that dyad's ingest path is built
// around: readers publish documents, workers consume them, code and store
// them, and acknowledge each one only once it is stored. A message that
// is not acknowledged (a crash, a failed store) is delivered again, and
// the store's idempotent Put makes the repeat harmless. Two
// implementations: Memory (in-process, the default) and JetStream (NATS,
// for workers on several machines).
package queue

import "context"

// Message is one delivered payload.
type Message interface {
	Data() []byte
	// Ack confirms the message was handled; it will not come again.
	Ack() error
	// Nak asks for the message to be delivered again later.
	Nak() error
}

// Queue publishes and consumes messages.
type Queue interface {
	// Publish adds a message to the queue.
	Publish(ctx context.Context, data []byte) error
	// Consume calls handle for each message until ctx ends or the queue is
	// closed and drained; handle acknowledges the message itself.
	Consume(ctx context.Context, handle func(context.Context, Message)) error
	// Close stops accepting messages; consumers drain what is queued.
	Close() error
}
