package text

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-news/dyad/internal/doc"
)

var update = flag.Bool("update", false, "rewrite the testdata/*.golden files")

// TestGolden analyses the test texts and compares the sentences and
// tokens with testdata/<name>.golden. Run go test -update to rewrite them
// after an intended change, and read the diff.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	inputs = append(inputs, "../../testdata/seed-xi-lavrov.txt")
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(in)
			if err != nil {
				t.Skipf("no input: %v", err)
			}
			d := analyze(string(text))
			checkInvariants(t, d)
			checkWordForms(t, d)
			got := dump(d)
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
				for i := 0; i < len(gl) && i < len(wl); i++ {
					if gl[i] != wl[i] {
						t.Fatalf("%s line %d:\n got  %s\n want %s", golden, i+1, gl[i], wl[i])
					}
				}
				t.Fatalf("%s: %d lines, want %d", golden, len(gl), len(wl))
			}
		})
	}
}

var kindNames = map[doc.TokenKind]string{doc.Word: "W", doc.Number: "N", doc.Punct: "P", doc.Symbol: "S"}

// dump writes one line per sentence, then one per token:
// start end kind text norm prefix+stem+suffix.
func dump(d *doc.Document) string {
	var b strings.Builder
	for i, s := range d.Sentences {
		fmt.Fprintf(&b, "S%d [%d,%d) %s\n", i, s.Start, s.End, doc.Runes(d.Text, s.Start, s.End))
		for _, tk := range d.Tokens[s.FirstToken:s.EndToken] {
			fmt.Fprintf(&b, "\t%d\t%d\t%s\t%s\t%s", tk.Start, tk.End, kindNames[tk.Kind], tk.Text, tk.Norm)
			if tk.Prefix != "" || tk.Suffix != "" || tk.Stem != tk.Norm {
				fmt.Fprintf(&b, "\t%s+%s+%s", tk.Prefix, tk.Stem, tk.Suffix)
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// TestDevCorpus checks the analysis invariants on the shared dev corpus
// (skipped when /work/shared is absent).
func TestDevCorpus(t *testing.T) {
	files, _ := filepath.Glob("../../../shared/corpus/dev/*.txt")
	if len(files) == 0 {
		t.Skip("no shared dev corpus beside the repo")
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := analyze(string(text))
		checkInvariants(t, d)
		checkWordForms(t, d)
		if len(d.Sentences) < 3 {
			t.Errorf("%s: only %d sentences", f, len(d.Sentences))
		}
	}
}
