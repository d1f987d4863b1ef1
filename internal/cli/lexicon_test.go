package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

func runLex(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	st := Main(context.Background(), append([]string{"lexicon"}, args...), Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb})
	return st, out.String(), errb.String()
}

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
			st, out, errs := runLex(t, c.args...)
			if st != c.status || !strings.Contains(out, c.out) {
				t.Errorf("status %d (want %d), stdout %q, stderr %q", st, c.status, out, errs)
			}
		})
	}
}
