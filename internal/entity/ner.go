package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/dyad-news/dyad/internal/entity/ner"
	"github.com/dyad-news/dyad/internal/lexicon"
	"github.com/dyad-news/dyad/internal/text/arabic"
)

// nerPass adds the Arabic names the statistical tagger finds where no
// other pass found anything: PER, ORG and LOC spans of Arabic words that
// are all uncovered and not part of a role phrase or demonym (the
// lexicon and the context rules win on overlap). A mention starts after
// the proclitics of its first word (وألمانيا → ألمانيا); its name is its
// surface text.
func (st *state) nerPass(tg *ner.Tagger) {
	n := len(st.words)
	sc := st.scratch
	for s := 0; s < n; {
		// a sentence: up to a full stop or a new paragraph
		e := s
		ar := false // a word the tagger's span could hold (see nerSpan)
		for e < n && st.words[e].Para == st.words[s].Para {
			ar = ar || st.words[e].Analyses != nil && st.cover[e] == nil && !st.used[e] && !st.arCommonWord(e)
			e++
			if t := st.words[e-1].Text; t == "." || t == "؟" || t == "!" || t == "?" {
				break
			}
		}
		if ar {
			toks := sc.nerWords[:0]
			for k := s; k < e; k++ {
				toks = append(toks, st.types[k].nerOf(tg))
			}
			sc.nerWords = toks
			sc.tags = tg.TagWordsInto(toks, sc.tags)
			sc.nerSpans = ner.SpansInto(sc.tags, sc.nerSpans)
			for _, sp := range sc.nerSpans {
				st.nerSpan(s+sp.S, s+sp.E, sp.Type)
			}
		}
		s = e
	}
}

// nerSpan adds the tagger's mention on words [s, e) if it is acceptable.
func (st *state) nerSpan(s, e int, typ string) {
	if typ != "PER" && typ != "ORG" && typ != "LOC" {
		return
	}
	for k := s; k < e; k++ {
		if st.cover[k] != nil || st.used[k] || !st.words[k].Word || st.words[k].Analyses == nil || st.arCommonWord(k) {
			return
		}
	}
	// inside a name, no word but the first carries a proclitic other
	// than the article: البحر والشواطئ is two nouns, not a place
	for k := s + 1; k < e; k++ {
		if pre, _, _ := arabic.SegmentWord(st.words[k].Text, arabic.Normalize(st.words[k].Text)); pre != "" && pre != "ال" {
			return
		}
	}
	// one word read as a person: a known name word (not an adjective
	// such as كاثوليكي)
	if typ == "PER" && e-s == 1 && !st.looksLikeArName(s, e) {
		return
	}
	w := &st.words[s]
	pre, _, _ := arabic.SegmentWord(w.Text, arabic.Normalize(w.Text))
	if arabic.HasArticle(pre) {
		pre = strings.TrimSuffix(strings.TrimSuffix(pre, "ال"), "ل")
	}
	start := st.mentionStart(s, lexicon.Analysis{Pre: pre})
	if start >= w.End || utf8.RuneCountInString(string(st.runes[start:w.End])) < 2 {
		return
	}
	sp := st.newSpan(span{s: s, e: e, start: start, end: st.words[e-1].End, typ: typ})
	sp.name = string(st.runes[sp.start:sp.end])
	st.add(sp)
}
