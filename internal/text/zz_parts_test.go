package text
import ("testing";"os";"github.com/dyad-news/dyad/internal/doc";"github.com/dyad-news/dyad/internal/text/arabic")
func loadSeed(b *testing.B) string { t,_ := os.ReadFile("../../testdata/seed-xi-lavrov.txt"); return string(t) }
func BenchmarkPartCal(b *testing.B){ s := loadSeed(b); n:=0; for b.Loop() { for _, r := range s { if r > 0x600 {n++} } }; _ = n }
func BenchmarkPartTokenize(b *testing.B){ s := loadSeed(b); var src Source; var toks []doc.Token
 for b.Loop() { src.Reset(s); toks = UnicodeTokenizer{}.Tokenize(&src, 0, len(src.Runes), toks[:0]) } }
func BenchmarkPartFilter(b *testing.B){ s := loadSeed(b); var src Source; src.Reset(s); toks := UnicodeTokenizer{}.Tokenize(&src, 0, len(src.Runes), nil)
 b.Logf("%d tokens", len(toks))
 for b.Loop() { a := &Arena{Buf: make([]byte,0,len(s)/2)}; ArabicFilter{}.Filter(toks, a) } }
func BenchmarkPartNormalize(b *testing.B){ s := loadSeed(b); var src Source; src.Reset(s); toks := UnicodeTokenizer{}.Tokenize(&src, 0, len(src.Runes), nil)
 buf := make([]byte, 0, len(s)); for b.Loop() { buf = buf[:0]; for i := range toks { if !arabic.IsNormal(toks[i].Text) { buf = arabic.AppendNormalize(buf, toks[i].Text) } } } }
func BenchmarkPartSegment(b *testing.B){ s := loadSeed(b); var src Source; src.Reset(s); toks := UnicodeTokenizer{}.Tokenize(&src, 0, len(src.Runes), nil)
 ns := make([]string, len(toks)); for i := range toks { ns[i] = arabic.Normalize(toks[i].Text) }
 for b.Loop() { for i := range toks { arabic.SegmentWord(toks[i].Text, ns[i]) } } }
