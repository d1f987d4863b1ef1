package web

import (
	"encoding/json"
	"io"
	"io/fs"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/dyad-news/dyad/internal/store"
)

// started stands in for the embedded files' modification time (embed.FS
// has none), so that browsers can revalidate them.
var started = time.Now()

// asset serves a file of the embedded assets folder. Paths that are not
// valid fs paths (.., empty elements, a leading slash) and folders are
// not found: nothing outside the folder can be named, and nothing is
// listed.
func (h *handler) asset(w http.ResponseWriter, r *http.Request) {
	name := strings.TrimPrefix(r.URL.Path, "/assets/")
	if name == "" || !fs.ValidPath(name) || strings.Contains(name, "\\") {
		h.fail(w, r, http.StatusNotFound, "No such asset.")
		return
	}
	f, err := h.assets.Open(name)
	if err != nil {
		h.fail(w, r, http.StatusNotFound, "No such asset.")
		return
	}
	defer f.Close()
	info, err := f.Stat()
	rs, ok := f.(io.ReadSeeker)
	if err != nil || info.IsDir() || !ok {
		h.fail(w, r, http.StatusNotFound, "No such asset.")
		return
	}
	if strings.HasSuffix(name, ".json") {
		w.Header().Set("Content-Type", "application/json")
	}
	w.Header().Set("Cache-Control", "public, max-age=3600")
	http.ServeContent(w, r, name, started, rs)
}

// place is a location with the events that happened there.
type place struct {
	Name    string        `json:"name"`
	Country string        `json:"country,omitempty"`
	Lat     float64       `json:"lat"`
	Lon     float64       `json:"lon"`
	Events  int           `json:"events"`
	Sample  []placeSample `json:"sample"`
}

type placeSample struct {
	Document string `json:"document"`
	Code     string `json:"code"`
	Label    string `json:"label"`
	Quad     int    `json:"quad"`
	Date     string `json:"date,omitempty"`
	Source   string `json:"source,omitempty"`
	Target   string `json:"target,omitempty"`
}

// maxLocationEvents bounds the events /web/api/locations reads.
const maxLocationEvents = 5000

// locations answers the map: the events with a location that match the
// filter parameters, grouped by place, most events first.
func (h *handler) locations(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	f, err := parseFilter(r.URL.Query())
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
		return
	}
	byKey := map[string]*place{}
	read := 0
	for off := 0; off < maxLocationEvents; off += 500 {
		rows, err := h.st.Events(r.Context(), f, store.Page{Limit: 500, Offset: off})
		if err != nil {
			w.WriteHeader(http.StatusInternalServerError)
			_ = json.NewEncoder(w).Encode(map[string]string{"error": "the store failed to answer"})
			return
		}
		for _, e := range rows {
			l := e.Location
			if l == nil || (l.Lat == 0 && l.Lon == 0) {
				continue
			}
			k := l.Name + "|" + l.Country
			p := byKey[k]
			if p == nil {
				p = &place{Name: l.Name, Country: l.Country, Lat: l.Lat, Lon: l.Lon}
				byKey[k] = p
			}
			p.Events++
			if len(p.Sample) < 10 {
				s := placeSample{Document: e.Document, Code: e.Code, Label: e.Label, Quad: e.Quad, Date: e.Date}
				if e.Source != nil {
					s.Source = e.Source.Name
				}
				if e.Target != nil {
					s.Target = e.Target.Name
				}
				p.Sample = append(p.Sample, s)
			}
		}
		read += len(rows)
		if len(rows) < 500 {
			break
		}
	}
	out := make([]*place, 0, len(byKey))
	for _, p := range byKey {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Events != out[j].Events {
			return out[i].Events > out[j].Events
		}
		return out[i].Name < out[j].Name
	})
	_ = json.NewEncoder(w).Encode(map[string]any{"events_read": read, "places": out})
}
