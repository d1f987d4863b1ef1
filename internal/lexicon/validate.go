package lexicon

import (
	"fmt"
	"sort"
	"strings"
)

// Validate checks the embedded files and the overlays: rows that cannot
// be read (bad syntax, dates, coordinates, kinds), records defined twice,
// one name given to records with conflicting codes, a person's dated roles
// that overlap for the same office, two people holding one single-holder
// office of a country at the same time, and role titles that roles.tsv
// does not define. It returns the problems sorted by place.
func Validate(overlays ...string) ([]Problem, error) {
	rows, probs, err := ReadAll(overlays...)
	if err != nil {
		return nil, err
	}
	return append(probs, ValidateRows(rows)...), nil
}

// ValidateRows checks rows already read (see Validate).
func ValidateRows(rows []Row) []Problem {
	var probs []Problem
	add := func(where, format string, a ...any) {
		probs = append(probs, Problem{where, fmt.Sprintf(format, a...)})
	}
	var entries []*Entry
	titles := map[string]bool{}
	seenRole := map[string]string{}
	for _, row := range rows {
		if row.Kind == "roles" {
			rp, err := parseRolePhrase(row)
			if err != nil {
				add(row.Where(), "%v", err)
				continue
			}
			if rp.Lang != "ar" && rp.Lang != "en" {
				add(row.Where(), "lang %q: want ar or en", rp.Lang)
			}
			if rp.Agent == "" {
				add(row.Where(), "role phrase %q has no agent code", rp.Phrase)
			}
			k := rp.Lang + "\t" + FoldKey(rp.Phrase)
			if w, dup := seenRole[k]; dup {
				add(row.Where(), "role phrase %q repeats %s", rp.Phrase, w)
			}
			seenRole[k] = row.Where()
			if rp.Title != "" {
				titles[rp.Title] = true
			}
			continue
		}
		e, err := parseEntry(row)
		if err != nil {
			add(row.Where(), "%v", err)
			continue
		}
		for _, c := range []string{e.Code, e.Actor} {
			if c != "" && !validCode(c) {
				add(row.Where(), "actor code %q is not letters", c)
			}
		}
		for _, n := range e.Names {
			if strings.TrimSpace(n) != n || n == "-" || strings.EqualFold(n, "null") {
				add(row.Where(), "bad name cell %q", n)
			}
		}
		entries = append(entries, e)
	}
	// records defined twice (within the embedded files; an overlay may
	// override on purpose, which Load does)
	byID := map[string]*Entry{}
	for _, e := range entries {
		if old, ok := byID[e.ID]; ok && sameOrigin(old.Source, e.Source) {
			add(e.Source, "%s is defined again (first at %s)", e.ID, old.Source)
			continue
		}
		byID[e.ID] = e
	}
	// one name, conflicting codes, within a kind
	type named struct {
		e    *Entry
		code string
	}
	byName := map[string][]named{}
	for _, e := range entries {
		if byID[e.ID] != e {
			continue
		}
		code := e.Actor
		if e.Kind == Person {
			code = e.Country
		}
		for _, n := range e.Names {
			k := string(e.Kind) + "\t" + FoldKey(n)
			byName[k] = append(byName[k], named{e, code})
		}
	}
	keys := make([]string, 0, len(byName))
	for k := range byName {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		ns := byName[k]
		for _, x := range ns[1:] {
			if x.e != ns[0].e && x.code != ns[0].code && x.e.Kind != Place {
				add(x.e.Source, "name %q also names %s (%s) with code %s, not %s", strings.SplitN(k, "\t", 2)[1],
					ns[0].e.ID, ns[0].e.Source, ns[0].code, x.code)
			}
		}
	}
	// dated roles
	holders := map[string][]roleOf{}
	for _, e := range entries {
		if byID[e.ID] != e {
			continue
		}
		if e.Kind != Person {
			continue
		}
		for i, r := range e.Roles {
			if r.Title != "" && len(titles) > 0 && !titles[r.Title] {
				add(e.Source, "%s: role title %q is not in roles.tsv", e.Name, r.Title)
			}
			for _, q := range e.Roles[i+1:] {
				if q.Title == r.Title && q.Actor == r.Actor && overlap(r, q) {
					add(e.Source, "%s: roles %s and %s overlap", e.Name, fmtRole(r), fmtRole(q))
				}
			}
			if singleHolder[r.Title] || (singleHolderBody[r.Title] && isBody(r.Actor)) {
				k := r.Title + "\t" + OfficeKey(r.Actor)
				holders[k] = append(holders[k], roleOf{e, r})
			}
		}
	}
	hk := make([]string, 0, len(holders))
	for k := range holders {
		hk = append(hk, k)
	}
	sort.Strings(hk)
	for _, k := range hk {
		hs := holders[k]
		for i, a := range hs {
			for _, b := range hs[i+1:] {
				if a.e != b.e && overlapInside(a.r, b.r) {
					add(b.e.Source, "%s and %s both hold %s of %s (%s, %s)", a.e.Name, b.e.Name, a.r.Title, OfficeKey(a.r.Actor),
						fmtRole(a.r), fmtRole(b.r))
				}
			}
		}
	}
	sort.SliceStable(probs, func(i, j int) bool { return probs[i].Where < probs[j].Where })
	return probs
}

type roleOf struct {
	e *Entry
	r Role
}

// singleHolder are offices one person holds at a time in a state or body
// (keyed by OfficeKey of the role's actor).
var singleHolder = map[string]bool{"head_of_state": true, "head_of_government": true, "foreign_minister": true,
	"defence_minister": true, "interior_minister": true, "finance_minister": true}

// singleHolderBody are offices one person holds at a time in an
// international body (a state has several secretaries-general: of
// parties, of movements).
var singleHolderBody = map[string]bool{"secretary_general": true, "commission_president": true,
	"council_president": true, "high_representative": true}

// isBody reports whether the actor code is an international body's.
func isBody(actor string) bool {
	return strings.HasPrefix(actor, "IGO") || strings.HasPrefix(actor, "NGO")
}

func overlap(a, b Role) bool {
	aTo, bTo := a.To, b.To
	if aTo == "" {
		aTo = "9999-12-31"
	}
	if bTo == "" {
		bTo = "9999-12-31"
	}
	return a.From < bTo && b.From < aTo
}

// overlapInside is overlap with a grace at the hand-over: one term ends
// the day the next begins, or the two share only the month of a
// hand-over dated to the month (YYYY-MM reads as the month's first day
// for FROM and its last for TO), where the holder is rightly unknown.
func overlapInside(a, b Role) bool {
	if !overlap(a, b) {
		return false
	}
	if (a.To != "" && a.To == b.From) || (b.To != "" && b.To == a.From) {
		return false
	}
	from, to := a.From, b.To // the later start, the earlier end
	if b.From > from {
		from = b.From
	}
	if to == "" || (a.To != "" && a.To < to) {
		to = a.To
	}
	if len(from) == 10 && len(to) == 10 && from[:7] == to[:7] && (strings.HasSuffix(from, "-01") || strings.HasSuffix(to, "-31")) {
		return false
	}
	return true
}

func fmtRole(r Role) string { return fmt.Sprintf("%s@%s..%s", r.Actor, r.From, r.To) }

func validCode(c string) bool {
	for _, r := range c {
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

// sameOrigin reports whether two sources are both embedded data files.
func sameOrigin(a, b string) bool {
	return strings.HasPrefix(a, "data/") == strings.HasPrefix(b, "data/")
}
