package cli

import (
	"os/exec"
	"path/filepath"
	"testing"
)

// scorePy runs the reference scorer, or skips when python3 is absent.
func scorePy(t *testing.T, gold, pred string) string {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 is absent: cannot run score.py")
	}
	out, err := exec.Command("python3", filepath.Join(gold, "..", "..", "eval", "score.py"), "--gold", gold, "--pred", pred).Output()
	if err != nil {
		t.Fatalf("score.py: %v", err)
	}
	return string(out)
}
