package clean

import (
	"os"
	"path/filepath"
	"testing"
)

// repoRoot finds the module root above the package directory.
func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Fatal("go.mod not found")
		}
		dir = up
	}
}

// sharedDir returns <root>/../shared/<sub>, skipping the test when absent.
func sharedDir(t testing.TB, sub string) string {
	t.Helper()
	d := filepath.Join(repoRoot(t), "..", "shared", sub)
	if _, err := os.Stat(d); err != nil {
		t.Skipf("shared data %s absent: %v", d, err)
	}
	return d
}

func mustCleaner(t testing.TB) *Cleaner {
	t.Helper()
	c, err := New()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func readFile(t testing.TB, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
