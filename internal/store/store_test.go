package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/search"
)

// backends returns the stores the suite runs on: SQLite always, and
// PostgreSQL when a server answers at $DYAD_TEST_POSTGRES (default
// 127.0.0.1:5432, database test), each test in a schema of its own.
func backends(t *testing.T) map[string]Store {
	t.Helper()
	ctx := context.Background()
	out := map[string]Store{}
	sq, err := Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sq.Close() })
	out["sqlite"] = sq

	dsn := os.Getenv("DYAD_TEST_POSTGRES")
	if dsn == "" {
		dsn = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"
	}
	admin, err := sql.Open("pgx", dsn)
	if err == nil {
		err = admin.PingContext(ctx)
	}
	if err != nil {
		t.Logf("PostgreSQL store not tested: no server answers at %s (%v)", dsn, err)
		return out
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	schema := "dyad_test_" + hex.EncodeToString(b)
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("creating schema: %v", err)
	}
	t.Cleanup(func() {
		admin.ExecContext(ctx, "DROP SCHEMA "+schema+" CASCADE")
		admin.Close()
	})
	pg, err := Open(ctx, dsn+"&search_path="+schema)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pg.Close() })
	out["postgres"] = pg
	return out
}

func f64(x float64) *float64 { return &x }

// sample returns two coded documents: an Arabic one naming Lavrov and an
// English one.
func sample() []*doc.Document {
	ar := doc.New()
	ar.ID, ar.Lang, ar.Published, ar.Source = "seed", "ar", "2024-04-09", "seed.txt"
	ar.Text = "بكين – التقى الرئيس الصيني شي جين بينغ مع وزير الخارجية الروسي سيرجي لافروف يوم الثلاثاء."
	ar.Entities = []doc.Entity{
		{Name: "Sergey Lavrov", Type: "PER", Country: "RUS", Actor: "RUSGOV", Mentions: []doc.Mention{{Start: 66, End: 77, Text: "سيرجي لافروف"}}},
		{Name: "Xi Jinping", Type: "PER", Country: "CHN", Actor: "CHNGOV", Mentions: []doc.Mention{{Start: 27, End: 38, Text: "شي جين بينغ"}}},
		{Name: "Beijing", Type: "LOC", Country: "CHN", Lat: f64(39.9), Lon: f64(116.4), Mentions: []doc.Mention{{Start: 0, End: 4, Text: "بكين"}}},
	}
	ar.Events = []doc.Event{
		{Source: &doc.ActorRef{Name: "Xi Jinping", Actor: "CHNGOV"}, Target: &doc.ActorRef{Name: "Sergey Lavrov", Actor: "RUSGOV"},
			Code: "043", Label: "Host a visit", Quad: 1, Goldstein: 2.8, Date: "2024-04-09", Evidence: doc.Evidence{Text: "التقى"}},
		{Source: &doc.ActorRef{Name: "China", Actor: "CHN"}, Target: &doc.ActorRef{Name: "Russia", Actor: "RUS"},
			Code: "070", Quad: 2, Goldstein: 7, Date: "2024-04-09", Negated: true},
	}
	ar.Quotes = []doc.Quote{{Speaker: &doc.ActorRef{Name: "Sergey Lavrov", Actor: "RUSGOV"}, Text: "نود أن نعرب", Direct: true}}

	en := doc.New()
	en.ID, en.Lang, en.Published = "esper", "en", "2019-11-20"
	en.Text = "U.S. Defense Secretary Mark Esper accused China of intimidation in the South China Sea."
	en.SetTitle("Esper accuses China")
	en.Entities = []doc.Entity{
		{Name: "Mark Esper", Type: "PER", Country: "USA", Actor: "USAGOV", Mentions: []doc.Mention{{Start: 23, End: 33, Text: "Mark Esper"}}},
		{Name: "China", Type: "LOC", Country: "CHN", Actor: "CHN", Mentions: []doc.Mention{{Start: 43, End: 48, Text: "China"}}},
	}
	en.Events = []doc.Event{{Source: &doc.ActorRef{Name: "Mark Esper", Actor: "USAGOV"}, Target: &doc.ActorRef{Name: "China", Actor: "CHN"},
		Code: "112", Quad: 3, Goldstein: -2, Date: "2019-11-20"}}
	return []*doc.Document{ar, en}
}

func TestStore(t *testing.T) {
	for name, s := range backends(t) {
		t.Run(name, func(t *testing.T) { suite(t, s) })
	}
}

func suite(t *testing.T, s Store) {
	ctx := context.Background()
	docs := sample()
	for _, d := range docs {
		if r, err := s.Put(ctx, d); err != nil || r != Inserted {
			t.Fatalf("Put %s = %v, %v; want inserted", d.ID, r, err)
		}
	}
	t.Run("idempotent ingest", func(t *testing.T) {
		if r, err := s.Put(ctx, docs[0]); err != nil || r != Unchanged {
			t.Fatalf("second Put = %v, %v; want unchanged", r, err)
		}
		st, _ := s.Stats(ctx)
		if st.Documents != 2 || st.Events != 2 || st.Quotes != 1 || st.Entities != 5 {
			t.Fatalf("stats after repeat %+v", st)
		}
	})
	t.Run("updated article replaces its codings", func(t *testing.T) {
		upd := *docs[1]
		upd.Text += " He urged Vietnam to push back."
		upd.Events = append([]doc.Event{}, upd.Events...)
		upd.Events = append(upd.Events, doc.Event{Source: &doc.ActorRef{Actor: "USAGOV"}, Target: &doc.ActorRef{Actor: "VNM"}, Code: "020", Quad: 1, Goldstein: 3, Date: "2019-11-20"})
		if r, err := s.Put(ctx, &upd); err != nil || r != Replaced {
			t.Fatalf("Put updated = %v, %v; want replaced", r, err)
		}
		st, _ := s.Stats(ctx)
		if st.Documents != 2 || st.Events != 3 {
			t.Fatalf("stats after update %+v", st)
		}
		got, err := s.Document(ctx, "esper")
		if err != nil || got.Text != upd.Text || len(got.Events) != 2 {
			t.Fatalf("Document after update: %v %+v", err, got)
		}
	})
	t.Run("document round trip", func(t *testing.T) {
		got, err := s.Document(ctx, "seed")
		if err != nil {
			t.Fatal(err)
		}
		if got.Text != docs[0].Text || len(got.Entities) != 3 || got.Entities[2].Lat == nil {
			t.Fatalf("round trip lost data: %+v", got)
		}
		if _, err := s.Document(ctx, "nope"); err == nil {
			t.Fatal("missing document: no error")
		}
	})
	t.Run("search", func(t *testing.T) {
		for _, c := range []struct {
			name, q string
			f       Filter
			want    []string
		}{
			{"arabic name", "لافروف", Filter{}, []string{"seed"}},
			{"english name of an arabic article", "Lavrov", Filter{}, []string{"seed"}},
			{"arabic word with article", "الخارجية", Filter{}, []string{"seed"}},
			{"folded hamza and clitic", "والرئيس", Filter{}, []string{"seed"}},
			{"english stemmed", "accuses", Filter{}, []string{"esper"}},
			{"two words, all must match", "China intimidation", Filter{}, []string{"esper"}},
			{"shared entity", "China", Filter{}, []string{"esper"}},
			{"filter by language", "", Filter{Lang: "ar"}, []string{"seed"}},
			{"filter by root", "", Filter{Root: "11"}, []string{"esper"}},
			{"negated events do not count", "", Filter{Root: "07"}, nil},
			{"filter by actor", "", Filter{Actor: "RUS"}, []string{"seed"}},
			{"filter by date", "", Filter{Since: "2020-01-01"}, []string{"seed"}},
			{"no match", "Zimbabwe", Filter{}, nil},
		} {
			res, err := s.Search(ctx, c.q, c.f, Page{})
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			var ids []string
			for _, h := range res.Hits {
				ids = append(ids, h.ID)
			}
			if len(ids) != len(c.want) || (len(ids) > 0 && ids[0] != c.want[0]) || res.Total != len(c.want) {
				t.Errorf("%s: Search(%q) = %v (total %d), want %v", c.name, c.q, ids, res.Total, c.want)
			}
		}
		res, _ := s.Search(ctx, "", Filter{}, Page{})
		if len(res.Facets["lang"]) != 2 || len(res.Facets["root"]) == 0 || len(res.Facets["country"]) == 0 {
			t.Errorf("facets %+v", res.Facets)
		}
	})
	t.Run("events entities quotes", func(t *testing.T) {
		ev, err := s.Events(ctx, Filter{Source: "CHN"}, Page{})
		if err != nil || len(ev) != 1 || ev[0].Code != "043" || ev[0].Document != "seed" {
			t.Fatalf("Events(source CHN) = %+v, %v", ev, err)
		}
		ev, _ = s.Events(ctx, Filter{Since: "2019-01-01", Until: "2019-12-31"}, Page{})
		if len(ev) != 2 {
			t.Fatalf("Events(2019) = %d, want 2", len(ev))
		}
		ents, err := s.Entities(ctx, Filter{Country: "CHN"}, Page{})
		if err != nil || len(ents) != 3 {
			t.Fatalf("Entities(CHN) = %+v, %v", ents, err)
		}
		qs, err := s.Quotes(ctx, Filter{Speaker: "Sergey Lavrov"}, Page{})
		if err != nil || len(qs) != 1 || !qs[0].Direct {
			t.Fatalf("Quotes(Lavrov) = %+v, %v", qs, err)
		}
	})
	t.Run("dyad and network", func(t *testing.T) {
		pts, err := s.Dyad(ctx, "RUS", "CHN", "week", Filter{})
		if err != nil || len(pts) != 1 || pts[0].Period != "2024-W15" || pts[0].VerbalCoop != 1 || pts[0].Goldstein != 2.8 {
			t.Fatalf("Dyad = %+v, %v", pts, err)
		}
		edges, err := s.Network(ctx, Filter{}, 10)
		if err != nil || len(edges) != 3 {
			t.Fatalf("Network = %+v, %v", edges, err)
		}
	})
	t.Run("generation", func(t *testing.T) {
		g0, err := s.Generation(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Put(ctx, docs[0]); err != nil {
			t.Fatal(err)
		}
		if g, _ := s.Generation(ctx); g != g0 {
			t.Errorf("generation changed by an unchanged Put: %d → %d", g0, g)
		}
		upd := *docs[0]
		upd.Text += " ثم غادر."
		if _, err := s.Put(ctx, &upd); err != nil {
			t.Fatal(err)
		}
		if g, _ := s.Generation(ctx); g == g0 {
			t.Error("generation not changed by a replacing Put")
		}
		if _, err := s.Put(ctx, docs[0]); err != nil { // back to the sample
			t.Fatal(err)
		}
		got, err := s.DocumentJSON(ctx, "seed")
		if err != nil {
			t.Fatal(err)
		}
		want, _ := json.Marshal(docs[0])
		if string(got) != string(want) {
			t.Errorf("DocumentJSON = %s\nwant %s", got, want)
		}
	})
	t.Run("concurrent puts", func(t *testing.T) {
		st0, _ := s.Stats(ctx)
		var wg sync.WaitGroup
		results := make([]PutResult, 40)
		errs := make([]error, 40)
		for i := range 40 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				d := *docs[1]
				d.ID = fmt.Sprintf("c-%d", i%20) // each id twice, with the same content
				d.Text = fmt.Sprintf("%s concurrent %d", d.Text, i%20)
				results[i], errs[i] = s.Put(ctx, &d)
			}()
		}
		wg.Wait()
		inserted := 0
		for i, r := range results {
			if errs[i] != nil {
				t.Fatal(errs[i])
			}
			if r == Inserted {
				inserted++
			}
		}
		st, _ := s.Stats(ctx)
		if inserted != 20 || st.Documents != st0.Documents+20 {
			t.Errorf("40 concurrent Puts of 20 documents: %d inserted, %d documents stored (before %d)", inserted, st.Documents, st0.Documents)
		}
	})
	t.Run("state", func(t *testing.T) {
		if v, _ := s.State(ctx, "feed:x"); v != "" {
			t.Fatal("unset state not empty")
		}
		_ = s.SetState(ctx, "feed:x", "1")
		_ = s.SetState(ctx, "feed:x", "2")
		if v, _ := s.State(ctx, "feed:x"); v != "2" {
			t.Fatalf("state = %q", v)
		}
	})
}

// TestMigrationToIndex checks migration step 3 (order keys; in SQLite
// the doc_index/doc_tags search index): documents stored by the layout of
// step 2 (legacyPut) answer, once migrated, as those stored by Put.
func TestMigrationToIndex(t *testing.T) {
	ctx := context.Background()
	for name, fresh := range backends(t) {
		t.Run(name, func(t *testing.T) {
			for _, d := range sample() {
				if _, err := fresh.Put(ctx, d); err != nil {
					t.Fatal(err)
				}
			}
			// the same database layout as fresh, at step 2
			ss := fresh.(*sqlStore)
			var old *sqlStore
			if name == "sqlite" {
				db, err := sql.Open("sqlite", "file:"+t.TempDir()+"/dyad.db?_pragma=foreign_keys(1)")
				if err != nil {
					t.Fatal(err)
				}
				db.SetMaxOpenConns(1)
				old = &sqlStore{db: db, w: db, d: ss.d, stmts: map[string]*sql.Stmt{}}
			} else {
				for _, q := range []string{`DROP TABLE doc_facets, doc_fts, quotes, events, entities, documents, state, schema_migrations, store_generation`, `DROP SEQUENCE documents_seq`} {
					if _, err := ss.db.ExecContext(ctx, q); err != nil {
						t.Fatal(err)
					}
				}
				old = &sqlStore{db: ss.db, w: ss.w, d: ss.d, stmts: map[string]*sql.Stmt{}}
			}
			if err := old.migrateTo(ctx, 2); err != nil {
				t.Fatal(err)
			}
			for _, d := range sample() {
				if err := legacyPut(ctx, old, d); err != nil {
					t.Fatal(err)
				}
			}
			if err := old.migrate(ctx); err != nil {
				t.Fatal(err)
			}
			old.index = name == "sqlite"
			want := fresh
			if name == "postgres" {
				want = nil // fresh's tables were dropped: compare with fixed answers only
			}
			for _, c := range []struct {
				q string
				f Filter
			}{
				{"", Filter{}}, {"Lavrov", Filter{}}, {"لافروف", Filter{}}, {"China", Filter{}},
				{"", Filter{Root: "04", Country: "RUS", Quad: 1}}, {"", Filter{Actor: "RUS"}}, {"", Filter{Actor: "USAGO"}},
				{"", Filter{Since: "2020-01-01"}}, {"", Filter{Lang: "en"}}, {"", Filter{Root: "07"}},
			} {
				got, err := old.Search(ctx, c.q, c.f, Page{})
				if err != nil {
					t.Fatal(err)
				}
				if want != nil {
					w, err := want.Search(ctx, c.q, c.f, Page{})
					if err != nil {
						t.Fatal(err)
					}
					if fmt.Sprint(got) != fmt.Sprint(w) {
						t.Errorf("Search(%q, %+v) after migration:\n%v\nwant\n%v", c.q, c.f, got, w)
					}
				}
			}
			res, err := old.Search(ctx, "", Filter{}, Page{})
			if err != nil || res.Total != 2 || res.Hits[0].ID != "seed" || len(res.Facets["country"]) != 3 {
				t.Errorf("after migration: %+v %v", res, err)
			}
			if res, _ := old.Search(ctx, "", Filter{Root: "04", Country: "RUS", Quad: 1}, Page{}); res.Total != 1 {
				t.Errorf("filters after migration: %d hits, want 1", res.Total)
			}
			if res, _ := old.Search(ctx, "Lavrov", Filter{}, Page{}); res.Total != 1 {
				t.Errorf("words after migration: %d hits, want 1", res.Total)
			}
			upd := *sample()[0]
			upd.Text += " Lavrov left."
			if r, err := old.Put(ctx, &upd); err != nil || r != Replaced {
				t.Fatalf("replace after migration: %v %v", r, err)
			}
			if res, _ := old.Search(ctx, "left", Filter{}, Page{}); res.Total != 1 {
				t.Errorf("replaced text after migration: %d hits, want 1", res.Total)
			}
			if res, _ := old.Search(ctx, "", Filter{}, Page{}); res.Total != 2 {
				t.Errorf("documents after replace: %d, want 2", res.Total)
			}
		})
	}
}

// legacyPut stores d in the layout of migration step 2 (the store's
// Put before step 3).
func legacyPut(ctx context.Context, s *sqlStore, d *doc.Document) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	body, _ := json.Marshal(d)
	if err := s.exec(ctx, tx, `INSERT INTO documents(key, hash, source, url, title, lang, published, snippet, nevents, body, ingested)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, d.ID, ContentHash(d), d.Source, d.URL, titleOf(d), d.Lang, d.Published, snippet(d.Text), countEvents(d), string(body), "2024-01-01T00:00:00Z"); err != nil {
		return err
	}
	var names strings.Builder
	for _, e := range d.Entities {
		names.WriteString(strings.Join(search.NameTerms(e.Name), " ") + " ")
		for _, m := range e.Mentions {
			names.WriteString(strings.Join(search.NameTerms(m.Text), " ") + " ")
		}
		if err := s.exec(ctx, tx, `INSERT INTO entities(doc_key, name, type, country, actor, mentions) VALUES (?, ?, ?, ?, ?, ?)`,
			d.ID, e.Name, e.Type, e.Country, e.Actor, len(e.Mentions)); err != nil {
			return err
		}
	}
	for _, e := range d.Events {
		b, _ := json.Marshal(e)
		if err := s.exec(ctx, tx, `INSERT INTO events(doc_key, src_name, src_actor, tgt_name, tgt_actor, code, root, quad, goldstein, date, negated, body)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, d.ID, refName(e.Source), refActor(e.Source), refName(e.Target), refActor(e.Target),
			e.Code, root(e.Code), e.Quad, e.Goldstein, e.Date, boolInt(e.Negated), string(b)); err != nil {
			return err
		}
	}
	for _, q := range d.Quotes {
		b, _ := json.Marshal(q)
		if err := s.exec(ctx, tx, `INSERT INTO quotes(doc_key, speaker, speaker_actor, body) VALUES (?, ?, ?, ?)`,
			d.ID, refName(q.Speaker), refActor(q.Speaker), string(b)); err != nil {
			return err
		}
	}
	for _, v := range facetValues(d) {
		if err := s.exec(ctx, tx, `INSERT INTO doc_facets(doc_key, facet, value) VALUES (?, ?, ?)`, d.ID, v[0], v[1]); err != nil {
			return err
		}
	}
	terms := strings.Join(search.Terms(titleOf(d)+"\n"+d.Text), " ")
	if s.d.name() == "sqlite" {
		if err := s.exec(ctx, tx, `INSERT INTO doc_fts(key, body, names) VALUES (?, ?, ?)`, d.ID, terms, names.String()); err != nil {
			return err
		}
		if err := s.exec(ctx, tx, `UPDATE documents SET fts_id = last_insert_rowid() WHERE key = ?`, d.ID); err != nil {
			return err
		}
	} else {
		var nb strings.Builder
		for _, w := range strings.Fields(names.String()) {
			nb.WriteString(" n_" + w)
		}
		if err := s.exec(ctx, tx, `INSERT INTO doc_fts(key, tsv) VALUES (?, to_tsvector('simple', ?))`, d.ID, terms+nb.String()); err != nil {
			return err
		}
	}
	return tx.Commit()
}
