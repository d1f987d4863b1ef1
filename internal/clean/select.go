package clean

import "strings"

// selectLines decides which lines are kept: the best-scoring block, the
// headline lines just above it, and the title line; furniture inside the
// block is dropped and near-duplicate headlines are kept once.
func (c *Cleaner) selectLines(lines []line, buf *buffer) []bool {
	keep := make([]bool, len(lines))
	s, e, ok := bestBlock(lines)
	if !ok {
		// No prose at all: keep every text line.
		for i := range lines {
			keep[i] = lines[i].kind == kText
		}
		dedupeHeader(lines, keep)
		return keep
	}
	for i := s; i <= e; i++ {
		keep[i] = lines[i].kind == kText
	}
	takeHeader(lines, keep, s)
	for i := 0; i < s; i++ {
		if lines[i].isHeaderTarget && lines[i].kind == kText {
			keep[i] = true
			break
		}
	}
	dedupeHeader(lines, keep)
	return keep
}

// bestBlock returns the run of lines [s, e] with the largest total score
// (blank lines are neutral), and false when no run scores above zero.
func bestBlock(lines []line) (s, e int, ok bool) {
	best, cur := 0.0, 0.0
	start := -1
	for i := range lines {
		if lines[i].kind == kBlank {
			continue
		}
		if start < 0 {
			start = i
		}
		cur += lines[i].value
		if cur > best {
			best, s, e, ok = cur, start, i, true
		}
		if cur <= 0 {
			cur, start = 0, -1
		}
	}
	return s, e, ok
}

// takeHeader keeps the headline lines above the block starting at s: text
// lines of three words or more (or the known title), skipping furniture,
// until a short label, a stop line or a menu run.
func takeHeader(lines []line, keep []bool, s int) {
	taken, skipped := 0, 0
	for i := s - 1; i >= 0 && taken < headerMaxLines && skipped <= headerMaxSkip; i-- {
		ln := &lines[i]
		switch ln.kind {
		case kBlank:
			continue
		case kDrop:
			skipped++
			continue
		case kStop:
			return
		}
		if ln.words < 3 && !ln.isHeaderTarget {
			return
		}
		if ln.words <= 4 && !ln.endPunct && shortAbove(lines, i) {
			return // part of a menu of short labels
		}
		keep[i] = true
		taken++
	}
}

// shortAbove reports whether the nearest non-blank line above i is a short
// text label.
func shortAbove(lines []line, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch lines[j].kind {
		case kBlank:
			continue
		case kText:
			if lines[j].folded == lines[i].folded {
				continue // a repeat of the same headline
			}
			return lines[j].words <= 4 && !lines[j].endPunct
		}
		return false
	}
	return false
}

// dedupeHeader keeps one of near-duplicate headline lines at the top: in
// the lines kept before the first prose paragraph, a line whose words all
// occur in another such line is dropped (of equal ones, the first stays).
func dedupeHeader(lines []line, keep []bool) {
	var zone []int
	for i := range lines {
		if !keep[i] {
			continue
		}
		if lines[i].endPunct && lines[i].words >= 8 {
			break
		}
		zone = append(zone, i)
	}
	if len(zone) < 2 {
		return
	}
	sets := make([][]string, len(zone))
	for k, i := range zone {
		sets[k] = strings.Fields(lines[i].folded)
	}
	for a := range zone {
		for b := range zone {
			if a == b || !keep[zone[b]] {
				continue
			}
			if subset(sets[a], sets[b]) && (len(sets[a]) < len(sets[b]) || !subset(sets[b], sets[a]) || a > b) {
				keep[zone[a]] = false
				break
			}
		}
	}
}

// subset reports whether every word of a occurs in b.
func subset(a, b []string) bool {
	for _, w := range a {
		found := false
		for _, x := range b {
			if w == x {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}
