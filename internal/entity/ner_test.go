package entity

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/dyad-news/dyad/internal/lexicon"
)

// TestNERPass checks that the tagger adds an Arabic name outside the
// lexicon, after its proclitics, and stays off when NER is nil.
func TestNERPass(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	s := New(lex)
	if s.NER == nil {
		t.Fatal("the embedded NER model did not load")
	}
	text := "وقال المهندس كريم الزبيدي إن الأمطار غمرت شوارع المدينة ."
	has := func(ents []struct{ name, typ string }, name, typ string) bool {
		for _, e := range ents {
			if e.name == name && e.typ == typ {
				return true
			}
		}
		return false
	}
	list := func(st *Stage) []struct{ name, typ string } {
		var out []struct{ name, typ string }
		for _, e := range st.Recognize(text, "ar", "2024-01-01") {
			out = append(out, struct{ name, typ string }{e.Name, e.Type})
		}
		return out
	}
	on := list(s)
	if !has(on, "كريم الزبيدي", "PER") {
		t.Errorf("with NER: %v, want كريم الزبيدي PER", on)
	}
	s.NER = nil
	if off := list(s); has(off, "كريم الزبيدي", "PER") {
		t.Errorf("without NER: %v", off)
	}
}

// BenchmarkRecognizeSeedNoNER is BenchmarkRecognizeSeed with the NER
// tagger off: the difference is the tagger's cost in the stage.
func BenchmarkRecognizeSeedNoNER(b *testing.B) {
	_, file, _, _ := runtime.Caller(0)
	raw, err := os.ReadFile(filepath.Join(filepath.Dir(file), "..", "..", "testdata", "seed-xi-lavrov.txt"))
	if err != nil {
		b.Skip(err)
	}
	lex, err := lexicon.Default()
	if err != nil {
		b.Fatal(err)
	}
	st := New(lex)
	st.NER = nil
	text := string(raw)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	for i := 0; i < b.N; i++ {
		st.Recognize(text, "ar", "2024-04-09")
	}
	if cpu := cpuSeconds() - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu, "articles/cpu-s")
	}
}
