package cli

import (
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress is a progress bar on stderr that appears only when stderr is a
// terminal (or mode is "on") and the job has run longer than a second.
type progress struct {
	out     io.Writer
	label   string
	enabled bool
	started time.Time
	count   int
	bar     *progressbar.ProgressBar
}

func newProgress(out io.Writer, mode, label string) *progress {
	enabled := mode == "on"
	if mode == "auto" {
		if f, ok := out.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
			enabled = true
		}
	}
	return &progress{out: out, label: label, enabled: enabled, started: time.Now()}
}

// Add counts n more documents done.
func (p *progress) Add(n int) {
	p.count += n
	if !p.enabled {
		return
	}
	if p.bar == nil {
		if time.Since(p.started) < time.Second {
			return
		}
		p.bar = progressbar.NewOptions(-1,
			progressbar.OptionSetWriter(p.out),
			progressbar.OptionSetDescription(p.label),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("docs"),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
		)
		_ = p.bar.Add(p.count)
		return
	}
	_ = p.bar.Add(n)
}

// Clear wipes the bar so that a message can be printed on its line.
func (p *progress) Clear() {
	if p.bar != nil {
		_ = p.bar.Clear()
	}
}

// Finish removes the bar.
func (p *progress) Finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}
