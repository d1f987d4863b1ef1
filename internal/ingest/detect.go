package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strings"
)

// extFormat maps file extensions to formats for Format "auto".
var extFormat = map[string]string{
	".txt": "text", ".text": "text",
	".html": "html", ".htm": "html", ".xhtml": "html",
	".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
	".xml": "rss", ".rss": "rss", ".atom": "rss",
	".warc": "warc",
}

// knownExt are the extensions baseID strips.
var knownExt = func() map[string]bool {
	m := map[string]bool{".gz": true}
	for e := range extFormat {
		m[e] = true
	}
	return m
}()

var formats = map[string]bool{"text": true, "html": true, "jsonl": true, "rss": true, "warc": true}

func isGzip(b []byte) bool { return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b }

// byExt returns the format that name's extension names, or "".
// "x.warc.gz" is warc; "x.jsonl.gz" is jsonl.
func byExt(name string) string {
	l := strings.ToLower(name)
	ext := filepath.Ext(l)
	if ext == ".gz" {
		ext = filepath.Ext(strings.TrimSuffix(l, ".gz"))
	}
	return extFormat[ext]
}

// sniff guesses the format of content that starts with head.
func sniff(head []byte) string {
	if isGzip(head) {
		return "warc" // decided again after decompression
	}
	b := bytes.TrimLeft(trimBOM(head), " \t\r\n")
	switch {
	case bytes.HasPrefix(b, []byte("WARC/1")):
		return "warc"
	case len(b) > 0 && b[0] == '<':
		l := bytes.ToLower(b[:min(len(b), 4096)])
		if m := feedRoot.FindIndex(l); m != nil {
			if h := bytes.Index(l, []byte("<html")); h < 0 || h > m[0] {
				return "rss"
			}
		}
		return "html"
	case len(b) > 0 && (b[0] == '{' || b[0] == '['):
		return "jsonl"
	}
	return "text"
}

// feedRoot finds the root element of an RSS, Atom or RDF feed.
var feedRoot = regexp.MustCompile(`<(rss|feed|rdf:rdf)[\s>]`)

func trimBOM(b []byte) []byte { return bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")) }

// looksBinary reports NUL bytes or many control characters in head
// (UTF-16 text with a byte order mark is not binary).
func looksBinary(head []byte) bool {
	if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		return false
	}
	ctl := 0
	for _, c := range head {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			ctl++
		}
	}
	return len(head) > 0 && ctl*10 > len(head)
}

// stream reads one input: it picks the format, then hands the content to
// the format's reader.
func (r *reader) stream(src, id string, in io.Reader, single bool) {
	br := bufio.NewReaderSize(in, 64<<10)
	head, err := br.Peek(8192)
	if len(head) == 0 {
		if err != nil && err != io.EOF {
			r.fail(src, id, "", 0, 0, err)
		} else {
			r.fail(src, id, "", 0, 0, ErrEmpty)
		}
		return
	}
	format := r.opts.Format
	if format == "auto" {
		if format = byExt(src); format == "" || isGzip(head) {
			format = sniff(head)
		}
	}
	if !formats[format] {
		r.fail(src, id, "", 0, 0, fmt.Errorf("%w %q", ErrFormat, format))
		return
	}
	if isGzip(head) && (format != "warc" || !gzipHoldsWARC(head)) {
		// A gzipped file of another format: decompress and look again.
		zr, err := gzip.NewReader(br)
		if err != nil {
			r.fail(src, id, format, 0, 0, fmt.Errorf("gzip: %w", err))
			return
		}
		inner := strings.TrimSuffix(src, filepath.Ext(src))
		if inner == src {
			inner = src + ".out"
		}
		r2 := *r
		if r.opts.Format == "warc" {
			r2.opts.Format = "auto"
		}
		r2.streamAs(src, inner, id, zr, single)
		return
	}
	r.dispatch(src, id, format, br, head, single)
}

// streamAs reads decompressed content named inner for detection.
func (r *reader) streamAs(src, inner, id string, in io.Reader, single bool) {
	br := bufio.NewReaderSize(in, 64<<10)
	head, err := br.Peek(8192)
	if len(head) == 0 {
		if err != nil && err != io.EOF {
			r.fail(src, id, "", 0, 0, fmt.Errorf("gzip: %w", err))
		} else {
			r.fail(src, id, "", 0, 0, ErrEmpty)
		}
		return
	}
	format := r.opts.Format
	if format == "auto" {
		if format = byExt(inner); format == "" {
			format = sniff(head)
		}
	}
	if !formats[format] {
		r.fail(src, id, "", 0, 0, fmt.Errorf("%w %q", ErrFormat, format))
		return
	}
	r.dispatch(src, id, format, br, head, single)
}

// gzipHoldsWARC reports whether the gzip data starting with head
// decompresses to a WARC record.
func gzipHoldsWARC(head []byte) bool {
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return true // let the WARC reader report the damage
	}
	b := make([]byte, 6)
	n, _ := io.ReadFull(zr, b)
	return n == 0 || bytes.HasPrefix(b[:n], []byte("WARC/1"))
}

func (r *reader) dispatch(src, id, format string, br *bufio.Reader, head []byte, single bool) {
	if format != "warc" && looksBinary(head) {
		r.fail(src, id, format, 0, 0, ErrBinary)
		return
	}
	switch format {
	case "warc":
		r.readWARC(src, br)
		return
	case "jsonl":
		if b := bytes.TrimLeft(trimBOM(head), " \t\r\n"); len(b) > 0 && b[0] == '[' {
			r.readJSONArray(src, id, br)
			return
		}
		r.readJSONL(src, id, br)
		return
	}
	data, err := io.ReadAll(io.LimitReader(br, r.opts.MaxBytes+1))
	if err != nil {
		r.fail(src, id, format, 0, 0, err)
		return
	}
	if int64(len(data)) > r.opts.MaxBytes {
		r.fail(src, id, format, 0, 0, fmt.Errorf("%w of %d bytes", ErrTooBig, r.opts.MaxBytes))
		return
	}
	if len(bytes.TrimSpace(data)) == 0 {
		r.fail(src, id, format, 0, 0, ErrEmpty)
		return
	}
	switch format {
	case "text":
		r.readText(src, id, data, single)
	case "html":
		r.readHTML(src, id, data, "", single)
	case "rss":
		r.readFeed(src, id, data)
	}
}
