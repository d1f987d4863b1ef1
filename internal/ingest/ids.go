package ingest

import (
	"net/url"
	"path"
	"strconv"
	"strings"
	"unicode"
)

// idSet keeps the ids given to the documents of one input (or of one
// Read call) unique.
type idSet map[string]int

func newIDSet() idSet { return idSet{} }

// add returns id, or base-N when id is empty, with a -2, -3... suffix when
// it was given already (the first suffix not given yet: "x", "x-2", "x"
// give "x", "x-2", "x-3").
func (s idSet) add(id, base string, n int) string {
	if id == "" {
		id = base + "-" + strconv.Itoa(n)
	}
	s[id]++
	for k := s[id]; k > 1; k++ {
		if c := id + "-" + strconv.Itoa(k); s[c] == 0 {
			s[c]++
			return c
		}
	}
	return id
}

// slugURL makes an id from a URL's last path segment (extension dropped),
// "https://www.rt.com/news/473849-3-morales/" → "473849-3-morales"; a URL
// whose path says nothing gives its host. A string that is not a URL is
// slugged whole.
func slugURL(raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return slug(raw)
	}
	p, err := url.PathUnescape(u.EscapedPath())
	if err != nil {
		p = u.Path
	}
	seg := path.Base(strings.TrimRight(p, "/"))
	if ext := path.Ext(seg); ext != "" && len(ext) <= 6 {
		seg = strings.TrimSuffix(seg, ext)
	}
	if generic[strings.ToLower(seg)] || seg == "." || seg == "/" {
		if s := slug(strings.TrimPrefix(u.RawQuery, "")); s != "" && u.RawQuery != "" {
			return slug(u.Host + "-" + s)
		}
		if seg == "." || seg == "/" {
			return slug(u.Host)
		}
	}
	return slug(seg)
}

// generic are path segments that do not name an article.
var generic = map[string]bool{"index": true, "article": true, "story": true, "news": true, "default": true, "": true}

// slug keeps letters and digits of any script, '-' and '_', turns every
// other run into '-', and cuts at 80 code points.
func slug(s string) string {
	var b strings.Builder
	dash, n := false, 0
	for _, c := range s {
		if unicode.IsLetter(c) || unicode.IsDigit(c) || c == '_' || unicode.Is(unicode.Mn, c) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
				n++
			}
			dash = false
			b.WriteRune(c)
			if n++; n >= 80 {
				break
			}
			continue
		}
		dash = true
	}
	return b.String()
}
