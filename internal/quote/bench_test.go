package quote

import (
	"context"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dyad-news/dyad/internal/doc"
	"github.com/dyad-news/dyad/internal/text"
)

// benchDocs returns analysed articles with entities: the dev corpus with
// its gold entities when ../shared is present, else articles put together
// from the patterns of TestQuotes.
func benchDocs(b *testing.B) []*doc.Document {
	if sh := sharedDir(); sh != "" {
		gs, texts, err := loadGold(filepath.Join(sh, "corpus", "dev"))
		if err == nil && len(gs) > 0 {
			var ds []*doc.Document
			for _, g := range gs {
				d := doc.New()
				d.ID, d.Lang, d.Text = g.Doc, g.Lang, texts[g.Doc]
				text.Analyze(d)
				oracleEntities(d, g)
				ds = append(ds, d)
			}
			return ds
		}
	}
	ar := strings.Repeat("وقال لافروف إن روسيا والصين تعارضان أي أحداث دولية لا تأخذ موقف روسيا في الاعتبار.\n"+
		"وقال إن “ما يسمى بصيغة السلام” التي طرحها الرئيس الأوكراني “منفصلة تماما عن أي حقائق”.\n"+
		"ووقع الطرفان اتفاقا يتعهد بعلاقة “بلا حدود” تجعل الصين تدعم خط روسيا، حتى مع الحث رسميا على إجراء محادثات سلام.\n", 8)
	en := strings.Repeat("“We will not accept attempts to assert unlawful maritime claims,” Esper said in a speech.\n"+
		"Esper announced that the U.S. will provide Vietnam’s coast guard with a surplus American ship. He said it would be provided next year.\n"+
		"Esper paid a visit to the prison, dubbed the “Hanoi Hilton” by American servicemen held there during the war.\n", 8)
	return []*doc.Document{
		makeDoc("ar", ar, lavrov, china, russia),
		makeDoc("en", en, esper, usa),
	}
}

// BenchmarkStage measures the quote stage alone on analysed articles with
// their entities (target: 5,000 articles/s per core).
func BenchmarkStage(b *testing.B) {
	ds := benchDocs(b)
	st := MustNew()
	ctx := context.Background()
	chars := 0
	for _, d := range ds {
		chars += len(d.Text)
	}
	b.SetBytes(int64(chars / len(ds)))
	b.ResetTimer()
	n := 0
	cpu0 := cpuTime()
	for b.Loop() {
		d := ds[n%len(ds)]
		if err := st.Process(ctx, d); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
	if cpu := cpuTime() - cpu0; cpu > 0 {
		// the same per CPU second of this process, which a busy machine
		// does not skew
		b.ReportMetric(float64(n)/cpu.Seconds(), "articles/cpu-s")
	}
}

// cpuTime is the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
