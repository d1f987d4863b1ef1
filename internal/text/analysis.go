package text

import (
	"unicode/utf8"
	"unsafe"

	"github.com/dyad-news/dyad/internal/doc"
)

// The text layer is built like bleve's analysis package: a Tokenizer cuts
// a paragraph into tokens, a SentenceSplitter groups them into sentences,
// and TokenFilters fill each token's matching forms. An Analyzer chains
// them; Analyze runs the default one.

// Source is a document's text decoded once: Runes[i] is the i-th code
// point and Bytes[i] its byte offset in Text (Bytes has one more entry,
// len(Text)). Invalid UTF-8 bytes decode to U+FFFD, one code point each,
// as in a Go range loop.
type Source struct {
	Text  string
	Runes []rune
	Bytes []int32

	// Analyze's scratch space, kept with the Source in its pool.
	toks  []RawToken
	paras []doc.Span
	sents []doc.Sentence
}

// release empties src (so that the pool keeps no document's text) and
// returns it to the pool; very large buffers are left to the collector.
func (s *Source) release() {
	s.Text = ""
	if cap(s.Runes) > 1<<20 {
		return
	}
	sources.Put(s)
}

// Reset decodes text into s, reusing s's buffers.
func (s *Source) Reset(text string) {
	s.Text = text
	if cap(s.Runes) < len(text) || cap(s.Bytes) < len(text)+1 {
		s.Runes = make([]rune, len(text))
		s.Bytes = make([]int32, len(text)+1)
	}
	runes, bytes := s.Runes[:len(text)], s.Bytes[:len(text)+1]
	n := 0
	for i := 0; i < len(text); n++ {
		// ASCII and the two-byte sequences (Arabic, Latin accents) by
		// hand; the rest as a range loop decodes it
		c := text[i]
		bytes[n] = int32(i)
		switch {
		case c < utf8.RuneSelf:
			runes[n] = rune(c)
			i++
		case c >= 0xC2 && c < 0xE0 && i+1 < len(text) && text[i+1]&0xC0 == 0x80:
			runes[n] = rune(c&0x1F)<<6 | rune(text[i+1]&0x3F)
			i += 2
		default:
			r, size := utf8.DecodeRuneInString(text[i:])
			runes[n] = r
			i += size
		}
	}
	bytes[n] = int32(len(text))
	s.Runes, s.Bytes = runes[:n], bytes[:n+1]
}

// Slice returns the text of code points [start, end) without copying.
func (s *Source) Slice(start, end int) string { return s.Text[s.Bytes[start]:s.Bytes[end]] }

// RawToken is a token as the Tokenizer finds it: its code points
// [Start, End) of the Source and its kind. It holds no pointers, so that
// a document's tokens are built in scratch space the garbage collector
// need not scan, and written to Document.Tokens once, with their strings.
type RawToken struct {
	Start, End int32
	Kind       doc.TokenKind
}

// Text returns the token's text in src, without copying.
func (t RawToken) Text(src *Source) string { return src.Slice(int(t.Start), int(t.End)) }

// Tokenizer cuts the code points [start, end) of src (one paragraph) into
// tokens and appends them to out. Tokens are in order and do not
// overlap. Whitespace, control characters and stray format characters are
// not tokens.
type Tokenizer interface {
	Tokenize(src *Source, start, end int, out []RawToken) []RawToken
}

// SentenceSplitter groups toks (the tokens of one paragraph, which start
// at index base of the document's tokens) into sentences, appended to out.
// Every token belongs to exactly one sentence; the sentences' spans run
// from their first token's Start to their last token's End.
type SentenceSplitter interface {
	Split(src *Source, toks []RawToken, base int, out []doc.Sentence) []doc.Sentence
}

// TokenFilter fills the matching forms of the tokens it handles (Norm,
// Stem, Prefix, Suffix), leaving the others alone. New strings are built
// in the arena.
type TokenFilter interface {
	Filter(toks []doc.Token, a *Arena)
}

// Arena hands out strings built in one growing byte buffer, so that a
// document's normalised forms cost a few allocations instead of one per
// token. Bytes already handed out are never written again (append only
// writes past len, and a grown buffer leaves the old one untouched), so
// the strings stay immutable. An Arena serves one document.
type Arena struct {
	Buf []byte
}

// Take returns the bytes appended to Buf since len(Buf) was from, as a
// string sharing Buf's memory.
func (a *Arena) Take(from int) string {
	b := a.Buf[from:]
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
