// Package search turns text into index terms and queries into term
// groups, the same way for every store: Arabic letters folded
// (text/arabic.Normalize) and lightly stemmed, English lower-cased and
// lightly stemmed. Names are indexed apart, folded but unstemmed, so that
// a person's name is never cut ("بوتين" stays بوتين in the names field),
// and a document's linked entities add their canonical English names, so
// that "Lavrov" finds an Arabic article that writes لافروف.
package search

import (
	"strings"
	"unicode"

	"github.com/dyad-news/dyad/internal/text/arabic"
)

// Terms returns the stemmed index terms of s, in order, repeats kept.
func Terms(s string) []string {
	var out []string
	eachWord(s, func(w string) { out = append(out, Stem(w)) })
	return out
}

// NameTerms returns the folded, unstemmed terms of s.
func NameTerms(s string) []string {
	var out []string
	eachWord(s, func(w string) { out = append(out, w) })
	return out
}

// eachWord calls f with every word of s, normalised (Arabic folding,
// lower case). Words are runs of letters, digits and combining marks.
func eachWord(s string, f func(string)) {
	s = arabic.Normalize(s)
	start := -1
	for i, r := range s {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			f(strings.ToLower(s[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		f(strings.ToLower(s[start:]))
	}
}

// Stem lightly stems one normalised word: Arabic prefixes (و ف ب ك ل with
// the article, and the article alone) and common suffixes, keeping at
// least three letters; English plural and verb endings.
func Stem(w string) string {
	if w == "" {
		return w
	}
	r := []rune(w)
	if isArabic(r[0]) {
		return stemArabic(r)
	}
	return stemEnglish(w)
}

func isArabic(r rune) bool { return r >= 0x600 && r <= 0x6FF }

var arPrefixes = []string{"وال", "بال", "كال", "فال", "لل", "ال"}
var arSuffixes = []string{"هما", "كما", "ات", "ان", "ون", "ين", "يه", "ها", "هم", "نا", "ه", "ي"}

func stemArabic(r []rune) string {
	w := string(r)
	stripped := false
	for _, p := range arPrefixes {
		if strings.HasPrefix(w, p) && len([]rune(w))-len([]rune(p)) >= 3 {
			w, stripped = w[len(p):], true
			break
		}
	}
	// one proclitic letter, only before a word of four letters or more
	// (وزير and بكين keep theirs)
	if !stripped && len(r) >= 5 && strings.ContainsRune("وفبلك", r[0]) {
		w = string(r[1:])
	}
	for _, s := range arSuffixes {
		if strings.HasSuffix(w, s) && len([]rune(w))-len([]rune(s)) >= 3 {
			w = w[:len(w)-len(s)]
			break
		}
	}
	return w
}

func stemEnglish(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 5 && strings.HasSuffix(w, "ing"):
		return w[:n-3]
	case n > 4 && strings.HasSuffix(w, "ed"):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "es") && strings.ContainsRune("sxz", rune(w[n-3])):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return w[:n-1]
	}
	return w
}

// Query is a parsed search query: every group must match, a group
// matching when its stemmed term is in the body or its folded term is in
// the names.
type Query struct {
	Groups []Group
}

// Group is one word of the query in its two forms.
type Group struct {
	Stem string // for the body field
	Name string // for the names field
}

// ParseQuery analyses a user's query the way documents are indexed.
func ParseQuery(q string) Query {
	var out Query
	eachWord(q, func(w string) { out.Groups = append(out.Groups, Group{Stem: Stem(w), Name: w}) })
	return out
}

// Empty reports whether the query has no words.
func (q Query) Empty() bool { return len(q.Groups) == 0 }

// FTS5 renders the query for SQLite FTS5 over the columns body and names.
// A word that FTS5's tokenizer splits (it keeps only letters, numbers and
// private-use characters together, so a combining mark splits a word) is
// searched as its pieces, all required: a quoted string of several tokens
// would be a phrase query, which the index (detail=column) refuses.
func (q Query) FTS5() string {
	parts := make([]string, len(q.Groups))
	for i, g := range q.Groups {
		parts[i] = "(" + ftsColumn("body", g.Stem) + " OR " + ftsColumn("names", g.Name) + ")"
	}
	return strings.Join(parts, " AND ")
}

// ftsColumn renders word w as FTS5 terms of column col.
func ftsColumn(col, w string) string {
	pieces := strings.FieldsFunc(w, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.Is(unicode.Co, r)
	})
	if len(pieces) == 0 {
		pieces = []string{w} // (nothing FTS5 would index: matches nothing)
	}
	terms := make([]string, len(pieces))
	for i, p := range pieces {
		terms[i] = col + " : " + quoteFTS(p)
	}
	if len(terms) == 1 {
		return terms[0]
	}
	return "(" + strings.Join(terms, " AND ") + ")"
}

func quoteFTS(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

// TSQuery renders the query for PostgreSQL's to_tsquery('simple', ...)
// over a tsvector whose body lexemes carry weight A... (body) and names
// are prefixed "n:" — see store's schema.
func (q Query) TSQuery() string {
	parts := make([]string, len(q.Groups))
	for i, g := range q.Groups {
		parts[i] = "(" + quoteTS(g.Stem) + " | " + quoteTS("n_"+g.Name) + ")"
	}
	return strings.Join(parts, " & ")
}

func quoteTS(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
