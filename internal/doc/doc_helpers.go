package doc

import (
	"unicode/utf8"
	"unsafe"
)

// New returns an empty document with its coded arrays non-nil, so that
// they print as [] rather than null.
func New() *Document {
	return &Document{Entities: []Entity{}, Quotes: []Quote{}, Events: []Event{}, Dates: []DateExpr{}}
}

// Runes returns the text between code point offsets [start, end) of s.
// It is linear in the length of s; callers slicing often should keep
// the []rune themselves.
func Runes(s string, start, end int) string {
	if start < 0 {
		start = 0
	}
	i, from, to := 0, -1, len(s)
	for byteAt := range s {
		if i == start {
			from = byteAt
		}
		if i == end {
			to = byteAt
			break
		}
		i++
	}
	if from < 0 {
		if start >= i {
			return ""
		}
		from = 0
	}
	return s[from:to]
}

// RuneLen is the number of code points in s.
func RuneLen(s string) int { return utf8.RuneCountInString(s) }

// SetTitle sets the title, or clears it when t is empty.
func (d *Document) SetTitle(t string) {
	if t == "" {
		d.Title = nil
		return
	}
	d.Title = &t
}

// RuneText returns the code points of d.Text, as []rune(d.Text) does.
// The slice is decoded once and cached on the document, so that the
// stages that index Text by code point (entity, event, geo) share one
// decoding. The cache is keyed on the Text string itself: assigning a new
// Text makes the next call decode again.
//
// The returned slice is shared: callers must not modify it.
func (d *Document) RuneText() []rune {
	if d.runes == nil || !sameString(d.runesOf, d.Text) {
		d.runes = []rune(d.Text)
		d.runesOf = d.Text
	}
	return d.runes
}

// sameString reports whether a and b share their bytes (not only their
// contents): a cheap check that the cached decoding is of this Text.
func sameString(a, b string) bool {
	return len(a) == len(b) && (len(a) == 0 || unsafe.StringData(a) == unsafe.StringData(b))
}
