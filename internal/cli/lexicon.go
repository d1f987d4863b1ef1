package cli

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/dyad-news/dyad/internal/event"
	"github.com/dyad-news/dyad/internal/lexicon"
)

func init() {
	Register(Command{Name: "lexicon", Short: "look up, validate, count and import lexicon entries", Run: runLexicon})
}

const lexiconHelp = `Works with dyad's lexicon (the embedded TSV files of internal/lexicon/data,
plus an optional overlay given with --lexicon FILE).

  dyad lexicon lookup NAME [--date YYYY-MM-DD]
      the records NAME names (Arabic or English, clitics and spelling
      variants allowed), with their type, country and actor code at the date
  dyad lexicon validate
      checks the files: syntax, duplicates, conflicting codes, overlapping
      dated roles; exit status 1 when a problem is found
  dyad lexicon stats
      counts records, names, demonyms and roles
  dyad lexicon import --petrarch FILE
      reads a PETRARCH actor or agent dictionary and prints dyad TSV rows
      (a file usable as --lexicon overlay, or as roles rows for agents)
  dyad lexicon import --petrarch-verbs FILE
      reads a PETRARCH verb dictionary and prints dyad predicate rows
      (a file usable as a --predicates overlay)`

func runLexicon(ctx context.Context, args []string, env Env) int {
	var overlay, date, petrarch, petrarchVerbs string
	fs := newFlags("lexicon", "lookup|validate|stats|import [flags] [NAME]", lexiconHelp, env)
	fs.StringVar(&overlay, "lexicon", "", "a TSV overlay file that adds or overrides lexicon entries")
	fs.StringVar(&date, "date", "", "date YYYY-MM-DD for dated roles (default today)")
	fs.StringVar(&petrarch, "petrarch", "", "import: the PETRARCH actor or agent dictionary to read")
	fs.StringVar(&petrarchVerbs, "petrarch-verbs", "", "import: the PETRARCH verb dictionary to read")
	// flags may follow the subcommand and the name
	if ok, st := parseFlags(fs, args); !ok {
		return st
	}
	pos := fs.Args()
	if len(pos) == 0 {
		fs.Usage()
		return ExitUsage
	}
	if date != "" && !validDate(date) {
		fmt.Fprintf(env.Stderr, "dyad lexicon: --date %q: want YYYY-MM-DD\n", date)
		return ExitUsage
	}
	var overlays []string
	if overlay != "" {
		overlays = append(overlays, overlay)
	}
	switch pos[0] {
	case "lookup":
		if len(pos) < 2 {
			fmt.Fprintln(env.Stderr, "dyad lexicon lookup: give a name")
			return ExitUsage
		}
		lex, err := lexicon.Load(overlays...)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dyad lexicon: %v\n", err)
			return ExitFailed
		}
		if date == "" {
			date = time.Now().Format(time.DateOnly)
		}
		name := strings.Join(pos[1:], " ")
		found := lex.Lookup(name)
		roles := lex.LookupRole(name)
		for _, r := range roles {
			fmt.Fprintf(env.Stdout, "role\t%s\t%s\tagent=%s\ttitle=%s\tgroup=%v\n", r.Phrase, r.Lang, r.Agent, r.Title, r.Group)
		}
		if len(found) == 0 {
			if len(roles) > 0 {
				return ExitOK
			}
			fmt.Fprintf(env.Stdout, "%s: not in the lexicon\n", name)
			return ExitFailed
		}
		for _, e := range found {
			actor, title := e.ActorAt(date)
			fmt.Fprintf(env.Stdout, "%s\t%s\t%s\tcountry=%s\tactor=%s", e.ID, e.Name, e.Type, e.Country, actor)
			if title != "" {
				fmt.Fprintf(env.Stdout, "\ttitle=%s", title)
			}
			if e.HasCoord {
				fmt.Fprintf(env.Stdout, "\tlat=%.4f\tlon=%.4f", e.Lat, e.Lon)
			}
			fmt.Fprintf(env.Stdout, "\t(%s)\n", e.Source)
		}
		return ExitOK
	case "validate":
		probs, err := lexicon.Validate(overlays...)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dyad lexicon: %v\n", err)
			return ExitFailed
		}
		for _, p := range probs {
			fmt.Fprintln(env.Stdout, p.String())
		}
		if len(probs) > 0 {
			fmt.Fprintf(env.Stderr, "dyad lexicon validate: %d problems\n", len(probs))
			return ExitFailed
		}
		fmt.Fprintln(env.Stderr, "dyad lexicon validate: no problems")
		return ExitOK
	case "stats":
		start := time.Now()
		lex, err := lexicon.Load(overlays...)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dyad lexicon: %v\n", err)
			return ExitFailed
		}
		fmt.Fprint(env.Stdout, lex.Stats().String())
		fmt.Fprintf(env.Stdout, "%-22s %d\n", "load warnings", len(lex.Warnings))
		fmt.Fprintf(env.Stdout, "%-22s %s\n", "load time", time.Since(start).Round(time.Millisecond))
		return ExitOK
	case "import":
		if petrarchVerbs != "" {
			return importPetrarchVerbs(env, petrarchVerbs)
		}
		if petrarch == "" {
			fmt.Fprintln(env.Stderr, "dyad lexicon import: give --petrarch FILE or --petrarch-verbs FILE")
			return ExitUsage
		}
		f, err := os.Open(petrarch)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dyad lexicon import: %v\n", err)
			return ExitFailed
		}
		defer f.Close()
		actors, agents, probs := lexicon.ReadPetrarch(f)
		for _, p := range probs {
			fmt.Fprintf(env.Stderr, "%s: %s\n", petrarch, p.String())
		}
		if len(actors) > 0 && len(agents) > 0 {
			fmt.Fprintf(env.Stderr, "dyad lexicon import: %d agents skipped (import agent dictionaries on their own)\n", len(agents))
		}
		if err := lexicon.WritePetrarchTSV(env.Stdout, actors, agents); err != nil {
			fmt.Fprintf(env.Stderr, "dyad lexicon import: %v\n", err)
			return ExitFailed
		}
		if len(probs) > 0 {
			return ExitFailed
		}
		return ExitOK
	}
	fmt.Fprintf(env.Stderr, "dyad lexicon: unknown subcommand %q (want lookup, validate, stats or import)\n", pos[0])
	return ExitUsage
}

// importPetrarchVerbs converts a PETRARCH verb dictionary into predicate
// rows on stdout.
func importPetrarchVerbs(env Env, path string) int {
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad lexicon import: %v\n", err)
		return ExitFailed
	}
	defer f.Close()
	n, err := event.ImportPetrarchVerbs(f, env.Stdout)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad lexicon import: %s: %v\n", path, err)
		return ExitFailed
	}
	fmt.Fprintf(env.Stderr, "dyad lexicon import: %d predicates\n", n)
	return ExitOK
}
