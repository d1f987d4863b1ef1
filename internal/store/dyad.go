package store

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"time"
)

// Dyad aggregates the events between actors a and b, in both directions,
// per day or ISO week.
func (s *sqlStore) Dyad(ctx context.Context, a, b, period string, f Filter) ([]DyadPoint, error) {
	if a == "" || b == "" {
		return nil, fmt.Errorf("store: a dyad needs two actors")
	}
	w := s.eventWhere(f)
	sa, saArgs := s.prefix("e.src_actor", a)
	tb, tbArgs := s.prefix("e.tgt_actor", b)
	sb, sbArgs := s.prefix("e.src_actor", b)
	ta, taArgs := s.prefix("e.tgt_actor", a)
	w.add("(("+sa+" AND "+tb+") OR ("+sb+" AND "+ta+"))", slices.Concat(saArgs, tbArgs, sbArgs, taArgs)...)
	w.add("e.date <> ''")
	rows, err := s.query(ctx, `SELECT e.date, e.quad, e.goldstein`+eventsFrom(f)+w.sql(), w.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	points := map[string]*DyadPoint{}
	for rows.Next() {
		var date string
		var quad int
		var g float64
		if err := rows.Scan(&date, &quad, &g); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		key := periodOf(date, period)
		p := points[key]
		if p == nil {
			p = &DyadPoint{Period: key}
			points[key] = p
		}
		switch quad {
		case 1:
			p.VerbalCoop++
		case 2:
			p.MaterialCoop++
		case 3:
			p.VerbalConf++
		case 4:
			p.MaterialConf++
		}
		p.Events++
		p.Goldstein += g
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	out := make([]DyadPoint, 0, len(points))
	for _, p := range points {
		p.Goldstein /= float64(p.Events)
		out = append(out, *p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Period < out[j].Period })
	return out, nil
}

// periodOf maps a date (YYYY-MM-DD, or shorter) to its day or ISO week.
func periodOf(date, period string) string {
	if period != "week" {
		return date
	}
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return date
	}
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// Network returns the actor pairs with the most events, as directed edges
// between actor codes.
func (s *sqlStore) Network(ctx context.Context, f Filter, limit int) ([]Edge, error) {
	if limit <= 0 || limit > 500 {
		limit = 100
	}
	w := s.eventWhere(f)
	w.add("e.src_actor <> '' AND e.tgt_actor <> ''")
	rows, err := s.query(ctx, `SELECT e.src_actor, e.tgt_actor, COUNT(*), AVG(e.goldstein)`+eventsFrom(f)+
		w.sql()+` GROUP BY e.src_actor, e.tgt_actor ORDER BY 3 DESC, 1, 2 LIMIT ?`, append(w.args, limit)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []Edge{}
	for rows.Next() {
		var e Edge
		if err := rows.Scan(&e.Source, &e.Target, &e.Events, &e.Goldstein); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
