package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"
	"time"
)

// readWARC reads a WARC file, plain or gzipped (per record or whole), and
// sends one document per HTML response (or resource) record: URL and
// Source are its WARC-Target-URI, Published the page's own date, else the
// WARC-Date. Other records (warcinfo, requests, metadata, images, redirects)
// are skipped. A damaged record ends the file with an error document naming
// the record's number; the records before it have come out already.
//
// nlnwa/gowarc was tried first: it stops without error after the first
// record of a file gzipped as one stream, and returns a truncated plain
// record without an error, so dyad has its own small reader.
func (r *reader) readWARC(src string, br *bufio.Reader) {
	in := br
	if head, _ := br.Peek(2); isGzip(head) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			r.fail(src, baseID(src), "warc", 0, 1, fmt.Errorf("gzip: %w", err))
			return
		}
		in = bufio.NewReaderSize(zr, 64<<10)
	}
	ids := newIDSet()
	for n := 1; ; n++ {
		if r.ctx.Err() != nil {
			return
		}
		rec, err := readRecord(in, r.opts.MaxBytes)
		if err == io.EOF {
			if n == 1 {
				r.fail(src, baseID(src), "warc", 0, 0, ErrEmpty)
			}
			return
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF
			}
			r.fail(src, baseID(src)+"-"+strconv.Itoa(n), "warc", 0, n, err)
			return
		}
		body, ctype, ok := rec.htmlPayload()
		if !ok {
			continue
		}
		target := rec.header.Get("WARC-Target-URI")
		target = strings.Trim(target, "<>")
		id := ids.add(slugURL(target), baseID(src), n)
		date := ""
		if t, err := time.Parse(time.RFC3339, rec.header.Get("WARC-Date")); err == nil {
			date = t.Format(time.DateOnly)
		}
		srcName := target
		if srcName == "" {
			srcName = fmt.Sprintf("%s#%d", src, n)
		}
		if !r.emitHTML(srcName, id, target, body, ctype, false, date) {
			return
		}
	}
}

// warcRecord is one record: its named fields and its block.
type warcRecord struct {
	header textproto.MIMEHeader
	block  []byte
}

// readRecord reads the next record; io.EOF means the input ended cleanly
// between records.
func readRecord(in *bufio.Reader, max int64) (*warcRecord, error) {
	// Skip blank lines between records.
	var line string
	for {
		l, err := in.ReadString('\n')
		if err != nil {
			if err == io.EOF && strings.TrimSpace(l) == "" {
				return nil, io.EOF
			}
			return nil, fmt.Errorf("read version line: %w", err)
		}
		if strings.TrimSpace(l) != "" {
			line = strings.TrimSpace(l)
			break
		}
	}
	if !strings.HasPrefix(line, "WARC/") {
		return nil, fmt.Errorf("not a WARC record: starts with %q", truncate(line, 40))
	}
	h, err := textproto.NewReader(in).ReadMIMEHeader()
	if err != nil {
		return nil, fmt.Errorf("read header: %w", err)
	}
	n, err := strconv.ParseInt(strings.TrimSpace(h.Get("Content-Length")), 10, 64)
	if err != nil || n < 0 {
		return nil, fmt.Errorf("bad Content-Length %q", h.Get("Content-Length"))
	}
	rec := &warcRecord{header: h}
	if n > max {
		if _, err := io.CopyN(io.Discard, in, n); err != nil {
			return nil, fmt.Errorf("read block: %w", err)
		}
		rec.block = nil
		rec.header.Set("X-Dyad-Skipped", "too large")
	} else {
		rec.block = make([]byte, n)
		if _, err := io.ReadFull(in, rec.block); err != nil {
			return nil, fmt.Errorf("read block of %d bytes: %w", n, err)
		}
	}
	// The block is followed by CRLF CRLF (some writers put LF LF).
	k := 0
	for ; k < 4; k++ {
		c, err := in.ReadByte()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("read record end: %w", err)
		}
		if c != '\r' && c != '\n' {
			in.UnreadByte()
			break
		}
	}
	if k == 0 {
		if _, err := in.Peek(1); err != io.EOF {
			return nil, fmt.Errorf("record end: no CRLF CRLF after the %d-byte block (Content-Length wrong?)", n)
		}
	}
	return rec, nil
}

// htmlPayload returns the HTML page of a response or resource record, or
// ok=false for any other record.
func (rec *warcRecord) htmlPayload() (body []byte, ctype string, ok bool) {
	if rec.block == nil {
		return nil, "", false
	}
	switch strings.ToLower(rec.header.Get("WARC-Type")) {
	case "response":
		mt, _, _ := mime.ParseMediaType(rec.header.Get("Content-Type"))
		if mt != "application/http" {
			return nil, "", false
		}
		resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(rec.block)), nil)
		if err != nil || resp.StatusCode < 200 || resp.StatusCode > 299 {
			return nil, "", false
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil && len(b) == 0 {
			return nil, "", false
		}
		if strings.EqualFold(resp.Header.Get("Content-Encoding"), "gzip") {
			if zr, err := gzip.NewReader(bytes.NewReader(b)); err == nil {
				if u, err := io.ReadAll(zr); err == nil {
					b = u
				}
			}
		}
		ctype = resp.Header.Get("Content-Type")
		body = b
	case "resource":
		ctype, body = rec.header.Get("Content-Type"), rec.block
	default:
		return nil, "", false
	}
	if !isHTMLType(ctype, body) {
		return nil, "", false
	}
	return body, ctype, true
}

// isHTMLType reports an HTML media type, or content that sniffs as HTML
// when no type is given.
func isHTMLType(ctype string, body []byte) bool {
	mt, _, _ := mime.ParseMediaType(ctype)
	switch mt {
	case "text/html", "application/xhtml+xml":
		return true
	case "":
		return strings.HasPrefix(http.DetectContentType(body), "text/html")
	}
	return false
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
