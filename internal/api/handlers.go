package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/store"
)

// badRequest is an error in the request's parameters.
type badRequest struct{ msg string }

func (b badRequest) Error() string { return b.msg }

// filterOf reads the common filter parameters.
func filterOf(r *http.Request) (store.Filter, store.Page, error) {
	q := r.URL.Query()
	f := store.Filter{
		Actor: q.Get("actor"), Country: q.Get("country"), Root: q.Get("root"), Lang: q.Get("lang"),
		Since: q.Get("since"), Until: q.Get("until"), Speaker: q.Get("speaker"), Document: q.Get("document"),
		Source: q.Get("source"), Target: q.Get("target"),
	}
	for _, d := range []string{f.Since, f.Until} {
		if d != "" {
			if _, err := time.Parse(time.DateOnly, d); err != nil {
				return f, store.Page{}, badRequest{fmt.Sprintf("date %q: want YYYY-MM-DD", d)}
			}
		}
	}
	if f.Root != "" && (len(f.Root) != 2 || strings.Trim(f.Root, "0123456789") != "") {
		return f, store.Page{}, badRequest{fmt.Sprintf("root %q: want two digits", f.Root)}
	}
	var err error
	if s := q.Get("quad"); s != "" {
		if f.Quad, err = strconv.Atoi(s); err != nil || f.Quad < 1 || f.Quad > 4 {
			return f, store.Page{}, badRequest{fmt.Sprintf("quad %q: want 1 to 4", s)}
		}
	}
	var p store.Page
	if s := q.Get("limit"); s != "" {
		if p.Limit, err = strconv.Atoi(s); err != nil || p.Limit < 1 || p.Limit > 500 {
			return f, p, badRequest{fmt.Sprintf("limit %q: want 1 to 500", s)}
		}
	}
	if s := q.Get("offset"); s != "" {
		if p.Offset, err = strconv.Atoi(s); err != nil || p.Offset < 0 || p.Offset > 100000 {
			return f, p, badRequest{fmt.Sprintf("offset %q: want 0 to 100000", s)}
		}
	}
	for k, v := range q {
		for _, s := range v {
			if len(s) > 500 {
				return f, p, badRequest{fmt.Sprintf("parameter %s is longer than 500 bytes", k)}
			}
		}
	}
	return f, p, nil
}

// list runs a listing endpoint: parse the filter, query, answer.
func list[T any](w http.ResponseWriter, r *http.Request, query func(store.Filter, store.Page) (T, error)) {
	f, p, err := filterOf(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err)
		return
	}
	v, err := query(f, p)
	if err != nil {
		var br badRequest
		if errors.As(err, &br) {
			writeError(w, http.StatusBadRequest, err)
			return
		}
		storeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, v)
}

func (a *API) stats(w http.ResponseWriter, r *http.Request) {
	st, err := a.cfg.Store.Stats(r.Context())
	if err != nil {
		storeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}

func (a *API) documents(w http.ResponseWriter, r *http.Request) {
	list(w, r, func(f store.Filter, p store.Page) ([]store.DocSummary, error) {
		return a.cfg.Store.Documents(r.Context(), f, p)
	})
}

// document answers the stored JSON as it is (the same bytes as
// decoding and encoding it again).
func (a *API) document(w http.ResponseWriter, r *http.Request) {
	body, err := a.cfg.Store.DocumentJSON(r.Context(), r.PathValue("id"))
	if err != nil {
		storeError(w, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(append(body, '\n'))
}

func (a *API) entities(w http.ResponseWriter, r *http.Request) {
	list(w, r, func(f store.Filter, p store.Page) ([]store.EntityRow, error) {
		if n := r.URL.Query().Get("name"); n != "" {
			f.Speaker = n // the store's name filter for entities
		}
		return a.cfg.Store.Entities(r.Context(), f, p)
	})
}

func (a *API) events(w http.ResponseWriter, r *http.Request) {
	list(w, r, func(f store.Filter, p store.Page) ([]store.EventRow, error) {
		return a.cfg.Store.Events(r.Context(), f, p)
	})
}

func (a *API) quotes(w http.ResponseWriter, r *http.Request) {
	list(w, r, func(f store.Filter, p store.Page) ([]store.QuoteRow, error) {
		return a.cfg.Store.Quotes(r.Context(), f, p)
	})
}

func (a *API) dyads(w http.ResponseWriter, r *http.Request) {
	list(w, r, func(f store.Filter, _ store.Page) (map[string]any, error) {
		q := r.URL.Query()
		x, y, period := q.Get("a"), q.Get("b"), q.Get("period")
		if x == "" || y == "" {
			return nil, badRequest{"a dyad needs two actors: ?a=RUS&b=CHN"}
		}
		if period == "" {
			period = "day"
		}
		if period != "day" && period != "week" {
			return nil, badRequest{fmt.Sprintf("period %q: want day or week", period)}
		}
		pts, err := a.cfg.Store.Dyad(r.Context(), x, y, period, f)
		if err != nil {
			return nil, err
		}
		return map[string]any{"a": x, "b": y, "period": period, "points": pts}, nil
	})
}

func (a *API) network(w http.ResponseWriter, r *http.Request) {
	list(w, r, func(f store.Filter, p store.Page) ([]store.Edge, error) {
		return a.cfg.Store.Network(r.Context(), f, p.Limit)
	})
}

func (a *API) search(w http.ResponseWriter, r *http.Request) {
	list(w, r, func(f store.Filter, p store.Page) (store.SearchResult, error) {
		return a.cfg.Store.Search(r.Context(), r.URL.Query().Get("q"), f, p)
	})
}

// postedDocument is the body of POST /api/code and /api/documents.
type postedDocument struct {
	ID        string `json:"id"`
	Text      string `json:"text"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Published string `json:"published"`
	Lang      string `json:"lang"`
}

// readPosted decodes and codes a posted document.
func (a *API) readPosted(w http.ResponseWriter, r *http.Request) (*doc.Document, bool) {
	r.Body = http.MaxBytesReader(w, r.Body, a.cfg.MaxBody)
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	var in postedDocument
	if err := dec.Decode(&in); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Errorf("the body is larger than %d bytes", a.cfg.MaxBody))
			return nil, false
		}
		writeError(w, http.StatusBadRequest, fmt.Errorf("the body is not a JSON document: %w", err))
		return nil, false
	}
	if _, err := dec.Token(); err != io.EOF {
		writeError(w, http.StatusBadRequest, errors.New("the body holds more than one JSON value"))
		return nil, false
	}
	if strings.TrimSpace(in.Text) == "" {
		writeError(w, http.StatusBadRequest, errors.New(`"text" is required`))
		return nil, false
	}
	if len(in.Text) > a.cfg.MaxText {
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Errorf(`"text" is %d bytes, over the per-article cap of %d bytes`, len(in.Text), a.cfg.MaxText))
		return nil, false
	}
	if in.Published != "" {
		if _, err := time.Parse(time.DateOnly, in.Published); err != nil {
			writeError(w, http.StatusBadRequest, fmt.Errorf("published %q: want YYYY-MM-DD", in.Published))
			return nil, false
		}
	}
	if in.Lang != "" && in.Lang != "ar" && in.Lang != "en" {
		writeError(w, http.StatusBadRequest, fmt.Errorf("lang %q: want ar or en", in.Lang))
		return nil, false
	}
	d := doc.New()
	d.ID, d.Source, d.URL, d.Published, d.Lang, d.Raw, d.Text, d.Format = in.ID, "api", in.URL, in.Published, in.Lang, in.Text, in.Text, "text"
	d.SetTitle(in.Title)
	if err := a.cfg.Coder.Process(r.Context(), d); err != nil {
		writeError(w, http.StatusUnprocessableEntity, fmt.Errorf("coding failed: %w", err))
		return nil, false
	}
	return d, true
}

func (a *API) code(w http.ResponseWriter, r *http.Request) {
	if d, ok := a.readPosted(w, r); ok {
		if d.ID == "" {
			d.ID = "posted"
		}
		writeJSON(w, http.StatusOK, d)
	}
}

func (a *API) postDocument(w http.ResponseWriter, r *http.Request) {
	d, ok := a.readPosted(w, r)
	if !ok {
		return
	}
	if d.ID == "" {
		d.ID = "api-" + store.ContentHash(d)[:16]
	}
	res, err := a.cfg.Store.Put(r.Context(), d)
	if err != nil {
		storeError(w, err)
		return
	}
	if res == store.Unchanged {
		// The store keeps one copy of a content: the same text under
		// another id is not stored again, so this id does not exist.
		if _, err := a.cfg.Store.Document(r.Context(), d.ID); errors.Is(err, store.ErrNotFound) {
			writeError(w, http.StatusConflict, fmt.Errorf("the same content is already stored under another id; %q was not stored", d.ID))
			return
		}
	}
	status := http.StatusOK
	if res == store.Inserted {
		status = http.StatusCreated
	}
	writeJSON(w, status, map[string]any{"id": d.ID, "result": res.String(), "entities": len(d.Entities),
		"quotes": len(d.Quotes), "events": len(d.Events)})
}
