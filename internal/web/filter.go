package web

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/dyad-news/dyad/internal/event/cameo"
	"github.com/dyad-news/dyad/internal/store"
)

// filterParams are the query parameters the dashboard reads as filters;
// they match the API's.
var filterParams = []string{"lang", "actor", "country", "root", "quad", "since", "until", "document"}

// parseFilter reads the filter parameters of a dashboard page. It checks
// them as the API does and says what is wrong in words for the page.
func parseFilter(q url.Values) (store.Filter, error) {
	f := store.Filter{
		Lang: q.Get("lang"), Actor: strings.TrimSpace(q.Get("actor")), Country: strings.TrimSpace(q.Get("country")),
		Root: q.Get("root"), Since: q.Get("since"), Until: q.Get("until"), Document: q.Get("document"),
	}
	for _, k := range append(filterParams, "q") {
		if len(q.Get(k)) > 500 {
			return f, fmt.Errorf("%s is longer than 500 bytes", k)
		}
	}
	if f.Lang != "" && f.Lang != "ar" && f.Lang != "en" {
		return f, fmt.Errorf("language %q: choose ar or en", f.Lang)
	}
	for _, d := range []string{f.Since, f.Until} {
		if d != "" {
			if _, err := time.Parse(time.DateOnly, d); err != nil {
				return f, fmt.Errorf("date %q: write it as YYYY-MM-DD", d)
			}
		}
	}
	if f.Root != "" && (len(f.Root) != 2 || strings.Trim(f.Root, "0123456789") != "") {
		return f, fmt.Errorf("CAMEO root %q: two digits, 01 to 20", f.Root)
	}
	if s := q.Get("quad"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 4 {
			return f, fmt.Errorf("quad class %q: 1 to 4", s)
		}
		f.Quad = n
	}
	return f, nil
}

// quadLabels names the four quad classes.
var quadLabels = [...]string{"", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"}

func quadLabel(q int) string {
	if q < 1 || q > 4 {
		return "unknown"
	}
	return quadLabels[q]
}

// rootLabel names a CAMEO code (root or full code) from the CAMEO table.
func rootLabel(code string) string {
	if c, ok := cameo.Lookup(code); ok {
		return c.Label
	}
	return ""
}

// option is one entry of a select box.
type option struct {
	Value, Label string
	Selected     bool
}

func rootOptions(selected string) []option {
	out := []option{{Value: "", Label: "any", Selected: selected == ""}}
	for _, r := range cameo.Roots() {
		out = append(out, option{Value: r, Label: r + " " + rootLabel(r), Selected: r == selected})
	}
	return out
}

func quadOptions(selected int) []option {
	out := []option{{Value: "", Label: "any", Selected: selected == 0}}
	for q := 1; q <= 4; q++ {
		out = append(out, option{Value: strconv.Itoa(q), Label: strconv.Itoa(q) + " " + quadLabels[q], Selected: q == selected})
	}
	return out
}

func langOptions(selected string) []option {
	return []option{{"", "any", selected == ""}, {"ar", "Arabic", selected == "ar"}, {"en", "English", selected == "en"}}
}

// withParam returns "?"+q with key set to value (removed when empty) and
// the paging offset reset.
func withParam(q url.Values, key, value string) string {
	c := url.Values{}
	for k, v := range q {
		c[k] = append([]string(nil), v...)
	}
	c.Del("offset")
	if value == "" {
		c.Del(key)
	} else {
		c.Set(key, value)
	}
	return "?" + c.Encode()
}

// textRun is a piece of a snippet, highlighted when it matches a query
// word.
type textRun struct {
	Text string
	Hit  bool
}

// highlight cuts s into runs, marking case-insensitive occurrences of the
// query's words (of two letters or more).
func highlight(s, query string) []textRun {
	var terms [][]rune
	for _, w := range strings.FieldsFunc(query, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	}) {
		if rs := []rune(strings.ToLower(w)); len(rs) >= 2 && w != "AND" && w != "OR" && w != "NOT" {
			terms = append(terms, rs)
		}
	}
	text := []rune(s)
	if len(terms) == 0 {
		return []textRun{{Text: s}}
	}
	low := make([]rune, len(text))
	for i, r := range text {
		low[i] = unicode.ToLower(r)
	}
	hit := make([]bool, len(text))
	for _, t := range terms {
		for i := 0; i+len(t) <= len(low); i++ {
			if string(low[i:i+len(t)]) == string(t) {
				for j := i; j < i+len(t); j++ {
					hit[j] = true
				}
			}
		}
	}
	var out []textRun
	for i := 0; i < len(text); {
		j := i
		for j < len(text) && hit[j] == hit[i] {
			j++
		}
		out = append(out, textRun{Text: string(text[i:j]), Hit: hit[i]})
		i = j
	}
	return out
}
