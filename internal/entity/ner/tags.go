// Package ner is an averaged-perceptron named entity tagger for Arabic
// news text, trained on ANERCorp (Benajiba et al. 2007, CC BY-SA 4.0).
//
// It tags whitespace/punctuation tokens with BIO tags over PER, ORG, LOC
// and MISC. A token's score for a tag is the sum of the weights of the
// properties (word form, clitic-stripped stem, affixes, shape, gazetteer
// classes from dyad's lexicon) of the tokens from two before to two after
// it, each weighted by its relative position, plus a tag-bigram
// transition weight; decoding is Viterbi. See features.go for the
// properties and model.go for the file format.
package ner

// Tags, in model order. I-X may only follow B-X or I-X.
var Tags = []string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

// NT is the number of tags.
const NT = 9

// Window is the number of tokens on each side whose properties count.
const Window = 2

// NO is the number of relative positions (-Window..Window).
const NO = 2*Window + 1

// tagIndex maps a tag to its index; unknown tags are O.
func tagIndex(t string) int {
	for i, s := range Tags {
		if s == t {
			return i
		}
	}
	return 0
}

// allowed reports whether tag b may follow tag a (a == -1: start).
func allowed(a, b int) bool {
	if b == 0 || b%2 == 1 {
		return true
	}
	return a == b || a == b-1
}

// Span is a mention found by the tagger: tokens [S, E) of type Type
// (PER, ORG, LOC or MISC).
type Span struct {
	S, E int
	Type string
}

// Spans reads BIO tags (indexes into Tags) as mentions; a stray I-X
// starts a mention.
func Spans(tags []int) []Span { return SpansInto(tags, nil) }

// SpansInto is Spans appending to out[:0].
func SpansInto(tags []int, out []Span) []Span {
	out = out[:0]
	for i := 0; i < len(tags); {
		t := tags[i]
		if t == 0 {
			i++
			continue
		}
		typ := Tags[t][2:]
		j := i + 1
		for j < len(tags) && tags[j] != 0 && Tags[tags[j]][0] == 'I' && Tags[tags[j]][2:] == typ {
			j++
		}
		out = append(out, Span{S: i, E: j, Type: typ})
		i = j
	}
	return out
}
