// Package lexicon loads dyad's knowledge of named things — countries,
// places, organisations, people with their dated roles, and role nouns —
// from the TSV files embedded from data/ (format: data/README.md), plus an
// optional user overlay, and indexes every name for longest-match
// recognition.
//
// Names are matched by their units (words and punctuation, see Units)
// folded by Fold. Arabic name words are indexed with the article split off
// (Analysis), so that a document word with proclitics (وبالصين) finds the
// name (الصين). Countries also get the derived forms of their Arabic and
// English adjectives (Demonyms), kept apart from names: a demonym names the
// country's people or government, not the country.
//
// A Lexicon is read-only after Load and safe for concurrent use.
package lexicon

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Kind is the kind of record: which file it came from.
type Kind string

// Record kinds.
const (
	Country Kind = "country"
	Place   Kind = "place"
	Org     Kind = "org"
	Person  Kind = "person"
)

// kindOfFile maps a file name prefix to a kind.
var kindOfFile = map[string]Kind{"countries": Country, "places": Place, "orgs": Org, "persons": Person,
	"country": Country, "place": Place, "org": Org, "person": Person}

// Role is one dated office or affiliation of a person.
type Role struct {
	Actor string // CAMEO actor code, e.g. RUSGOV
	From  string // YYYY-MM-DD (a bare year is read as its first day)
	To    string // YYYY-MM-DD, empty while in office (a bare year: its last day)
	Title string // key of roles.tsv, e.g. foreign_minister
}

// Covers reports whether the role is held on date (YYYY-MM-DD).
func (r Role) Covers(date string) bool {
	return (r.From == "" || r.From <= date) && (r.To == "" || date <= r.To)
}

// Entry is one record of the lexicon.
type Entry struct {
	// ID is unique in the lexicon: "country:CHN", "person:Sergey Lavrov".
	ID   string
	Kind Kind
	// Name is the canonical English name.
	Name string
	// Type is PER, ORG, LOC or MISC.
	Type string
	// Country is the ISO alpha-3 code the record belongs to (for a
	// country: its own code).
	Country string
	// Code is the CAMEO country code (countries) or actor code (orgs).
	Code string
	// Actor is the actor code outside every dated role (persons), the
	// org's code, or the CAMEO country code (countries).
	Actor string
	Roles []Role
	// Names holds every name the record is written by, English and
	// Arabic, canonical name first.
	Names []string
	// AdjAr and AdjEn are the country adjectives as authored.
	AdjAr, AdjEn []string
	Capital      string
	SubKind      string // places: capital, city, sea...; orgs: igo, gov...
	Metonym      string // places: actor code the place stands for
	Lat, Lon     float64
	HasCoord     bool
	Population   int
	// Source is "file:line" of the row that made the record.
	Source string
}

// ActorAt returns the entry's actor code on date (YYYY-MM-DD; empty means
// today) and the title of the role that gives it. For a person the latest
// begun role covering the date wins; outside every role, the `actor`
// column, else the bare country code.
func (e *Entry) ActorAt(date string) (actor, title string) {
	if e.Kind != Person {
		return e.Actor, ""
	}
	if date == "" {
		date = time.Now().Format(time.DateOnly)
	}
	var best *Role
	for i := range e.Roles {
		r := &e.Roles[i]
		if r.Covers(date) && (best == nil || r.From > best.From) {
			best = r
		}
	}
	if best != nil {
		return best.Actor, best.Title
	}
	if e.Actor != "" {
		return e.Actor, ""
	}
	return e.Country, ""
}

// RolePhrase is one row of roles.tsv: a role noun or phrase.
type RolePhrase struct {
	Phrase string
	Lang   string
	Agent  string // CAMEO role code: GOV, MIL, COP ...
	Title  string // office key for one holder, else empty
	Group  bool   // kind == group
	Units  []string
}

// Lexicon is the loaded, indexed lexicon.
type Lexicon struct {
	Entries []*Entry
	byID    map[string]*Entry
	// names indexes every name by the key of its first unit.
	names map[string][]*NameRef
	// fuzzy indexes person names by the skeletons of their units.
	fuzzy map[string][]*NameRef
	// fuzzyFirst holds the skeletons of the first words of fuzzy keys.
	fuzzyFirst map[string]bool
	// pairs holds the refs of two units or more by their first two keys.
	pairs map[[2]string]*[3][]*NameRef
	// seconds numbers the second keys of pairs from 1 (start.pairs).
	seconds map[string]int32
	// starts holds the first keys of every index, with the one-unit refs
	// of each (one look-up per key when matching).
	starts map[string]start
	// demIndex indexes the derived demonym forms of countries.
	demIndex map[string][]*NameRef
	// roleIndex indexes the role phrases.
	roleIndex map[string][]*NameRef
	// byCode maps ISO and CAMEO codes to country entries.
	byCode map[string]*Entry
	// Roles holds the role phrases of roles.tsv.
	Roles []*RolePhrase
	// holders maps an office (title and OfficeKey of the role's actor)
	// to the roles that hold it, with their persons.
	holders   map[office][]heldRole
	firstName map[string]bool // folded first words of person names
	// Warnings collects non-fatal problems met while loading.
	Warnings []string
}

// office is a title of one body: the key of Lexicon.holders.
type office struct{ title, key string }

// heldRole is one dated role holding an office.
type heldRole struct {
	entry *Entry
	role  *Role
}

// start is what the index holds for a first key.
type start struct {
	// mask has bit 1 << Set for each index with a name beginning here.
	mask uint8
	// multi: some name of two units or more begins here (see pairs).
	multi bool
	// single holds the one-unit refs of each index (by Set), or nil.
	single *[3][]*NameRef
	// pairs holds the pairs beginning here (as Lexicon.pairs), by the id
	// of their second key (Lexicon.seconds).
	pairs []pairRefs
}

// pairRefs are the refs of a pair whose second key has the id second.
type pairRefs struct {
	second int32
	refs   *[3][]*NameRef
}

// pairOf returns the refs of the pair of st's key and the fold of word
// next (made by l's NewWord), or nil.
func (st *start) pairOf(next *Word) *[3][]*NameRef {
	id := next.second
	if id == 0 {
		return nil
	}
	for i := range st.pairs {
		if st.pairs[i].second == id {
			return st.pairs[i].refs
		}
	}
	return nil
}

// ByID returns the entry with the id, or nil.
func (l *Lexicon) ByID(id string) *Entry { return l.byID[id] }

// Country returns the country entry with the ISO or CAMEO code, or nil.
func (l *Lexicon) Country(code string) *Entry { return l.byCode[strings.ToUpper(code)] }

// IsFirstName reports whether the folded word begins some person's name.
func (l *Lexicon) IsFirstName(w string) bool { return l.firstName[w] }

// Holder returns the person who holds the office title of the actor key
// on date, or nil when none or more than one does. Offices are keyed by
// the actor code of the role (OfficeKey), not by the holder's nationality:
// key is an ISO or CAMEO country code ("RUS", "XKX"; for a territory whose
// CAMEO code is its parent state's, such as Northern Cyprus, its SEP
// offices), an IGO/NGO body code ("IGOUNO", "IGOWSTNAT"), or any actor
// code, read by its OfficeKey ("RUSGOV" → "RUS").
func (l *Lexicon) Holder(title, key, date string) *Entry {
	if date == "" {
		date = time.Now().Format(time.DateOnly)
	}
	key = l.queryKey(key)
	var found *Entry
	for _, h := range l.holders[office{title, key}] {
		if h.role.Covers(date) {
			if found != nil && found != h.entry {
				return nil
			}
			found = h.entry
		}
	}
	return found
}

// OfficeKey returns the key of the body whose office a role's actor code
// names: the whole code for an international body (IGO, NGO, MNC: IGOUNO,
// IGOUNOHLH, IGOWSTNAT are different bodies), else the three-letter
// country code, followed by SEP for a separatist authority (CYPSEP, the
// offices of Northern Cyprus, are not Cyprus's).
func OfficeKey(actor string) string {
	actor = strings.ToUpper(actor)
	if len(actor) < 3 {
		return actor
	}
	switch actor[:3] {
	case "IGO", "NGO", "MNC":
		return actor
	}
	if strings.HasPrefix(actor[3:], "SEP") {
		return actor[:6]
	}
	return actor[:3]
}

// queryKey reads Holder's key: a country's ISO code becomes its CAMEO
// code, or its parent's code + SEP for a territory CAMEO codes under
// another state; other codes become their OfficeKey.
func (l *Lexicon) queryKey(key string) string {
	key = strings.ToUpper(key)
	if len(key) != 3 {
		return OfficeKey(key)
	}
	e := l.byCode[key]
	if e == nil {
		return key
	}
	if p := l.byCode[e.Code]; e.Code != e.Country && p != nil && p != e {
		return e.Code + "SEP"
	}
	return e.Code
}

// Stats summarises the lexicon's coverage.
type Stats struct {
	ByKind        map[Kind]int
	Names         int
	ArabicNames   int
	EnglishNames  int
	Demonyms      int
	Roles         int
	DatedRoles    int
	WithCoords    int
	RolePhrases   int
	PersonsNoAr   int
	CountriesNoAr int
}

// Stats counts entries, names and roles.
func (l *Lexicon) Stats() Stats {
	s := Stats{ByKind: map[Kind]int{}}
	for _, e := range l.Entries {
		s.ByKind[e.Kind]++
		hasAr := false
		for _, n := range e.Names {
			s.Names++
			if IsArabic(Fold(n)) {
				s.ArabicNames++
				hasAr = true
			} else {
				s.EnglishNames++
			}
		}
		s.DatedRoles += len(e.Roles)
		if e.HasCoord {
			s.WithCoords++
		}
		if !hasAr && e.Kind == Person {
			s.PersonsNoAr++
		}
		if !hasAr && e.Kind == Country {
			s.CountriesNoAr++
		}
	}
	for _, rs := range l.demIndex {
		s.Demonyms += len(rs)
	}
	s.RolePhrases = len(l.Roles)
	return s
}

// String prints the stats one figure a line.
func (s Stats) String() string {
	var b strings.Builder
	kinds := make([]string, 0, len(s.ByKind))
	for k := range s.ByKind {
		kinds = append(kinds, string(k))
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Fprintf(&b, "%-22s %d\n", k+" records", s.ByKind[Kind(k)])
	}
	fmt.Fprintf(&b, "%-22s %d (Arabic %d, English %d)\n", "names", s.Names, s.ArabicNames, s.EnglishNames)
	fmt.Fprintf(&b, "%-22s %d\n", "demonym forms", s.Demonyms)
	fmt.Fprintf(&b, "%-22s %d\n", "dated roles", s.DatedRoles)
	fmt.Fprintf(&b, "%-22s %d\n", "role phrases", s.RolePhrases)
	fmt.Fprintf(&b, "%-22s %d\n", "with coordinates", s.WithCoords)
	fmt.Fprintf(&b, "%-22s %d\n", "persons without Arabic", s.PersonsNoAr)
	fmt.Fprintf(&b, "%-22s %d\n", "countries without Ar.", s.CountriesNoAr)
	return b.String()
}
