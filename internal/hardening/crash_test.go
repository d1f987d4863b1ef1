package hardening

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/dyad-news/dyad/internal/store"
)

// crashArticles is the number of articles of the crash test.
const crashArticles = 10000

// writeArticles writes n short articles as JSON Lines, each with its own
// text (so its own content hash) and id.
func writeArticles(path string, n int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	enc := json.NewEncoder(bw)
	cities := []string{"Geneva", "Cairo", "Beijing", "Moscow", "Ankara", "Doha", "Vienna", "Oslo"}
	countries := []string{"Russia", "China", "Egypt", "Turkey", "Qatar", "France", "Iran", "Jordan"}
	for i := range n {
		a, b, c := countries[i%8], countries[(i/8+1+i)%8], cities[(i/64)%8]
		text := fmt.Sprintf("Officials from %s and %s held talks in %s on Tuesday, meeting number %d of the year.\nThey agreed to meet again after %d days.", a, b, c, i, i%97+3)
		if i%3 == 0 {
			text = fmt.Sprintf("قال مسؤولون إن وفدا من %s التقى في %s يوم الثلاثاء للمرة %d هذا العام.", []string{"مصر", "قطر", "الأردن"}[i%3], []string{"القاهرة", "الدوحة", "عمان"}[(i/3)%3], i)
		}
		if err := enc.Encode(map[string]string{"id": fmt.Sprintf("crash-%05d", i), "published": "2024-03-05", "text": text}); err != nil {
			f.Close()
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// TestCrashSafety starts `dyad ingest` on 10,000 articles, kills it with
// SIGKILL once some are stored, runs it again to the end, and checks that
// every article is stored exactly once, with its search row.
func TestCrashSafety(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "articles.jsonl")
	if err := writeArticles(in, crashArticles); err != nil {
		t.Fatal(err)
	}
	data := filepath.Join(dir, "data")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	// open the store first, so the schema exists and reading the count
	// while ingest writes is a plain WAL reader
	st, err := store.Open(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()

	cmd := exec.CommandContext(ctx, dyadBin, "ingest", "--progress", "off", "--data", data, in)
	var errb bytes.Buffer
	cmd.Stderr = &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	killAt := crashArticles / 5
	var before int
	for before < killAt {
		select {
		case err := <-exited:
			t.Fatalf("ingest ended (%v) before it was killed, with %d stored: %s", err, before, errb.String())
		case <-time.After(50 * time.Millisecond):
		}
		s, err := st.Stats(ctx)
		if err != nil {
			t.Fatalf("reading the store while ingest writes: %v", err)
		}
		before = s.Documents
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-exited
	s, _ := st.Stats(ctx)
	t.Logf("killed with %d documents stored", s.Documents)

	r := runDyad(t, 3*time.Minute, nil, "ingest", "--progress", "off", "--data", data, in)
	t.Logf("restart: exit %d in %v: %s", r.code, r.wall.Round(time.Millisecond), lastLine(r.stderr))
	if r.code != 0 {
		t.Fatalf("restarted ingest: exit %d: %s", r.code, r.stderr)
	}
	m := regexp.MustCompile(`documents: (\d+) new, (\d+) updated, (\d+) unchanged, (\d+) failed`).FindStringSubmatch(r.stderr)
	if m == nil {
		t.Fatalf("no summary: %s", r.stderr)
	}
	newDocs, _ := strconv.Atoi(m[1])
	unchanged, _ := strconv.Atoi(m[3])
	if m[2] != "0" || m[4] != "0" || newDocs+unchanged != crashArticles || unchanged < s.Documents {
		t.Errorf("restart summary %q: want %d new and the %d stored before the kill (or more) unchanged", m[0], crashArticles-s.Documents, s.Documents)
	}

	db, err := sql.Open("sqlite", "file:"+filepath.Join(data, "dyad.db")+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []struct{ name, sql string }{
		{"documents", `SELECT COUNT(*) FROM documents`},
		{"distinct keys", `SELECT COUNT(DISTINCT key) FROM documents`},
		{"distinct hashes", `SELECT COUNT(DISTINCT hash) FROM documents`},
		{"search rows", `SELECT COUNT(*) FROM doc_index`},
		{"distinct search keys", `SELECT COUNT(DISTINCT d.key) FROM documents d JOIN doc_index i ON i.rowid = d.ord`},
		{"facet rows", `SELECT COUNT(*) FROM documents d JOIN doc_tags t ON t.ord = d.ord`},
		{"expected ids", `SELECT COUNT(*) FROM documents WHERE key LIKE 'crash-%'`},
	} {
		var n int
		if err := db.QueryRow(q.sql).Scan(&n); err != nil {
			t.Fatalf("%s: %v", q.name, err)
		}
		if n != crashArticles {
			t.Errorf("%s: %d, want %d", q.name, n, crashArticles)
		}
	}
	// codings of a document are stored with it, never twice
	var dup int
	if err := db.QueryRow(`SELECT COUNT(*) FROM (SELECT doc_key, name, type FROM entities GROUP BY doc_key, name, type HAVING COUNT(*) > 1)`).Scan(&dup); err != nil {
		t.Fatal(err)
	}
	if dup != 0 {
		t.Errorf("%d entities stored twice for a document", dup)
	}
}
