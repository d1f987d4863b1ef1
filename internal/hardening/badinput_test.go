package hardening

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyad-news/dyad/internal/store"
)

var update = flag.Bool("update", false, "rewrite testdata/bad from Cases()")

// maxRSS is the memory bound of one run of dyad on any input.
const maxRSS = 1 << 30

// The small cases are committed under testdata/bad, written by
// scripts/make-bad-inputs.sh; this keeps them in step with Cases().
func TestCommittedCorpus(t *testing.T) {
	dir := filepath.Join(repoRoot, "testdata", "bad")
	if *update {
		os.MkdirAll(dir, 0o755)
		if _, err := WriteAll(dir, false); err != nil {
			t.Fatal(err)
		}
	}
	tmp := t.TempDir()
	paths, err := WriteAll(tmp, false)
	if err != nil {
		t.Fatal(err)
	}
	for name, p := range paths {
		want, _ := os.ReadFile(p)
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("testdata/bad/%s is missing or stale (err %v); run scripts/make-bad-inputs.sh", name, err)
		}
	}
}

// TestBadInputs runs `dyad code` and `dyad ingest` (the built binary) on
// every bad input beside a good article: the bad input is coded or
// refused with an error naming it and the reason, the good article is
// always coded, memory stays under 1 GB and time bounded, and ingest
// stores every coded document exactly once (a second ingest adds
// nothing). The small cases run as one batch (one folder of them all);
// each large case runs alone, so that its peak memory is its own.
func TestBadInputs(t *testing.T) {
	t.Run("small", func(t *testing.T) {
		dir := t.TempDir()
		var cases []Case
		for _, c := range Cases() {
			if c.Large {
				continue
			}
			data, err := os.ReadFile(filepath.Join(repoRoot, "testdata", "bad", c.Name))
			if err != nil {
				t.Fatalf("%v (run scripts/make-bad-inputs.sh)", err)
			}
			if err := os.WriteFile(filepath.Join(dir, c.Name), data, 0o644); err != nil {
				t.Fatal(err)
			}
			cases = append(cases, c)
		}
		runCase(t, dir, cases, true)
	})
	large := t.TempDir()
	for _, c := range Cases() {
		if !c.Large {
			continue
		}
		t.Run(c.Name, func(t *testing.T) {
			dir := filepath.Join(large, "in")
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			defer os.RemoveAll(large)
			start := time.Now()
			if err := WriteFile(filepath.Join(dir, c.Name), c); err != nil {
				t.Fatal(err)
			}
			t.Logf("generated in %v", time.Since(start).Round(time.Millisecond))
			runCase(t, dir, []Case{c}, false)
		})
	}
}

// runCase codes and ingests dir (the cases' files and good.txt) and
// checks every case's outcome; again runs ingest a second time.
func runCase(t *testing.T, dir string, cases []Case, again bool) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, "good.txt"), []byte(Good), 0o644); err != nil {
		t.Fatal(err)
	}
	wantStatus := 0
	for _, c := range cases {
		if c.Want != Coded {
			wantStatus = 1
		}
	}

	// dyad code
	r := runDyad(t, 90*time.Second, nil, "code", "--progress", "off", dir)
	t.Logf("code: exit %d, %v, peak %s", r.code, r.wall.Round(time.Millisecond), mb(r.maxRSS))
	if r.code != wantStatus {
		t.Errorf("code: exit %d, want %d; stderr %.500s", r.code, wantStatus, r.stderr)
	}
	checkMemory(t, "code", r)
	bySource := codedSources(t, r.stdout, cases)
	if n := bySource["good.txt"]; n != 1 {
		t.Errorf("code: the good article was coded %d times, want once", n)
	}
	total := 1
	for _, c := range cases {
		n := bySource[c.Name]
		checkCount(t, "code", c, n)
		checkError(t, "code", c, r.stderr)
		total += n
	}

	// dyad ingest. The store keeps one copy of identical content (the
	// cases' contents differ), so it holds what code printed.
	data := filepath.Join(dir, ".data")
	r = runDyad(t, 150*time.Second, nil, "ingest", "--progress", "off", "--data", data, dir)
	t.Logf("ingest: exit %d, %v, peak %s", r.code, r.wall.Round(time.Millisecond), mb(r.maxRSS))
	if r.code != wantStatus {
		t.Errorf("ingest: exit %d, want %d; stderr %.500s", r.code, wantStatus, r.stderr)
	}
	checkMemory(t, "ingest", r)
	for _, c := range cases {
		checkError(t, "ingest", c, r.stderr)
	}
	if n := storedDocs(t, data); n != total {
		t.Errorf("ingest stored %d documents, want %d (the ones code printed)", n, total)
	}
	if !again {
		return
	}
	r = runDyad(t, 90*time.Second, nil, "ingest", "--progress", "off", "--data", data, dir)
	if !strings.Contains(r.stderr, "documents: 0 new, 0 updated") {
		t.Errorf("second ingest changed the store: %.300s", lastLine(r.stderr))
	}
	if n := storedDocs(t, data); n != total {
		t.Errorf("after a second ingest: %d documents, want %d", n, total)
	}
}

func checkMemory(t *testing.T, cmd string, r result) {
	t.Helper()
	if r.maxRSS > maxRSS {
		t.Errorf("%s: peak memory %s, over %s", cmd, mb(r.maxRSS), mb(maxRSS))
	}
}

func checkCount(t *testing.T, cmd string, c Case, coded int) {
	t.Helper()
	switch {
	case c.Want == Refused && coded != 0:
		t.Errorf("%s: %d documents coded from an input that should be refused", cmd, coded)
	case c.Want != Refused && c.Docs == 0 && coded == 0:
		t.Errorf("%s: nothing coded from the input", cmd)
	case c.Want != Refused && c.Docs > 0 && coded != c.Docs:
		t.Errorf("%s: %d documents coded, want %d", cmd, coded, c.Docs)
	}
}

// checkError: a refused or damaged input is named in an error with the
// reason; a coded one gives no error.
func checkError(t *testing.T, cmd string, c Case, stderr string) {
	t.Helper()
	var errs []string
	for _, l := range strings.Split(stderr, "\n") {
		if strings.HasPrefix(l, "dyad "+cmd+": ") && strings.Contains(l, "/"+c.Name+":") {
			errs = append(errs, l)
		}
	}
	if c.Want == Coded {
		if len(errs) > 0 {
			t.Errorf("%s: errors for an input that should be coded: %q", cmd, errs)
		}
		return
	}
	if len(errs) != 1 || !strings.Contains(errs[0], c.Name) || !strings.Contains(errs[0], c.Reason) {
		t.Errorf("%s: errors %q, want one naming %s with %q", cmd, errs, c.Name, c.Reason)
	}
}

// codedSources counts the documents of `dyad code` output by the case
// whose name is in their source (a file, or the URL of a WARC record,
// which holds the case's name), else by the source's base name.
func codedSources(t *testing.T, out string, cases []Case) map[string]int {
	t.Helper()
	n := map[string]int{}
	dec := json.NewDecoder(strings.NewReader(out))
	for {
		var d struct {
			Source string `json:"source"`
		}
		if err := dec.Decode(&d); err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("output is not JSON Lines: %v", err)
			}
			break
		}
		name := filepath.Base(d.Source)
		for _, c := range cases {
			if strings.Contains(d.Source+"/", "/"+c.Name+"/") {
				name = c.Name
			}
		}
		n[name]++
	}
	return n
}

func storedDocs(t *testing.T, data string) int {
	t.Helper()
	st, err := store.Open(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s.Documents
}

func lastLine(s string) string {
	l := strings.Split(strings.TrimSpace(s), "\n")
	return l[len(l)-1]
}
