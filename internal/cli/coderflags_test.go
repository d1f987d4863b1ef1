package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCoderFlagsEveryCommand checks that each command that codes news
// takes the coder's overlay flags and names a bad overlay file in its error.
func TestCoderFlagsEveryCommand(t *testing.T) {
	dir := t.TempDir()
	feeds := filepath.Join(dir, "feeds.txt")
	if err := os.WriteFile(feeds, []byte("http://127.0.0.1:1/feed.xml\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "no-such-overlay.tsv")
	data := filepath.Join(dir, "data")
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"code", []string{"code", "../../testdata/seed-xi-lavrov.txt"}},
		{"ingest", []string{"ingest", "--data", data, "../../testdata/seed-xi-lavrov.txt"}},
		{"watch", []string{"watch", "--data", data, "--feeds", feeds, "--once"}},
		{"serve", []string{"serve", "--data", data, "--addr", "127.0.0.1:0"}},
	} {
		for _, flag := range []string{"--lexicon", "--predicates"} {
			t.Run(tc.name+flag, func(t *testing.T) {
				code, _, errs := run(t, "", append(tc.args, flag, missing)...)
				if code == ExitOK || !strings.Contains(errs, "no-such-overlay.tsv") {
					t.Errorf("exit %d, stderr %q: want a failure naming the overlay file", code, errs)
				}
			})
		}
	}
}
