package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dyad-news/dyad/internal/doc"
)

// article is one JSON object of a JSON Lines input.
type article struct {
	ID        json.RawMessage `json:"id"`
	Title     *string         `json:"title"`
	URL       string          `json:"url"`
	Published string          `json:"published"`
	Lang      string          `json:"lang"`
	Byline    string          `json:"byline"`
	Text      *string         `json:"text"`
}

// readJSONL reads one article per line. Blank lines are skipped; a line
// that is not a JSON object with a "text" string is an error document
// "FILE:N: reason" and the lines after it are read as usual.
func (r *reader) readJSONL(src, base string, br *bufio.Reader) {
	ids := newIDSet()
	var scratch []byte
	for n := 1; ; n++ {
		if r.ctx.Err() != nil {
			return
		}
		line, err := readLine(br, r.opts.MaxBytes, &scratch)
		if err != nil && err != io.EOF {
			if errors.Is(err, ErrTooBig) {
				if !r.fail(src, base+"-"+strconv.Itoa(n), "jsonl", n, 0, err) {
					return
				}
				continue
			}
			r.fail(src, base+"-"+strconv.Itoa(n), "jsonl", n, 0, err)
			return
		}
		if n == 1 {
			line = trimBOM(line)
		}
		if len(bytes.TrimSpace(line)) > 0 {
			if !r.jsonArticle(src, base, n, line, ids) {
				return
			}
		}
		if err == io.EOF {
			return
		}
	}
}

// readLine reads one line without its line end. A line longer than max
// is consumed and reported as ErrTooBig. The line is valid until the
// next read: it lies in br's buffer or, when longer than that, in
// *scratch, which readLine reuses.
func readLine(br *bufio.Reader, max int64, scratch *[]byte) ([]byte, error) {
	chunk, err := br.ReadSlice('\n')
	if err != bufio.ErrBufferFull && int64(len(chunk)) <= max+1 {
		return trimLineEnd(chunk), err
	}
	buf := (*scratch)[:0]
	var tooBig bool
	for {
		if !tooBig {
			if int64(len(buf)+len(chunk)) > max+1 {
				tooBig, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			chunk, err = br.ReadSlice('\n')
			continue
		}
		if tooBig {
			if err != nil && err != io.EOF {
				return nil, err
			}
			return nil, fmt.Errorf("%w: line longer than %d bytes", ErrTooBig, max)
		}
		*scratch = buf
		return trimLineEnd(buf), err
	}
}

// trimLineEnd drops a final "\n" and then a final "\r".
func trimLineEnd(b []byte) []byte {
	return bytes.TrimSuffix(bytes.TrimSuffix(b, []byte("\n")), []byte("\r"))
}

// jsonArticle decodes one object and sends its document (or an error
// document for line n).
func (r *reader) jsonArticle(src, base string, n int, obj []byte, ids idSet) bool {
	d, err := decodeArticle(obj)
	if err != nil {
		return r.fail(src, base+"-"+strconv.Itoa(n), "jsonl", n, 0, err)
	}
	id := d.ID
	if id == "" {
		id = slugURL(d.URL)
	}
	d.ID = ids.add(id, base, n)
	d.Source = src
	if err := r.textCap(d); err != nil { // named with its line
		return r.fail(src, d.ID, "jsonl", n, 0, err)
	}
	return r.emit(d)
}

func decodeArticle(obj []byte) (*doc.Document, error) {
	var a article
	if !decodeFast(obj, &a) {
		if !utf8.Valid(obj) {
			_, _, at := utf8Damage(obj)
			return nil, fmt.Errorf("%w at byte %d", ErrUTF8, at)
		}
		a = article{}
		if err := decodeSlow(obj, &a); err != nil {
			return nil, err
		}
	}
	if a.Text == nil {
		return nil, errors.New(`missing "text"`)
	}
	if strings.TrimSpace(*a.Text) == "" {
		return nil, errors.New(`empty "text"`)
	}
	d := doc.New()
	d.Format = "jsonl"
	d.ID = jsonID(a.ID)
	d.URL = strings.TrimSpace(a.URL)
	if a.Title != nil {
		d.SetTitle(oneLine(*a.Title))
	}
	d.Byline = oneLine(a.Byline)
	d.Lang = langTag(a.Lang)
	if a.Published != "" {
		p, err := parseDate(a.Published)
		if err != nil {
			return nil, fmt.Errorf("published: %w", err)
		}
		d.Published = p
	}
	d.Raw = normalizeNewlines(*a.Text)
	return d, nil
}

// decodeSlow decodes obj with encoding/json, for what decodeFast does not
// take, and words its errors.
func decodeSlow(obj []byte, a *article) error {
	dec := json.NewDecoder(bytes.NewReader(obj))
	if err := dec.Decode(a); err != nil {
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) && ute.Field == "" {
			return fmt.Errorf("want a JSON object, got %s", ute.Value)
		}
		if errors.As(err, &ute) {
			return fmt.Errorf("field %q: want %s, got %s", ute.Field, ute.Type, ute.Value)
		}
		return err
	}
	if dec.More() {
		return errors.New("more than one JSON value on the line")
	}
	return nil
}

// jsonID reads an id given as a string or a number.
func jsonID(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	p := jsonParser{b: raw}
	if s, ok := p.string(); ok && p.end() {
		return strings.TrimSpace(s)
	}
	return strings.TrimSpace(string(raw))
}

// dateLayouts are the publication date forms parseDate takes.
var dateLayouts = []string{
	time.DateOnly, time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05",
	"2006-01-02T15:04", "2006-01-02 15:04", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700",
	time.RFC1123Z, time.RFC1123, time.RFC850, time.RFC822Z, time.RFC822, time.ANSIC,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "2006/01/02", "02.01.2006",
	"January 2, 2006", "Jan 2, 2006", "2 January 2006", "2 Jan 2006", "20060102",
}

// parseDate turns a date or timestamp into YYYY-MM-DD, keeping the date as
// it is in the timestamp's own time zone.
func parseDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if t.Year() < 1800 || t.Year() > 2200 {
				break
			}
			return t.Format(time.DateOnly), nil
		}
	}
	return "", fmt.Errorf("cannot read date %q", truncate(s, 40))
}

// readJSONArray reads a JSON array of article objects (a .json file); an
// element that is not an article is an error document naming its line.
func (r *reader) readJSONArray(src, base string, br *bufio.Reader) {
	data, err := io.ReadAll(io.LimitReader(br, r.opts.MaxBytes+1))
	if err != nil {
		r.fail(src, base, "jsonl", 0, 0, err)
		return
	}
	if int64(len(data)) > r.opts.MaxBytes {
		r.fail(src, base, "jsonl", 0, 0, fmt.Errorf("%w of %d bytes", ErrTooBig, r.opts.MaxBytes))
		return
	}
	data = trimBOM(data)
	lineAt := func(off int64) int { return 1 + bytes.Count(data[:min(int(off), len(data))], []byte("\n")) }
	dec := json.NewDecoder(bytes.NewReader(data))
	if _, err := dec.Token(); err != nil {
		r.fail(src, base, "jsonl", lineAt(dec.InputOffset()), 0, err)
		return
	}
	ids := newIDSet()
	for dec.More() {
		start := dec.InputOffset()
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			r.fail(src, base, "jsonl", lineAt(dec.InputOffset()), 0, err)
			return
		}
		line := lineAt(start) + bytes.Count(leadingSpace(data[start:]), []byte("\n"))
		if !r.jsonArticle(src, base, line, raw, ids) {
			return
		}
	}
}

func leadingSpace(b []byte) []byte {
	i := 0
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n' || b[i] == ',') {
		i++
	}
	return b[:i]
}
