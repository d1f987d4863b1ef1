package doc

import "unicode/utf8"

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
