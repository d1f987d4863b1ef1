package event

import (
	"context"
	"testing"

	"github.com/dyad-news/dyad/internal/doc"
)

const benchAR = `التقى الرئيس الصيني شي جين بينغ مع وزير الخارجية الروسي سيرجي لافروف يوم الثلاثاء وسط غزو موسكو لأوكرانيا.
ورغم أن الصين لم تقدم دعماً عسكرياً مباشراً لروسيا، فقد دعمتها دبلوماسياً. ووصل لافروف إلى الصين يوم الاثنين.
وأجرت الصين وروسيا مناورات عسكرية مشتركة. وقبل أسابيع فقط من غزو روسيا لأوكرانيا، زار بوتين بكين، ووقع الطرفان اتفاقاً.
وفي مكالمة هاتفية الأسبوع الماضي مع الزعيم الصيني شي جين بينغ، ضغط الرئيس الأمريكي جوزيف بايدن على الصين. ودعا بكين إلى ممارسة نفوذها.`

const benchEN = `U.S. Defense Secretary Esper on Wednesday accused China of using coercion. He urged Vietnam and others to push back.
Esper met with several officials and paid a visit to Hanoi. China did not supply weapons to Russia.
Washington imposed sanctions on Iran. The Kremlin condemned Washington. Putin will visit China next month.`

// BenchmarkEventStage measures the stage alone on analysed documents
// with entities (articles/s is reported as a custom metric).
func BenchmarkEventStage(b *testing.B) {
	st, err := New(Options{}, "")
	if err != nil {
		b.Fatal(err)
	}
	docs := []*doc.Document{mkDoc("ar", benchAR), mkDoc("en", benchEN)}
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := docs[i%2]
		if err := st.Process(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
