package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/fetch"
)

// writeFile writes data to dir/name and returns its path.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Each bad input gives an error document naming the file (and line or
// record) and the reason, and the good input after it still comes out.
func TestBadInput(t *testing.T) {
	warc := sampleWARC(t)
	gz := gzipEach(warc)
	cases := []struct {
		name    string
		data    []byte
		wantErr string // in the error document's message
		good    int    // documents without error expected before/after
	}{
		{"empty.txt", nil, "empty.txt: empty input", 0},
		{"blank.txt", []byte(" \n\t\n"), "blank.txt: empty input", 0},
		{"binary.txt", []byte("GIF89a\x00\x01\x00\x00"), "binary.txt: binary content, not text", 0},
		{"nul.html", []byte("<html>\x00\x00\x00</html>"), "nul.html: binary content, not text", 0},
		{"broken-utf8.txt", []byte("Title of a story\n\nالتقى الرئيس الصيني شي جين بينغ مع وزير الخارجية \xd8 الروسي."), "broken-utf8.txt: invalid UTF-8 at byte", 0},
		{"malformed.xml", []byte("<?xml version=\"1.0\"?><rss><channel><item><title>x</title></channel>"), "malformed.xml: parse feed", 0},
		{"notafeed.xml", []byte("<?xml version=\"1.0\"?><sitemap><url>x</url></sitemap>"), "notafeed.xml: parse feed", 0},
		{"trunc.warc.gz", gz[:len(gz)-len(gzipEach(warc[4:]))/2], "trunc.warc.gz: record 5:", 1},
		{"trunc.warc", bytes.Join(warc, nil)[:len(bytes.Join(warc, nil))-100], "trunc.warc: record 5: read block", 1},
		{"corrupt.warc.gz", append(append([]byte{}, gzipEach(warc[:3])...), 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff, 'x', 'y', 'z'), "corrupt.warc.gz: record 4:", 1},
		{"notwarc.warc", []byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: abc\r\n\r\n"), "notwarc.warc: record 1: bad Content-Length", 0},
		{"lines.jsonl", []byte("{\"text\": \"ok one\"}\n{bad json}\n\n{\"text\": 5}\n{\"text\": \"ok two\", \"published\": \"yesterday\"}\n{\"text\": \"ok three\"}\n"), "lines.jsonl:2: invalid character", 2},
		{"empty.jsonl", []byte(""), "empty.jsonl: empty input", 0},
		{"noarticle.html", []byte("<html><body></body></html>"), "noarticle.html: no article text found", 0},
	}
	dir := t.TempDir()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := writeFile(t, dir, tc.name, tc.data)
			docs := readAll(t, Options{}, p)
			var good int
			var msgs []string
			for _, d := range docs {
				if d.Err == nil {
					good++
					continue
				}
				if d.Source == "" {
					t.Errorf("error document without Source: %v", d.Err)
				}
				msgs = append(msgs, d.Err.Error())
			}
			all := strings.Join(msgs, "\n")
			if !strings.Contains(all, tc.wantErr) {
				t.Errorf("errors %q, want one containing %q", all, tc.wantErr)
			}
			if good != tc.good {
				t.Errorf("%d good documents, want %d", good, tc.good)
			}
		})
	}
}

func TestJSONLErrorsAll(t *testing.T) {
	data := []byte("{\"text\": \"ok one\"}\n{bad json}\n\n{\"text\": 5}\n{\"text\": \"x\", \"published\": \"yesterday\"}\n{\"text\": \"x\", \"extra\": \"\xff\"}\n{\"text\": \"ok\"} {\"text\": \"two values\"}\n{\"text\": \"ok three\"}")
	docs := readBytes(t, Options{Format: "jsonl"}, data)
	want := []string{"", "-:2: invalid character", "-:4: field \"text\"", "-:5: published: cannot read date", "-:6: invalid UTF-8", "-:7: more than one JSON value", ""}
	if len(docs) != len(want) {
		t.Fatalf("got %d docs, want %d: %s", len(docs), len(want), render(docs))
	}
	for i, w := range want {
		got := ""
		if docs[i].Err != nil {
			got = docs[i].Err.Error()
		}
		if w == "" && got != "" || w != "" && !strings.HasPrefix(got, w) {
			t.Errorf("doc %d: err %q, want %q", i, got, w)
		}
	}
	var ie *InputError
	if !errors.As(docs[1].Err, &ie) || ie.Line != 2 {
		t.Errorf("InputError line: %+v", ie)
	}
}

func TestJSONLLongLine(t *testing.T) {
	long := `{"text": "` + strings.Repeat("a", 200000) + `"}`
	data := []byte(long + "\n" + `{"text": "short"}` + "\n")
	docs := readBytes(t, Options{Format: "jsonl"}, data)
	if len(docs) != 2 || docs[0].Err != nil || len(docs[0].Text) != 200000 {
		t.Fatalf("long line not read: %d docs", len(docs))
	}
	docs = readBytes(t, Options{Format: "jsonl", MaxBytes: 1000}, data)
	if len(docs) != 2 || !errors.Is(docs[0].Err, ErrTooBig) || docs[1].Err != nil || docs[1].Text != "short" {
		t.Fatalf("cap: %s", render(docs))
	}
}

func TestJSONArray(t *testing.T) {
	data := []byte("[\n  {\"id\": \"x\", \"text\": \"one\"},\n  {\"title\": \"no text\"},\n  {\"text\": \"three\"}\n]\n")
	docs := readBytes(t, Options{}, data)
	if len(docs) != 3 || docs[0].ID != "x" || docs[1].Err == nil || !strings.Contains(docs[1].Err.Error(), "-:3:") || docs[2].Text != "three" {
		t.Fatalf("%s", render(docs))
	}
}

// Billion laughs: entities declared in a DTD are not expanded.
func TestFeedEntityExpansion(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol">`)
	prev := "lol"
	for i := 1; i <= 9; i++ {
		name := "lol" + string(rune('0'+i))
		b.WriteString(`<!ENTITY ` + name + ` "` + strings.Repeat("&"+prev+";", 10) + `">`)
		prev = name
	}
	b.WriteString(`]><rss version="2.0"><channel><title>t</title><item><title>Laughs</title><description>&lol9;</description></item></channel></rss>`)
	docs := readBytes(t, Options{}, []byte(b.String()))
	for _, d := range docs {
		if len(d.Text) > 10000 {
			t.Fatalf("entity expanded to %d bytes", len(d.Text))
		}
	}
}

func TestCharsets(t *testing.T) {
	ar := "التقى الرئيس الصيني شي جين بينغ مع وزير الخارجية الروسي سيرجي لافروف يوم الثلاثاء في بكين، وقال إن العلاقات بين البلدين قوية."
	cp1256, err := charmap.Windows1256.NewEncoder().String(ar)
	if err != nil {
		t.Fatal(err)
	}
	iso6, _ := charmap.ISO8859_6.NewEncoder().String("التقى الرئيس الصيني مع وزير الخارجية الروسي في بكين يوم الثلاثاء وقال ان العلاقات قوية")
	cases := []struct {
		name, format string
		data         []byte
		want         string
	}{
		{"utf8", "text", []byte(ar), ar},
		{"bom", "text", append([]byte("\xef\xbb\xbf"), ar...), ar},
		{"utf16le", "text", []byte{0xff, 0xfe, 'h', 0, 'i', 0, ' ', 0, 't', 0, 'h', 0, 'e', 0, 'r', 0, 'e', 0}, "hi there"},
		{"windows-1256 text", "text", []byte(cp1256), ar},
		{"windows-1256 html declared", "html", []byte(`<html><head><meta charset="windows-1256"><title>t</title></head><body><article><p>` + cp1256 + `</p></article></body></html>`), "التقى الرئيس الصيني"},
		{"windows-1256 html undeclared", "html", []byte(`<html><head><title>t</title></head><body><article><p>` + cp1256 + `</p></article></body></html>`), "التقى الرئيس الصيني"},
		{"iso-8859-6 html declared", "html", []byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6"></head><body><article><p>` + iso6 + `</p></article></body></html>`), "التقى الرئيس الصيني"},
		{"utf8 page declaring 1256", "html", []byte(`<html><head><meta charset="windows-1256"></head><body><article><p>` + ar + `</p></article></body></html>`), "التقى الرئيس الصيني"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			docs := readBytes(t, Options{Format: tc.format}, tc.data)
			if len(docs) != 1 || docs[0].Err != nil {
				t.Fatalf("%s", render(docs))
			}
			if !strings.Contains(docs[0].Text, tc.want) {
				t.Errorf("text %q, want it to contain %q", docs[0].Text, tc.want)
			}
		})
	}
}

func TestTitleGuess(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"headline", "Ministers meet in Geneva\n\nMinisters met in Geneva on Tuesday for talks on a ceasefire, officials said.", "Ministers meet in Geneva"},
		{"arabic headline then subhead", "روسيا تستخدم الفيتو ضد إدانتها\nروسيا تضم 4 مناطق أوكرانية\n- مشروع القرار أعدته الولايات المتحدة وألبانيا وأيدته 10 دول أعضاء في المجلس", "روسيا تستخدم الفيتو ضد إدانتها"},
		{"first line is a sentence", "Ministers met in Geneva on Tuesday.\nThey talked.", ""},
		{"shortcode", "[ad_1]\nبكين – التقى الرئيس الصيني شي جين بينغ مع وزير الخارجية الروسي سيرجي لافروف يوم الثلاثاء.", ""},
		{"menu run", "Skip links\nHome\nWorld\nSport\nMinisters met in Geneva on Tuesday for talks on a ceasefire, officials said.", ""},
		{"single line", "Just a headline", ""},
		{"one word", "Breaking\n\nMinisters met in Geneva on Tuesday for talks on a ceasefire.", ""},
		{"too long", strings.Repeat("word ", 25) + "\n\nMinisters met in Geneva on Tuesday.", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := guessTitle(tc.text); got != tc.want {
				t.Errorf("guessTitle = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestOptions(t *testing.T) {
	t.Run("id and lang for a single file", func(t *testing.T) {
		docs := readAll(t, Options{ID: "mine", Lang: "en", Published: "2020-01-02"}, "testdata/story.txt")
		if len(docs) != 1 || docs[0].ID != "mine" || docs[0].Lang != "en" || docs[0].Published != "2020-01-02" {
			t.Fatalf("%s", render(docs))
		}
	})
	t.Run("id ignored for several inputs", func(t *testing.T) {
		docs := readAll(t, Options{ID: "mine"}, "testdata/story.txt", "testdata/page.html")
		if len(docs) != 2 || docs[0].ID != "story" || docs[1].ID != "page" {
			t.Fatalf("%s", render(docs))
		}
	})
	t.Run("lang auto keeps the input's", func(t *testing.T) {
		docs := readAll(t, Options{Lang: "auto"}, "testdata/feed.atom")
		if docs[0].Lang != "ar" {
			t.Fatalf("lang %q", docs[0].Lang)
		}
	})
	t.Run("forced format", func(t *testing.T) {
		docs := readAll(t, Options{Format: "text"}, "testdata/page.html")
		if len(docs) != 1 || docs[0].Format != "text" || !strings.Contains(docs[0].Text, "<article>") {
			t.Fatalf("%s", render(docs))
		}
	})
	t.Run("missing file", func(t *testing.T) {
		docs := readAll(t, Options{}, "testdata/nope.txt", "testdata/story.txt")
		if len(docs) != 2 || docs[0].Err == nil || !strings.Contains(docs[0].Err.Error(), "testdata/nope.txt: ") || docs[1].Err != nil {
			t.Fatalf("%s", render(docs))
		}
	})
	t.Run("folder skips hidden and gold files", func(t *testing.T) {
		dir := t.TempDir()
		writeFile(t, dir, "b.txt", []byte("Second story here\n\nIt is a story with a sentence that ends."))
		writeFile(t, dir, "a.gold.json", []byte(`{"doc": "a"}`))
		writeFile(t, dir, ".hidden.txt", []byte("secret"))
		os.Mkdir(filepath.Join(dir, ".git"), 0o755)
		writeFile(t, filepath.Join(dir, ".git"), "x.txt", []byte("secret"))
		os.Mkdir(filepath.Join(dir, "sub"), 0o755)
		writeFile(t, filepath.Join(dir, "sub"), "c", []byte(`{"text": "from a file without extension"}`))
		writeFile(t, dir, "a.txt", []byte("First story"))
		docs := readAll(t, Options{}, dir)
		var ids []string
		for _, d := range docs {
			ids = append(ids, d.ID)
		}
		if got := strings.Join(ids, ","); got != "a,b,c-1" {
			t.Fatalf("ids %s, want a,b,c-1 (lexical order, hidden and gold skipped): %s", got, render(docs))
		}
	})
	t.Run("cancel", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		ch := Read(ctx, Options{}, "testdata/feed.rss")
		<-ch
		cancel()
		for range ch {
		}
	})
}

// URLs are fetched with the polite client (test servers are loopback, so
// AllowPrivate); a feed's links are followed with Follow.
func TestURLs(t *testing.T) {
	page, _ := os.ReadFile("testdata/page.html")
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/robots.txt":
			w.Write([]byte("User-agent: *\nDisallow: /private\n"))
		case "/news/geneva-talks", "/private/page":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(page)
		case "/feed":
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write([]byte(`<rss version="2.0"><channel><title>t</title><item><title>Geneva</title><link>` + srv.URL + `/news/geneva-talks</link><pubDate>Tue, 05 Mar 2024 09:30:00 +0100</pubDate><description>short</description></item><item><title>Blocked</title><link>` + srv.URL + `/private/page</link></item></channel></rss>`))
		case "/plain":
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Write([]byte("A plain story\n\nIt has a body that ends in a period."))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	client := fetch.New(fetch.Options{AllowPrivate: true, PerHost: 1000, Burst: 10})
	read := func(opts Options, paths ...string) []*doc.Document {
		opts.Fetcher = client
		var out []*doc.Document
		for d := range Read(ctx, opts, paths...) {
			out = append(out, d)
		}
		return out
	}
	t.Run("page", func(t *testing.T) {
		docs := read(Options{}, srv.URL+"/news/geneva-talks")
		if len(docs) != 1 || docs[0].Err != nil || docs[0].ID != "geneva-talks" || docs[0].Format != "html" ||
			docs[0].Published != "2024-03-05" || docs[0].Source != srv.URL+"/news/geneva-talks" {
			t.Fatalf("%s", render(docs))
		}
	})
	t.Run("plain", func(t *testing.T) {
		docs := read(Options{}, srv.URL+"/plain")
		if len(docs) != 1 || docs[0].Format != "text" || docs[0].Title == nil {
			t.Fatalf("%s", render(docs))
		}
	})
	t.Run("feed", func(t *testing.T) {
		docs := read(Options{}, srv.URL+"/feed")
		if len(docs) != 2 || docs[0].Format != "rss" || docs[0].Text != "Geneva\nshort" {
			t.Fatalf("%s", render(docs))
		}
	})
	t.Run("follow", func(t *testing.T) {
		docs := read(Options{Follow: true}, srv.URL+"/feed")
		if len(docs) != 2 || docs[0].Err != nil || !strings.Contains(docs[0].Text, "Swiss government") {
			t.Fatalf("%s", render(docs))
		}
		if !errors.Is(docs[1].Err, fetch.ErrRobots) || !strings.Contains(docs[1].Err.Error(), "record 2") {
			t.Errorf("blocked item: %v", docs[1].Err)
		}
	})
	t.Run("404", func(t *testing.T) {
		docs := read(Options{}, srv.URL+"/gone")
		if len(docs) != 1 || !errors.Is(docs[0].Err, fetch.ErrStatus) || docs[0].Source != srv.URL+"/gone" {
			t.Fatalf("%s", render(docs))
		}
	})
	t.Run("guard without AllowPrivate", func(t *testing.T) {
		var docs []*doc.Document
		for d := range Read(ctx, Options{}, srv.URL+"/news/geneva-talks") {
			docs = append(docs, d)
		}
		if len(docs) != 1 || !errors.Is(docs[0].Err, fetch.ErrForbiddenAddress) {
			t.Fatalf("%s", render(docs))
		}
	})
}

func TestShortPage(t *testing.T) {
	docs := readBytes(t, Options{Format: "html"}, []byte(`<html><head><title>Brief</title></head><body><p>Ministers met in Geneva on Tuesday.</p></body></html>`))
	if len(docs) != 1 || docs[0].Err != nil || !strings.Contains(docs[0].Text, "Ministers met in Geneva") {
		t.Fatalf("%s", render(docs))
	}
}

// A WARC written with bare LF line ends still reads.
func TestWARCBareLF(t *testing.T) {
	block := "HTTP/1.1 200 OK\nContent-Type: text/html\n\n<html><head><title>LF story</title></head><body><article><h1>LF story</h1><p>Written by a careless tool with bare line feeds, this record should still be read as a page.</p><p>A second paragraph follows it.</p></article></body></html>"
	rec := func(uri string) string {
		return fmt.Sprintf("WARC/1.0\nWARC-Type: response\nWARC-Target-URI: %s\nWARC-Date: 2024-03-06T00:00:00Z\nContent-Type: application/http; msgtype=response\nContent-Length: %d\n\n%s\n\n", uri, len(block), block)
	}
	docs := readBytes(t, Options{}, []byte(rec("http://x.example/a")+rec("http://x.example/b")))
	if len(docs) != 2 || docs[0].Err != nil || docs[1].Err != nil || docs[1].ID != "b" {
		t.Fatalf("%s", render(docs))
	}
}

// A Content-Length that is too small leaves junk where the record end
// should be: an error for that record, not silent garbage.
func TestWARCWrongLength(t *testing.T) {
	data := []byte("WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/plain\r\nContent-Length: 3\r\n\r\nabcdef\r\n\r\n")
	docs := readBytes(t, Options{Format: "warc"}, data)
	if len(docs) != 1 || docs[0].Err == nil || !strings.Contains(docs[0].Err.Error(), "record 1: record end") {
		t.Fatalf("%s", render(docs))
	}
}

func TestSniff(t *testing.T) {
	cases := []struct{ head, want string }{
		{`<?xml version="1.0"?><rss version="2.0">`, "rss"},
		{`<feed xmlns="http://www.w3.org/2005/Atom">`, "rss"},
		{`<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">`, "rss"},
		{`<!DOCTYPE html><html><body><feedback-widget>`, "html"},
		{`<html><head><link type="application/rss+xml"></head>`, "html"},
		{`<p>a fragment`, "html"},
		{"WARC/1.1\r\n", "warc"},
		{"\x1f\x8b\x08", "warc"},
		{`{"text": "x"}`, "jsonl"},
		{`[{"text": "x"}]`, "jsonl"},
		{"Plain words", "text"},
		{"\xef\xbb\xbf  <rss>", "rss"},
	}
	for _, tc := range cases {
		if got := sniff([]byte(tc.head)); got != tc.want {
			t.Errorf("sniff(%q) = %s, want %s", tc.head, got, tc.want)
		}
	}
}
