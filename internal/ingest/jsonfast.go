package ingest

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
	"unsafe"
)

// decodeFast decodes the usual JSON Lines article — a flat object whose
// members are the article fields (strings, null, a number for "id") and
// any other members — in one pass, allocating only the field strings. It
// reports false for anything else (syntax errors, a field of the wrong
// type, keys with escapes or not all ASCII, keys that match a field only
// when case is ignored, more after the object, invalid UTF-8): the
// caller then checks and decodes the line as before, with its error
// messages. When it reports true, a is what json.Unmarshal into an
// article gives.
func decodeFast(obj []byte, a *article) bool {
	p := jsonParser{b: obj}
	p.space()
	if !p.byte('{') {
		return false
	}
	p.space()
	if p.byte('}') {
		return p.end()
	}
	for {
		key, ok := p.key()
		if !ok {
			return false
		}
		p.space()
		if !p.byte(':') {
			return false
		}
		p.space()
		switch key {
		case "id":
			start := p.i
			ok = p.value(0)
			a.ID = obj[start:p.i]
		case "title":
			ok = p.stringPtr(&a.Title)
		case "text":
			ok = p.stringPtr(&a.Text)
		case "url":
			ok = p.stringField(&a.URL)
		case "published":
			ok = p.stringField(&a.Published)
		case "lang":
			ok = p.stringField(&a.Lang)
		case "byline":
			ok = p.stringField(&a.Byline)
		default:
			ok = !foldsToField(key) && p.value(0)
		}
		if !ok {
			return false
		}
		p.space()
		if p.byte(',') {
			p.space()
			continue
		}
		if p.byte('}') {
			return p.end()
		}
		return false
	}
}

// foldsToField reports whether key names a field of article only when
// case is ignored, as encoding/json allows ("Text").
func foldsToField(key string) bool {
	for _, f := range [...]string{"id", "title", "text", "url", "published", "lang", "byline"} {
		if len(key) == len(f) && strings.EqualFold(key, f) {
			return true
		}
	}
	return false
}

// jsonParser reads JSON from b at i. Its methods return false at
// anything they do not accept; the caller then gives up.
type jsonParser struct {
	b []byte
	i int
}

func (p *jsonParser) space() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// byte consumes c if it is next.
func (p *jsonParser) byte(c byte) bool {
	if p.i < len(p.b) && p.b[p.i] == c {
		p.i++
		return true
	}
	return false
}

// end reports whether only white space is left.
func (p *jsonParser) end() bool {
	p.space()
	return p.i == len(p.b)
}

// key reads an object key made of printable ASCII without escapes,
// returned without copying (valid while b is).
func (p *jsonParser) key() (string, bool) {
	if !p.byte('"') {
		return "", false
	}
	start := p.i
	for p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c == '"':
			k := p.b[start:p.i]
			p.i++
			return unsafe.String(unsafe.SliceData(k), len(k)), true
		case c < 0x20 || c == '\\' || c >= utf8.RuneSelf:
			return "", false
		}
		p.i++
	}
	return "", false
}

// stringPtr reads a string or null into a *string field.
func (p *jsonParser) stringPtr(dst **string) bool {
	if p.literal("null") {
		*dst = nil
		return true
	}
	s, ok := p.string()
	if ok {
		*dst = &s
	}
	return ok
}

// stringField reads a string into a string field; null leaves it alone.
func (p *jsonParser) stringField(dst *string) bool {
	if p.literal("null") {
		return true
	}
	s, ok := p.string()
	if ok {
		*dst = s
	}
	return ok
}

// literal consumes the literal word if it is next.
func (p *jsonParser) literal(word string) bool {
	if len(p.b)-p.i >= len(word) && string(p.b[p.i:p.i+len(word)]) == word {
		p.i += len(word)
		return true
	}
	return false
}

// string reads a string literal and returns its value in a new string.
func (p *jsonParser) string() (string, bool) {
	if !p.byte('"') {
		return "", false
	}
	start := p.i
	switch p.scan() {
	case '"':
		s := string(p.b[start:p.i])
		p.i++
		return s, true
	case '\\':
		return p.unescape(start)
	}
	return "", false
}

// scan advances over the characters of a string literal to its closing
// quote or next backslash and returns that byte, or 0 (and stops) at a
// control character, invalid UTF-8 or the end of the input.
func (p *jsonParser) scan() byte {
	b, i := p.b, p.i
	for i < len(b) {
		c := b[i]
		switch {
		case c >= 0x20 && c < utf8.RuneSelf && c != '"' && c != '\\':
			i++
			continue
		case c == '"' || c == '\\':
			p.i = i
			return c
		case c < 0x20:
		case c >= 0xC2 && c < 0xE0:
			if i+1 < len(b) && b[i+1]&0xC0 == 0x80 {
				i += 2
				continue
			}
		case c >= utf8.RuneSelf:
			if r, n := utf8.DecodeRune(b[i:]); r != utf8.RuneError || n > 1 {
				i += n
				continue
			}
		}
		break
	}
	p.i = i
	return 0
}

// unescape finishes the string literal that started at start and has an
// escape at p.i, decoding escapes as encoding/json does: a \u escape of a
// lone surrogate becomes U+FFFD.
func (p *jsonParser) unescape(start int) (string, bool) {
	// The value is never longer than the rest of the input; the buffer is
	// trimmed below when that was much too long.
	out := make([]byte, 0, len(p.b)-start)
	out = append(out, p.b[start:p.i]...)
	for {
		if p.i+1 >= len(p.b) {
			return "", false
		}
		e := p.b[p.i+1]
		p.i += 2
		switch e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r := p.hex4(p.i)
			if r < 0 {
				return "", false
			}
			p.i += 4
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if p.i+1 < len(p.b) && p.b[p.i] == '\\' && p.b[p.i+1] == 'u' {
					r2 = p.hex4(p.i + 2)
				}
				if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
					p.i += 6
					r = dec
				} else {
					r = utf8.RuneError
				}
			}
			out = utf8.AppendRune(out, r)
		default:
			return "", false
		}
		from := p.i
		c := p.scan()
		out = append(out, p.b[from:p.i]...)
		switch c {
		case '"':
			p.i++
			if cap(out)-len(out) > len(out)/8+64 {
				return string(out), true
			}
			return unsafe.String(unsafe.SliceData(out), len(out)), true
		case 0:
			return "", false
		}
	}
}

// hex4 returns the value of the four hex digits at b[i:], or -1.
func (p *jsonParser) hex4(i int) rune {
	if i+4 > len(p.b) {
		return -1
	}
	var r rune
	for _, c := range p.b[i : i+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

// maxDepth bounds the nesting of skipped values (encoding/json allows
// 10,000 levels; deeper values go to it and its error).
const maxDepth = 1000

// value skips any JSON value, checking its syntax.
func (p *jsonParser) value(depth int) bool {
	if p.i >= len(p.b) || depth > maxDepth {
		return false
	}
	switch c := p.b[p.i]; {
	case c == '"':
		return p.skipString()
	case c == '{':
		p.i++
		p.space()
		if p.byte('}') {
			return true
		}
		for {
			if !p.skipString() {
				return false
			}
			p.space()
			if !p.byte(':') {
				return false
			}
			p.space()
			if !p.value(depth + 1) {
				return false
			}
			p.space()
			if p.byte(',') {
				p.space()
				continue
			}
			return p.byte('}')
		}
	case c == '[':
		p.i++
		p.space()
		if p.byte(']') {
			return true
		}
		for {
			if !p.value(depth + 1) {
				return false
			}
			p.space()
			if p.byte(',') {
				p.space()
				continue
			}
			return p.byte(']')
		}
	case c == '-' || '0' <= c && c <= '9':
		return p.number()
	}
	return p.literal("true") || p.literal("false") || p.literal("null")
}

// skipString skips a string literal, checking its escapes.
func (p *jsonParser) skipString() bool {
	if !p.byte('"') {
		return false
	}
	for {
		switch p.scan() {
		case '"':
			p.i++
			return true
		case 0:
			return false
		}
		// a backslash
		if p.i+1 >= len(p.b) {
			return false
		}
		switch p.b[p.i+1] {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			p.i += 2
		case 'u':
			if p.hex4(p.i+2) < 0 {
				return false
			}
			p.i += 6
		default:
			return false
		}
	}
}

// number skips a number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func (p *jsonParser) number() bool {
	p.byte('-')
	switch {
	case p.byte('0'):
	case p.i < len(p.b) && '1' <= p.b[p.i] && p.b[p.i] <= '9':
		p.digits()
	default:
		return false
	}
	if p.byte('.') && !p.digits() {
		return false
	}
	if p.byte('e') || p.byte('E') {
		if !p.byte('+') {
			p.byte('-')
		}
		if !p.digits() {
			return false
		}
	}
	return true
}

// digits skips one or more digits.
func (p *jsonParser) digits() bool {
	start := p.i
	for p.i < len(p.b) && '0' <= p.b[p.i] && p.b[p.i] <= '9' {
		p.i++
	}
	return p.i > start
}
