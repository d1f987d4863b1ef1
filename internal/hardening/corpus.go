package hardening

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Outcome is what dyad must do with a bad input.
type Outcome int

const (
	// Coded: the input gives at least one document without error.
	Coded Outcome = iota
	// Refused: the input gives an error naming it and the reason, and no
	// document.
	Refused
	// Partial: some documents are coded and an error names the damage.
	Partial
)

func (o Outcome) String() string { return [...]string{"coded", "refused", "partial"}[o] }

// Case is one bad input.
type Case struct {
	// Name is the file name (its extension picks the format).
	Name string
	// Want is the outcome; Reason a substring the error must hold (for
	// Refused and Partial).
	Want   Outcome
	Reason string
	// Docs is the number of documents coded from the input (Coded,
	// Partial); 0 means "at least one".
	Docs int
	// Large cases are generated at test time, never committed.
	Large bool
	// Write writes the input to w.
	Write func(w io.Writer) error
}

// Cases returns the bad-input corpus. The small cases are committed under
// testdata/bad (see WriteAll and scripts/make-bad-inputs.sh); the large
// ones are written into a temporary folder by the tests.
func Cases() []Case {
	return []Case{
		{Name: "empty.txt", Want: Refused, Reason: "empty input", Write: bytesOf(nil)},
		{Name: "blank.txt", Want: Refused, Reason: "empty input", Write: bytesOf([]byte(" \n\t\r\n  \n"))},
		{Name: "binary.txt", Want: Refused, Reason: "binary content", Write: binary},
		{Name: "binary.html", Want: Refused, Reason: "binary content", Write: binary},
		{Name: "invalid-utf8.txt", Want: Refused, Reason: "invalid UTF-8", Write: invalidUTF8},
		{Name: "windows-1256.txt", Want: Coded, Docs: 1, Write: windows1256},
		{Name: "utf16le-bom.txt", Want: Coded, Docs: 1, Write: utf16(unicode.LittleEndian, "في دمشق")},
		{Name: "utf16be-bom.txt", Want: Coded, Docs: 1, Write: utf16(unicode.BigEndian, "في موسكو")},
		{Name: "utf16le-nobom.txt", Want: Refused, Reason: "binary content", Write: utf16NoBOM},
		{Name: "bidi-zwj-names.txt", Want: Coded, Docs: 1, Write: bidiNames},
		{Name: "billion-laughs.rss", Want: Coded, Docs: 1, Write: billionLaughs},
		{Name: "external-entity.rss", Want: Coded, Docs: 1, Write: externalEntity},
		{Name: "truncated.warc.gz", Want: Partial, Reason: "record 3", Docs: 1, Write: truncatedWARCgz},
		{Name: "corrupt.warc.gz", Want: Partial, Reason: "record 3", Docs: 1, Write: corruptWARCgz},
		{Name: "truncated.warc", Want: Partial, Reason: "record 3", Docs: 1, Write: truncatedWARC},
		{Name: "truncated.txt.gz", Want: Refused, Reason: "unexpected EOF", Write: truncatedGzip},
		{Name: "corrupt.txt.gz", Want: Refused, Reason: "corrupt input", Write: corruptGzip},
		{Name: "not-json.jsonl", Want: Partial, Reason: "not-json.jsonl:2", Docs: 2, Write: badJSONL},

		{Name: "big-100mb.txt", Want: Refused, Reason: "per-article cap", Large: true, Write: bigText(100 << 20)},
		{Name: "one-line-10mb.txt", Want: Refused, Reason: "per-article cap", Large: true, Write: oneLine(10 << 20)},
		{Name: "deep-10000.html", Want: Refused, Reason: "open stack of elements exceeds 512 nodes", Large: true, Write: deepHTML(10000)},
		{Name: "million-attributes.html", Want: Coded, Docs: 1, Large: true, Write: manyAttributes(1000000)},
		{Name: "feed-100000.rss", Want: Coded, Docs: 100000, Large: true, Write: bigFeed(100000)},
		{Name: "line-50mb.jsonl", Want: Partial, Reason: "line-50mb.jsonl:2: ", Docs: 2, Large: true, Write: bigJSONLine(50 << 20)},
		{Name: "gzip-bomb.txt.gz", Want: Refused, Reason: "size cap", Large: true, Write: gzipBomb(1 << 30)},
	}
}

// Good is the article put beside every bad input; it must always be coded.
const Good = "Russia and China held talks in Beijing on Tuesday, officials said.\n" +
	"The foreign ministers met for three hours and agreed to meet again in May.\n"

// WriteAll writes the cases (small ones only unless large) into dir and
// returns their paths by name.
func WriteAll(dir string, large bool) (map[string]string, error) {
	paths := map[string]string{}
	for _, c := range Cases() {
		if c.Large && !large {
			continue
		}
		p := filepath.Join(dir, c.Name)
		if err := WriteFile(p, c); err != nil {
			return nil, err
		}
		paths[c.Name] = p
	}
	return paths, nil
}

// WriteFile writes one case to path.
func WriteFile(path string, c Case) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	if err := c.Write(bw); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", c.Name, err)
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func bytesOf(b []byte) func(io.Writer) error {
	return func(w io.Writer) error { _, err := w.Write(b); return err }
}

func binary(w io.Writer) error {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, 4096)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	copy(b, "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
	_, err := w.Write(b)
	return err
}

const arabic = "التقى الرئيس الصيني شي جين بينغ مع وزير الخارجية الروسي سيرجي لافروف يوم الثلاثاء في بكين، وقال إن العلاقات بين البلدين قوية."

// invalidUTF8 is mostly UTF-8 Arabic with stray bytes in it (a file
// damaged by a bad copy), which must not be silently garbled.
func invalidUTF8(w io.Writer) error {
	s := "عنوان الخبر\n\n" + arabic + "\n" + arabic[:40] + "\xd8\xff\xfe" + arabic[40:] + "\n"
	_, err := io.WriteString(w, s)
	return err
}

func windows1256(w io.Writer) error {
	s, err := charmap.Windows1256.NewEncoder().String("لقاء في بكين\n\n" + arabic + "\n")
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, s)
	return err
}

func utf16(order unicode.Endianness, where string) func(io.Writer) error {
	return func(w io.Writer) error {
		s, err := unicode.UTF16(order, unicode.UseBOM).NewEncoder().String("لقاء " + where + "\n\n" + strings.Replace(arabic, "في بكين", where, 1) + "\n")
		if err != nil {
			return err
		}
		_, err = io.WriteString(w, s)
		return err
	}
}

func utf16NoBOM(w io.Writer) error {
	s, err := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().String(Good)
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, s)
	return err
}

// bidiNames puts zero-width joiners, zero-width spaces and bidi controls
// inside names and around them.
func bidiNames(w io.Writer) error {
	s := "Lavrov meets Putin\n\n" +
		"قال وزير الخارجية الروسي سيرجي لاف\u200dروف يوم الثلاثاء إن موسكو مستعدة للحوار.\n" +
		"Russian President Vladimir Pu\u200btin met \u202eXi Jinping\u202c in Beijing on Tuesday, the Kremlin said.\n" +
		"\u2067الرئيس الصيني\u2069 شي\u200c جين بينغ رحب بالضيف \u200f\u061cفي بكين.\n" +
		"Officials\ufeff said the\u2060 talks were \u200e\u200e\u200econstructive.\n"
	_, err := io.WriteString(w, s)
	return err
}

func billionLaughs(w io.Writer) error {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?>` + "\n" + `<!DOCTYPE rss [<!ENTITY lol "lol">`)
	prev := "lol"
	for i := 1; i <= 9; i++ {
		name := fmt.Sprintf("lol%d", i)
		b.WriteString(`<!ENTITY ` + name + ` "` + strings.Repeat("&"+prev+";", 10) + `">`)
		prev = name
	}
	b.WriteString(`]>` + "\n" + `<rss version="2.0"><channel><title>Laughs</title>` +
		`<item><title>Ministers meet in Geneva</title><description>Ministers met in Geneva on Tuesday. &lol9;</description></item>` +
		`</channel></rss>`)
	_, err := io.WriteString(w, b.String())
	return err
}

// externalEntity asks the parser to read a local file (XXE).
func externalEntity(w io.Writer) error {
	_, err := io.WriteString(w, `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>XXE</title>
<item><title>Ministers meet in Geneva</title><description>Ministers met in Geneva on Tuesday. &xxe;</description></item>
</channel></rss>`)
	return err
}

// warcRecords returns four WARC records: warcinfo and three HTML
// responses (the third record, the second response, is the one the cases
// damage). Their URLs hold the case's name.
func warcRecords(name string) [][]byte {
	page := func(title, body string) string {
		return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><head><title>" + title +
			"</title></head><body><article><h1>" + title + "</h1><p>" + body + "</p><p>" + body + " Officials confirmed it later.</p></article></body></html>"
	}
	rec := func(typ, uri, ctype, block string) []byte {
		return []byte(fmt.Sprintf("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-03-06T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:%s>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
			typ, uri, strings.ReplaceAll(uri, "/", "-"), ctype, len(block), block))
	}
	return [][]byte{
		rec("warcinfo", "", "application/warc-fields", "software: dyad-hardening\r\n"),
		rec("response", "http://news.example/"+name+"/geneva-talks", "application/http; msgtype=response",
			page("Ministers meet in Geneva", "Ministers from Russia and Ukraine met in Geneva on Tuesday for talks on a ceasefire, officials said ("+name+").")),
		rec("response", "http://news.example/"+name+"/beijing-visit", "application/http; msgtype=response",
			page("Lavrov visits Beijing", "Russian Foreign Minister Sergei Lavrov met Chinese President Xi Jinping in Beijing on Tuesday.")),
		rec("response", "http://news.example/"+name+"/cairo-summit", "application/http; msgtype=response",
			page("Summit in Cairo", "Egypt hosted a summit in Cairo on Wednesday where leaders discussed the war in Gaza.")),
	}
}

func gzipEach(recs [][]byte) []byte {
	var out bytes.Buffer
	for _, r := range recs {
		zw := gzip.NewWriter(&out)
		zw.Write(r)
		zw.Close()
	}
	return out.Bytes()
}

// truncatedWARCgz cuts the per-record gzip file in the middle of its
// third record: the first response is coded, the damage is named.
func truncatedWARCgz(w io.Writer) error {
	recs := warcRecords("truncated.warc.gz")
	head := gzipEach(recs[:2])
	third := gzipEach(recs[2:3])
	_, err := w.Write(append(head, third[:len(third)/2]...))
	return err
}

// corruptWARCgz flips bytes inside the third record's deflate stream.
func corruptWARCgz(w io.Writer) error {
	recs := warcRecords("corrupt.warc.gz")
	head := gzipEach(recs[:2])
	third := gzipEach(recs[2:3])
	for i := 20; i < len(third)-10; i += 7 {
		third[i] ^= 0x5a
	}
	_, err := w.Write(append(append(head, third...), gzipEach(recs[3:])...))
	return err
}

func truncatedWARC(w io.Writer) error {
	recs := warcRecords("truncated.warc")
	all := bytes.Join(recs[:3], nil)
	_, err := w.Write(all[:len(all)-200])
	return err
}

func truncatedGzip(w io.Writer) error {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	for range 200 {
		zw.Write([]byte(Good))
	}
	zw.Close()
	_, err := w.Write(b.Bytes()[:b.Len()/2])
	return err
}

func corruptGzip(w io.Writer) error {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	for range 50 {
		zw.Write([]byte(Good))
	}
	zw.Close()
	data := b.Bytes()
	for i := 12; i < len(data)-8; i += 5 {
		data[i] ^= 0xa5
	}
	_, err := w.Write(data)
	return err
}

func badJSONL(w io.Writer) error {
	_, err := io.WriteString(w, `{"id": "ok-1", "text": "Ministers met in Geneva on Tuesday for talks."}
{"id": "broken", "text": "unterminated
{"id": "ok-2", "text": "Egypt hosted a summit in Cairo on Wednesday."}
`)
	return err
}

// words are the vocabulary of the generated large texts.
var words = strings.Fields("قال وزير الخارجية الروسي إن المحادثات في جنيف ستستأنف يوم الثلاثاء بعد أن وافقت روسيا والصين على خطة وقف إطلاق النار " +
	"the minister said talks in Geneva would resume on Tuesday after Russia and China agreed to a ceasefire plan")

func bigText(size int) func(io.Writer) error {
	return func(w io.Writer) error {
		r := rand.New(rand.NewPCG(3, 4))
		n := 0
		var line []byte
		for n < size {
			line = line[:0]
			for range 14 {
				line = append(line, words[r.IntN(len(words))]...)
				line = append(line, ' ')
			}
			line = append(line[:len(line)-1], ".\n"...)
			if _, err := w.Write(line); err != nil {
				return err
			}
			n += len(line)
		}
		return nil
	}
}

func oneLine(size int) func(io.Writer) error {
	return func(w io.Writer) error {
		r := rand.New(rand.NewPCG(5, 6))
		for n := 0; n < size; {
			s := words[r.IntN(len(words))] + " "
			if _, err := io.WriteString(w, s); err != nil {
				return err
			}
			n += len(s)
		}
		_, err := io.WriteString(w, "\n")
		return err
	}
}

func deepHTML(depth int) func(io.Writer) error {
	return func(w io.Writer) error {
		io.WriteString(w, "<!DOCTYPE html><html><head><title>Deep page</title></head><body><article><h1>Ministers meet in Geneva</h1>"+
			"<p>Ministers from Russia and Ukraine met in Geneva on Tuesday for talks on a ceasefire, officials said.</p>")
		for range depth {
			io.WriteString(w, "<div>")
		}
		io.WriteString(w, "<p>The innermost paragraph says the talks will resume in May.</p>")
		for range depth {
			io.WriteString(w, "</div>")
		}
		_, err := io.WriteString(w, "<p>The ministers agreed to meet again in May.</p></article></body></html>")
		return err
	}
}

func manyAttributes(n int) func(io.Writer) error {
	return func(w io.Writer) error {
		io.WriteString(w, "<!DOCTYPE html><html><head><title>Attributes</title></head><body><article><h1>Ministers meet in Geneva</h1><p")
		for i := range n {
			fmt.Fprintf(w, " a%d=\"%d\"", i, i)
		}
		_, err := io.WriteString(w, ">Ministers from Russia and Ukraine met in Geneva on Tuesday for talks on a ceasefire, officials said.</p>"+
			"<p>The ministers agreed to meet again in May.</p></article></body></html>")
		return err
	}
}

func bigFeed(items int) func(io.Writer) error {
	return func(w io.Writer) error {
		io.WriteString(w, `<?xml version="1.0" encoding="UTF-8"?>`+"\n"+`<rss version="2.0"><channel><title>Big feed</title><link>http://news.example/</link>`+"\n")
		for i := range items {
			fmt.Fprintf(w, "<item><title>Item %d</title><link>http://news.example/item/%d</link><guid>item-%d</guid><pubDate>Tue, 05 Mar 2024 09:30:00 +0000</pubDate><description>Talks number %d were held.</description></item>\n", i, i, i, i)
		}
		_, err := io.WriteString(w, "</channel></rss>\n")
		return err
	}
}

// bigJSONLine writes a good line, a line of size bytes, and a good line.
func bigJSONLine(size int) func(io.Writer) error {
	return func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.Encode(map[string]string{"id": "before", "text": "Ministers met in Geneva on Tuesday for talks."})
		io.WriteString(w, `{"id": "huge", "text": "`)
		if err := oneLine(size)(noNewline{w}); err != nil {
			return err
		}
		io.WriteString(w, "\"}\n")
		return enc.Encode(map[string]string{"id": "after", "text": "Egypt hosted a summit in Cairo on Wednesday."})
	}
}

// noNewline drops newlines (oneLine ends with one).
type noNewline struct{ w io.Writer }

func (n noNewline) Write(b []byte) (int, error) {
	_, err := n.w.Write(bytes.ReplaceAll(b, []byte("\n"), nil))
	return len(b), err
}

// gzipBomb writes size bytes of text compressed to about a thousandth:
// one compressed member of 16 MiB, repeated (gzip readers read
// concatenated members as one stream).
func gzipBomb(size int) func(io.Writer) error {
	return func(w io.Writer) error {
		const chunk = 16 << 20
		var member bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&member, gzip.BestCompression)
		zw.Write(bytes.Repeat([]byte("talks resumed in Geneva. "), chunk/25))
		zw.Close()
		for n := 0; n < size; n += chunk {
			if _, err := w.Write(member.Bytes()); err != nil {
				return err
			}
		}
		return nil
	}
}
