package entity

import (
	"os"
	"reflect"
	"sync"
	"testing"

	"github.com/dyad-news/dyad/internal/lexicon"
)

// TestTypeCacheSameOutput checks that the word-type cache changes no
// output: a cold stage, a warm one, ones whose cache generations are
// tiny, and one used by several goroutines at once give the same
// entities.
func TestTypeCacheSameOutput(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"التقى وزير الخارجية الروسي سيرجي لافروف نظيره الصيني وانغ يي في بكين. وقال لافروف إن العلاقات جيدة.",
		"وقال الرئيس الروسي فلاديمير بوتن إن سيرغي لافروف سيزور بكين، ودعا بكين إلى ممارسة نفوذها.",
		"Moscow said on Monday that the Kremlin would answer. US Defense Secretary Mark Esper met the Israeli army.",
		"",
	}
	if raw, err := os.ReadFile("../../testdata/seed-xi-lavrov.txt"); err == nil {
		texts = append(texts, string(raw), string(raw[:len(raw)/3]))
	}
	const date = "2024-04-09"
	cold := func() []any {
		var out []any
		for _, tx := range texts {
			out = append(out, New(lex).Recognize(tx, "", date))
		}
		return out
	}
	want := cold()

	warm := New(lex)
	for round := 0; round < 2; round++ {
		for i, tx := range texts {
			if got := warm.Recognize(tx, "", date); !reflect.DeepEqual(any(got), want[i]) {
				t.Errorf("warm cache, round %d, text %d: entities differ", round, i)
			}
		}
	}

	// generations of 0 and 7 types: every text new, or old often
	defer func(n int) { typeCacheGen = n }(typeCacheGen)
	for _, gen := range []int{0, 7} {
		typeCacheGen = gen
		small := New(lex)
		for round := 0; round < 2; round++ {
			for i, tx := range texts {
				if got := small.Recognize(tx, "", date); !reflect.DeepEqual(any(got), want[i]) {
					t.Errorf("generation of %d types, text %d: entities differ", gen, i)
				}
			}
		}
	}
	typeCacheGen = 1 << 14

	shared := New(lex)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 0; round < 3; round++ {
				for i := range texts {
					k := (i + g) % len(texts)
					if got := shared.Recognize(texts[k], "", date); !reflect.DeepEqual(any(got), want[k]) {
						t.Errorf("goroutine %d, text %d: entities differ", g, k)
					}
				}
			}
		}()
	}
	wg.Wait()
}
