package cameo

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestTableParses(t *testing.T) {
	if err := Err(); err != nil {
		t.Fatal(err)
	}
	if n := len(All()); n < 300 {
		t.Fatalf("only %d codes", n)
	}
	if len(Roots()) != 20 {
		t.Fatalf("roots: %v", Roots())
	}
	c, ok := Lookup("043")
	if !ok || c.Label != "Host a visit" || c.Goldstein != 2.8 || c.Quad != 1 || c.Plover != "CONSULT" || c.Root != "04" {
		t.Fatalf("043 = %+v", c)
	}
}

// sharedRoot finds <repo>/../shared.
func sharedRoot(t *testing.T) string {
	dir, _ := os.Getwd()
	for d := dir; d != "/"; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(filepath.Dir(d), "shared")
		}
	}
	return ""
}

// TestAgreesWithReference compares every code with the reference table in
// ../shared/data/cameo/cameo-codes.tsv.
func TestAgreesWithReference(t *testing.T) {
	path := filepath.Join(sharedRoot(t), "data", "cameo", "cameo-codes.tsv")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("reference table absent: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	seen := 0
	for sc.Scan() {
		r := strings.Split(sc.Text(), "\t")
		if len(r) < 6 {
			continue
		}
		seen++
		c, ok := Lookup(r[0])
		if !ok {
			t.Errorf("%s missing", r[0])
			continue
		}
		g, _ := strconv.ParseFloat(r[3], 64)
		q, _ := strconv.Atoi(r[4])
		if c.Root != r[1] || c.Label != r[2] || c.Goldstein != g || c.Quad != q || c.Plover != r[5] {
			t.Errorf("%s: have %+v, reference %v", r[0], c, r)
		}
	}
	if seen != len(All()) {
		t.Errorf("reference has %d codes, table %d", seen, len(All()))
	}
}
