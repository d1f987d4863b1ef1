package ingest

import (
	"bufio"
	"bytes"
	"mime"
	"strings"

	"github.com/dyad-news/dyad/internal/fetch"
)

// fetcher is the Options' client or a default polite one.
func (r *reader) fetcher() *fetch.Client {
	if r.opts.Fetcher == nil {
		r.opts.Fetcher = fetch.New(fetch.Options{AllowPrivate: r.opts.AllowPrivate, MaxBytes: min(r.opts.MaxBytes, 10<<20)})
	}
	return r.opts.Fetcher
}

// url fetches an http(s) input: a feed when its media type says so (or its
// content looks like one), else an HTML page, a text or a JSON Lines file as
// its media type says.
func (r *reader) url(u string) {
	id := slugURL(u)
	if id == "" {
		id = "page"
	}
	if r.single && r.opts.ID != "" {
		id = r.opts.ID
	}
	resp, err := r.fetcher().Get(r.ctx, u)
	if err != nil {
		r.fail(u, id, "", 0, 0, err)
		return
	}
	if len(bytes.TrimSpace(resp.Body)) == 0 {
		r.fail(u, id, "", 0, 0, ErrEmpty)
		return
	}
	format := r.opts.Format
	if format == "auto" {
		format = byMediaType(resp.ContentType, resp.Body)
	}
	switch format {
	case "html":
		r.emitHTML(u, id, resp.URL, resp.Body, resp.ContentType, r.single, "")
	default:
		r2 := *r
		r2.opts.Format = format
		r2.stream(u, id, bufio.NewReader(bytes.NewReader(resp.Body)), r.single)
	}
}

// byMediaType picks a format from a response's media type, sniffing the
// body when the type says little.
func byMediaType(ctype string, body []byte) string {
	mt, _, _ := mime.ParseMediaType(ctype)
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		if s := sniff(body[:min(len(body), 4096)]); s == "rss" {
			return s
		}
		return "html"
	case strings.Contains(mt, "rss") || strings.Contains(mt, "atom") || strings.HasSuffix(mt, "/xml") || mt == "application/feed+json":
		return "rss"
	case mt == "application/warc" || mt == "application/gzip" || mt == "application/x-gzip":
		return "auto"
	case mt == "application/x-ndjson" || mt == "application/jsonl" || mt == "application/json":
		return "jsonl"
	case mt == "text/plain":
		return "text"
	}
	return sniff(body[:min(len(body), 8192)])
}
