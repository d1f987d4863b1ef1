package timex

import (
	"fmt"
	"time"
)

// Weekday reference modes.
type weekMode uint8

const (
	// onOrBefore is the most recent such day on or before publication.
	onOrBefore weekMode = iota
	// strictBefore is the most recent such day before publication ("last").
	strictBefore
	// strictAfter is the next such day after publication ("next").
	strictAfter
	// onOrAfter is the next such day on or after publication (future tense).
	onOrAfter
)

func fmtDay(t time.Time) string { return t.Format("2006-01-02") }

func fmtMonth(y, m int) string { return fmt.Sprintf("%04d-%02d", y, m) }

func fmtYear(y int) string { return fmt.Sprintf("%04d", y) }

func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// weekday resolves a weekday against the publication day.
func weekday(pub time.Time, wd time.Weekday, mode weekMode) time.Time {
	back := (int(pub.Weekday()) - int(wd) + 7) % 7
	fwd := (int(wd) - int(pub.Weekday()) + 7) % 7
	switch mode {
	case strictBefore:
		if back == 0 {
			back = 7
		}
		return pub.AddDate(0, 0, -back)
	case strictAfter:
		if fwd == 0 {
			fwd = 7
		}
		return pub.AddDate(0, 0, fwd)
	case onOrAfter:
		return pub.AddDate(0, 0, fwd)
	}
	return pub.AddDate(0, 0, -back)
}

// monthOffset returns the month k months from the publication month.
func monthOffset(pub time.Time, k int) string {
	t := time.Date(pub.Year(), pub.Month()+time.Month(k), 1, 0, 0, 0, 0, time.UTC)
	return fmtMonth(t.Year(), int(t.Month()))
}

// yearOfMonth picks the year of a month named without one: with dir < 0
// the last such month before the publication month, with dir > 0 the next
// one after it; otherwise the publication month itself, one of the two
// months after it (news announces near events: "the Dec. 12 election" in
// November), or else the most recent past one.
func yearOfMonth(pub time.Time, month, dir int) int {
	y, pm := pub.Year(), int(pub.Month())
	switch {
	case dir < 0:
		if month >= pm {
			return y - 1
		}
		return y
	case dir == 3: // future tense: this month or the next such one
		if month < pm {
			return y + 1
		}
		return y
	case dir > 0:
		if month <= pm {
			return y + 1
		}
		return y
	}
	fwd := (month - pm + 12) % 12
	switch {
	case fwd == 0:
		return y
	case fwd <= 2:
		if month < pm {
			return y + 1
		}
		return y
	case month > pm:
		return y - 1
	}
	return y
}

// validDate reports whether y-m-d is a real Gregorian date.
func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}

// hijriToGregorian converts a date of the tabular Islamic calendar (civil
// epoch, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of each
// 30-year cycle) to the Gregorian calendar. Observed dates may differ by a
// day or two.
func hijriToGregorian(y, m, d int) time.Time {
	jdn := d + (295*(m-1)+9)/10 + (y-1)*354 + (3+11*y)/30 + 1948439
	// 2440588 is the Julian day number of 1970-01-01.
	return time.Unix(int64(jdn-2440588)*86400, 0).UTC()
}
