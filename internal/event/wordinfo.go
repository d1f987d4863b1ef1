package event

import (
	"encoding/binary"
	"hash/maphash"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dyad-news/dyad/internal/doc"
)

// wordSet names a closed word class tested by coder.inSet; each is one
// bit of wordInfo.arBits and wordInfo.enBits.
type wordSet uint8

const (
	wsSay wordSet = iota
	wsPrep
	wsClause
	wsSkipLeft
	wsRelative
	wsDraft
	wsNeg
	wsNegVerbs
	wsCond
	wsIntent
	wsClaim
	wsFrame
	wsBackground
	wsComplementiser
	wsSupport
	numWordSets
)

// arWordSets are the word lists of the classes, as read in an Arabic
// document (with a leading و/ف allowed). In an English document the
// classes wsSay, wsPrep and wsClause read enWordSets instead.
var arWordSets = [numWordSets]map[string]bool{
	wsSay: arSay, wsPrep: arPreps, wsClause: arClauseWords, wsSkipLeft: arSkipLeft,
	wsRelative: arRelative, wsDraft: arDraft, wsNeg: arNeg, wsNegVerbs: arNegVerbs,
	wsCond: arCond, wsIntent: arIntentWords, wsClaim: arClaim, wsFrame: arFrame,
	wsBackground: arBackground, wsComplementiser: arComplementiser, wsSupport: arSupport,
}

var enWordSets = map[wordSet]map[string]bool{wsSay: enSay, wsPrep: enPreps, wsClause: enClauseWords}

// wordInfo is what the event stage knows of one word type: a token's
// Text read the way prepare reads it (with the text layer's Stem and
// Prefix when tl is set), its closed classes and the lexicon entries it
// can trigger. It depends on the token and the lexicon only, so it is
// computed once per type and shared, read-only, by every document.
type wordInfo struct {
	punct bool

	norm, stem, conj, prep string
	stemKey                string // arNounKey(stem)
	det, quote             bool
	keys                   []string // Arabic: variants and their noun keys, interleaved
	enBase                 string   // English cue matching: norm without 's

	// arBits and enBits hold inSet's answer for each wordSet in an
	// Arabic and an English document.
	arBits, enBits uint32
	// bloom has one bit per key (keyBit), for a quick cue mismatch.
	bloom uint64
	// arLemmas has bit ls set when one of the word's Arabic verb readings
	// has a lemma in arLemmaSets[ls] (coder.arReading).
	arLemmas uint8
	// arMarker and enMarker: one of the word's forms starts a marker of
	// the sports register in an Arabic or English document (register.go)
	arMarker, enMarker bool
	cand               *wordCands // nil: the word triggers nothing in either language
}

// lemmaSet names a set of Arabic verb lemmas that rules look a token up
// in by its verb readings (coder.arReading); each is one bit of
// wordInfo.arLemmas, so that the morphology runs once per word type, not
// once per token.
type lemmaSet uint8

const (
	lsAnnounce lemmaSet = iota
	lsDecide
	lsAspect
	lsTableDraft
	lsFightGoesOn
	lsAssert
	lsIntent
	numLemmaSets
)

var arLemmaSets = [numLemmaSets]map[string]bool{
	lsAnnounce: arAnnounceLemmas, lsDecide: arDecideLemmas, lsAspect: arAspectLemmas,
	lsTableDraft: arTableDraft, lsFightGoesOn: arFightGoesOn, lsAssert: arAssertLemmas,
	lsIntent: arIntentLemmas,
}

// wordCands are the lexicon entries a word type can trigger, in the
// order match tries them.
type wordCands struct {
	arVerbs []verbCand // Arabic verb readings whose lemma has entries
	arParts []verbCand // circumstantial participle lemmas with entries
	arNouns []*Entry   // the first noun key's entries
	enVerbs []verbCand // English lemmas of the inflected form
	enNouns []*Entry
}

// verbCand is a verb reading with its lexicon entries.
type verbCand struct {
	rd   verbReading
	list []*Entry
}

// keySeed hashes keys for the bloom bits; fixed per process.
var keySeed = maphash.MakeSeed()

// keyBit is the bloom bit of a word form.
func keyBit(s string) uint64 { return 1 << (maphash.String(keySeed, s) & 63) }

// wordCacheGen bounds one generation of a wordCache: when the current
// map holds this many types it becomes the previous one, so a cache
// keeps at most twice as many (the most recently used). 0 turns the
// caches off (every token is analysed afresh), for tests.
var wordCacheGen = 1 << 13

// wordCache maps token keys (wordKey) to their wordInfo. It is used by
// one document at a time (mu is held while prepare runs).
type wordCache struct {
	mu        sync.Mutex
	cur, prev map[string]*wordInfo
	key       []byte // scratch for wordKey
}

// numWordCaches is how many documents may share caches at once; more
// get a cache of their own for the document.
const numWordCaches = 8

// acquireWords returns a free cache of l, locked; release it with
// wc.mu.Unlock. When all are busy, it returns a new unshared one.
func (l *Lexicon) acquireWords() *wordCache {
	for i := range l.words {
		if l.words[i].mu.TryLock() {
			return &l.words[i]
		}
	}
	wc := &wordCache{}
	wc.mu.Lock()
	return wc
}

// wordKey appends to b what newWordInfo reads of token t: whether it is
// punctuation, tl, and the Text, Stem and Prefix (length-prefixed).
func wordKey(b []byte, t *doc.Token, tl bool) []byte {
	var flags byte
	if t.Kind == doc.Punct || t.Kind == doc.Symbol {
		flags |= 1
	}
	if tl {
		flags |= 2
	}
	b = append(b, flags)
	b = binary.AppendUvarint(b, uint64(len(t.Text)))
	b = append(b, t.Text...)
	b = binary.AppendUvarint(b, uint64(len(t.Stem)))
	b = append(b, t.Stem...)
	return append(b, t.Prefix...)
}

// info returns the wordInfo of token t (tl: the document's clitics come
// from the text layer), computing and caching it when it is not known.
func (wc *wordCache) info(l *Lexicon, t *doc.Token, tl bool) *wordInfo {
	if wordCacheGen == 0 {
		return l.newWordInfo(t, tl)
	}
	wc.key = wordKey(wc.key[:0], t, tl)
	if w := wc.cur[string(wc.key)]; w != nil {
		return w
	}
	w := wc.prev[string(wc.key)]
	if w == nil {
		w = l.newWordInfo(t, tl)
	}
	if wc.cur == nil || len(wc.cur) >= wordCacheGen {
		wc.prev, wc.cur = wc.cur, make(map[string]*wordInfo, min(wordCacheGen, 1024))
	}
	wc.cur[string(wc.key)] = w
	return w
}

// newWordInfo analyses token t as prepare reads it. Every string it
// keeps is a copy, so the cache holds no document text.
func (l *Lexicon) newWordInfo(t *doc.Token, tl bool) *wordInfo {
	text := strings.Clone(t.Text)
	w := &wordInfo{punct: t.Kind == doc.Punct || t.Kind == doc.Symbol}
	switch {
	case w.punct:
		w.quote = strings.ContainsAny(text, quoteChars)
		w.norm, w.stem = text, text
	case isArabic(text):
		w.norm = arNorm(text)
		if tl {
			w.stem = arNorm(strings.Clone(t.Stem))
			w.conj, w.prep, w.det = parsePrefix(arNorm(strings.Clone(t.Prefix)))
		} else {
			var det string
			w.conj, w.prep, det, w.stem = arSeg(w.norm)
			w.det = det != ""
		}
		// variants and their noun keys, interleaved (keys[2n+1] is the
		// noun key of keys[2n])
		var vs [4]string
		for _, v := range appendArVariants(vs[:0], w.norm, w.stem) {
			w.keys = append(w.keys, v, arNounKey(v))
		}
		for _, k := range w.keys {
			w.bloom |= keyBit(k)
		}
	default:
		w.norm = strings.Map(func(r rune) rune {
			if r == '’' {
				return '\''
			}
			return r
		}, strings.ToLower(text))
		w.stem = w.norm
	}
	w.stemKey = arNounKey(w.stem)
	w.enBase = strings.TrimSuffix(strings.TrimSuffix(w.norm, "'s"), "’s")
	for s := range numWordSets {
		if w.inSet(arWordSets[s], true) {
			w.arBits |= 1 << s
		}
		if m := enWordSets[s]; m != nil {
			if m[w.norm] {
				w.enBits |= 1 << s
			}
		} else if w.inSet(arWordSets[s], false) {
			w.enBits |= 1 << s
		}
	}
	if !w.punct {
		w.cand = l.candidates(w)
		if reg, err := loadRegister(); err == nil {
			w.enMarker = reg["en"][w.norm] != nil
			for _, k := range w.keys {
				w.arMarker = w.arMarker || reg["ar"][k] != nil
			}
		}
	}
	return w
}

// inSet is coder.inSet's test of a word of this type in an Arabic (ar)
// or English document.
func (w *wordInfo) inSet(m map[string]bool, ar bool) bool {
	if w.punct {
		return false
	}
	if m[w.norm] || m[w.stem] {
		return true
	}
	if ar {
		// the word without a conjunction و/ف (norms are valid UTF-8)
		r, size := utf8.DecodeRuneInString(w.norm)
		if (r == 'و' || r == 'ف') && utf8.RuneCountInString(w.norm) > 2 && m[w.norm[size:]] {
			return true
		}
	}
	return false
}

// arNeverVerb lists function words that are spelled like a verb form
// (هنا "here" like هنأ "congratulated", هناك "there" like هنأك): they get
// no verb reading.
var arNeverVerb = set("هنا", "وهنا", "فهنا", "هناك", "وهناك", "فهناك", "هنالك", "وهنالك")

// candidates lists the entries a word of type w can trigger (match
// applies the context conditions), or nil when there are none.
func (l *Lexicon) candidates(w *wordInfo) *wordCands {
	var c wordCands
	// the morphology only takes Arabic letters off or adds them, so a
	// word with another rune has no reading among Arabic-block lemmas
	if (l.arVerbOther || inArabicBlock(w.norm)) && !arNeverVerb[w.norm] {
		arVerbReadings(w.norm, func(r verbReading) bool {
			for ls, m := range arLemmaSets {
				if m[r.lemma] {
					w.arLemmas |= 1 << ls
				}
			}
			if list := l.verbs["ar"][r.lemma]; list != nil {
				c.arVerbs = append(c.arVerbs, verbCand{r, list})
			}
			return true
		})
		pw := w.norm
		if w.conj == "و" && strings.HasPrefix(pw, "و") {
			pw = strings.TrimPrefix(pw, "و") // "، وداعيا": a second participle
		}
		for _, lm := range arParticipleLemmas(pw) {
			if list := l.verbs["ar"][lm]; list != nil {
				c.arParts = append(c.arParts, verbCand{verbReading{lemma: lm, num: 's'}, list})
			}
		}
	}
	for n, v := range w.keys {
		if n%2 == 0 {
			continue // the noun keys are the odd entries
		}
		if list := l.nouns["ar"][v]; list != nil {
			c.arNouns = list
			break
		}
	}
	for _, lm := range l.enForms[w.norm] {
		c.enVerbs = append(c.enVerbs, verbCand{verbReading{lemma: lm}, l.verbs["en"][lm]})
	}
	if list := l.nouns["en"][w.norm]; list != nil {
		c.enNouns = list
	} else if strings.HasSuffix(w.norm, "s") {
		c.enNouns = l.nouns["en"][strings.TrimSuffix(w.norm, "s")]
	}
	if c.arVerbs == nil && c.arParts == nil && c.arNouns == nil && c.enVerbs == nil && c.enNouns == nil {
		return nil
	}
	return &c
}

// inArabicBlock reports whether every rune of s is in U+0600–U+06FF.
func inArabicBlock(s string) bool {
	for _, r := range s {
		if r < 0x0600 || r > 0x06FF {
			return false
		}
	}
	return true
}
