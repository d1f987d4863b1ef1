package lexicon

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Case constraints of an English name unit on the document word.
const (
	capsNone  uint8 = iota // lower-case in the name: any case
	capsFirst              // capitalised in the name: the word must start upper-case
	capsAll                // an acronym (US, UN): the word must be all upper-case
)

// NameRef is one indexed name (or demonym form, or role phrase): the keys
// of its units and what it stands for.
type NameRef struct {
	// Entry is the record named (nil for a role phrase).
	Entry *Entry
	// Role is the role phrase (nil otherwise).
	Role *RolePhrase
	// Text is the name as written in the lexicon.
	Text   string
	Keys   []string
	caps   []uint8
	Arabic bool
	// Demonym marks a derived adjective form; Plural marks its plural
	// and dual forms (people rather than a state).
	Demonym, Plural bool
	// article: the first word may carry the article the phrase is written
	// without (role phrases: قوات matches القوات).
	article bool
}

// Len is the number of units of the name.
func (r *NameRef) Len() int { return len(r.Keys) }

// newRef builds the reference of a name.
func newRef(name string) *NameRef {
	us := Units(name, 0)
	if len(us) == 0 {
		return nil
	}
	ref := &NameRef{Text: name, Keys: make([]string, len(us)), caps: make([]uint8, len(us))}
	ref.Arabic = IsArabic(us[0].Fold)
	for i, u := range us {
		if IsArabic(u.Fold) {
			ref.Keys[i] = NameAnalysis(u.Fold).Key()
			continue
		}
		ref.Keys[i] = u.Fold
		r, _ := utf8.DecodeRuneInString(u.Text)
		switch {
		case !unicode.IsUpper(r):
		case utf8.RuneCountInString(u.Text) >= 2 && strings.ToUpper(u.Text) == u.Text && unicode.IsLetter(r):
			ref.caps[i] = capsAll
		default:
			ref.caps[i] = capsFirst
		}
	}
	return ref
}

// matchAt reports whether ref matches words from i, and the reading of
// the first word it used.
func (r *NameRef) matchAt(words []Word, i int) (Analysis, bool) {
	w := &words[i]
	if w.Analyses != nil {
		for _, a := range w.Analyses {
			if a.Key() == r.Keys[0] || r.article && a.Article && a.Stem == r.Keys[0] {
				return a, r.matchRest(words, i)
			}
		}
		return Analysis{}, false
	}
	if w.Fold != r.Keys[0] || !r.capsOK(0, w) {
		return Analysis{}, false
	}
	return Analysis{}, r.matchRest(words, i)
}

// capsOK checks the case constraint of unit k on word w.
func (r *NameRef) capsOK(k int, w *Word) bool {
	switch r.caps[k] {
	case capsFirst:
		return w.Upper
	case capsAll:
		// an acronym alone must be upper-case (US, not us); inside a
		// longer name a capital is enough (Zanu-PF for ZANU–PF)
		return w.AllCaps || len(r.Keys) > 1 && w.Upper
	}
	return true
}

// matchRest reports whether units 1.. of ref match the words after i
// (Arabic ones with no proclitic but the article).
func (r *NameRef) matchRest(words []Word, i int) bool {
	n := len(r.Keys)
	if i+n > len(words) {
		return false
	}
	para := words[i].Para
	for k := 1; k < n; k++ {
		w := &words[i+k]
		if w.Para != para {
			return false
		}
		key := r.Keys[k]
		if w.Analyses != nil {
			ok := false
			for _, a := range w.Analyses {
				if a.Pre == "" && a.Key() == key {
					ok = true
					break
				}
			}
			if !ok {
				return false
			}
			continue
		}
		if w.Fold != key || !r.capsOK(k, w) {
			return false
		}
	}
	return true
}

// Hit is a match of an indexed name on document words [Start, End).
type Hit struct {
	Ref        *NameRef
	Start, End int
	// First is the reading of the first word (its proclitics are not part
	// of the mention).
	First Analysis
}

// Set selects an index.
type Set int

// Indexes.
const (
	Names Set = iota
	Demonyms
	RolePhrases
)

func (l *Lexicon) index(s Set) map[string][]*NameRef {
	switch s {
	case Demonyms:
		return l.demIndex
	case RolePhrases:
		return l.roleIndex
	}
	return l.names
}

// MayStart reports whether some indexed name, demonym or role phrase
// begins with word w (a cheap test before MatchAt).
func (l *Lexicon) MayStart(w *Word) bool {
	if !w.Word {
		return false
	}
	return l.mayStart(w) != 0
}

// StartMask returns the sets (bit 1 << Set) with a name beginning with
// w; MatchAt finds nothing in the others.
func (l *Lexicon) StartMask(w *Word) uint8 {
	if w.lex == l {
		return w.mask
	}
	return l.lookMask(w)
}

// mayStart returns the sets (bit 1 << Set) with a name beginning with w.
func (l *Lexicon) mayStart(w *Word) uint8 {
	if w.lex == l {
		return w.mask
	}
	return l.lookMask(w)
}

// lookMask is mayStart by the index's maps (or w's look-ups).
func (l *Lexicon) lookMask(w *Word) uint8 {
	if w.Analyses == nil {
		return l.startOf(w, 0, w.Fold).mask
	}
	var m uint8
	for k, a := range w.Analyses {
		m |= l.startOf(w, k, a.Key()).mask
		if a.Article {
			m |= l.stemStartOf(w, k, a.Stem).mask & (1 << RolePhrases)
		}
	}
	return m
}

// MayFuzzy reports whether some person's name begins with a word of the
// skeleton of w's reading a.
func (l *Lexicon) MayFuzzy(stem string) bool {
	var buf [64]byte
	return l.fuzzyFirst[string(AppendSkeleton(buf[:0], stem))]
}

// MatchAt returns every name of the index that matches the words from i,
// longest first.
func (l *Lexicon) MatchAt(s Set, words []Word, i int) []Hit {
	if !words[i].Word || l.mayStart(&words[i])&(1<<s) == 0 {
		return nil // names start with a word
	}
	return l.matchAt(s, words, i)
}

// MatchAll returns the hits of the three indexes at word i (names,
// demonyms, role phrases, by Set), each longest first, with one index
// lookup per reading of the word.
func (l *Lexicon) MatchAll(words []Word, i int) [3][]Hit {
	var out [3][]Hit
	return l.MatchAllInto(words, i, &out)
}

// MatchAllInto is MatchAll appending the hits to (*buf)[s][:0], so that
// the memory of one call serves the next; the result is *buf.
func (l *Lexicon) MatchAllInto(words []Word, i int, buf *[3][]Hit) [3][]Hit {
	for s := range buf {
		buf[s] = buf[s][:0]
	}
	w := &words[i]
	if !w.Word || w.lex == l && w.mask == 0 {
		return *buf
	}
	out := buf
	var next *Word
	if i+1 < len(words) && words[i+1].Para == w.Para && words[i+1].Fold != "" {
		next = &words[i+1]
	}
	// whether next's pair look-up may use its id (the same lexicon made it)
	nextID := next != nil && next.lex == l
	try := func(st start, key string, a Analysis, roleOnly bool) {
		if m := st.mask; m == 0 || roleOnly && m&(1<<RolePhrases) == 0 {
			return
		}
		if next != nil && st.multi {
			var b *[3][]*NameRef
			if nextID {
				b = st.pairOf(next)
			} else {
				b = l.pairs[[2]string{key, next.Fold}]
			}
			if b != nil {
				l.collect(b, out, words, i, w, a, roleOnly)
			}
		}
		if b := st.single; b != nil {
			l.collect(b, out, words, i, w, a, roleOnly)
		}
	}
	if w.Analyses != nil {
		for k, a := range w.Analyses {
			key := a.Key()
			try(l.startOf(w, k, key), key, a, false)
			if a.Article {
				try(l.stemStartOf(w, k, a.Stem), a.Stem, a, true)
			}
		}
	} else {
		try(l.startOf(w, 0, w.Fold), w.Fold, Analysis{}, false)
	}
	for s := range out {
		hits := out[s]
		for a := 1; a < len(hits); a++ {
			for b := a; b > 0 && better(hits[b], hits[b-1]); b-- {
				hits[b], hits[b-1] = hits[b-1], hits[b]
			}
		}
	}
	return *buf
}

// collect adds the refs of b that match at word i to out.
func (l *Lexicon) collect(b *[3][]*NameRef, out *[3][]Hit, words []Word, i int, w *Word, a Analysis, roleOnly bool) {
	for s := Names; s <= RolePhrases; s++ {
		if roleOnly && s != RolePhrases {
			continue
		}
		for _, ref := range b[s] {
			if i+len(ref.Keys) > len(words) {
				continue
			}
			if w.Analyses == nil && !ref.capsOK(0, w) {
				continue
			}
			if len(ref.Keys) > 1 && !ref.matchRest(words, i) {
				continue
			}
			dup := false
			for _, h := range out[s] {
				if h.Ref == ref {
					dup = true
					break
				}
			}
			if !dup {
				out[s] = append(out[s], Hit{Ref: ref, Start: i, End: i + len(ref.Keys), First: a})
			}
		}
	}
}

// MatchMasked is MatchAt for a word whose StartMask is known.
func (l *Lexicon) MatchMasked(s Set, mask uint8, words []Word, i int) []Hit {
	if mask&(1<<s) == 0 {
		return nil
	}
	return l.matchAt(s, words, i)
}

func (l *Lexicon) matchAt(s Set, words []Word, i int) []Hit {
	idx := l.index(s)
	w := &words[i]
	var hits []Hit
	try := func(key string) {
		for _, ref := range idx[key] {
			if len(ref.Keys) > 1 && (i+len(ref.Keys) > len(words)) {
				continue
			}
			if a, ok := ref.matchAt(words, i); ok {
				dup := false
				for _, h := range hits {
					if h.Ref == ref {
						dup = true
					}
				}
				if !dup {
					hits = append(hits, Hit{Ref: ref, Start: i, End: i + len(ref.Keys), First: a})
				}
			}
		}
	}
	if w.Analyses != nil {
		for _, a := range w.Analyses {
			try(a.Key())
			if s == RolePhrases && a.Article {
				try(a.Stem)
			}
		}
	} else {
		try(w.Fold)
	}
	// longest first; then fewer stripped proclitics; then stable
	for a := 1; a < len(hits); a++ {
		for b := a; b > 0 && better(hits[b], hits[b-1]); b-- {
			hits[b], hits[b-1] = hits[b-1], hits[b]
		}
	}
	return hits
}

func better(x, y Hit) bool {
	if x.End-x.Start != y.End-y.Start {
		return x.End-x.Start > y.End-y.Start
	}
	return len(x.First.Pre) < len(y.First.Pre)
}

// Lookup finds the records a whole name names (a lookup by name, as
// `dyad lexicon lookup` does): exact matches of the folded name, then
// matches after clitics, then fuzzy ones.
func (l *Lexicon) Lookup(name string) []*Entry {
	words := Prepare(name)
	if len(words) == 0 {
		return nil
	}
	var out []*Entry
	seen := map[*Entry]bool{}
	add := func(e *Entry) {
		if e != nil && !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	for _, s := range []Set{Names, Demonyms} {
		for _, h := range l.MatchAt(s, words, 0) {
			if h.End == len(words) {
				add(h.Ref.Entry)
			}
		}
	}
	if len(out) == 0 {
		if ref, _ := l.FuzzyAt(words, 0, len(words)); ref != nil {
			add(ref.Entry)
		}
	}
	return out
}

// LookupRole returns the role phrases that the whole of name is (after
// clitics: الوزير, وزيرة ...).
func (l *Lexicon) LookupRole(name string) []*RolePhrase {
	words := Prepare(name)
	if len(words) == 0 {
		return nil
	}
	var out []*RolePhrase
	for _, h := range l.MatchAt(RolePhrases, words, 0) {
		if h.End == len(words) {
			out = append(out, h.Ref.Role)
		}
	}
	return out
}

// skeletonKey is the fuzzy key of words [i, j), or "" when a word is too
// short to be matched loosely.
func skeletonKey(folds []string) string {
	var key []byte
	for k, f := range folds {
		var ok bool
		if key, ok = appendKeyPart(key, f, k > 0); !ok {
			return ""
		}
	}
	if utf8.RuneCount(key) < 4 {
		return ""
	}
	return string(key)
}

// appendKeyPart appends the skeleton of the fold f to a fuzzy key (after
// a space unless first), or reports false when f or its skeleton is too
// short (see skeletonKey).
func appendKeyPart(key []byte, f string, space bool) ([]byte, bool) {
	if utf8.RuneCountInString(f) < 3 {
		return key, false
	}
	if space {
		key = append(key, ' ')
	}
	n := len(key)
	key = AppendSkeleton(key, f)
	return key, utf8.RuneCount(key[n:]) >= 2
}

// FuzzyAt returns the person name whose skeleton equals that of words
// [i, j) (an Arabic first word read after its proclitics, the reading
// returned), when exactly one record has it: a guard against merging two
// people.
func (l *Lexicon) FuzzyAt(words []Word, i, j int) (*NameRef, Analysis) {
	if j <= i || j > len(words) {
		return nil, Analysis{}
	}
	first := &words[i]
	readings := first.Analyses
	if readings == nil {
		readings = []Analysis{{Stem: first.Fold}}
	}
	for k := i + 1; k < j; k++ {
		if !words[k].Word || words[k].Para != first.Para {
			return nil, Analysis{}
		}
	}
	var buf [128]byte
	for _, a := range readings {
		if a.Article || strings.HasPrefix(a.Stem, "ال") || len(a.Pre) > 2 || !l.MayFuzzy(a.Stem) {
			continue
		}
		key, ok := appendKeyPart(buf[:0], a.Stem, false)
		for k := i + 1; k < j && ok; k++ {
			key, ok = appendKeyPart(key, words[k].Fold, true)
		}
		if !ok || utf8.RuneCount(key) < 4 {
			continue
		}
		refs := l.fuzzy[string(key)]
		if len(refs) == 0 {
			continue
		}
		one := refs[0].Entry
		for _, r := range refs[1:] {
			if r.Entry != one {
				return nil, Analysis{}
			}
		}
		return refs[0], a
	}
	return nil, Analysis{}
}
