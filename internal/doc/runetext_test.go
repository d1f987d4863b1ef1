package doc

import (
	"slices"
	"testing"
)

func TestRuneText(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
	}{
		{"empty", ""},
		{"ascii", "Ankara said"},
		{"arabic", "قال أردوغان"},
		{"invalid utf-8", "a\xffb"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := &Document{Text: tc.text}
			if got := d.RuneText(); !slices.Equal(got, []rune(tc.text)) {
				t.Fatalf("RuneText() = %q, want %q", string(got), tc.text)
			}
		})
	}
	t.Run("new text re-decodes", func(t *testing.T) {
		d := &Document{Text: "abc"}
		_ = d.RuneText()
		d.Text = "قال"
		if got := string(d.RuneText()); got != "قال" {
			t.Fatalf("after a new Text, RuneText() = %q", got)
		}
	})
}
