// Package web serves dyad's dashboard: server-rendered pages over the
// store (search, article, actor) and three small script pages (actor
// network, dyad timeline, event map) that draw from the JSON API. Every
// asset — templates, CSS, scripts, the vendored libraries and the world
// map — is embedded in the binary: nothing is fetched from a CDN or a
// tile server.
//
// Routes (mount the handler at "/", beside the API at "/api/"):
//
//	GET /                  search with filters and facet counts
//	GET /doc/{id}          one article with its codings highlighted
//	GET /actor/{key}       an actor (CAMEO code or entity name)
//	GET /network           actor network graph (from /api/network)
//	GET /dyad?a=RUS&b=CHN  weekly cooperation and conflict of a pair (from /api/dyads)
//	GET /map               event locations on a world map (from /web/api/locations)
//	GET /web/api/locations events with a location, grouped by place (JSON)
//	GET /assets/...        embedded static files
//
// Every response carries a strict Content-Security-Policy (scripts and
// styles from the same origin only, no inline code) and X-Frame-Options
// DENY; templates escape all document text.
package web

import (
	"embed"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"net/url"

	"github.com/dyad-news/dyad/internal/store"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed assets
var assetFS embed.FS

// csp is the Content-Security-Policy of every dashboard response.
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// New returns the dashboard handler over st.
func New(st store.Store) http.Handler {
	h := &handler{st: st, pages: map[string]*template.Template{}}
	for _, p := range []string{"search", "doc", "actor", "network", "dyad", "map", "error"} {
		h.pages[p] = template.Must(template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+p+".html"))
	}
	assets, err := fs.Sub(assetFS, "assets")
	if err != nil {
		panic(err) // the embed pattern guarantees the folder
	}
	h.assets = assets
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", h.search)
	mux.HandleFunc("GET /doc/{id...}", h.document)
	mux.HandleFunc("GET /actor/{key...}", h.actor)
	mux.HandleFunc("GET /network", h.static("network", "Actor network"))
	mux.HandleFunc("GET /dyad", h.static("dyad", "Dyad timeline"))
	mux.HandleFunc("GET /map", h.static("map", "Event map"))
	mux.HandleFunc("GET /web/api/locations", h.locations)
	mux.HandleFunc("GET /assets/", h.asset)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		h.fail(w, r, http.StatusNotFound, "There is no page at this address.")
	})
	h.mux = mux
	return h
}

type handler struct {
	st     store.Store
	pages  map[string]*template.Template
	assets fs.FS
	mux    *http.ServeMux
}

// ServeHTTP sets the security headers and routes the request.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Security-Policy", csp)
	hd.Set("X-Frame-Options", "DENY")
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Referrer-Policy", "same-origin")
	h.mux.ServeHTTP(w, r)
}

// render executes a page template; the page data is wrapped with the
// layout's fields.
func (h *handler) render(w http.ResponseWriter, r *http.Request, status int, page string, data pageData) {
	t := h.pages[page]
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	if err := t.Execute(w, data); err != nil {
		slog.Error("web: rendering", "page", page, "path", r.URL.Path, "err", err)
	}
}

// fail renders the error page.
func (h *handler) fail(w http.ResponseWriter, r *http.Request, status int, msg string) {
	h.render(w, r, status, "error", pageData{Title: http.StatusText(status), Nav: "", Data: msg})
}

// static serves a page whose content is drawn by its script.
func (h *handler) static(page, title string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		h.render(w, r, http.StatusOK, page, pageData{Title: title, Nav: page, Data: query{r.URL.Query()}})
	}
}

// query wraps a page's parameters for its form (a struct, so that
// {{with}} takes it even when it is empty).
type query struct{ url.Values }

// pageData is what every template gets: the page title, the active
// navigation entry and the page's own data.
type pageData struct {
	Title string
	Nav   string
	Data  any
}
