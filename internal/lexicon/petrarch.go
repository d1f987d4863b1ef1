package lexicon

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// PetrarchActor is one record of a PETRARCH actor dictionary.
type PetrarchActor struct {
	Name     string   // "Vladimir Putin"
	Synonyms []string // from the + lines
	Codes    []Role   // dated codes (From/To empty when open)
	Line     int
}

// PetrarchAgent is one record of a PETRARCH agent dictionary
// (LAWMAKER_ [~LEG]).
type PetrarchAgent struct {
	Phrase string // "lawmaker"
	Agent  string // "LEG"
	Line   int
}

// ReadPetrarch reads a PETRARCH actor or agent dictionary: a record line
// is a name in capitals with words joined by _ followed by one or more
// [CODE DATES] groups (DATES: >YYMMDD from, <YYMMDD until,
// YYMMDD-YYMMDD), agent codes begin with ~; a line "+NAME" adds a synonym
// to the record before it; # starts a comment; {PLURAL_} groups are
// dropped.
func ReadPetrarch(r io.Reader) ([]PetrarchActor, []PetrarchAgent, []Problem) {
	var actors []PetrarchActor
	var agents []PetrarchAgent
	var probs []Problem
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	var cur *PetrarchActor
	for sc.Scan() {
		line++
		t := sc.Text()
		if i := strings.Index(t, "#"); i >= 0 {
			t = t[:i]
		}
		t = strings.TrimSpace(t)
		if t == "" || strings.HasPrefix(t, "<") || strings.HasPrefix(t, "===") {
			continue
		}
		if strings.HasPrefix(t, "+") {
			if cur == nil {
				probs = append(probs, Problem{fmt.Sprintf("line %d", line), "synonym before any actor"})
				continue
			}
			name, _, _ := strings.Cut(t[1:], "[")
			cur.Synonyms = append(cur.Synonyms, petrarchName(name))
			continue
		}
		b := strings.Index(t, "[")
		if b < 0 {
			// an actor without codes of its own: codes come later
			actors = append(actors, PetrarchActor{Name: petrarchName(t), Line: line})
			cur = &actors[len(actors)-1]
			continue
		}
		name := petrarchName(t[:b])
		var codes []Role
		agent := ""
		rest := t[b:]
		for {
			o := strings.Index(rest, "[")
			if o < 0 {
				break
			}
			c := strings.Index(rest[o:], "]")
			if c < 0 {
				probs = append(probs, Problem{fmt.Sprintf("line %d", line), "unclosed ["})
				break
			}
			group := strings.TrimSpace(rest[o+1 : o+c])
			rest = rest[o+c+1:]
			f := strings.Fields(group)
			if len(f) == 0 {
				continue
			}
			if strings.HasPrefix(f[0], "~") {
				agent = strings.TrimPrefix(f[0], "~")
				continue
			}
			ro := Role{Actor: strings.ToUpper(f[0])}
			if len(f) > 1 {
				var err error
				if ro.From, ro.To, err = petrarchDates(f[1]); err != nil {
					probs = append(probs, Problem{fmt.Sprintf("line %d", line), err.Error()})
					continue
				}
			}
			codes = append(codes, ro)
		}
		if agent != "" {
			agents = append(agents, PetrarchAgent{Phrase: strings.ToLower(name), Agent: agent, Line: line})
			cur = nil
			continue
		}
		actors = append(actors, PetrarchActor{Name: name, Codes: codes, Line: line})
		cur = &actors[len(actors)-1]
	}
	if err := sc.Err(); err != nil {
		probs = append(probs, Problem{"input", err.Error()})
	}
	return actors, agents, probs
}

// petrarchName turns VLADIMIR_PUTIN_ {PLURALS_} into "Vladimir Putin".
func petrarchName(s string) string {
	if i := strings.Index(s, "{"); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimSpace(strings.ReplaceAll(s, "_", " "))
	words := strings.Fields(s)
	for i, w := range words {
		rs := []rune(strings.ToLower(w))
		if len(rs) > 0 {
			rs[0] = unicode.ToUpper(rs[0])
		}
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}

// petrarchDates reads >YYMMDD, <YYMMDD and YYMMDD-YYMMDD.
func petrarchDates(s string) (from, to string, err error) {
	switch {
	case strings.HasPrefix(s, ">"):
		from, err = yymmdd(s[1:])
	case strings.HasPrefix(s, "<"):
		to, err = yymmdd(s[1:])
	case strings.Contains(s, "-"):
		a, b, _ := strings.Cut(s, "-")
		if from, err = yymmdd(a); err == nil {
			to, err = yymmdd(b)
		}
	default:
		err = fmt.Errorf("date %q: want >YYMMDD, <YYMMDD or YYMMDD-YYMMDD", s)
	}
	return
}

func yymmdd(s string) (string, error) {
	if len(s) != 6 {
		return "", fmt.Errorf("date %q: want YYMMDD", s)
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return "", fmt.Errorf("date %q: want YYMMDD", s)
		}
	}
	century := "20"
	if s[:2] >= "50" {
		century = "19"
	}
	return century + s[:2] + "-" + s[2:4] + "-" + s[4:], nil
}

// WritePetrarchTSV writes actors as dyad overlay rows (a `kind` column:
// person for records with dated codes or a two-word name, org otherwise)
// and agents as roles.tsv rows. A dictionary holding both writes its
// actors; agents need their own file (roles-*.tsv).
func WritePetrarchTSV(w io.Writer, actors []PetrarchActor, agents []PetrarchAgent) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, "# Imported from a PETRARCH dictionary by `dyad lexicon import --petrarch`.")
	if len(actors) == 0 && len(agents) > 0 {
		fmt.Fprintln(bw, "phrase\tlang\tagent\ttitle\tkind")
		for _, a := range agents {
			fmt.Fprintf(bw, "%s\ten\t%s\t\tgroup\n", a.Phrase, a.Agent)
		}
		return bw.Flush()
	}
	fmt.Fprintln(bw, "kind\tname\tcountry\tactor\tar\ten\troles")
	for _, a := range actors {
		var dated []string
		undated := ""
		country := ""
		for _, c := range a.Codes {
			if country == "" && len(c.Actor) >= 3 && !strings.HasPrefix(c.Actor, "IGO") && !strings.HasPrefix(c.Actor, "NGO") && !strings.HasPrefix(c.Actor, "MNC") {
				country = c.Actor[:3]
			}
			if c.From == "" && c.To == "" {
				if undated == "" {
					undated = c.Actor
				}
				continue
			}
			dated = append(dated, fmt.Sprintf("%s@%s..%s", c.Actor, c.From, c.To))
		}
		kind := "org"
		if len(dated) > 0 {
			kind = "person"
		} else if len(a.Codes) > 0 && country != "" && len(a.Codes[0].Actor) >= 6 && len(strings.Fields(a.Name)) >= 2 {
			kind = "person" // a country+role code on a two-word name
		}
		actor := undated
		if kind == "org" && actor == "" && len(a.Codes) > 0 {
			actor = a.Codes[0].Actor
		}
		fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t\t%s\t%s\n", kind, a.Name, country, actor,
			strings.Join(a.Synonyms, "|"), strings.Join(dated, "|"))
	}
	return bw.Flush()
}
