package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dyad-news/dyad/internal/api"
	"github.com/dyad-news/dyad/internal/coder"
	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/store"
)

// The fixture: the seed article and two small articles coded by the
// standard pipeline, plus two hand-coded articles whose entities, quotes
// and events are known exactly (so that the pages are tested whatever
// the coder finds today).
const (
	seedID = "seed-xi-lavrov"
	xssID  = "en-xss"
	handAr = "hand-ar"
	handEn = "hand-en"
)

// xssText is an article whose text and title try to inject markup.
const xssText = `Russian Foreign Minister Sergey Lavrov met Chinese President Xi Jinping in Beijing on Tuesday. <script>alert(1)</script> The two sides said they would deepen cooperation. "We are grateful," Lavrov said.`

const xssTitle = `<img src=x onerror=alert(2)>Lavrov in Beijing`

// handArText is hand-coded below; its spans overlap on purpose (an entity
// inside a quote inside an event's evidence).
const handArText = "التقى الرئيس الصيني شي جين بينغ مع وزير الخارجية الروسي سيرجي لافروف في بكين يوم الثلاثاء.\n" +
	"وقال لافروف: «نحن سعداء بهذه النجاحات مع الصين».\n" +
	"وانتقدت روسيا الولايات المتحدة بشدة."

const handEnText = "Russia accused China of dumping steel on its market, Moscow said on Tuesday.\n" +
	"The Chinese embassy in Moscow rejected the claim."

// at returns the code point span of the n-th (0-based) occurrence of sub
// in text.
func at(t testing.TB, text, sub string, n int) (int, int) {
	t.Helper()
	rs, ss := []rune(text), []rune(sub)
	for i := 0; i+len(ss) <= len(rs); i++ {
		if string(rs[i:i+len(ss)]) == sub {
			if n == 0 {
				return i, i + len(ss)
			}
			n--
		}
	}
	t.Fatalf("%q not in the text", sub)
	return 0, 0
}

func mention(t testing.TB, text, sub string, n int) doc.Mention {
	s, e := at(t, text, sub, n)
	return doc.Mention{Start: s, End: e, Text: sub}
}

func evidence(t testing.TB, text, sub string) doc.Evidence {
	s, e := at(t, text, sub, 0)
	return doc.Evidence{Start: s, End: e, Text: sub}
}

func f64(v float64) *float64 { return &v }

// handCoded returns the two hand-coded documents.
func handCoded(t testing.TB) []*doc.Document {
	ar := doc.New()
	ar.ID, ar.Source, ar.Lang, ar.Published, ar.Text, ar.Raw = handAr, "test", "ar", "2024-04-09", handArText, handArText
	ar.SetTitle("شي جين بينغ يستقبل لافروف في بكين")
	tx := handArText
	ar.Entities = []doc.Entity{
		{Name: "Xi Jinping", Type: "PER", Country: "CHN", Actor: "CHNGOV", Mentions: []doc.Mention{mention(t, tx, "شي جين بينغ", 0)}},
		{Name: "Sergey Lavrov", Type: "PER", Country: "RUS", Actor: "RUSGOV", Mentions: []doc.Mention{mention(t, tx, "سيرجي لافروف", 0), mention(t, tx, "لافروف", 1)}},
		{Name: "Beijing", Type: "LOC", Country: "CHN", Mentions: []doc.Mention{mention(t, tx, "بكين", 0)}, Lat: f64(39.9042), Lon: f64(116.4074)},
		{Name: "China", Type: "LOC", Country: "CHN", Actor: "CHN", Mentions: []doc.Mention{mention(t, tx, "الصين", 1)}},
		{Name: "Russia", Type: "LOC", Country: "RUS", Actor: "RUS", Mentions: []doc.Mention{mention(t, tx, "روسيا", 0)}},
		{Name: "United States", Type: "LOC", Country: "USA", Actor: "USA", Mentions: []doc.Mention{mention(t, tx, "الولايات المتحدة", 0)}},
	}
	qs, qe := at(t, tx, "نحن سعداء بهذه النجاحات مع الصين", 0)
	ar.Quotes = []doc.Quote{{Speaker: &doc.ActorRef{Name: "Sergey Lavrov", Actor: "RUSGOV"}, Text: "نحن سعداء بهذه النجاحات مع الصين", Direct: true, Start: qs, End: qe}}
	beijing := &doc.Location{Name: "Beijing", Country: "CHN", Lat: 39.9042, Lon: 116.4074}
	ar.Events = []doc.Event{
		{Source: &doc.ActorRef{Name: "Sergey Lavrov", Actor: "RUSGOV"}, Target: &doc.ActorRef{Name: "Xi Jinping", Actor: "CHNGOV"},
			Code: "040", Label: "Consult", Goldstein: 1, Quad: 1, Date: "2024-04-09", Location: beijing,
			Evidence: evidence(t, tx, "التقى الرئيس الصيني شي جين بينغ مع وزير الخارجية الروسي سيرجي لافروف في بكين"), Why: "test: hand-coded meeting"},
		{Source: &doc.ActorRef{Name: "Sergey Lavrov", Actor: "RUSGOV"}, Target: &doc.ActorRef{Name: "China", Actor: "CHN"},
			Code: "051", Label: "Praise or endorse", Goldstein: 3.4, Quad: 1, Date: "2024-04-09", Location: beijing,
			Evidence: evidence(t, tx, "وقال لافروف: «نحن سعداء بهذه النجاحات مع الصين»"), Why: "test: hand-coded praise"},
		{Source: &doc.ActorRef{Name: "Russia", Actor: "RUS"}, Target: &doc.ActorRef{Name: "United States", Actor: "USA"},
			Code: "111", Label: "Criticize or denounce", Goldstein: -2, Quad: 3, Date: "2024-04-09",
			Evidence: evidence(t, tx, "وانتقدت روسيا الولايات المتحدة"), Why: "test: hand-coded criticism"},
	}
	ds, de := at(t, tx, "يوم الثلاثاء", 0)
	ar.Dates = []doc.DateExpr{{Start: ds, End: de, Text: "يوم الثلاثاء", Value: "2024-04-09"}}

	en := doc.New()
	en.ID, en.Source, en.Lang, en.Published, en.Text, en.Raw = handEn, "test", "en", "2024-04-23", handEnText, handEnText
	en.SetTitle("Russia accuses China of dumping steel")
	tx = handEnText
	en.Entities = []doc.Entity{
		{Name: "Russia", Type: "LOC", Country: "RUS", Actor: "RUS", Mentions: []doc.Mention{mention(t, tx, "Russia", 0)}},
		{Name: "China", Type: "LOC", Country: "CHN", Actor: "CHN", Mentions: []doc.Mention{mention(t, tx, "China", 0)}},
		{Name: "Moscow", Type: "LOC", Country: "RUS", Actor: "RUSGOV", Mentions: []doc.Mention{mention(t, tx, "Moscow", 0), mention(t, tx, "Moscow", 1)}},
	}
	moscow := &doc.Location{Name: "Moscow", Country: "RUS", Lat: 55.7558, Lon: 37.6173}
	en.Events = []doc.Event{
		{Source: &doc.ActorRef{Name: "Russia", Actor: "RUS"}, Target: &doc.ActorRef{Name: "China", Actor: "CHN"},
			Code: "112", Label: "Accuse", Goldstein: -2, Quad: 3, Date: "2024-04-23", Location: moscow,
			Evidence: evidence(t, tx, "Russia accused China of dumping steel on its market"), Why: "test: hand-coded accusation"},
		{Source: &doc.ActorRef{Name: "Chinese embassy", Actor: "CHNGOV"}, Target: &doc.ActorRef{Name: "Russia", Actor: "RUS"},
			Code: "125", Label: "Reject proposal to meet, discuss, or negotiate", Goldstein: -5, Quad: 3, Date: "2024-04-23", Location: moscow,
			Evidence: evidence(t, tx, "The Chinese embassy in Moscow rejected the claim"), Why: "test: hand-coded rejection"},
	}
	return []*doc.Document{ar, en}
}

// fixture is a store with the fixture documents and the handler that
// serve.go builds over it.
type fixture struct {
	st  store.Store
	srv *httptest.Server
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	p, err := coder.New(coder.Options{})
	if err != nil {
		t.Fatal(err)
	}
	seed, err := os.ReadFile("../../testdata/seed-xi-lavrov.txt")
	if err != nil {
		t.Fatal(err)
	}
	coded := []struct {
		id, published, text, title string
	}{
		{seedID, "2024-04-09", string(seed), ""},
		{xssID, "2024-04-10", xssText, xssTitle},
	}
	for _, c := range coded {
		d := doc.New()
		d.ID, d.Source, d.Published, d.Raw, d.Text, d.Format = c.id, "test", c.published, c.text, c.text, "text"
		d.SetTitle(c.title)
		done := make(chan error, 1)
		go func() { done <- p.Process(ctx, d) }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("coding %s: %v", c.id, err)
			}
		case <-time.After(2 * time.Minute):
			t.Fatalf("the coder did not finish %s in two minutes: a stage loops (see the goroutine dump with -timeout)", c.id)
		}
		if _, err := st.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range handCoded(t) {
		if _, err := st.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	// The same mux as `dyad serve`.
	mux := http.NewServeMux()
	mux.Handle("/api/", api.New(api.Config{Store: st, Coder: p}))
	mux.Handle("/", New(st))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return &fixture{st: st, srv: srv}
}

// spanCount is the number of spans the article view should highlight in
// d: entity mentions, quotes, event evidences and their repeats.
func spanCount(d *doc.Document) int {
	n := 0
	for _, q := range d.Quotes {
		if q.End > q.Start {
			n++
		}
	}
	for _, e := range d.Entities {
		for _, m := range e.Mentions {
			if m.End > m.Start {
				n++
			}
		}
	}
	for _, e := range d.Events {
		if e.Evidence.End > e.Evidence.Start {
			n++
		}
		for _, m := range e.More {
			if m.End > m.Start {
				n++
			}
		}
	}
	return n
}

func contains(s string, subs ...string) string {
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			return sub
		}
	}
	return ""
}
