package web

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/dyad-news/dyad/internal/store"
)

func fetch(t *testing.T, f *fixture, path string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(f.srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

// TestPages checks each page's status, key content and security headers.
func TestPages(t *testing.T) {
	f := newFixture(t)
	cases := []struct {
		name   string
		path   string
		status int
		want   []string
	}{
		{"search lists documents", "/", 200, []string{`name="q"`, "/doc/hand-ar", "/doc/hand-en", "documents ·", "CAMEO root"}},
		{"search in Arabic", "/?q=" + url.QueryEscape("لافروف"), 200, []string{"/doc/hand-ar", `dir="rtl"`, "<b>لافروف</b>"}},
		{"search in English", "/?q=steel", 200, []string{"/doc/hand-en", "<b>steel</b>", "1–1 of 1 documents"}},
		{"search facets", "/?root=11", 200, []string{"/doc/hand-ar", "Quad class", "verbal conflict", `class="active"`}},
		{"search filter by quad", "/?quad=3&lang=en", 200, []string{"/doc/hand-en"}},
		{"search bad language", "/?lang=xx", 400, []string{"choose ar or en"}},
		{"search bad date", "/?since=yesterday", 400, []string{"YYYY-MM-DD"}},
		{"article, Arabic", "/doc/hand-ar", 200, []string{
			`<article id="text" class="text" dir="rtl" lang="ar">`, `<mark class="ent ent-per"`, `data-s="m1.0 v0"`, `data-s="m3.0 q0 v1"`,
			`class="quote evid"`, `<span class="anchor" id="v0"></span>`, "Consult", "test: hand-coded meeting", "/actor/RUSGOV", "@ Beijing (CHN)", "2024-04-09"}},
		{"article, English", "/doc/hand-en", 200, []string{`dir="ltr" lang="en"`, "Accuse", "/actor/CHN", "Moscow"}},
		{"article, seed", "/doc/" + seedID, 200, []string{`dir="rtl" lang="ar"`, "لافروف"}},
		{"article missing", "/doc/nope", 404, []string{"Nothing of that name"}},
		{"actor by code", "/actor/RUS", 200, []string{"Events by RUS", "Criticize or denounce", "Accuse", "/doc/hand-en", "Sergey Lavrov"}},
		{"actor by name", "/actor/" + url.PathEscape("Sergey Lavrov"), 200, []string{"<code>RUSGOV</code>", "Consult", "نحن سعداء", "Xi Jinping", "/dyad?a=RUSGOV&amp;b=CHNGOV"}},
		{"actor unknown", "/actor/ZZZQQQ", 404, []string{"No events"}},
		{"network", "/network", 200, []string{"/assets/vendor/cytoscape.min.js", "/assets/js/network.js", `id="graph"`, "Loading…"}},
		{"dyad", "/dyad?a=RUS&b=CHN", 200, []string{"/assets/js/dyad.js", `value="RUS"`, `value="CHN"`, "Loading…"}},
		{"map", "/map", 200, []string{"/assets/vendor/d3-geo.min.js", "/assets/vendor/topojson-client.min.js", "/assets/js/map.js", `id="map"`}},
		{"locations", "/web/api/locations", 200, []string{`"name":"Beijing"`, `"name":"Moscow"`}},
		{"locations of a document", "/web/api/locations?document=hand-en", 200, []string{`"places":[{"name":"Moscow","country":"RUS","lat":55.7558,"lon":37.6173,"events":2`}},
		{"locations filtered", "/web/api/locations?quad=3&document=hand-ar", 200, []string{`"places":[]`}},
		{"locations bad filter", "/web/api/locations?quad=9", 400, []string{"quad class"}},
		{"stylesheet", "/assets/app.css", 200, []string{"Noto Naskh Arabic"}},
		{"world map", "/assets/vendor/countries-110m.json", 200, []string{`"type":"Topology"`}},
		{"vendored licence", "/assets/vendor/LICENSE.cytoscape", 200, []string{"Copyright"}},
		{"unknown page", "/nope", 404, []string{"no page at this address"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			resp, body := fetch(t, f, c.path)
			if resp.StatusCode != c.status {
				t.Fatalf("GET %s = %d, want %d\n%s", c.path, resp.StatusCode, c.status, body)
			}
			if miss := contains(body, c.want...); miss != "" {
				t.Errorf("GET %s: no %q in\n%s", c.path, miss, body)
			}
			if got := resp.Header.Get("Content-Security-Policy"); !strings.Contains(got, "default-src 'self'") ||
				!strings.Contains(got, "script-src 'self'") || !strings.Contains(got, "style-src 'self'") || strings.Contains(got, "unsafe-inline") {
				t.Errorf("GET %s: Content-Security-Policy %q", c.path, got)
			}
			if got := resp.Header.Get("X-Frame-Options"); got != "DENY" {
				t.Errorf("GET %s: X-Frame-Options %q", c.path, got)
			}
			if strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
				if regexp.MustCompile(`<script>|<script [^>]*>[^<]|\sstyle="|<style|\son[a-z]+="`).MatchString(body) {
					t.Errorf("GET %s: inline script or style in the page", c.path)
				}
			}
		})
	}
}

// TestEmptyStore checks that every page works before anything is stored.
func TestEmptyStore(t *testing.T) {
	st, err := store.Open(context.Background(), t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv := httptest.NewServer(New(st))
	defer srv.Close()
	for path, want := range map[string]string{
		"/": "The store is empty", "/?q=x&lang=ar": "The store is empty", "/network": "Loading…", "/dyad": "Loading…",
		"/map": "Loading…", "/web/api/locations": `"places":[]`, "/actor/RUS": "No events",
	} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode >= 500 || !strings.Contains(string(b), want) {
			t.Errorf("GET %s = %d, want %q in\n%s", path, resp.StatusCode, want, b)
		}
	}
}

// TestLocationsJSON checks the map's data.
func TestLocationsJSON(t *testing.T) {
	f := newFixture(t)
	_, body := fetch(t, f, "/web/api/locations?document="+handAr)
	var got struct {
		Places []place `json:"places"`
	}
	if err := json.Unmarshal([]byte(body), &got); err != nil {
		t.Fatal(err)
	}
	// hand-ar has two events in Beijing and one without a place.
	if len(got.Places) != 1 {
		t.Fatalf("places %+v", got.Places)
	}
	if p := got.Places[0]; p.Name != "Beijing" || p.Lat != 39.9042 || p.Events != 2 || len(p.Sample) != 2 || p.Sample[0].Document != handAr {
		t.Errorf("Beijing: %+v", p)
	}
	_, body = fetch(t, f, "/web/api/locations")
	if err := json.Unmarshal([]byte(body), &got); err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(got.Places); i++ {
		if got.Places[i].Events > got.Places[i-1].Events {
			t.Errorf("places not sorted by events: %+v", got.Places)
		}
	}
}

// TestEscaping ingests an article whose title and text hold markup and
// checks that every page shows it as text.
func TestEscaping(t *testing.T) {
	f := newFixture(t)
	for _, path := range []string{"/doc/" + xssID, "/?q=Lavrov", "/"} {
		resp, body := fetch(t, f, path)
		if resp.StatusCode != 200 {
			t.Fatalf("GET %s = %d", path, resp.StatusCode)
		}
		if strings.Contains(body, "<script>alert(1)") || strings.Contains(body, "<img src=x") {
			t.Errorf("GET %s: article markup reached the page unescaped", path)
		}
		if path == "/doc/"+xssID {
			if miss := contains(body, "&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;Lavrov in Beijing"); miss != "" {
				t.Errorf("GET %s: no %q", path, miss)
			}
		}
	}
	// A hostile actor key and query are escaped too.
	for _, path := range []string{"/actor/" + url.PathEscape(`<script>x</script>`), "/?q=" + url.QueryEscape(`"><script>x</script>`)} {
		_, body := fetch(t, f, path)
		if strings.Contains(body, "<script>x") {
			t.Errorf("GET %s: the parameter reached the page unescaped", path)
		}
	}
}

// rawGet sends path as it is (no client-side cleaning) and follows one
// redirect.
func rawGet(t *testing.T, f *fixture, path string) (int, string) {
	t.Helper()
	for range 3 {
		conn, err := net.Dial("tcp", strings.TrimPrefix(f.srv.URL, "http://"))
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n", path)
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			conn.Close()
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		conn.Close()
		if loc := resp.Header.Get("Location"); resp.StatusCode/100 == 3 && loc != "" {
			path = loc
			continue
		}
		return resp.StatusCode, string(b)
	}
	t.Fatalf("GET %s: too many redirects", path)
	return 0, ""
}

// TestAssetTraversal checks that the assets route serves the embedded
// folder only.
func TestAssetTraversal(t *testing.T) {
	f := newFixture(t)
	for _, path := range []string{
		"/assets/../../go.mod", "/assets/../web.go", "/assets/..%2f..%2fgo.mod", "/assets/%2e%2e/%2e%2e/go.mod",
		"/assets/%2e%2e%2fweb.go", "/assets/..%5c..%5cgo.mod", "/assets//etc/passwd", "/assets/./../web.go",
		"/assets/", "/assets/js/", "/assets/vendor", "/assets/nope.js", "/../../go.mod",
	} {
		status, body := rawGet(t, f, path)
		if status != http.StatusNotFound && status != http.StatusBadRequest {
			t.Errorf("GET %s = %d, want 404", path, status)
		}
		if strings.Contains(body, "module github.com/dyad-news") || strings.Contains(body, "package web") ||
			strings.Contains(body, "root:") || strings.Contains(body, `href="js/`) {
			t.Errorf("GET %s leaked a file or a listing", path)
		}
	}
	if status, _ := rawGet(t, f, "/assets/js/common.js"); status != 200 {
		t.Errorf("GET /assets/js/common.js = %d", status)
	}
}
