package event

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/dyad-news/dyad/internal/event/cameo"
)

var (
	petrarchBlock   = regexp.MustCompile(`^---\s+(\S.*?)\s+\[([0-9]{2,4})[^\]]*\]\s*---`)
	petrarchPattern = regexp.MustCompile(`^-\s+(.*?)\s*\[([0-9]{2,4})[^\]]*\]`)
	petrarchCode    = regexp.MustCompile(`\[([0-9]{2,4})\]`)
)

// ImportPetrarchVerbs converts a PETRARCH/TABARI verb dictionary
// (CAMEO.verbpatterns / CAMEO.2.0.txt style: "--- NAME [code] ---" blocks
// of verb forms, and "- words * words [code]" patterns) into dyad's
// predicate TSV (kind, pattern, code, targets, flags, note), for use as a
// --predicates overlay. Verb forms become verb entries (dyad inflects
// them itself); a pattern's words after the * become cue words of the
// block's verbs. Codes that are not CAMEO event codes are skipped. It
// returns the number of entries written.
func ImportPetrarchVerbs(r io.Reader, w io.Writer) (int, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# imported from a PETRARCH verb dictionary by dyad")
	n := 0
	var verbs []string
	block, code := "", ""
	seen := map[string]bool{}
	emit := func(pattern, c, note string) {
		pattern = strings.ToLower(strings.Join(strings.Fields(pattern), " "))
		if pattern == "" || !cameo.Valid(c) || seen[pattern+"\t"+c] {
			return
		}
		seen[pattern+"\t"+c] = true
		fmt.Fprintf(bw, "v\t%s\t%s\t-\t-\tpetrarch:%s\n", pattern, c, note)
		n++
	}
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if i := strings.Index(line, "#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line == "" {
			continue
		}
		if m := petrarchBlock.FindStringSubmatch(line); m != nil {
			block, code, verbs = m[1], m[2], nil
			continue
		}
		if m := petrarchPattern.FindStringSubmatch(line); m != nil {
			words := strings.Fields(m[1])
			star := -1
			for i, x := range words {
				if x == "*" {
					star = i
				}
			}
			var cues []string
			for _, x := range words[star+1:] {
				x = strings.Trim(x, "$+%^&{}()")
				if x == "" || strings.ContainsAny(x, "*|") || strings.HasPrefix(x, "&") {
					continue
				}
				cues = append(cues, strings.ReplaceAll(x, "_", " "))
			}
			if len(cues) == 0 {
				continue
			}
			for _, v := range verbs {
				emit(v+" "+strings.Join(cues, " "), m[2], block)
			}
			continue
		}
		if strings.HasPrefix(line, "-") || strings.HasPrefix(line, "+") || strings.HasPrefix(line, "&") || strings.HasPrefix(line, "~") {
			continue
		}
		// a verb form line: "ACCUSE", "ACCUSE {ACCUSED ACCUSING}", "TURN_DOWN [120]"
		c := code
		if m := petrarchCode.FindStringSubmatch(line); m != nil {
			c = m[1]
		}
		word := strings.Fields(line)[0]
		if strings.ContainsAny(word, "{}[]") {
			continue
		}
		word = strings.ReplaceAll(word, "_", " ")
		if code == "" {
			code = c
		}
		verbs = append(verbs, word)
		emit(word, c, block)
	}
	if err := sc.Err(); err != nil {
		return n, fmt.Errorf("petrarch verbs: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("petrarch verbs: %w", err)
	}
	return n, nil
}
