package cli

import (
	"bufio"
	"context"
	"fmt"
	"os"

	"github.com/dyad-news/dyad/internal/export"
	"github.com/dyad-news/dyad/internal/store"
)

func init() {
	Register(Command{Name: "export", Short: "write stored events as JSON Lines, GDELT TSV or Parquet", Run: runExport})
}

const exportHelp = `Writes the stored events (not the negated ones) to stdout or --out FILE:
jsonl (one event a line with its document), gdelt (GDELT 2.0 event-table
columns dyad can fill, the rest empty), tsv (a Phoenix-style table with a
header) or parquet (needs --out).`

func runExport(ctx context.Context, args []string, env Env) int {
	var sf storeFlags
	var f store.Filter
	fs := newFlags("export", "[flags]", exportHelp, env)
	sf.bind(fs)
	format := fs.String("output", "jsonl", "jsonl, gdelt, tsv or parquet")
	outPath := fs.String("out", "", "file to write (default stdout)")
	fs.StringVar(&f.Since, "since", "", "first event date, YYYY-MM-DD")
	fs.StringVar(&f.Until, "until", "", "last event date, YYYY-MM-DD")
	fs.StringVar(&f.Actor, "actor", "", "source or target actor code prefix (RUS, CHNGOV, IGOUNO)")
	fs.StringVar(&f.Root, "root", "", "CAMEO root, two digits")
	if ok, st := parseFlags(fs, args); !ok {
		return st
	}
	for _, d := range []string{f.Since, f.Until} {
		if d != "" && !validDate(d) {
			fmt.Fprintf(env.Stderr, "dyad export: %q: want YYYY-MM-DD\n", d)
			return ExitUsage
		}
	}
	if *format == "parquet" && *outPath == "" {
		fmt.Fprintln(env.Stderr, "dyad export: parquet needs --out FILE")
		return ExitUsage
	}
	out := env.Stdout
	if *outPath != "" {
		file, err := os.Create(*outPath)
		if err != nil {
			fmt.Fprintf(env.Stderr, "dyad export: %v\n", err)
			return ExitFailed
		}
		defer file.Close()
		out = file
	}
	bw := bufio.NewWriterSize(out, 1<<16)
	w, err := export.New(*format, bw)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad export: %v\n", err)
		return ExitUsage
	}
	st, err := sf.open(ctx)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad export: %v\n", err)
		return ExitFailed
	}
	defer st.Close()
	n, err := exportEvents(ctx, st, f, w)
	if err == nil {
		err = w.Close()
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad export: %v\n", err)
		return ExitFailed
	}
	fmt.Fprintf(env.Stderr, "dyad export: %d events\n", n)
	return ExitOK
}

// exportEvents pages through the stored events, writing each with its
// document's URL and date.
func exportEvents(ctx context.Context, st store.Store, f store.Filter, w export.Writer) (int, error) {
	docs := map[string]*store.DocSummary{}
	n := 0
	for page := (store.Page{Limit: 500}); ; page.Offset += page.Limit {
		rows, err := st.Events(ctx, f, page)
		if err != nil {
			return n, err
		}
		for _, r := range rows {
			ds, ok := docs[r.Document]
			if !ok {
				list, err := st.Documents(ctx, store.Filter{Document: r.Document}, store.Page{Limit: 1})
				if err != nil {
					return n, err
				}
				if len(list) > 0 {
					ds = &list[0]
				}
				docs[r.Document] = ds
			}
			rec := export.Record{Document: r.Document, Event: r.Event}
			if ds != nil {
				rec.URL, rec.Source, rec.Published, rec.Lang = ds.URL, ds.Source, ds.Published, ds.Lang
			}
			if err := w.Write(rec); err != nil {
				return n, err
			}
			n++
		}
		if len(rows) < page.Limit {
			return n, nil
		}
	}
}
