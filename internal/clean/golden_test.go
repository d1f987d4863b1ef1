package clean

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenInputs lists the inputs of the golden tests: the authored pages in
// testdata/golden and the seed article of the repository.
func goldenInputs(t *testing.T) map[string]string {
	t.Helper()
	in := map[string]string{}
	files, err := filepath.Glob("testdata/golden/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		in[strings.TrimSuffix(filepath.Base(f), ".txt")] = readFile(t, f)
	}
	seed := filepath.Join(repoRoot(t), "testdata", "seed-xi-lavrov.txt")
	if _, err := os.Stat(seed); err == nil {
		in["seed-xi-lavrov"] = readFile(t, seed)
	}
	return in
}

func TestGolden(t *testing.T) {
	c := mustCleaner(t)
	for name, raw := range goldenInputs(t) {
		t.Run(name, func(t *testing.T) {
			got, _ := c.Clean(raw, "")
			path := filepath.Join("testdata", "golden", name+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(got+"\n"), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want := strings.TrimSuffix(readFile(t, path), "\n")
			if got != want {
				t.Errorf("cleaned text differs from %s (run with -update to accept)\ngot:\n%s", path, got)
			}
		})
	}
}

func TestRawOffsets(t *testing.T) {
	c := mustCleaner(t)
	inputs := goldenInputs(t)
	for _, tc := range junkCases {
		inputs["case/"+tc.name] = tc.in
	}
	for name, raw := range inputs {
		t.Run(name, func(t *testing.T) {
			text, offs := c.Clean(raw, "")
			checkOffsets(t, raw, text, offs)
		})
	}
}

// checkOffsets asserts that offs maps each rune of text to an equal rune of
// raw (a space to a horizontal space, a newline to a newline) and grows.
func checkOffsets(t testing.TB, raw, text string, offs []int32) {
	t.Helper()
	rr, tr := []rune(raw), []rune(text)
	if len(offs) != len(tr) {
		t.Fatalf("len(RawOffsets) = %d, text has %d runes", len(offs), len(tr))
	}
	for i, r := range tr {
		o := int(offs[i])
		if o < 0 || o >= len(rr) {
			t.Fatalf("rune %d %q: offset %d outside raw (%d runes)", i, r, o, len(rr))
		}
		if i > 0 && o <= int(offs[i-1]) {
			t.Fatalf("rune %d: offset %d not after %d", i, o, offs[i-1])
		}
		switch r {
		case ' ':
			if !isSpace(rr[o]) {
				t.Fatalf("space %d maps to %q", i, rr[o])
			}
		default:
			if rr[o] != r {
				t.Fatalf("rune %d %q maps to %q at %d", i, r, rr[o], o)
			}
		}
	}
}
