package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/dyad-news/dyad/internal/doc"
)

// readFeed reads an RSS, Atom or JSON feed: each item is a document with
// its title, link and date, and the text "title\ndescription" (or the
// item's content when it says more), HTML turned into text. With
// Options.Follow, each item's link is fetched and extracted as an HTML page
// instead.
//
// XML entities: gofeed reads XML with encoding/xml, which never expands
// entities declared in a DTD (an undeclared &lol9; stays literal text), so
// "billion laughs" input cannot blow up; a test holds this.
func (r *reader) readFeed(src, base string, data []byte) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		r.fail(src, base, "rss", 0, 0, fmt.Errorf("parse feed: %w", err))
		return
	}
	lang := langTag(f.Language)
	ids := newIDSet()
	for i, it := range f.Items {
		if r.ctx.Err() != nil {
			return
		}
		n := i + 1
		link := strings.TrimSpace(it.Link)
		id := slugURL(it.GUID)
		if id == "" {
			id = slugURL(link)
		}
		id = ids.add(id, base, n)
		date := itemDate(it)
		if r.opts.Follow {
			if !r.follow(src, id, link, n, date) {
				return
			}
			continue
		}
		d := doc.New()
		d.ID, d.Source, d.URL, d.Format, d.Lang = id, src, link, "rss", lang
		title := oneLine(htmlFragmentText(it.Title))
		d.SetTitle(title)
		d.Published = date
		d.Byline = itemAuthors(it)
		body := htmlFragmentText(it.Description)
		if c := htmlFragmentText(it.Content); len(c) > len(body) {
			body = c
		}
		if title == "" && body == "" {
			if !r.fail(src, id, "rss", 0, n, fmt.Errorf("item %d: %w", n, ErrNoText)) {
				return
			}
			continue
		}
		switch {
		case body == "":
			d.Raw = title
		case title == "" || strings.HasPrefix(body, title):
			d.Raw = body
		default:
			d.Raw = title + "\n" + body
		}
		if !r.emit(d) {
			return
		}
	}
}

// follow fetches an item's page and sends it as an HTML document.
func (r *reader) follow(src, id, link string, n int, date string) bool {
	if link == "" {
		return r.fail(src, id, "rss", 0, n, fmt.Errorf("item has no link to follow"))
	}
	resp, err := r.fetcher().Get(r.ctx, link)
	if err != nil {
		return r.fail(src, id, "rss", 0, n, err)
	}
	return r.emitHTML(src, id, resp.URL, resp.Body, resp.ContentType, false, date)
}

func itemDate(it *gofeed.Item) string {
	for _, t := range []*time.Time{it.PublishedParsed, it.UpdatedParsed} {
		if t != nil && !t.IsZero() {
			return t.Format(time.DateOnly)
		}
	}
	return ""
}

func itemAuthors(it *gofeed.Item) string {
	var names []string
	for _, a := range it.Authors {
		if a != nil && strings.TrimSpace(a.Name) != "" {
			names = append(names, oneLine(a.Name))
		}
	}
	return strings.Join(names, ", ")
}
