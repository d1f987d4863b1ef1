package text

import (
	"fmt"
	"github.com/dyad-news/dyad/internal/doc"
	"os"
	"testing"
)

func TestDump(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("F"))
	d := doc.New()
	d.Text = string(b)
	Analyze(d)
	for si, s := range d.Sentences {
		fmt.Printf("S%d [%d,%d) %q\n", si, s.Start, s.End, doc.Runes(d.Text, s.Start, s.End))
	}
	if os.Getenv("TOK") != "" {
		for _, tk := range d.Tokens {
			fmt.Printf("%d %q %q %q+%q+%q %d\n", tk.Kind, tk.Text, tk.Norm, tk.Prefix, tk.Stem, tk.Suffix, tk.Sentence)
		}
	}
}
