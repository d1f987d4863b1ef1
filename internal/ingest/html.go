package ingest

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/dyad-news/dyad/internal/doc"
)

// page is what extraction finds in an HTML page.
type page struct {
	Title, Byline, Published, Lang, Text string
}

// extractHTML finds the main text and metadata of an HTML page that is
// already UTF-8. pageURL may be "".
func extractHTML(s, pageURL string) (*page, error) {
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return nil, fmt.Errorf("parse html: %w", err)
	}
	pruneAttrs(root)
	opts := trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		Focus:           trafilatura.Balanced,
		HtmlDateMode:    trafilatura.Fast,
	}
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(root, opts)
	if err != nil {
		// Short pages fail trafilatura's length checks; readability may
		// still find their text.
		alt := readabilityText(root, opts.OriginalURL)
		if alt == "" {
			return nil, fmt.Errorf("%w (%v)", ErrNoText, err)
		}
		res = &trafilatura.ExtractResult{}
		rp := readability.NewParser()
		if a, err := rp.ParseDocument(root, opts.OriginalURL); err == nil {
			res.Metadata.Title, res.Metadata.Author, res.Metadata.Language = a.Title(), a.Byline(), a.Language()
			if t, err := a.PublishedTime(); err == nil {
				res.Metadata.Date = t
			}
		}
		res.ContentText = alt
	}
	p := &page{
		Title:  oneLine(res.Metadata.Title),
		Byline: oneLine(res.Metadata.Author),
		Lang:   langTag(res.Metadata.Language),
		Text:   nodeText(res.ContentNode),
	}
	if p.Text == "" {
		p.Text = paragraphs(res.ContentText)
	}
	if !strings.Contains(p.Text, "\n") {
		// trafilatura's baseline for short pages joins all paragraphs
		// into one; readability keeps them apart.
		if alt := readabilityText(root, opts.OriginalURL); strings.Count(alt, "\n") > 0 &&
			len(strings.Fields(alt)) >= len(strings.Fields(p.Text))*4/5 {
			p.Text = alt
		}
	}
	if !res.Metadata.Date.IsZero() && res.Metadata.Date.Year() > 1900 {
		p.Published = res.Metadata.Date.Format(time.DateOnly)
	}
	if p.Text == "" {
		return p, ErrNoText
	}
	body := p.Text
	if p.Title != "" {
		body = strings.TrimLeft(strings.TrimPrefix(body, p.Title), "\n")
	}
	// A standfirst that sits outside the article's text block is often
	// dropped by extraction; take it back when the page shows it.
	if desc := oneLine(res.Metadata.Description); len(strings.Fields(desc)) >= 8 &&
		!strings.Contains(oneLine(body), desc) && strings.Contains(bodyText(root), desc) {
		body = desc + "\n" + body
	}
	if p.Title != "" {
		body = p.Title + "\n" + body
	}
	p.Text = strings.TrimRight(body, "\n")
	return p, nil
}

// maxAttrs bounds the attributes kept per element. Extraction clones the
// tree several times; an element with a million attributes (a broken or
// hostile page) made that take a minute and over a gigabyte. Real elements
// have a handful.
const maxAttrs = 64

// pruneAttrs drops the attributes of every element beyond maxAttrs.
func pruneAttrs(root *html.Node) {
	stack := []*html.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if len(n.Attr) > maxAttrs {
			n.Attr = append([]html.Attribute(nil), n.Attr[:maxAttrs]...)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, c)
		}
	}
}

// paragraphs trims every line and drops empty ones, so paragraphs are
// separated by one newline.
func paragraphs(s string) string {
	var b strings.Builder
	for _, l := range strings.Split(normalizeNewlines(s), "\n") {
		l = strings.Join(strings.Fields(l), " ")
		if l == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
	}
	return b.String()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// langTag reduces a language tag ("en-GB", "ar_EG") to its primary
// subtag, or "" when it is not one.
func langTag(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	for _, c := range s {
		if c < 'a' || c > 'z' {
			return ""
		}
	}
	return s
}

// readHTML reads one HTML page.
func (r *reader) readHTML(src, id string, data []byte, contentType string, single bool) {
	r.emitHTML(src, id, "", data, contentType, single, "")
}

// emitHTML extracts a page and sends its document. pageURL is the page's
// address where known; fallbackDate is used when the page names no date.
func (r *reader) emitHTML(src, id, pageURL string, data []byte, contentType string, single bool, fallbackDate string) bool {
	s, err := decode(data, contentType, true)
	if err != nil {
		return r.fail(src, id, "html", 0, 0, err)
	}
	p, err := extractHTML(s, pageURL)
	if err != nil {
		return r.fail(src, id, "html", 0, 0, err)
	}
	d := doc.New()
	d.ID, d.Source, d.URL, d.Format = id, src, pageURL, "html"
	if single && r.opts.ID != "" {
		d.ID = r.opts.ID
	}
	d.SetTitle(p.Title)
	d.Byline, d.Lang, d.Raw = p.Byline, p.Lang, p.Text
	d.Published = p.Published
	if d.Published == "" {
		d.Published = fallbackDate
	}
	return r.emit(d)
}

// bodyText is the visible text of the page's body, whitespace collapsed.
func bodyText(root *html.Node) string {
	var body *html.Node
	var find func(*html.Node)
	find = func(n *html.Node) {
		if body != nil {
			return
		}
		if n.Type == html.ElementNode && n.Data == "body" {
			body = n
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(root)
	return oneLine(nodeText(body))
}

// readabilityText is the main text that readability finds, one paragraph
// a line, or "".
func readabilityText(root *html.Node, pageURL *url.URL) string {
	rp := readability.NewParser()
	a, err := rp.ParseDocument(root, pageURL)
	if err != nil || a.Node == nil {
		return ""
	}
	return nodeText(a.Node)
}
