// Package ingest reads news input in the forms users have it — plain text,
// HTML pages, JSON Lines, RSS/Atom feeds, WARC archives, folders of them,
// standard input and http(s) URLs — and turns every article into a
// doc.Document. It decodes charsets and extracts the main text of HTML
// pages, but does not clean the text further: a later stage does that.
//
// A failure is a document too: its Err names the input (and the line or
// record) and the reason, and the batch goes on.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/fetch"
)

// DefaultMaxBytes is the default per-input size cap.
const DefaultMaxBytes = 256 << 20

// DefaultMaxTextBytes is the default cap on one article's text. The
// longest news articles are a few hundred kilobytes; coding needs about a
// hundred bytes of memory per byte of text, so a 100 MB "article" (a log,
// a dump, a book) would need gigabytes. Longer texts are refused with
// ErrTooBig, naming the input.
const DefaultMaxTextBytes = 2 << 20

// Options say how to read the inputs.
type Options struct {
	Format       string // auto|text|html|jsonl|rss|warc ("" = auto)
	Lang         string // "" or "auto": leave d.Lang as the input gives it; else set d.Lang
	Published    string // YYYY-MM-DD default publication date when the input gives none
	ID           string // id of the (single) document of a single-document input
	Follow       bool   // rss: fetch linked pages instead of using descriptions
	AllowPrivate bool   // let the default fetcher reach internal addresses
	Fetcher      *fetch.Client
	Stdin        io.Reader
	MaxBytes     int64 // per-input size cap (per line for jsonl, per record for warc)
	MaxTextBytes int64 // per-article text cap (default DefaultMaxTextBytes)
}

// Input errors, wrapped in the error documents' Err.
var (
	ErrEmpty   = errors.New("empty input")
	ErrBinary  = errors.New("binary content, not text")
	ErrTooBig  = errors.New("input exceeds size cap")
	ErrNoText  = errors.New("no article text found")
	ErrUTF8    = errors.New("invalid UTF-8")
	ErrFormat  = errors.New("unknown format")
	ErrNoInput = errors.New("no such input")
)

// InputError is the Err of a failed document: the input, the line or
// record where it applies, and the reason.
type InputError struct {
	Source string
	Line   int // 1-based line (jsonl), 0 when not applicable
	Record int // 1-based record or item (warc, rss), 0 when not applicable
	Err    error
}

func (e *InputError) Error() string {
	switch {
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %v", e.Source, e.Line, e.Err)
	case e.Record > 0:
		return fmt.Sprintf("%s: record %d: %v", e.Source, e.Record, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Source, e.Err)
}

func (e *InputError) Unwrap() error { return e.Err }

// Read reads every path (a file, a folder walked recursively in lexical
// order, "-" for Options.Stdin, or an http(s) URL) and sends one
// *doc.Document per article on the returned channel, in input order. The
// channel is closed when all input is read or ctx is done.
func Read(ctx context.Context, opts Options, paths ...string) <-chan *doc.Document {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if opts.MaxTextBytes <= 0 {
		opts.MaxTextBytes = DefaultMaxTextBytes
	}
	if opts.Lang == "auto" {
		opts.Lang = ""
	}
	if opts.Format == "" {
		opts.Format = "auto"
	}
	out := make(chan *doc.Document, 8)
	r := &reader{ctx: ctx, opts: opts, out: out, ids: newIDSet()}
	r.single = len(paths) == 1
	go func() {
		defer close(out)
		for _, p := range paths {
			if ctx.Err() != nil {
				return
			}
			r.path(p)
		}
	}()
	return out
}

// reader is the state of one Read call.
type reader struct {
	ctx    context.Context
	opts   Options
	out    chan<- *doc.Document
	single bool // one path given: Options.ID applies to a single-document input
	// ids keeps ids unique over the whole call: two inputs that give the
	// same id (a/story.txt and b/story.txt, two WARCs with the same page
	// path) would otherwise overwrite each other in the store.
	ids idSet
}

// emit finishes d with the options' defaults and sends it.
func (r *reader) emit(d *doc.Document) bool {
	if d.Err == nil {
		if r.opts.Lang != "" {
			d.Lang = r.opts.Lang
		}
		if d.Published == "" {
			d.Published = r.opts.Published
		}
		if d.Text == "" {
			d.Text = d.Raw
		}
		if err := r.textCap(d); err != nil {
			d = errorDoc(d, &InputError{Source: d.Source, Err: err})
		} else if d.ID != "" {
			d.ID = r.ids.add(d.ID, "", 0)
		}
	}
	select {
	case r.out <- d:
		return true
	case <-r.ctx.Done():
		return false
	}
}

// textCap refuses an article whose text is over Options.MaxTextBytes.
func (r *reader) textCap(d *doc.Document) error {
	n := max(len(d.Text), len(d.Raw))
	if int64(n) <= r.opts.MaxTextBytes {
		return nil
	}
	what := "article text"
	if d.ID != "" {
		what = fmt.Sprintf("text of %q", d.ID)
	}
	return fmt.Errorf("%w: %s is %d bytes, over the per-article cap of %d bytes", ErrTooBig, what, n, r.opts.MaxTextBytes)
}

// errorDoc is the error document that replaces d.
func errorDoc(d *doc.Document, err error) *doc.Document {
	e := doc.New()
	e.ID, e.Source, e.Format, e.Err = d.ID, d.Source, d.Format, err
	return e
}

// fail sends an error document for src.
func (r *reader) fail(src, id, format string, line, record int, err error) bool {
	d := doc.New()
	d.ID, d.Source, d.Format = id, src, format
	d.Err = &InputError{Source: src, Line: line, Record: record, Err: err}
	return r.emit(d)
}

func isURL(p string) bool {
	l := strings.ToLower(p)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

func (r *reader) path(p string) {
	switch {
	case p == "-":
		in := r.opts.Stdin
		if in == nil {
			in = os.Stdin
		}
		r.stream(p, "stdin", in, r.single)
	case isURL(p):
		r.url(p)
	default:
		info, err := os.Stat(p)
		if err != nil {
			r.fail(p, baseID(p), "", 0, 0, unwrapPathErr(err))
			return
		}
		if !info.IsDir() {
			r.file(p, r.single)
			return
		}
		r.walk(p)
	}
}

// unwrapPathErr drops the path from an *fs.PathError, which InputError
// already names.
func unwrapPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// walk reads every file under dir in lexical order, skipping hidden files
// and folders and gold files (*.gold.json).
func (r *reader) walk(dir string) {
	_ = filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if r.ctx.Err() != nil {
			return fs.SkipAll
		}
		if err != nil {
			r.fail(p, baseID(p), "", 0, 0, unwrapPathErr(err))
			return nil
		}
		name := e.Name()
		if p != dir && strings.HasPrefix(name, ".") {
			if e.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if e.IsDir() || !e.Type().IsRegular() || strings.HasSuffix(name, ".gold.json") {
			return nil
		}
		r.file(p, false)
		return nil
	})
}

func (r *reader) file(p string, single bool) {
	f, err := os.Open(p)
	if err != nil {
		r.fail(p, baseID(p), "", 0, 0, unwrapPathErr(err))
		return
	}
	defer f.Close()
	r.stream(p, baseID(p), f, single)
}

// baseID is a file's name without its extension(s): "a/b.warc.gz" → "b".
func baseID(p string) string {
	name := filepath.Base(p)
	if ext := filepath.Ext(name); ext != "" && ext != name {
		name = strings.TrimSuffix(name, ext)
	}
	for {
		ext := filepath.Ext(name)
		if ext == "" || ext == name || !knownExt[strings.ToLower(ext)] {
			break
		}
		name = strings.TrimSuffix(name, ext)
	}
	if name == "" || name == "." || name == "/" {
		return "doc"
	}
	return name
}
