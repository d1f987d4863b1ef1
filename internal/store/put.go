package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/search"
)

// sqlStore implements Store over database/sql.
type sqlStore struct {
	db *sql.DB
	d  dialect
}

func (s *sqlStore) Close() error { return s.db.Close() }

// ContentHash is the hash that versions a document: its title,
// publication date and text.
func ContentHash(d *doc.Document) string {
	h := sha256.New()
	title := ""
	if d.Title != nil {
		title = *d.Title
	}
	for _, part := range []string{title, d.Published, d.Text} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

func (s *sqlStore) exec(ctx context.Context, tx *sql.Tx, q string, args ...any) error {
	_, err := tx.ExecContext(ctx, s.d.rebind(q), args...)
	return err
}

// Put stores d in one transaction.
func (s *sqlStore) Put(ctx context.Context, d *doc.Document) (PutResult, error) {
	rs, err := s.PutMany(ctx, []*doc.Document{d})
	if err != nil {
		return 0, err
	}
	return rs[0], nil
}

// PutMany stores docs in one transaction, each as Put would, and returns
// what it did with each; on an error nothing is stored.
func (s *sqlStore) PutMany(ctx context.Context, docs []*doc.Document) ([]PutResult, error) {
	for _, d := range docs {
		if d.ID == "" {
			return nil, errors.New("store: document has no id")
		}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	defer tx.Rollback()
	out := make([]PutResult, len(docs))
	for i, d := range docs {
		if out[i], err = s.put(ctx, tx, d); err != nil {
			return nil, err
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return out, nil
}

// put stores d within tx.
func (s *sqlStore) put(ctx context.Context, tx *sql.Tx, d *doc.Document) (PutResult, error) {
	hash := ContentHash(d)
	var key string
	err := tx.QueryRowContext(ctx, s.d.rebind(`SELECT key FROM documents WHERE hash = ?`), hash).Scan(&key)
	if err == nil {
		return Unchanged, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("store: %w", err)
	}
	result := Inserted
	err = tx.QueryRowContext(ctx, s.d.rebind(`SELECT key FROM documents WHERE key = ?`), d.ID).Scan(&key)
	switch {
	case err == nil:
		result = Replaced
		if err := s.exec(ctx, tx, s.d.deleteText(), d.ID); err != nil {
			return 0, fmt.Errorf("store: replacing %s: %w", d.ID, err)
		}
		for _, t := range []string{"doc_facets", "entities", "events", "quotes", "documents"} {
			if err := s.exec(ctx, tx, `DELETE FROM `+t+` WHERE `+keyColumn(t)+` = ?`, d.ID); err != nil {
				return 0, fmt.Errorf("store: replacing %s: %w", d.ID, err)
			}
		}
	case !errors.Is(err, sql.ErrNoRows):
		return 0, fmt.Errorf("store: %w", err)
	}
	if err := s.insert(ctx, tx, d, hash); err != nil {
		return 0, fmt.Errorf("store: storing %s: %w", d.ID, err)
	}
	return result, nil
}

func keyColumn(table string) string {
	if table == "documents" {
		return "key"
	}
	return "doc_key"
}

func (s *sqlStore) insert(ctx context.Context, tx *sql.Tx, d *doc.Document, hash string) error {
	body, err := json.Marshal(d)
	if err != nil {
		return err
	}
	title := ""
	if d.Title != nil {
		title = *d.Title
	}
	if err := s.exec(ctx, tx, `INSERT INTO documents(key, hash, source, url, title, lang, published, snippet, nevents, body, ingested)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		d.ID, hash, d.Source, d.URL, title, d.Lang, d.Published, snippet(d.Text), countEvents(d), string(body),
		time.Now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	var names strings.Builder
	for _, e := range d.Entities {
		mentions := 0
		names.WriteString(strings.Join(search.NameTerms(e.Name), " "))
		for _, m := range e.Mentions {
			names.WriteByte(' ')
			names.WriteString(strings.Join(search.NameTerms(m.Text), " "))
			mentions++
		}
		names.WriteByte(' ')
		if err := s.exec(ctx, tx, `INSERT INTO entities(doc_key, name, type, country, actor, mentions) VALUES (?, ?, ?, ?, ?, ?)`,
			d.ID, e.Name, e.Type, e.Country, e.Actor, mentions); err != nil {
			return err
		}
	}
	for _, e := range d.Events {
		b, err := json.Marshal(e)
		if err != nil {
			return err
		}
		if err := s.exec(ctx, tx, `INSERT INTO events(doc_key, src_name, src_actor, tgt_name, tgt_actor, code, root, quad, goldstein, date, negated, body)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			d.ID, refName(e.Source), refActor(e.Source), refName(e.Target), refActor(e.Target),
			e.Code, root(e.Code), e.Quad, e.Goldstein, e.Date, boolInt(e.Negated), string(b)); err != nil {
			return err
		}
	}
	for _, q := range d.Quotes {
		b, err := json.Marshal(q)
		if err != nil {
			return err
		}
		if err := s.exec(ctx, tx, `INSERT INTO quotes(doc_key, speaker, speaker_actor, body) VALUES (?, ?, ?, ?)`,
			d.ID, refName(q.Speaker), refActor(q.Speaker), string(b)); err != nil {
			return err
		}
	}
	if err := s.insertFacets(ctx, tx, d); err != nil {
		return err
	}
	bodyTerms := search.Terms(titleOf(d) + "\n" + d.Text)
	q, args := s.d.indexText(d.ID, strings.Join(bodyTerms, " "), names.String())
	if err := s.exec(ctx, tx, q, args...); err != nil {
		return err
	}
	if link := s.d.linkText(); link != "" {
		return s.exec(ctx, tx, link, d.ID)
	}
	return nil
}

// facetValues returns the facet rows of d as facet, value pairs, each
// once: what migration step 2 backfills (see facetSchema).
func facetValues(d *doc.Document) [][2]string {
	seen := map[[2]string]bool{}
	var out [][2]string
	add := func(facet, value string) {
		k := [2]string{facet, value}
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	add("lang", d.Lang)
	for _, e := range d.Events {
		if !e.Negated {
			add("root", root(e.Code))
			add("quad", strconv.Itoa(e.Quad))
		}
	}
	for _, e := range d.Entities {
		if e.Country != "" {
			add("country", e.Country)
		}
	}
	return out
}

// insertFacets stores the facet rows of d in one statement.
func (s *sqlStore) insertFacets(ctx context.Context, tx *sql.Tx, d *doc.Document) error {
	vals := facetValues(d)
	q := `INSERT INTO doc_facets(doc_key, facet, value) VALUES ` + strings.TrimSuffix(strings.Repeat("(?, ?, ?), ", len(vals)), ", ")
	args := make([]any, 0, 3*len(vals))
	for _, v := range vals {
		args = append(args, d.ID, v[0], v[1])
	}
	return s.exec(ctx, tx, q, args...)
}

func titleOf(d *doc.Document) string {
	if d.Title == nil {
		return ""
	}
	return *d.Title
}

func snippet(text string) string {
	r := []rune(text)
	if len(r) > 240 {
		return string(r[:240]) + "…"
	}
	return text
}

func countEvents(d *doc.Document) int {
	n := 0
	for _, e := range d.Events {
		if !e.Negated {
			n++
		}
	}
	return n
}

func refName(a *doc.ActorRef) string {
	if a == nil {
		return ""
	}
	return a.Name
}

func refActor(a *doc.ActorRef) string {
	if a == nil {
		return ""
	}
	return a.Actor
}

func root(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
