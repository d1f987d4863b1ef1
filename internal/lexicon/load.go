package lexicon

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// data holds the authored TSV files (data/*.tsv) and their README.
//
//go:embed data
var data embed.FS

// Row is one record line of a TSV file, read by column name.
type Row struct {
	File string
	Line int
	Kind Kind
	cols map[string]int
	vals []string
}

// Get returns the cell of the named column, trimmed ("" when absent).
func (r Row) Get(col string) string {
	i, ok := r.cols[col]
	if !ok || i >= len(r.vals) {
		return ""
	}
	return strings.TrimSpace(r.vals[i])
}

// List returns the |-separated values of the named column, without empties.
func (r Row) List(col string) []string {
	var out []string
	for _, v := range strings.Split(r.Get(col), "|") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// Has reports whether the file has the named column.
func (r Row) Has(col string) bool { _, ok := r.cols[col]; return ok }

// Where is "file:line".
func (r Row) Where() string { return fmt.Sprintf("%s:%d", r.File, r.Line) }

// Problem is something wrong in a lexicon file.
type Problem struct {
	Where string // file:line, or file
	Msg   string
}

func (p Problem) String() string { return p.Where + ": " + p.Msg }

// KindOfFile returns the kind a file name's prefix tells ("persons-ar.tsv"
// → person; "roles.tsv" → "roles"), or "".
func KindOfFile(name string) Kind {
	base := strings.ToLower(path.Base(filepath.ToSlash(name)))
	base = strings.TrimSuffix(base, path.Ext(base))
	for _, sep := range []string{"-", "_", "."} {
		if i := strings.Index(base, sep); i > 0 {
			base = base[:i]
		}
	}
	if base == "roles" || base == "role" {
		return "roles"
	}
	if k, ok := kindOfFile[base]; ok {
		return k
	}
	if strings.HasPrefix(base, "persons") {
		return Person
	}
	return ""
}

// ReadRows reads a TSV file: comment lines (#) and blank lines are
// skipped, the first other line is the header. A row whose number of cells
// exceeds the header's is reported as a problem and skipped. kind is the
// file's default kind; a `kind` column overrides it per row.
func ReadRows(name string, r io.Reader, kind Kind) ([]Row, []Problem) {
	var rows []Row
	var probs []Problem
	var cols map[string]int
	var ncols int
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		vals := strings.Split(text, "\t")
		if cols == nil {
			cols = map[string]int{}
			for i, c := range vals {
				c = strings.ToLower(strings.TrimSpace(c))
				if _, dup := cols[c]; dup {
					probs = append(probs, Problem{fmt.Sprintf("%s:%d", name, line), "header repeats column " + c})
				}
				cols[c] = i
			}
			ncols = len(vals)
			continue
		}
		if len(vals) > ncols {
			probs = append(probs, Problem{fmt.Sprintf("%s:%d", name, line), fmt.Sprintf("%d cells, header has %d", len(vals), ncols)})
			continue
		}
		row := Row{File: name, Line: line, Kind: kind, cols: cols, vals: vals}
		if k := row.Get("kind"); k != "" && row.Has("name") {
			if kk, ok := kindOfFile[strings.ToLower(k)]; ok && kind == "" {
				row.Kind = kk
			} else if ok && kind != "" && kind != kk {
				row.Kind = kk
			}
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		probs = append(probs, Problem{name, err.Error()})
	}
	if cols == nil {
		probs = append(probs, Problem{name, "no header line"})
	}
	return rows, probs
}

// source is one file to load.
type source struct {
	name string
	open func() (io.ReadCloser, error)
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
	defaultErr  error
)

// Default returns the embedded lexicon, loaded once and shared.
func Default() (*Lexicon, error) {
	defaultOnce.Do(func() { defaultLex, defaultErr = Load() })
	return defaultLex, defaultErr
}

// Load reads the embedded data files and then the overlay files, in
// order. An overlay has the format of the data files; its kind comes from
// its file name's prefix (persons-extra.tsv, places_mine.tsv, roles-x.tsv)
// or, in a file with another name, from a `kind` column per row (country,
// place, org, person). An overlay row replaces the record with the same
// kind and name (for places: and country) and adds any other. Rows with
// problems are skipped and listed in Warnings; only unreadable files are
// errors.
func Load(overlays ...string) (*Lexicon, error) {
	var srcs []source
	names, err := fs.Glob(data, "data/*.tsv")
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	sort.Strings(names)
	for _, n := range names {
		n := n
		srcs = append(srcs, source{name: n, open: func() (io.ReadCloser, error) { return data.Open(n) }})
	}
	for _, o := range overlays {
		o := o
		if o == "" {
			continue
		}
		srcs = append(srcs, source{name: o, open: func() (io.ReadCloser, error) { return os.Open(o) }})
	}
	return loadSources(srcs)
}

// LoadFS reads every *.tsv file of the directory dir of fsys (a test
// fixture, say) and then the overlays.
func LoadFS(fsys fs.FS, dir string, overlays ...string) (*Lexicon, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.tsv"))
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	sort.Strings(names)
	var srcs []source
	for _, n := range names {
		n := n
		srcs = append(srcs, source{name: n, open: func() (io.ReadCloser, error) { return fsys.Open(n) }})
	}
	for _, o := range overlays {
		o := o
		srcs = append(srcs, source{name: o, open: func() (io.ReadCloser, error) { return os.Open(o) }})
	}
	return loadSources(srcs)
}

// ReadAll reads the rows of the embedded files and the overlays without
// building the lexicon (for validation).
func ReadAll(overlays ...string) ([]Row, []Problem, error) {
	names, _ := fs.Glob(data, "data/*.tsv")
	sort.Strings(names)
	var rows []Row
	var probs []Problem
	read := func(name string, rc io.ReadCloser) {
		defer rc.Close()
		rs, ps := ReadRows(name, rc, KindOfFile(name))
		rows = append(rows, rs...)
		probs = append(probs, ps...)
	}
	for _, n := range names {
		f, err := data.Open(n)
		if err != nil {
			return nil, nil, fmt.Errorf("lexicon: %w", err)
		}
		read(n, f)
	}
	for _, o := range overlays {
		f, err := os.Open(o)
		if err != nil {
			return nil, nil, fmt.Errorf("lexicon: overlay: %w", err)
		}
		read(o, f)
	}
	return rows, probs, nil
}

func loadSources(srcs []source) (*Lexicon, error) {
	l := &Lexicon{byID: map[string]*Entry{}}
	for _, s := range srcs {
		rc, err := s.open()
		if err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
		rows, probs := ReadRows(s.name, rc, KindOfFile(s.name))
		rc.Close()
		for _, p := range probs {
			l.Warnings = append(l.Warnings, p.String())
		}
		for _, row := range rows {
			if row.Kind == "roles" {
				if rp, err := parseRolePhrase(row); err != nil {
					l.Warnings = append(l.Warnings, row.Where()+": "+err.Error())
				} else {
					l.Roles = append(l.Roles, rp)
				}
				continue
			}
			e, err := parseEntry(row)
			if err != nil {
				l.Warnings = append(l.Warnings, row.Where()+": "+err.Error())
				continue
			}
			if old, ok := l.byID[e.ID]; ok {
				*old = *e // a later file (an overlay) overrides
				continue
			}
			l.byID[e.ID] = e
			l.Entries = append(l.Entries, e)
		}
	}
	l.build()
	return l, nil
}

// parseEntry turns a row into an entry of the row's kind.
func parseEntry(row Row) (*Entry, error) {
	name := row.Get("name")
	if name == "" {
		return nil, fmt.Errorf("no name")
	}
	e := &Entry{Kind: row.Kind, Name: name, Source: row.Where()}
	e.Names = append(e.Names, name)
	e.Names = append(e.Names, row.List("en")...)
	e.Names = append(e.Names, row.List("ar")...)
	e.Country = strings.ToUpper(row.Get("country"))
	if lat, lon := row.Get("lat"), row.Get("lon"); lat != "" && lon != "" {
		a, err1 := strconv.ParseFloat(lat, 64)
		o, err2 := strconv.ParseFloat(lon, 64)
		if err1 != nil || err2 != nil || a < -90 || a > 90 || o < -180 || o > 180 {
			return nil, fmt.Errorf("bad coordinates %q %q", lat, lon)
		}
		e.Lat, e.Lon, e.HasCoord = a, o, true
	}
	switch row.Kind {
	case Country:
		code := strings.ToUpper(row.Get("code"))
		if len(code) != 3 {
			return nil, fmt.Errorf("country code %q is not three letters", code)
		}
		e.ID = "country:" + code
		e.Type = "LOC"
		e.Country = code
		e.Code = code
		if c := strings.ToUpper(row.Get("cameo")); c != "" {
			e.Code = c
		}
		e.Actor = e.Code
		e.AdjAr = row.List("adj_ar")
		e.AdjEn = row.List("adj_en")
		e.Capital = row.Get("capital")
	case Place:
		e.SubKind = strings.ToLower(row.Get("kind"))
		e.ID = "place:" + name
		if e.Country != "" {
			e.ID += "@" + e.Country
		}
		e.Type = "LOC"
		if e.SubKind == "seat" {
			e.Type = "ORG" // a seat of power acts as an institution
		}
		e.Metonym = strings.ToUpper(row.Get("metonym"))
		if p := row.Get("population"); p != "" {
			n, err := strconv.Atoi(p)
			if err != nil {
				return nil, fmt.Errorf("bad population %q", p)
			}
			e.Population = n
		}
	case Org:
		e.SubKind = strings.ToLower(row.Get("kind"))
		e.ID = "org:" + name
		e.Type = "ORG"
		e.Actor = strings.ToUpper(row.Get("actor"))
		e.Code = e.Actor
	case Person:
		e.ID = "person:" + name
		e.Type = "PER"
		e.Actor = strings.ToUpper(row.Get("actor"))
		for _, s := range row.List("roles") {
			r, err := ParseRole(s)
			if err != nil {
				return nil, err
			}
			e.Roles = append(e.Roles, r)
		}
	default:
		return nil, fmt.Errorf("unknown kind %q (name the file countries, places, orgs, persons or roles, or add a kind column)", row.Kind)
	}
	if t := strings.ToUpper(row.Get("type")); t != "" {
		switch t {
		case "PER", "ORG", "LOC", "MISC":
			e.Type = t
		default:
			return nil, fmt.Errorf("bad type %q", t)
		}
	}
	return e, nil
}

// ParseRole reads one dated role, `ACTOR@FROM..TO@title` (FROM and TO are
// YYYY-MM-DD, YYYY-MM or YYYY, either may be empty; the title is
// optional).
func ParseRole(s string) (Role, error) {
	parts := strings.Split(s, "@")
	if len(parts) < 2 || len(parts) > 3 {
		return Role{}, fmt.Errorf("role %q: want ACTOR@FROM..TO@title", s)
	}
	r := Role{Actor: strings.ToUpper(strings.TrimSpace(parts[0]))}
	if len(r.Actor) < 3 {
		return Role{}, fmt.Errorf("role %q: bad actor code", s)
	}
	span := strings.TrimSpace(parts[1])
	from, to, ok := strings.Cut(span, "..")
	if !ok {
		return Role{}, fmt.Errorf("role %q: dates want FROM..TO", s)
	}
	var err error
	if r.From, err = normDate(from, false); err != nil {
		return Role{}, fmt.Errorf("role %q: %w", s, err)
	}
	if r.To, err = normDate(to, true); err != nil {
		return Role{}, fmt.Errorf("role %q: %w", s, err)
	}
	if r.From != "" && r.To != "" && r.To < r.From {
		return Role{}, fmt.Errorf("role %q: ends before it begins", s)
	}
	if len(parts) == 3 {
		r.Title = strings.TrimSpace(parts[2])
	}
	return r, nil
}

// normDate completes YYYY or YYYY-MM to a day: the first when !end, the
// last when end.
func normDate(s string, end bool) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	valid := func(s string) bool {
		for i, c := range s {
			if i == 4 || i == 7 {
				if c != '-' {
					return false
				}
			} else if c < '0' || c > '9' {
				return false
			}
		}
		return true
	}
	switch {
	case len(s) == 4 && valid(s):
		if end {
			return s + "-12-31", nil
		}
		return s + "-01-01", nil
	case len(s) == 7 && valid(s) && s[5:] >= "01" && s[5:] <= "12":
		if end {
			return s + "-31", nil
		}
		return s + "-01", nil
	case len(s) == 10 && valid(s):
		if _, err := time.Parse(time.DateOnly, s); err != nil {
			return "", fmt.Errorf("bad date %q", s)
		}
		return s, nil
	}
	return "", fmt.Errorf("bad date %q", s)
}

func parseRolePhrase(row Row) (*RolePhrase, error) {
	p := row.Get("phrase")
	if p == "" {
		return nil, fmt.Errorf("no phrase")
	}
	rp := &RolePhrase{Phrase: p, Lang: row.Get("lang"), Agent: strings.ToUpper(row.Get("agent")), Title: row.Get("title")}
	switch k := row.Get("kind"); k {
	case "group":
		rp.Group = true
	case "person", "":
	default:
		return nil, fmt.Errorf("role kind %q: want person or group", k)
	}
	return rp, nil
}
