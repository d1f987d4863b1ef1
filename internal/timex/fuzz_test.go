package timex

import (
	"testing"

	"github.com/dyad-news/dyad/internal/doc"
)

// FuzzFind checks that Find never panics, that every span is in the
// text, in order, and quotes it, and that no rule matches from a token
// Find skips.
func FuzzFind(f *testing.F) {
	f.Add("التقى الوزيران يوم الثلاثاء 9 نيسان/أبريل 2024 في وقت سابق من الأسبوع الماضي.", pub)
	f.Add("On Tuesday, Nov. 19, 2019, two days ago, in 1 رمضان 1445هـ 31/02/2023 2019-11-19", pub)
	f.Add("في الأول من", "")
	f.Add("late on", "2024-02-29")
	f.Fuzz(func(t *testing.T, text, published string) {
		got, err := Find(text, published)
		if err != nil {
			return
		}
		checkStarts(t, text, published)
		prev := 0
		for _, d := range got {
			if d.Start < prev || d.End <= d.Start {
				t.Fatalf("bad span [%d,%d) after %d", d.Start, d.End, prev)
			}
			if doc.Runes(text, d.Start, d.End) != d.Text {
				t.Fatalf("span [%d,%d) is not %q", d.Start, d.End, d.Text)
			}
			prev = d.End
		}
	})
}
