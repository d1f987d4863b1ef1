// Package langid is dyad's language stage: it names the language of a
// document with an ISO 639-1 code, or "und" when nothing is decisive.
//
// The script of the letters decides first. Arabic-script text is Arabic
// unless letters proper to Urdu (ٹ ڈ ڑ ں ے) or Persian (پ چ ژ گ and the
// Persian forms ک ی used instead of ك ي) say otherwise; Cyrillic is
// Russian unless Ukrainian letters (і ї є ґ) appear; Han with kana is
// Japanese, Han alone Chinese; Hebrew, Greek, Hangul, Devanagari and Thai
// name their main language. Latin-script text goes to a small character
// trigram classifier trained on embedded sample text (data/*.txt) for
// en, fr, es, de, it, pt, tr and id.
package langid

import (
	"context"
	"unicode/utf8"

	"github.com/dyad-news/dyad/internal/doc"
)

// Und is the code for an undetermined language.
const Und = "und"

// Thresholds of the decision.
const (
	// minLetters is the fewest letters a text needs for any decision.
	minLetters = 12
	// minLatinLetters is the fewest Latin letters the trigram classifier
	// needs; below it a Latin-script text is "und".
	minLatinLetters = 20
	// dominance is the share of letters one script needs to decide.
	dominance = 0.6
	// maxLetters bounds the letters read from a long text.
	maxLetters = 4000
)

// Stage is the pipeline stage that sets Document.Lang when it is empty.
type Stage struct{}

// Name returns "langid".
func (Stage) Name() string { return "langid" }

// Process sets d.Lang from d.Text when d.Lang is empty; it never fails.
func (Stage) Process(ctx context.Context, d *doc.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if d.Lang == "" {
		d.Lang = Detect(d.Text)
	}
	return nil
}

// Detect returns the ISO 639-1 code of text's language, or Und.
func Detect(text string) string {
	var c counts
	c.count(text)
	if c.total < minLetters {
		return Und
	}
	share := func(n int) bool { return float64(n) >= dominance*float64(c.total) }
	switch {
	case share(c.arabic):
		return c.arabicLang()
	case share(c.latin):
		if c.latin < minLatinLetters {
			return Und
		}
		return classifyLatin(text)
	case share(c.cyrillic):
		if c.ukrainian > 0 && c.ukrainian >= c.russian {
			return "uk"
		}
		return "ru"
	case share(c.han + c.kana):
		if c.kana*20 >= c.han+c.kana { // kana at least 5%
			return "ja"
		}
		return "zh"
	case share(c.hebrew):
		return "he"
	case share(c.greek):
		return "el"
	case share(c.hangul):
		return "ko"
	case share(c.devanagari):
		return "hi"
	case share(c.thai):
		return "th"
	}
	return Und
}

// counts holds letter counts by script and by telling letter.
type counts struct {
	total, arabic, latin, cyrillic, han, kana, hebrew, greek, hangul, devanagari, thai int

	urdu, persian, persianKY, arabicKY int
	ukrainian, russian                 int
}

func (c *counts) count(text string) {
	for i := 0; i < len(text); {
		if c.total >= maxLetters {
			return
		}
		b := text[i]
		switch {
		case b < utf8.RuneSelf:
			if (b|0x20) >= 'a' && (b|0x20) <= 'z' {
				c.latin++
				c.total++
			}
			i++
			continue
		case b >= 0xD8 && b <= 0xDB && i+1 < len(text) && text[i+1]&0xC0 == 0x80:
			// U+0600–U+06FF, from the table
			f := arabicBlock[int(b&0x03)<<6|int(text[i+1]&0x3F)]
			c.total += int(f & 1)
			c.arabic += int(f & 1)
			c.urdu += int(f >> 1 & 1)
			c.persian += int(f >> 2 & 1)
			c.persianKY += int(f >> 3 & 1)
			c.arabicKY += int(f >> 4 & 1)
			i += 2
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		c.add(r)
	}
}

// arabicBlock holds what add counts for each code point of U+0600–U+06FF:
// bit 0 a letter (Arabic), then Urdu, Persian, Persian ک ی, Arabic ك ي.
var arabicBlock = func() (t [0x100]uint8) {
	for r := rune(0x600); r <= 0x6FF; r++ {
		var c counts
		c.add(r)
		t[r-0x600] = uint8(c.arabic | c.urdu<<1 | c.persian<<2 | c.persianKY<<3 | c.arabicKY<<4)
		if c.total != c.arabic {
			panic("langid: U+0600–U+06FF counted outside Arabic")
		}
	}
	return t
}()

// add counts the code point r.
func (c *counts) add(r rune) {
	switch {
	case r < 0x80:
		if (r|0x20) >= 'a' && (r|0x20) <= 'z' {
			c.latin++
			c.total++
		}
	case r >= 0x00C0 && r <= 0x024F, r >= 0x1E00 && r <= 0x1EFF:
		if r != 0xD7 && r != 0xF7 {
			c.latin++
			c.total++
		}
	case r >= 0x0620 && r <= 0x064A, r >= 0x066E && r <= 0x06D3, r >= 0x06FA && r <= 0x06FF,
		r >= 0x0750 && r <= 0x077F, r >= 0x08A0 && r <= 0x08C9, r >= 0xFB50 && r <= 0xFDFF, r >= 0xFE70 && r <= 0xFEFC:
		if r == 0x0640 { // tatweel
			return
		}
		c.arabic++
		c.total++
		switch r {
		case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ۓ':
			c.urdu++
		case 'پ', 'چ', 'ژ', 'گ':
			c.persian++
		case 'ک', 'ی':
			c.persianKY++
		case 'ك', 'ي':
			c.arabicKY++
		}
	case r >= 0x0400 && r <= 0x04FF:
		if r >= 0x0483 && r <= 0x0489 {
			return
		}
		c.cyrillic++
		c.total++
		switch r {
		case 'і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ':
			c.ukrainian++
		case 'ы', 'э', 'ъ', 'ё', 'Ы', 'Э', 'Ъ', 'Ё':
			c.russian++
		}
	case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3400 && r <= 0x4DBF, r >= 0xF900 && r <= 0xFAFF:
		c.han++
		c.total++
	case r >= 0x3041 && r <= 0x30FF && r != 0x30FB && r != 0x30FC:
		c.kana++
		c.total++
	case r >= 0x05D0 && r <= 0x05EA:
		c.hebrew++
		c.total++
	case r >= 0x0370 && r <= 0x03FF:
		c.greek++
		c.total++
	case r >= 0xAC00 && r <= 0xD7AF, r >= 0x1100 && r <= 0x11FF:
		c.hangul++
		c.total++
	case r >= 0x0904 && r <= 0x0939, r >= 0x0958 && r <= 0x0961:
		c.devanagari++
		c.total++
	case r >= 0x0E01 && r <= 0x0E30:
		c.thai++
		c.total++
	}
}

// arabicLang tells Arabic, Persian and Urdu apart by their own letters.
func (c *counts) arabicLang() string {
	if c.urdu >= 3 && c.urdu*200 >= c.arabic {
		return "ur"
	}
	if c.persianKY > c.arabicKY || (c.persian >= 3 && c.persian*50 >= c.arabic) {
		return "fa"
	}
	return "ar"
}
