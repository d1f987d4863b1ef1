package web

import (
	"context"
	"errors"
	"html/template"
	"log/slog"
	"net/http"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/store"
)

// funcs are the template helpers.
var funcs = template.FuncMap{
	"docURL":    func(id string) string { return "/doc/" + url.PathEscape(id) },
	"apiDocURL": func(id string) string { return "/api/documents/" + url.PathEscape(id) },
	"actorURL":  actorURL,
	"refURL":    refURL,
	"quadLabel": quadLabel,
	"codeLabel": rootLabel,
	"dir":       dirOf,
	"add":       func(a, b int) int { return a + b },
	"highlight": highlight,
	"deref": func(s *string) string {
		if s == nil {
			return ""
		}
		return *s
	},
	"mentionCount": func(e doc.Entity) int { return len(e.Mentions) },
}

// actorURL links an actor page by code, else by name.
func actorURL(code, name string) string {
	if code != "" {
		return "/actor/" + url.PathEscape(code)
	}
	return "/actor/" + url.PathEscape(name)
}

func refURL(r *doc.ActorRef) string {
	if r == nil {
		return ""
	}
	return actorURL(r.Actor, r.Name)
}

// dirOf is the writing direction of a language.
func dirOf(lang string) string {
	if lang == "ar" || lang == "fa" || lang == "ur" || lang == "he" {
		return "rtl"
	}
	return "ltr"
}

// storeFailed renders the page for a store error.
func (h *handler) storeFailed(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, store.ErrNotFound):
		h.fail(w, r, http.StatusNotFound, "Nothing of that name is stored.")
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled):
		h.fail(w, r, http.StatusServiceUnavailable, "The query took too long; narrow it with filters.")
	default:
		slog.Error("web: store", "path", r.URL.Path, "err", err)
		h.fail(w, r, http.StatusInternalServerError, "The store failed to answer; see the server log.")
	}
}

const searchPage = 20

// searchView is the search page's data.
type searchView struct {
	Q, Actor, Country, Since, Until string
	Langs, Roots, Quads             []option
	Err                             string
	Stats                           store.Stats
	Total, From, To                 int
	Hits                            []store.DocSummary
	Facets                          []facetGroup
	// FacetDocs is how many of the Total hits the facet counts cover
	// (the newest ones), when that is fewer than all.
	FacetDocs  int
	Prev, Next string
}

type facetGroup struct {
	Label string
	Items []facetItem
}

type facetItem struct {
	Label  string
	Count  int
	URL    string
	Active bool
}

func (h *handler) search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, ferr := parseFilter(q)
	offset, _ := strconv.Atoi(q.Get("offset"))
	offset = min(max(offset, 0), 100000)
	v := searchView{Q: q.Get("q"), Actor: f.Actor, Country: f.Country, Since: f.Since, Until: f.Until,
		Langs: langOptions(f.Lang), Roots: rootOptions(f.Root), Quads: quadOptions(f.Quad)}
	ctx := r.Context()
	st, err := h.st.Stats(ctx)
	if err != nil {
		h.storeFailed(w, r, err)
		return
	}
	v.Stats = st
	if ferr != nil {
		v.Err = ferr.Error()
		h.render(w, r, http.StatusBadRequest, "search", pageData{Title: "Search", Nav: "search", Data: v})
		return
	}
	res, err := h.st.Search(ctx, v.Q, f, store.Page{Limit: searchPage, Offset: offset})
	if err != nil {
		h.storeFailed(w, r, err)
		return
	}
	v.Total, v.Hits = res.Total, res.Hits
	if res.FacetDocs < res.Total {
		v.FacetDocs = res.FacetDocs
	}
	if len(v.Hits) > 0 {
		v.From, v.To = offset+1, offset+len(v.Hits)
	}
	if offset > 0 {
		v.Prev = withParam(q, "offset", strconv.Itoa(max(offset-searchPage, 0)))
		if offset-searchPage <= 0 {
			v.Prev = withParam(q, "offset", "")
		}
	}
	if offset+len(v.Hits) < res.Total {
		v.Next = withParam(q, "offset", strconv.Itoa(offset+searchPage))
	}
	for _, g := range []struct{ key, label string }{{"lang", "Language"}, {"country", "Country"}, {"root", "CAMEO root"}, {"quad", "Quad class"}} {
		fg := facetGroup{Label: g.label}
		for _, it := range res.Facets[g.key] {
			label := it.Value
			switch g.key {
			case "root":
				label += " " + rootLabel(it.Value)
			case "quad":
				n, _ := strconv.Atoi(it.Value)
				label += " " + quadLabel(n)
			case "lang":
				label = map[string]string{"ar": "Arabic", "en": "English"}[it.Value]
				if label == "" {
					label = it.Value
				}
			}
			active := q.Get(g.key) == it.Value
			u := withParam(q, g.key, it.Value)
			if active {
				u = withParam(q, g.key, "")
			}
			fg.Items = append(fg.Items, facetItem{Label: label, Count: it.Count, URL: u, Active: active})
		}
		if len(fg.Items) > 0 {
			v.Facets = append(v.Facets, fg)
		}
	}
	h.render(w, r, http.StatusOK, "search", pageData{Title: "Search", Nav: "search", Data: v})
}

// docView is the article page's data.
type docView struct {
	Doc      *doc.Document
	Title    string
	Dir      string
	Segments []segment
	Spans    int
}

func (h *handler) document(w http.ResponseWriter, r *http.Request) {
	d, err := h.st.Document(r.Context(), r.PathValue("id"))
	if err != nil {
		h.storeFailed(w, r, err)
		return
	}
	spans := docSpans(d)
	v := docView{Doc: d, Title: d.ID, Dir: dirOf(d.Lang), Segments: segments(d.Text, spans), Spans: len(spans)}
	if d.Title != nil && *d.Title != "" {
		v.Title = *d.Title
	}
	h.render(w, r, http.StatusOK, "doc", pageData{Title: v.Title, Nav: "", Data: v})
}

// actorCode is what an actor page key looks like when it is a CAMEO code.
var actorCode = regexp.MustCompile(`^[A-Z0-9]{3,15}$`)

// actorView is the actor page's data.
type actorView struct {
	Key, Code string
	Names     []store.EntityRow
	Out, In   []store.EventRow
	Quotes    []store.QuoteRow
	Co        []coActor
	Docs      []store.DocSummary
}

// coActor is an entity named in the same documents as the actor.
type coActor struct {
	Name, Type, Actor string
	Documents         int
}

func (h *handler) actor(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	key := strings.TrimSpace(r.PathValue("key"))
	if key == "" || len(key) > 200 {
		h.fail(w, r, http.StatusNotFound, "Name an actor: /actor/RUS or /actor/Sergey Lavrov.")
		return
	}
	v := actorView{Key: key}
	var err error
	if actorCode.MatchString(key) {
		v.Code = key
		v.Names, err = h.st.Entities(ctx, store.Filter{Actor: key}, store.Page{Limit: 30})
	} else {
		v.Names, err = h.st.Entities(ctx, store.Filter{Speaker: key}, store.Page{Limit: 30})
		for _, n := range v.Names {
			if n.Actor != "" {
				v.Code = n.Actor
				break
			}
		}
	}
	if err != nil {
		h.storeFailed(w, r, err)
		return
	}
	page := store.Page{Limit: 50}
	if v.Code != "" {
		if v.Out, err = h.st.Events(ctx, store.Filter{Source: v.Code}, page); err == nil {
			if v.In, err = h.st.Events(ctx, store.Filter{Target: v.Code}, page); err == nil {
				v.Docs, err = h.st.Documents(ctx, store.Filter{Actor: v.Code}, store.Page{Limit: 30})
			}
		}
	} else {
		var res store.SearchResult
		res, err = h.st.Search(ctx, key, store.Filter{}, store.Page{Limit: 30})
		v.Docs = res.Hits
	}
	if err == nil {
		v.Quotes, err = h.st.Quotes(ctx, store.Filter{Speaker: key}, page)
	}
	if err == nil {
		v.Co, err = h.coMentioned(ctx, v)
	}
	if err != nil {
		h.storeFailed(w, r, err)
		return
	}
	status := http.StatusOK
	if len(v.Names) == 0 && len(v.Out) == 0 && len(v.In) == 0 && len(v.Quotes) == 0 && len(v.Docs) == 0 {
		status = http.StatusNotFound
	}
	h.render(w, r, status, "actor", pageData{Title: key, Nav: "", Data: v})
}

// coMentioned counts, over the actor's documents, the other entities
// they name (by actor code where known, else by name).
func (h *handler) coMentioned(ctx context.Context, v actorView) ([]coActor, error) {
	self := map[string]bool{v.Key: true}
	for _, n := range v.Names {
		self[n.Name] = true
	}
	byKey := map[string]*coActor{}
	for _, d := range v.Docs {
		ents, err := h.st.Entities(ctx, store.Filter{Document: d.ID}, store.Page{Limit: 200})
		if err != nil {
			return nil, err
		}
		seen := map[string]bool{}
		for _, e := range ents {
			if self[e.Name] || (v.Code != "" && e.Actor == v.Code) {
				continue
			}
			k := e.Name
			if e.Actor != "" {
				k = e.Actor
			}
			if seen[k] {
				continue
			}
			seen[k] = true
			c := byKey[k]
			if c == nil {
				c = &coActor{Name: e.Name, Type: e.Type, Actor: e.Actor}
				byKey[k] = c
			}
			c.Documents++
		}
	}
	out := make([]coActor, 0, len(byKey))
	for _, c := range byKey {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Documents != out[j].Documents {
			return out[i].Documents > out[j].Documents
		}
		return out[i].Name < out[j].Name
	})
	if len(out) > 30 {
		out = out[:30]
	}
	return out, nil
}
