package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-news/dyad/internal/doc"
)

// readAll runs Read and collects the documents.
func readAll(t testing.TB, opts Options, paths ...string) []*doc.Document {
	t.Helper()
	var docs []*doc.Document
	for d := range Read(context.Background(), opts, paths...) {
		docs = append(docs, d)
	}
	return docs
}

// readBytes reads data given on standard input.
func readBytes(t testing.TB, opts Options, data []byte) []*doc.Document {
	opts.Stdin = bytes.NewReader(data)
	return readAll(t, opts, "-")
}

// render prints documents as stable JSON lines for golden files.
func render(docs []*doc.Document) string {
	var b strings.Builder
	for _, d := range docs {
		m := map[string]any{
			"id": d.ID, "source": d.Source, "url": d.URL, "format": d.Format, "lang": d.Lang,
			"byline": d.Byline, "published": d.Published, "raw": d.Raw,
		}
		if d.Title != nil {
			m["title"] = *d.Title
		}
		if d.Err != nil {
			m["err"] = d.Err.Error()
		}
		if d.Text != d.Raw {
			m["text"] = d.Text
		}
		j, _ := json.MarshalIndent(m, "", "  ")
		b.Write(j)
		b.WriteByte('\n')
	}
	return b.String()
}

// sharedDir is <repo root>/../shared/corpus/formats, or "" (test skipped)
// when it is absent.
func sharedFormats(t *testing.T) string {
	t.Helper()
	dir, _ := os.Getwd()
	for d := dir; d != filepath.Dir(d); d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			p := filepath.Join(d, "..", "shared", "corpus", "formats")
			if _, err := os.Stat(p); err == nil {
				return p
			}
			break
		}
	}
	t.Skip("shared corpus (../shared/corpus/formats) not found")
	return ""
}

// warcRecord builds one WARC record.
func warcRec(typ, uri, date, ctype string, block []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.0\r\nWARC-Type: %s\r\n", typ)
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&b, "WARC-Date: %s\r\nWARC-Record-ID: <urn:uuid:%08d-0000-0000-0000-000000000000>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", date, len(block), ctype, len(block))
	b.Write(block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

func httpResp(ctype string, body string) []byte {
	return []byte(fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", ctype, len(body), body))
}

// sampleWARC is a small WARC: warcinfo, a request, an HTML response, an
// image response and a second HTML response without a date in the page.
func sampleWARC(t testing.TB) [][]byte {
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	second := `<html><head><title>Second story</title></head><body><article><h1>Second story</h1><p>The second page has no date of its own, so the record's date is used for it instead of anything else.</p><p>It has a second paragraph as well, long enough to count as an article.</p></article></body></html>`
	return [][]byte{
		warcRec("warcinfo", "", "2024-03-06T00:00:00Z", "application/warc-fields", []byte("software: dyad-test\r\n")),
		warcRec("request", "https://news.example.org/geneva", "2024-03-06T00:00:01Z", "application/http; msgtype=request", []byte("GET /geneva HTTP/1.1\r\nHost: news.example.org\r\n\r\n")),
		warcRec("response", "https://news.example.org/geneva", "2024-03-06T00:00:01Z", "application/http; msgtype=response", httpResp("text/html; charset=utf-8", string(page))),
		warcRec("response", "https://news.example.org/logo.png", "2024-03-06T00:00:02Z", "application/http; msgtype=response", httpResp("image/png", "\x89PNG\r\n\x1a\n\x00\x00")),
		warcRec("response", "https://news.example.org/second", "2024-03-07T10:00:00Z", "application/http; msgtype=response", httpResp("text/html", second)),
	}
}

// gzipEach compresses each record as its own gzip member.
func gzipEach(recs [][]byte) []byte {
	var out bytes.Buffer
	for _, r := range recs {
		zw := gzip.NewWriter(&out)
		zw.Write(r)
		zw.Close()
	}
	return out.Bytes()
}

func gzipAll(b []byte) []byte {
	var out bytes.Buffer
	zw := gzip.NewWriter(&out)
	zw.Write(b)
	zw.Close()
	return out.Bytes()
}
