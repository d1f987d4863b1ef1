package event

import (
	"encoding/json"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyad-news/dyad/internal/doc"
)

func TestDebugHang(t *testing.T) {
	if os.Getenv("DYAD_HANG") == "" {
		t.Skip()
	}
	p := devPipeline(t)
	files, _ := filepath.Glob(filepath.Join(sharedDir(), "corpus", "dev", "*.txt"))
	var out []byte
	defer func() { os.WriteFile("/tmp/ev-real.jsonl", out, 0o644) }()
	for _, f := range files {
		if os.Getenv("DYAD_AR") != "" && !strings.HasPrefix(filepath.Base(f), "ar-") && !strings.HasPrefix(filepath.Base(f), "seed") {
			continue
		}
		b, _ := os.ReadFile(f)
		d := doc.New()
		d.ID, d.Text = strings.TrimSuffix(filepath.Base(f), ".txt"), string(b)
		if g, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".gold.json"); err == nil {
			var gold struct {
				Published string `json:"published"`
			}
			json.Unmarshal(g, &gold)
			d.Published = gold.Published
		}
		done := make(chan struct{})
		start := time.Now()
		go func() { p.Process(context.Background(), d); close(done) }()
		select {
		case <-done:
			t.Logf("%s ok %v events %d", d.ID, time.Since(start), len(d.Events))
			for _, e := range d.Events {
				t.Logf("  %s→%s %s neg=%v %s | %s", actorS(e.Source), actorS(e.Target), e.Code, e.Negated, e.Mood, e.Why)
			}
			for _, e := range d.Entities {
				if os.Getenv("DYAD_ENTS") != "" {
					t.Logf("  ent %s %s %s %d", e.Name, e.Type, e.Actor, len(e.Mentions))
				}
			}
			b, _ := json.Marshal(d)
			out = append(append(out, b...), '\n')
		case <-time.After(20 * time.Second):
			t.Logf("%s HANGS", d.ID)
		}
	}
}
