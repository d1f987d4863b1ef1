// Package clean is dyad's cleaning stage: it turns text as a reader or a
// scraper produced it into the article alone, and records where each kept
// code point came from.
//
// The cleaner works line by line. Each line is normalised (runs of
// horizontal whitespace collapsed to one space, the line trimmed,
// zero-width spaces and known shortcodes such as "[ad_1]" removed) and
// classified from general signals: its length in words, whether it ends a
// sentence, its share of function words, its script against the document's
// dominant script, photo-credit and share-row shapes, and the boilerplate
// phrase lists in data/ (Arabic and English: source trailers, share and
// "read also" links, skip links, menus, video furniture, related-story
// headers, footers, cookie banners, login prompts). Each line gets a
// score; the article block is the run of lines with the largest total
// score (prose lines score high, page furniture low, and "stop" lines such
// as "المصدر" or "Related" cannot be crossed). Headline lines just above
// the block are taken back in, near-duplicate headlines are kept once, and
// furniture lines inside the block are dropped.
//
// Output convention: kept lines are joined with a single "\n"; blank
// lines are not kept, so paragraphs are separated by one newline. Letters
// are never changed (no folding): Text is a subsequence of Raw with only
// whitespace normalised.
package clean

import (
	"context"
	"fmt"
	"sync"
	"unsafe"

	"github.com/dyad-news/dyad/internal/doc"
)

// Cleaner removes page furniture from article text. It is safe for
// concurrent use.
type Cleaner struct {
	phr    *phrases
	stopAR wordSet
	stopEN wordSet
	social wordSet
}

// New returns a cleaner with the embedded phrase and word lists.
func New() (*Cleaner, error) {
	p, err := loadPhrases()
	if err != nil {
		return nil, err
	}
	c := &Cleaner{phr: p}
	if c.stopAR, err = loadWords("stopwords_ar.txt"); err != nil {
		return nil, err
	}
	if c.stopEN, err = loadWords("stopwords_en.txt"); err != nil {
		return nil, err
	}
	if c.social, err = loadWords("social.txt"); err != nil {
		return nil, err
	}
	return c, nil
}

var (
	defaultOnce    sync.Once
	defaultCleaner *Cleaner
	defaultErr     error
)

// Default returns the shared cleaner built from the embedded data.
func Default() (*Cleaner, error) {
	defaultOnce.Do(func() { defaultCleaner, defaultErr = New() })
	return defaultCleaner, defaultErr
}

// Stage is the pipeline stage that cleans documents.
type Stage struct{ C *Cleaner }

// NewStage returns the cleaning stage with the default cleaner.
func NewStage() (Stage, error) {
	c, err := Default()
	if err != nil {
		return Stage{}, err
	}
	return Stage{C: c}, nil
}

// Name returns "clean".
func (Stage) Name() string { return "clean" }

// Process cleans d when its Text is still its Raw input (or one of them is
// empty, in which case it is set from the other): it sets Text to the
// cleaned text and RawOffsets to the raw offset of each of its code
// points. Text that a reader already extracted (Text != Raw, e.g. from
// HTML) is left alone.
func (s Stage) Process(ctx context.Context, d *doc.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	c := s.C
	if c == nil {
		var err error
		if c, err = Default(); err != nil {
			return fmt.Errorf("clean: %w", err)
		}
	}
	switch {
	case d.Raw == "":
		d.Raw = d.Text
	case d.Text == "":
		d.Text = d.Raw
	case d.Text != d.Raw:
		return nil
	}
	title := ""
	if d.Title != nil {
		title = *d.Title
	}
	d.Text, d.RawOffsets = c.Clean(d.Raw, title)
	return nil
}

// Clean returns the article text of raw and, for each of its code points,
// the code point offset in raw it came from. title, when not empty, is the
// document's known headline: a top line equal to it is kept (once).
func (c *Cleaner) Clean(raw, title string) (string, []int32) {
	buf := buffers.Get().(*buffer)
	defer buf.release()
	lines := split(raw, buf, buf.lines[:0])
	buf.lines = lines
	for i := range lines {
		c.measure(&lines[i], buf)
	}
	foldArena(lines, buf)
	c.classify(lines, buf, fold(title))
	keep := c.selectLines(lines, buf)
	return render(lines, keep, buf)
}

// buffers recycles the scratch space of Clean.
var buffers = sync.Pool{New: func() any { return new(buffer) }}

// release resets the buffer and returns it to the pool; very large
// buffers are left to the garbage collector.
func (b *buffer) release() {
	if cap(b.text) > 4<<20 {
		return
	}
	b.text, b.offs, b.arena = b.text[:0], b.offs[:0], b.arena[:0]
	clear(b.lines)
	b.lines = b.lines[:0]
	buffers.Put(b)
}

// render joins the kept lines with "\n": one allocation for the text
// and one for its offsets, both of their exact size.
func render(lines []line, keep []bool, buf *buffer) (string, []int32) {
	nr, nb := 0, 0
	for i := range lines {
		if keep[i] {
			nr += lines[i].b - lines[i].a + 1
			nb += lines[i].bb - lines[i].ba + 1
		}
	}
	if nr == 0 {
		return "", make([]int32, 0)
	}
	b := make([]byte, 0, nb-1)
	offs := make([]int32, 0, nr-1)
	prev := -1
	for i := range lines {
		if !keep[i] {
			continue
		}
		if prev >= 0 {
			b = append(b, '\n')
			offs = append(offs, int32(lines[prev].nl))
		}
		ln := &lines[i]
		b = append(b, buf.text[ln.ba:ln.bb]...)
		offs = append(offs, buf.offs[ln.a:ln.b]...)
		prev = i
	}
	// b is never written again: the string takes its memory over.
	return unsafe.String(unsafe.SliceData(b), len(b)), offs
}

// Clean cleans raw with the default cleaner; see Cleaner.Clean.
func Clean(raw, title string) (string, []int32, error) {
	c, err := Default()
	if err != nil {
		return "", nil, err
	}
	t, o := c.Clean(raw, title)
	return t, o, nil
}
