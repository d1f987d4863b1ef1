package event
import ("testing";"unicode")
func TestP2FoldSame(t *testing.T){
	for r:=rune(0); r<=unicode.MaxRune+2; r++ { if arFoldRune(r)!=arFoldSlow(r){t.Fatalf("%U",r)} }
	for r:=rune(-3); r<0; r++ { if arFoldRune(r)!=arFoldSlow(r){t.Fatalf("%U",r)} }
}
