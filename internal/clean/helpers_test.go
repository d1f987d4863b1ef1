package clean

import (
	"os"
	"testing"

	"github.com/dyad-news/dyad/internal/devset"
)

var (
	repoRoot  = devset.RepoRoot
	sharedDir = devset.Shared
)

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
