// Package doc holds the shared document types that flow through dyad's
// pipeline: a Document is read by ingest, cleaned, tagged with a language,
// analysed into sentences and tokens, and coded into entities, quotes,
// events and dates by the stages that follow. Stage packages depend on
// these types, never on each other.
//
// All offsets are counted in Unicode code points of Document.Text and are
// half-open: [Start, End).
package doc

// Document is one article as it moves through the pipeline. Its JSON form
// is the object that `dyad code` prints (the contract of FORMAT.md); the
// analysis fields (Raw, Sentences, Tokens, ...) stay out of it.
type Document struct {
	ID        string  `json:"id"`
	Source    string  `json:"source"`
	URL       string  `json:"url,omitempty"`
	Lang      string  `json:"lang"`
	Title     *string `json:"title"`
	Byline    string  `json:"byline,omitempty"`
	Published string  `json:"published,omitempty"`
	Text      string  `json:"text"`

	Entities []Entity   `json:"entities"`
	Quotes   []Quote    `json:"quotes"`
	Events   []Event    `json:"events"`
	Dates    []DateExpr `json:"dates"`

	// Raw is the input as the reader found it (after charset decoding),
	// before cleaning.
	Raw string `json:"-"`
	// RawOffsets maps each code point of Text to the code point offset in
	// Raw it came from; len(RawOffsets) == number of code points in Text.
	// Nil when Text was not derived from Raw by cleaning (e.g. extracted
	// from HTML). int32 keeps it small (an input is capped far below 2^31
	// code points by ingest's size limit).
	RawOffsets []int32 `json:"-"`
	// Format names the reader that produced the document (text, html,
	// jsonl, rss, warc).
	Format string `json:"-"`

	// Analysis, filled by the text layer; read by the coding stages.
	Paragraphs []Span     `json:"-"`
	Sentences  []Sentence `json:"-"`
	Tokens     []Token    `json:"-"`

	// Err is set when a stage failed on this document; later stages skip
	// it and the batch goes on.
	Err error `json:"-"`

	// runes caches the decoding of runesOf (== Text when valid); see
	// RuneText.
	runes   []rune
	runesOf string
}

// Span is a half-open code point range of Document.Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Sentence is a sentence of the document with the range of its tokens in
// Document.Tokens ([FirstToken, EndToken)).
type Sentence struct {
	Span
	FirstToken int
	EndToken   int
}

// TokenKind says what a token is made of.
type TokenKind uint8

// Token kinds.
const (
	Word TokenKind = iota
	Number
	Punct
	Symbol
)

// Token is one token of the cleaned text. For Arabic words, Norm is the
// whole word normalised for matching (letter variants folded, tashkeel and
// tatweel removed, digits Western), and Stem is Norm without the
// proclitics in Prefix and the enclitic pronoun in Suffix
// ("وقال" → Prefix "و", Stem "قال"; "دعمتها" → Stem "دعمت", Suffix "ها").
// The definite article ال is a proclitic ("الصين" → Prefix "ال", Stem "صين").
// For English, Norm is the lower-cased word and Stem equals Norm.
type Token struct {
	Text   string
	Norm   string
	Stem   string
	Prefix string
	Suffix string
	Start  int
	End    int
	Kind   TokenKind
	// Sentence is the index of the token's sentence in Document.Sentences.
	Sentence int
}
