package langid

import (
	"embed"
	"math"
	"path"
	"sort"
	"strings"
	"sync"
	"unicode"
)

//go:embed data/*.txt
var trainFS embed.FS

// model is a character trigram classifier: for each trigram of the
// training texts, its smoothed log probability in each language.
type model struct {
	langs []string
	// logp maps a packed trigram to its log probability per language.
	logp map[uint64][]float32
	// unseen is the log probability per language of a trigram absent
	// from that language's training text.
	unseen []float32
}

// smoothing is the additive smoothing of trigram counts.
const smoothing = 0.5

// sampleLetters bounds the letters of a text the classifier reads: a
// thousand letters decide as well as the whole article.
const sampleLetters = 1200

var (
	modelOnce sync.Once
	latin     *model
)

func latinModel() *model {
	modelOnce.Do(func() { latin = train() })
	return latin
}

// train builds the model from the embedded data/<lang>.txt files. The
// files are part of the binary, so a failure here is a build error.
func train() *model {
	files, err := trainFS.ReadDir("data")
	if err != nil {
		panic("langid: " + err.Error())
	}
	m := &model{logp: map[uint64][]float32{}}
	var tables []map[uint64]int
	for _, f := range files {
		name := f.Name()
		if !strings.HasSuffix(name, ".txt") {
			continue
		}
		b, err := trainFS.ReadFile(path.Join("data", name))
		if err != nil {
			panic("langid: " + err.Error())
		}
		t := map[uint64]int{}
		eachTrigram(string(b), 1<<30, func(k uint64) { t[k]++ })
		m.langs = append(m.langs, strings.TrimSuffix(name, ".txt"))
		tables = append(tables, t)
	}
	vocab := map[uint64]bool{}
	for _, t := range tables {
		for k := range t {
			vocab[k] = true
		}
	}
	v := float64(len(vocab))
	m.unseen = make([]float32, len(tables))
	denom := make([]float64, len(tables))
	for i, t := range tables {
		n := 0
		for _, c := range t {
			n += c
		}
		denom[i] = float64(n) + smoothing*v
		m.unseen[i] = float32(math.Log(smoothing / denom[i]))
	}
	for k := range vocab {
		p := make([]float32, len(tables))
		for i, t := range tables {
			p[i] = float32(math.Log((float64(t[k]) + smoothing) / denom[i]))
		}
		m.logp[k] = p
	}
	return m
}

// eachTrigram calls fn for each trigram of the lower-cased letters of s,
// each word padded with a space on both sides ("the" → " th", "the",
// "he "), reading at most maxLetters letters.
func eachTrigram(s string, maxLetters int, fn func(uint64)) {
	var a, b rune = ' ', ' '
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			r = unicode.ToLower(r)
			n++
		} else if r == '\'' || r == '’' {
			continue // inside words: l'année, don't
		} else {
			r = ' '
		}
		if r == ' ' && b == ' ' {
			continue
		}
		if !(a == ' ' && b == ' ') {
			fn(pack(a, b, r))
		}
		a, b = b, r
		if n >= maxLetters {
			break
		}
	}
	if b != ' ' {
		fn(pack(a, b, ' '))
	}
}

func pack(a, b, c rune) uint64 { return uint64(a)<<42 | uint64(b)<<21 | uint64(c) }

// score returns the log likelihood of text per language.
func (m *model) score(text string) ([]float64, int) {
	s := make([]float64, len(m.langs))
	n := 0
	eachTrigram(text, sampleLetters, func(k uint64) {
		n++
		p, ok := m.logp[k]
		for i := range s {
			if ok {
				s[i] += float64(p[i])
			} else {
				s[i] += float64(m.unseen[i])
			}
		}
	})
	return s, n
}

// Ranked is a language with its score, for callers that want more than
// the best guess.
type Ranked struct {
	Lang string
	// Score is the mean log probability per trigram.
	Score float64
}

// RankLatin scores text against every Latin-script language of the
// model, best first.
func RankLatin(text string) []Ranked {
	m := latinModel()
	s, n := m.score(text)
	out := make([]Ranked, len(s))
	for i := range s {
		out[i] = Ranked{Lang: m.langs[i], Score: s[i] / float64(max(n, 1))}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out
}

// minMargin is the mean log-probability lead per trigram the best language
// needs over the second on a short text (fewer than shortTrigrams).
const (
	minMargin     = 0.08
	shortTrigrams = 40
)

// classifyLatin picks the Latin-script language of text, or Und when the
// text is short and the lead is too small.
func classifyLatin(text string) string {
	m := latinModel()
	s, n := m.score(text)
	if n == 0 {
		return Und
	}
	best, second := -1, -1
	for i := range s {
		if best < 0 || s[i] > s[best] {
			best, second = i, best
		} else if second < 0 || s[i] > s[second] {
			second = i
		}
	}
	if second >= 0 && n < shortTrigrams && (s[best]-s[second])/float64(n) < minMargin {
		return Und
	}
	return m.langs[best]
}
