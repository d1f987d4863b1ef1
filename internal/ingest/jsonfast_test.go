package ingest

import (
	"bytes"
	"os"
	"reflect"
	"strconv"
	"testing"
	"unicode/utf8"
)

// jsonCases are article lines, most of them in decodeFast's reach.
var jsonCases = []struct {
	line string
	fast bool // decodeFast takes it
}{
	{`{"id": "a1", "title": "T", "url": "u", "published": "2024-04-09", "lang": "ar", "byline": "b", "text": "x"}`, true},
	{`  {"text":"line\nline\r\n\ttab \"q\" \\ \/ \b\f \u00e9 \u0627 \ud83d\ude00"}  `, true},
	{`{"text": "lone \ud800 and \udc00 and \ud800\u0041 end"}`, true},
	{`{"id": 42, "text": "x"}`, true},
	{`{"id": -1.5e+3, "text": "x"}`, true},
	{`{"id": null, "title": null, "url": null, "text": "x"}`, true},
	{`{"id": {"a": [1, 2.5, true, false, null, "s\u0041"]}, "text": "x"}`, true},
	{`{"meta": {"x": {"y": []}}, "tags": [], "text": "x", "n": 0}`, true},
	{`{"text": "first", "text": "second", "title": "t", "title": null}`, true},
	{`{}`, true},
	{`{"":1,"text":"x"}`, true},
	{`{"Text": "case folded key"}`, false},
	{`{"te\u0078t": "escaped key"}`, false},
	{`{"tëxt": "non-ASCII key", "text": "x"}`, false},
	{`{"text": 5}`, false},
	{`{"url": true, "text": "x"}`, false},
	{`{"text": "x"} {"text": "y"}`, false},
	{`{"text": "x"} ]`, false},
	{`{"text": "x"`, false},
	{`{"text": "x",}`, false},
	{`{"id": 01, "text": "x"}`, false},
	{`{"id": 1., "text": "x"}`, false},
	{`{"id": tru, "text": "x"}`, false},
	{`{"text": "bad \x escape"}`, false},
	{`{"text": "bad \u12 escape"}`, false},
	{"{\"text\": \"control \x01 char\"}", false},
	{`[1, 2]`, false},
	{"{\"text\": \"bad \xff UTF-8\"}", false},
	{"{\"text\": \"x\", \"other\": \"bad \xd8 UTF-8\"}", false},
	{"{\"text\": \"escaped then bad \\n \xc3\x28\"}", false},
	{"{\"text\": \"surrogate bytes \xed\xa0\x80\"}", false},
	{"{\"text\": \"fine \xef\xbf\xbd \xf0\x9f\x98\x80 \\u0041\"}", true},
	{`"text"`, false},
	{`null`, false},
}

func TestDecodeFast(t *testing.T) {
	for _, tc := range jsonCases {
		var a article
		if got := decodeFast([]byte(tc.line), &a); got != tc.fast {
			t.Errorf("decodeFast(%s) = %v, want %v", tc.line, got, tc.fast)
		}
		checkFast(t, []byte(tc.line))
	}
}

// checkFast checks that when decodeFast takes obj, encoding/json decodes
// it without error to the same article.
func checkFast(t *testing.T, obj []byte) {
	t.Helper()
	var fast, slow article
	if !utf8.Valid(obj) {
		if decodeFast(obj, &fast) {
			t.Fatalf("decodeFast took invalid UTF-8 %q", obj)
		}
		return
	}
	if !decodeFast(obj, &fast) {
		return
	}
	if err := decodeSlow(obj, &slow); err != nil {
		t.Fatalf("decodeFast took %q, encoding/json says %v", obj, err)
	}
	if !reflect.DeepEqual(fast, slow) {
		t.Fatalf("%q:\nfast %s\nslow %s", obj, show(fast), show(slow))
	}
}

func show(a article) string {
	s := func(p *string) string {
		if p == nil {
			return "<nil>"
		}
		return strconv.Quote(*p)
	}
	return "id=" + string(a.ID) + " title=" + s(a.Title) + " text=" + s(a.Text) + " url=" + a.URL + " pub=" + a.Published + " lang=" + a.Lang + " by=" + a.Byline
}

// FuzzDecodeFast checks decodeFast against encoding/json on any line.
func FuzzDecodeFast(f *testing.F) {
	for _, tc := range jsonCases {
		f.Add([]byte(tc.line))
	}
	if b, err := os.ReadFile("testdata/articles.jsonl"); err == nil {
		for _, l := range bytes.Split(b, []byte("\n")) {
			f.Add(l)
		}
	}
	f.Fuzz(checkFast)
}
