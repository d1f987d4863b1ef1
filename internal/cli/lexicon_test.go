package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLexiconCommand(t *testing.T) {
	for _, c := range []struct {
		label  string
		args   []string
		status int
		out    string
	}{
		{"lookup Arabic with clitics", []string{"lookup", "وبالصين"}, ExitOK, "country:CHN"},
		{"lookup a person at a date", []string{"lookup", "Lavrov", "--date", "2024-04-09"}, ExitOK, "actor=RUSGOV"},
		{"lookup a role phrase", []string{"lookup", "وزير الخارجية"}, ExitOK, "title=foreign_minister"},
		{"lookup unknown", []string{"lookup", "Zzyzx Qwerty"}, ExitFailed, "not in the lexicon"},
		{"bad date", []string{"lookup", "Putin", "--date", "2024-13-01"}, ExitUsage, ""},
		{"stats", []string{"stats"}, ExitOK, "names"},
		{"import petrarch", []string{"import", "--petrarch", "../lexicon/testdata/actors.txt"}, ExitOK, "person\tVladimir Putin\tRUS"},
		{"import without file", []string{"import"}, ExitUsage, ""},
		{"unknown subcommand", []string{"frobnicate"}, ExitUsage, ""},
	} {
		t.Run(c.label, func(t *testing.T) {
			st, out, errs := run(t, "", append([]string{"lexicon"}, c.args...)...)
			if st != c.status || !strings.Contains(out, c.out) {
				t.Errorf("status %d (want %d), stdout %q, stderr %q", st, c.status, out, errs)
			}
		})
	}
}

func TestLexiconImportPetrarchVerbs(t *testing.T) {
	dict := filepath.Join(t.TempDir(), "verbs.txt")
	os.WriteFile(dict, []byte("--- CONDEMN [122] ---\nCONDEMN\nDENOUNCE\n- * OF WAR CRIMES [1124]\n"), 0o644)
	code, out, errs := run(t, "", "lexicon", "import", "--petrarch-verbs", dict)
	if code != ExitOK || !strings.Contains(out, "condemn") || !strings.Contains(errs, "predicates") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if code, _, _ := run(t, "", "lexicon", "import", "--petrarch-verbs", dict+".missing"); code != ExitFailed {
		t.Errorf("missing file: exit %d, want %d", code, ExitFailed)
	}
}
