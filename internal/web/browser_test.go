package web

import (
	"context"
	"encoding/json"
	"flag"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/css"
	"github.com/chromedp/chromedp"

	"github.com/dyad-news/dyad/internal/doc"
)

var updateScreenshots = flag.Bool("update-screenshots", false, "write the browser test's screenshots to testdata/screenshots")

// chromium finds a Chromium or Chrome binary ($DYAD_CHROMIUM first).
func chromium() string {
	if p := os.Getenv("DYAD_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser starts a headless Chromium with a fresh profile and collects
// the console messages (calls, exceptions, browser log entries such as
// CSP violations) of its tab.
type browser struct {
	ctx  context.Context
	mu   sync.Mutex
	msgs []chromedp.ConsoleMessage
}

func newBrowser(t *testing.T) *browser {
	t.Helper()
	path := chromium()
	if path == "" {
		t.Skip("no chromium found (apt-get install chromium fonts-noto-core, or set DYAD_CHROMIUM): the browser test is skipped")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	actx, acancel := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1400, 1000),
	)
	t.Cleanup(acancel)
	bctx, bcancel := chromedp.NewContext(actx)
	t.Cleanup(bcancel)
	if err := chromedp.Do(bctx, chromedp.EmulateViewport(1400, 1000)); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	b := &browser{ctx: bctx}
	msgs := chromedp.Console(bctx)
	go func() {
		for m, err := range msgs {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.msgs = append(b.msgs, m)
			b.mu.Unlock()
		}
	}()
	return b
}

// errors returns the console errors and exceptions seen since the last call.
func (b *browser) errors() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []string
	for _, m := range b.msgs {
		if m.Type == chromedp.ConsoleError || m.IsException() {
			out = append(out, m.String()+" at "+m.URL)
		}
	}
	b.msgs = nil
	return out
}

// open loads a page and waits for sel to be visible.
func (b *browser) open(t *testing.T, url, sel string) {
	t.Helper()
	if err := chromedp.Do(b.ctx, chromedp.Navigate(url), chromedp.WaitVisible(chromedp.CSS(sel))); err != nil {
		t.Fatalf("loading %s: %v", url, err)
	}
}

// settle waits for a script page's status line to leave its loading
// state and returns its text.
func (b *browser) settle(t *testing.T) string {
	t.Helper()
	if _, err := chromedp.Run(b.ctx, chromedp.Poll[bool](`document.querySelector("#status.done, #status.error") !== null`,
		chromedp.WithPollingTimeout(30*time.Second))); err != nil {
		t.Fatalf("the page never finished loading: %v", err)
	}
	s, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](`document.getElementById("status").className + ": " + document.getElementById("status").textContent`))
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(s, "status error") {
		t.Errorf("the page failed: %s", s)
	}
	return s
}

func (b *browser) eval(t *testing.T, js string) int {
	t.Helper()
	n, err := chromedp.Run(b.ctx, chromedp.Evaluate[int](js))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return n
}

// shot saves a screenshot of the viewport (with -update-screenshots).
func (b *browser) shot(t *testing.T, name string) {
	t.Helper()
	png, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	dir := t.TempDir()
	if *updateScreenshots {
		dir = filepath.Join("testdata", "screenshots")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// fonts returns the platform fonts that drew the text of the first node
// matching sel.
func fonts(sel string) chromedp.Action[[]string] {
	return chromedp.QueryAfter(chromedp.CSS(sel), func(ctx context.Context, t *chromedp.Target, nodes []*chromedp.Node) ([]string, error) {
		res, err := cdp.Call(ctx, t, css.GetPlatformFontsForNode, css.GetPlatformFontsForNodeParams{NodeID: nodes[0].NodeID})
		if err != nil {
			return nil, err
		}
		var out []string
		for _, f := range res.Fonts {
			out = append(out, f.FamilyName)
		}
		return out, nil
	})
}

// TestBrowser loads the dashboard in headless Chromium: the article view
// (right-to-left, in an Arabic font, with a mark for every coded span
// and the event list), the search, actor, dyad timeline, map and network
// pages, with no script error on any of them.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the browser test is skipped")
	}
	f := newFixture(t)
	b := newBrowser(t)
	base := f.srv.URL

	for _, c := range []struct {
		id, shot string
	}{{seedID, "article.png"}, {handAr, "article-marks.png"}, {handEn, ""}} {
		t.Run("article "+c.id, func(t *testing.T) {
			resp, err := http.Get(base + "/api/documents/" + c.id)
			if err != nil {
				t.Fatal(err)
			}
			var d doc.Document
			err = json.NewDecoder(resp.Body).Decode(&d)
			resp.Body.Close()
			if err != nil {
				t.Fatal(err)
			}
			b.open(t, base+"/doc/"+c.id, "#text")
			dir, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](`getComputedStyle(document.getElementById("text")).direction`))
			if err != nil {
				t.Fatal(err)
			}
			if want := dirOf(d.Lang); dir != want {
				t.Errorf("article direction %q, want %q (lang %s)", dir, want, d.Lang)
			}
			if d.Lang == "ar" {
				fs, err := chromedp.Run(b.ctx, fonts("#text"))
				if err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(strings.Join(fs, ","), "Arabic") {
					t.Errorf("the Arabic text was drawn with %v, no Arabic font (install fonts-noto-core)", fs)
				}
			}
			// Every coded span is marked: the distinct span ids over the
			// <mark> elements are the mentions, quotes and evidences the
			// API reports for the document.
			want := spanCount(&d)
			got := b.eval(t, `new Set([...document.querySelectorAll("#text mark")].flatMap(m => m.dataset.s.split(" "))).size`)
			marks := b.eval(t, `document.querySelectorAll("#text mark").length`)
			if got != want || (want > 0 && marks == 0) {
				t.Errorf("%d marked spans in %d marks, want %d (entities %d, quotes %d, events %d)", got, marks, want, len(d.Entities), len(d.Quotes), len(d.Events))
			}
			if c.id == handAr && marks == 0 {
				t.Error("the hand-coded article has no marks")
			}
			if want == 0 {
				t.Logf("%s: the coder found no entities, quotes or events yet; checked that nothing is marked", c.id)
			}
			if n := b.eval(t, `document.querySelectorAll("#events li.event").length`); n != len(d.Events) {
				t.Errorf("%d events listed, want %d", n, len(d.Events))
			}
			if n := b.eval(t, `document.querySelectorAll("#entities li.entity").length`); n != len(d.Entities) {
				t.Errorf("%d entities listed, want %d", n, len(d.Entities))
			}
			if c.shot != "" {
				b.shot(t, c.shot)
			}
			if errs := b.errors(); len(errs) > 0 {
				t.Errorf("console errors: %v", errs)
			}
		})
	}

	t.Run("xss", func(t *testing.T) {
		b.open(t, base+"/doc/"+xssID, "#text")
		text, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](`document.getElementById("text").textContent + "|" + document.querySelector("h1").textContent`))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(text, "<script>alert(1)</script>") || !strings.Contains(text, "<img src=x onerror=alert(2)>") {
			t.Errorf("the markup is not shown as text: %q", text)
		}
		if n := b.eval(t, `document.querySelectorAll("main script, main img").length`); n != 0 {
			t.Errorf("%d script or img elements came from the article", n)
		}
	})

	// The policy blocks inline code, and the test sees the violation
	// (so that a page that broke the policy would fail the test).
	t.Run("csp", func(t *testing.T) {
		b.open(t, base+"/", "#search-form")
		if err := chromedp.Do(b.ctx, chromedp.Evaluate[chromedp.Void](
			`var s = document.createElement("script"); s.textContent = "window.injected = 1"; document.body.appendChild(s);`)); err != nil {
			t.Fatal(err)
		}
		if n := b.eval(t, `window.injected === 1 ? 1 : 0`); n != 0 {
			t.Error("an inline script ran")
		}
		// The violation is logged asynchronously.
		var seen []string
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
			seen = append(seen, b.errors()...)
			if strings.Contains(strings.Join(seen, "\n"), "Content Security Policy") {
				return
			}
		}
		t.Errorf("no CSP violation was reported: %v", seen)
	})

	t.Run("search", func(t *testing.T) {
		b.open(t, base+"/?q=%D9%84%D8%A7%D9%81%D8%B1%D9%88%D9%81", ".hits")
		if n := b.eval(t, `document.querySelectorAll(".hit").length`); n == 0 {
			t.Error("no hits for لافروف")
		}
		if n := b.eval(t, `[...document.querySelectorAll(".snippet")].filter(s => getComputedStyle(s).direction === "rtl").length`); n == 0 {
			t.Error("no right-to-left snippet")
		}
		b.shot(t, "search.png")
		if errs := b.errors(); len(errs) > 0 {
			t.Errorf("console errors: %v", errs)
		}
	})

	t.Run("actor", func(t *testing.T) {
		b.open(t, base+"/actor/RUS", "#out")
		if n := b.eval(t, `document.querySelectorAll("#out tbody tr, #in tbody tr").length`); n < 3 {
			t.Errorf("%d events in and out of RUS, want 3 or more", n)
		}
		b.shot(t, "actor.png")
		if errs := b.errors(); len(errs) > 0 {
			t.Errorf("console errors: %v", errs)
		}
	})

	t.Run("dyad", func(t *testing.T) {
		b.open(t, base+"/dyad?a=RUS&b=CHN", "#chart")
		t.Log(b.settle(t))
		if n := b.eval(t, `document.querySelectorAll("#chart svg").length`); n != 1 {
			t.Fatalf("%d svg elements in the chart", n)
		}
		// RUS–CHN: the hand-coded cooperation in 2024-W15 and conflict in
		// 2024-W17, an empty week between (and what the coder finds in the
		// seed).
		if n := b.eval(t, `document.querySelectorAll("#chart svg rect.q1").length`); n < 1 {
			t.Error("no cooperation bar")
		}
		if n := b.eval(t, `document.querySelectorAll("#chart svg rect.q3").length`); n < 1 {
			t.Error("no conflict bar")
		}
		if n := b.eval(t, `document.querySelectorAll("#chart svg g.week").length`); n < 3 {
			t.Errorf("%d weeks drawn, want 2024-W15 to W17 at least", n)
		}
		if n := b.eval(t, `document.querySelectorAll("#events li").length`); n < 2 {
			t.Errorf("%d events of the pair listed", n)
		}
		b.shot(t, "dyad.png")
		if errs := b.errors(); len(errs) > 0 {
			t.Errorf("console errors: %v", errs)
		}
	})

	t.Run("map", func(t *testing.T) {
		b.open(t, base+"/map", "#map")
		t.Log(b.settle(t))
		if n := b.eval(t, `document.querySelectorAll("#map svg path.country").length`); n < 150 {
			t.Errorf("%d countries drawn", n)
		}
		if n := b.eval(t, `document.querySelectorAll("#map svg circle.point").length`); n < 2 {
			t.Errorf("%d places drawn, want Beijing and Moscow", n)
		}
		b.shot(t, "map.png")
		if errs := b.errors(); len(errs) > 0 {
			t.Errorf("console errors: %v", errs)
		}
	})

	t.Run("network", func(t *testing.T) {
		b.open(t, base+"/network", "#graph")
		t.Log(b.settle(t))
		if n := b.eval(t, `document.querySelectorAll("#graph canvas").length`); n == 0 {
			t.Error("cytoscape drew no canvas")
		}
		b.shot(t, "network.png")
		if errs := b.errors(); len(errs) > 0 {
			t.Errorf("console errors: %v", errs)
		}
	})
}
