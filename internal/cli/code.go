package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/dyad-news/dyad/internal/coder"
	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/export"
	"github.com/dyad-news/dyad/internal/ingest"
	"github.com/dyad-news/dyad/internal/pipeline"
)

func init() {
	Register(Command{Name: "code", Short: "code news into JSON Lines (entities, quotes, events, dates)", Run: runCode})
}

const codeHelp = `Reads news in any form and prints one JSON object per document on stdout
(the contract of FORMAT.md: id, source, lang, title, published, text,
entities, quotes, events, dates). Errors go to stderr, naming the input and
the reason; the rest of the batch is still coded.

PATH is a file, a folder (walked recursively), "-" for stdin, or an
http(s) URL (fetched politely: robots.txt, a per-host rate limit, a size cap,
and no private or loopback addresses unless --allow-private).

Exit status: 0 when every document was coded, 1 when some input failed
(the others were still printed), 2 on usage errors.`

// flagBinder is the part of a flag set the shared flag groups bind to.
type flagBinder interface {
	StringVar(*string, string, string, string)
	BoolVar(*bool, string, bool, string)
}

// coderFlags choose what the coder knows beyond its embedded data; every
// command that codes news (code, ingest, watch, serve) takes them.
type coderFlags struct {
	lexicon, predicates string
	allMentions         bool
	nerModel            string
}

func (c *coderFlags) bind(fs flagBinder) {
	fs.StringVar(&c.lexicon, "lexicon", "", "a TSV overlay file that adds or overrides lexicon entries")
	fs.StringVar(&c.predicates, "predicates", "", "a TSV overlay file of extra event predicates")
	fs.BoolVar(&c.allMentions, "all-mentions", false, "keep one event per sentence instead of merging repeats")
	fs.StringVar(&c.nerModel, "ner-model", "", "a token-classification model directory (model.onnx, tokenizer.json, config.json) merged with the lexicon; needs a build with -tags ner_onnx")
}

// newCoder builds the standard pipeline with the chosen overlays.
func (c *coderFlags) newCoder() (*pipeline.Pipeline, error) {
	return coder.New(coder.Options{LexiconOverlay: c.lexicon, PredicateOverlay: c.predicates,
		AllMentions: c.allMentions, NERModel: c.nerModel})
}

// codeFlags are the flags shared by the commands that read and code news.
type codeFlags struct {
	coderFlags
	format, lang, published, id string
	follow, allowPrivate        bool
	progress                    string
}

func (c *codeFlags) bind(fs flagBinder) {
	c.coderFlags.bind(fs)
	fs.StringVar(&c.format, "format", "auto", "input format: auto|text|html|jsonl|rss|warc")
	fs.StringVar(&c.lang, "lang", "auto", "language of the input: auto|ar|en")
	fs.StringVar(&c.published, "published", "", "publication date YYYY-MM-DD for inputs that give none")
	fs.StringVar(&c.id, "id", "", "document id (for a single document)")
	fs.BoolVar(&c.follow, "follow", false, "for feeds: fetch each item's linked page instead of its description")
	fs.BoolVar(&c.allowPrivate, "allow-private", false, "allow fetching from loopback and private addresses")
	fs.StringVar(&c.progress, "progress", "auto", "progress bar on stderr: auto|on|off")
}

func (c *codeFlags) ingestOptions(env Env) (ingest.Options, error) {
	if c.published != "" && !validDate(c.published) {
		return ingest.Options{}, fmt.Errorf("--published %q: want YYYY-MM-DD", c.published)
	}
	switch c.format {
	case "auto", "text", "html", "jsonl", "rss", "warc":
	default:
		return ingest.Options{}, fmt.Errorf("--format %q: want auto, text, html, jsonl, rss or warc", c.format)
	}
	switch c.lang {
	case "auto", "ar", "en":
	default:
		return ingest.Options{}, fmt.Errorf("--lang %q: want auto, ar or en", c.lang)
	}
	lang := c.lang
	if lang == "auto" {
		lang = ""
	}
	return ingest.Options{Format: c.format, Lang: lang, Published: c.published, ID: c.id,
		Follow: c.follow, AllowPrivate: c.allowPrivate, Stdin: env.Stdin}, nil
}

func runCode(ctx context.Context, args []string, env Env) int {
	var cf codeFlags
	var output string
	fs := newFlags("code", "[flags] PATH...", codeHelp, env)
	cf.bind(fs)
	fs.StringVar(&output, "output", "jsonl", "output: jsonl (FORMAT.md objects), gdelt (GDELT 2.0 event columns) or tsv (Phoenix-style events)")
	if ok, st := parseFlags(fs, args); !ok {
		return st
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(env.Stderr, "dyad code: no input; give a file, a folder, - for stdin, or a URL")
		return ExitUsage
	}
	out := bufio.NewWriterSize(env.Stdout, 1<<16)
	defer out.Flush()
	write, err := newDocWriter(output, out)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad code: %v\n", err)
		return ExitUsage
	}
	defer write.Close()
	iopts, err := cf.ingestOptions(env)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad code: %v\n", err)
		return ExitUsage
	}
	p, err := cf.newCoder()
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad code: %v\n", err)
		return ExitFailed
	}
	bar := newProgress(env.Stderr, cf.progress, "coding")
	defer bar.Finish()
	status := ExitOK
	for d := range p.Run(ctx, ingest.Read(ctx, iopts, fs.Args()...)) {
		bar.Add(1)
		if d.Err != nil {
			bar.Clear()
			fmt.Fprintf(env.Stderr, "dyad code: %s\n", describeFailure(d))
			status = ExitFailed
			continue
		}
		if err := write.Write(d); err != nil {
			fmt.Fprintf(env.Stderr, "dyad code: writing output: %v\n", err)
			return ExitFailed
		}
	}
	if ctx.Err() != nil {
		fmt.Fprintln(env.Stderr, "dyad code: interrupted")
		return ExitFailed
	}
	return status
}

// describeFailure names the input of a failed document and its error. The
// reader's errors already name the file (and line or record); stage errors
// do not, so the source is added in front of them.
func describeFailure(d *doc.Document) string {
	msg := d.Err.Error()
	if d.Source != "" && !strings.HasPrefix(msg, d.Source) {
		return d.Source + ": " + msg
	}
	return msg
}

// docWriter writes coded documents in one output format.
type docWriter interface {
	Write(d *doc.Document) error
	Close() error
}

// newDocWriter returns the writer of --output: jsonl prints FORMAT.md
// objects; gdelt and tsv print one row per asserted event.
func newDocWriter(name string, w io.Writer) (docWriter, error) {
	if name == "jsonl" {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		return jsonDocs{enc}, nil
	}
	if name != "gdelt" && name != "tsv" {
		return nil, fmt.Errorf("--output %q: want jsonl, gdelt or tsv", name)
	}
	ew, err := export.New(name, w)
	if err != nil {
		return nil, err
	}
	return eventRows{ew}, nil
}

type jsonDocs struct{ enc *json.Encoder }

func (j jsonDocs) Write(d *doc.Document) error { return j.enc.Encode(d) }
func (jsonDocs) Close() error                  { return nil }

type eventRows struct{ w export.Writer }

func (e eventRows) Write(d *doc.Document) error {
	for _, r := range export.Records(d) {
		if err := e.w.Write(r); err != nil {
			return err
		}
	}
	return nil
}

func (e eventRows) Close() error { return e.w.Close() }

// validDate reports whether s is a calendar date written YYYY-MM-DD.
func validDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}
