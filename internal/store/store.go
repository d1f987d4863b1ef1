// Package store keeps coded documents and answers the questions the API
// and the dashboard ask of them. One implementation over database/sql
// serves two databases: embedded SQLite (the default, a file in a data
// folder, no service needed) and PostgreSQL (--db postgres://...). Both
// pass the same test suite.
//
// Ingest is idempotent: a document is keyed by its id and versioned by a
// hash of its content. Putting the same content again changes nothing;
// putting new content under a known id replaces the old codings.
package store

import (
	"context"
	"errors"

	"github.com/dyad-news/dyad/internal/doc"
)

// ErrNotFound is returned when a document or entity does not exist.
var ErrNotFound = errors.New("not found")

// PutResult says what Put did.
type PutResult int

// What Put did with a document.
const (
	Inserted  PutResult = iota // a new document
	Unchanged                  // the same content was already stored
	Replaced                   // new content under a known id replaced the old codings
)

func (r PutResult) String() string {
	return [...]string{"inserted", "unchanged", "replaced"}[r]
}

// Filter narrows documents and events. Empty fields do not filter.
type Filter struct {
	// Actor matches actor codes by prefix ("RUS" matches RUSGOV).
	Actor string
	// Country matches the actors' or entities' country code.
	Country string
	// Root is a two-digit CAMEO root; Quad a quad class 1–4.
	Root string
	Quad int
	// Since and Until bound dates (YYYY-MM-DD, inclusive).
	Since, Until string
	Lang         string
	// Speaker matches a quote's speaker name or actor (quotes only).
	Speaker string
	// Document limits to one document id.
	Document string
	// Source and Target match event actors by prefix (events only).
	Source, Target string
}

// Page bounds a listing.
type Page struct {
	Limit, Offset int
}

func (p Page) norm() Page {
	if p.Limit <= 0 || p.Limit > 500 {
		p.Limit = 50
	}
	if p.Offset < 0 {
		p.Offset = 0
	}
	return p
}

// DocSummary is one row of a document listing.
type DocSummary struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Lang      string `json:"lang"`
	Published string `json:"published"`
	Source    string `json:"source"`
	URL       string `json:"url,omitempty"`
	Snippet   string `json:"snippet,omitempty"`
	Events    int    `json:"events"`
}

// EventRow is a stored event with its document.
type EventRow struct {
	Document string `json:"document"`
	doc.Event
}

// EntityRow is an entity summed over the documents that name it.
type EntityRow struct {
	Name      string `json:"name"`
	Type      string `json:"type"`
	Country   string `json:"country,omitempty"`
	Actor     string `json:"actor,omitempty"`
	Documents int    `json:"documents"`
	Mentions  int    `json:"mentions"`
}

// QuoteRow is a stored quote with its document.
type QuoteRow struct {
	Document string `json:"document"`
	doc.Quote
}

// DyadPoint is one period of a dyad's timeline.
type DyadPoint struct {
	Period string `json:"period"`
	// Counts by quad class: verbal and material cooperation, verbal and
	// material conflict.
	VerbalCoop   int     `json:"verbal_cooperation"`
	MaterialCoop int     `json:"material_cooperation"`
	VerbalConf   int     `json:"verbal_conflict"`
	MaterialConf int     `json:"material_conflict"`
	Events       int     `json:"events"`
	Goldstein    float64 `json:"mean_goldstein"`
}

// Edge is a pair of actors with the events between them.
type Edge struct {
	Source    string  `json:"source"`
	Target    string  `json:"target"`
	Events    int     `json:"events"`
	Goldstein float64 `json:"mean_goldstein"`
}

// Facet is a value and how many matching documents have it.
type Facet struct {
	Value string `json:"value"`
	Count int    `json:"count"`
}

// SearchResult is a page of hits with facet counts.
type SearchResult struct {
	Total int          `json:"total"`
	Hits  []DocSummary `json:"hits"`
	// Facets count the newest FacetDocs hits: all of them, or the
	// newest 1,000 when more match (Total is always exact).
	Facets    map[string][]Facet `json:"facets"`
	FacetDocs int                `json:"facet_documents"`
}

// Stats counts what is stored.
type Stats struct {
	Documents int `json:"documents"`
	Entities  int `json:"entities"`
	Quotes    int `json:"quotes"`
	Events    int `json:"events"`
}

// Store is what dyad keeps and what it can be asked.
type Store interface {
	// Put stores a coded document (see the package doc for idempotency).
	Put(ctx context.Context, d *doc.Document) (PutResult, error)
	// PutMany stores documents as Put does, all in one transaction (for
	// bulk loads); on an error none of them is stored.
	PutMany(ctx context.Context, docs []*doc.Document) ([]PutResult, error)
	// Document returns a stored document with its codings.
	Document(ctx context.Context, id string) (*doc.Document, error)
	// Documents lists documents, newest first.
	Documents(ctx context.Context, f Filter, p Page) ([]DocSummary, error)
	// Search finds documents by words (Arabic and English, through the
	// text and the names of linked entities) and filters.
	Search(ctx context.Context, query string, f Filter, p Page) (SearchResult, error)
	// Events lists events, newest first.
	Events(ctx context.Context, f Filter, p Page) ([]EventRow, error)
	// Entities lists entities by how many documents name them.
	Entities(ctx context.Context, f Filter, p Page) ([]EntityRow, error)
	// Quotes lists quotes.
	Quotes(ctx context.Context, f Filter, p Page) ([]QuoteRow, error)
	// Dyad returns the events between actors a and b (both directions,
	// matched by code prefix) per day ("day") or ISO week ("week").
	Dyad(ctx context.Context, a, b, period string, f Filter) ([]DyadPoint, error)
	// Network returns the actor pairs with the most events.
	Network(ctx context.Context, f Filter, limit int) ([]Edge, error)
	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)
	// Generation returns a number that changes whenever the stored
	// documents change, by this store or another process (for caches of
	// answers).
	Generation(ctx context.Context) (int64, error)
	// DocumentJSON returns a stored document as JSON: the value
	// Document returns, marshalled by encoding/json, without decoding it.
	DocumentJSON(ctx context.Context, id string) ([]byte, error)
	// State and SetState keep small values across restarts (feed
	// positions of `dyad watch`).
	State(ctx context.Context, key string) (string, error)
	SetState(ctx context.Context, key, value string) error
	Close() error
}
