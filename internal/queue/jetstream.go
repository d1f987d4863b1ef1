package queue

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// JetStream is a queue on a NATS JetStream stream with a durable
// consumer: workers on several machines share the messages, and a
// message not acknowledged within AckWait is delivered again.
type JetStream struct {
	nc       *nats.Conn
	js       jetstream.JetStream
	stream   jetstream.Stream
	subject  string
	consumer string
}

// OpenJetStream connects to the NATS server at url and makes sure the
// stream (work-queue retention) and its durable consumer exist.
func OpenJetStream(ctx context.Context, url, stream string) (*JetStream, error) {
	nc, err := nats.Connect(url, nats.Name("dyad"), nats.Timeout(5*time.Second))
	if err != nil {
		return nil, fmt.Errorf("queue: connecting to %s: %w", url, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("queue: %w", err)
	}
	subject := stream + ".docs"
	st, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name: stream, Subjects: []string{subject}, Retention: jetstream.WorkQueuePolicy, MaxMsgSize: 64 << 20,
	})
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("queue: stream %s: %w", stream, err)
	}
	return &JetStream{nc: nc, js: js, stream: st, subject: subject, consumer: stream + "-workers"}, nil
}

// Publish adds a message and waits for the server's acknowledgement.
func (q *JetStream) Publish(ctx context.Context, data []byte) error {
	if _, err := q.js.Publish(ctx, q.subject, data); err != nil {
		return fmt.Errorf("queue: publish: %w", err)
	}
	return nil
}

type jsMsg struct{ m jetstream.Msg }

func (m jsMsg) Data() []byte { return m.m.Data() }
func (m jsMsg) Ack() error   { return m.m.Ack() }
func (m jsMsg) Nak() error   { return m.m.Nak() }

// Consume fetches messages for handle until ctx ends or the stream holds
// no more messages (a long-running worker calls it again).
func (q *JetStream) Consume(ctx context.Context, handle func(context.Context, Message)) error {
	cons, err := q.stream.CreateOrUpdateConsumer(ctx, jetstream.ConsumerConfig{
		Durable: q.consumer, AckPolicy: jetstream.AckExplicitPolicy, AckWait: 2 * time.Minute,
	})
	if err != nil {
		return fmt.Errorf("queue: consumer: %w", err)
	}
	for ctx.Err() == nil {
		batch, err := cons.Fetch(32, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			if errors.Is(err, context.Canceled) {
				return nil
			}
			return fmt.Errorf("queue: fetch: %w", err)
		}
		n := 0
		for m := range batch.Messages() {
			n++
			handle(ctx, jsMsg{m})
		}
		if err := batch.Error(); err != nil && !errors.Is(err, jetstream.ErrNoMessages) && !errors.Is(err, nats.ErrTimeout) {
			return fmt.Errorf("queue: fetch: %w", err)
		}
		if n == 0 && q.drained(ctx) {
			return nil
		}
	}
	return ctx.Err()
}

// drained reports whether the stream holds no more messages (work-queue
// retention removes acknowledged ones).
func (q *JetStream) drained(ctx context.Context) bool {
	info, err := q.stream.Info(ctx)
	return err == nil && info.State.Msgs == 0
}

// Close closes the connection.
func (q *JetStream) Close() error {
	q.nc.Close()
	return nil
}
