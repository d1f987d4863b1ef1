// Command train fits dyad's Arabic NER tagger (internal/entity/ner) on
// ANERCorp and writes the model file.
//
//	go run ./internal/entity/ner/train -data ../shared/data/anercorp/train.conll \
//	    -out internal/entity/ner/model/ner.tsv.gz -held /tmp/held.conll
//
// The last -heldout fraction of the sentences (default 10%) is kept
// apart: the tool scores the tagger on it and can write it with -held.
// With -all, the model is then retrained on every sentence.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/dyad-news/dyad/internal/entity/ner"
	"github.com/dyad-news/dyad/internal/lexicon"
)

func main() {
	data := flag.String("data", "../shared/data/anercorp/train.conll", "ANERCorp training CoNLL file")
	out := flag.String("out", "", "model file to write (gzip TSV); empty: do not write")
	held := flag.String("held", "", "write the held-out sentences to this CoNLL file")
	frac := flag.Float64("heldout", 0.1, "fraction of sentences, at the end, held out")
	epochs := flag.Int("epochs", 10, "training epochs")
	prune := flag.Float64("prune", 0.05, "drop weights smaller than this in magnitude")
	all := flag.Bool("all", false, "after scoring, retrain on all sentences for the written model")
	flag.Parse()
	if err := run(*data, *out, *held, *frac, *epochs, float32(*prune), *all); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(data, out, held string, frac float64, epochs int, prune float32, all bool) error {
	f, err := os.Open(data)
	if err != nil {
		return fmt.Errorf("open data: %w", err)
	}
	ss, err := ner.ReadConll(f)
	f.Close()
	if err != nil {
		return err
	}
	cut := len(ss) - int(float64(len(ss))*frac)
	train, test := ss[:cut], ss[cut:]
	fmt.Fprintf(os.Stderr, "%d sentences: %d train, %d held out\n", len(ss), len(train), len(test))
	if held != "" {
		hf, err := os.Create(held)
		if err != nil {
			return fmt.Errorf("held-out file: %w", err)
		}
		if err := ner.WriteConll(hf, test); err != nil {
			hf.Close()
			return err
		}
		if err := hf.Close(); err != nil {
			return fmt.Errorf("held-out file: %w", err)
		}
	}
	lex, err := lexicon.Default()
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	g := ner.NewGazetteer(lex)
	logf := func(s string) { fmt.Fprintln(os.Stderr, s) }
	t0 := time.Now()
	m := ner.Train(train, g, ner.TrainOptions{Epochs: epochs, Log: logf})
	fmt.Fprintf(os.Stderr, "trained in %v\n", time.Since(t0).Round(time.Millisecond))
	// score the pruned model, as it will be written
	m = ner.Prune(m, prune)
	tg := ner.NewTagger(m, g)
	var gold, pred [][]int
	for _, s := range test {
		gold = append(gold, s.Tags)
		pred = append(pred, tg.Tag(s.Toks))
	}
	fmt.Printf("held-out (last %d sentences), exact-span mentions:\n%s", len(test), ner.FormatScores(ner.Score(gold, pred)))
	if out == "" {
		return nil
	}
	ntrain := len(train)
	if all {
		m = ner.Prune(ner.Train(ss, g, ner.TrainOptions{Epochs: epochs, Log: logf}), prune)
		ntrain = len(ss)
	}
	header := []string{
		"dyad Arabic NER model: averaged perceptron, BIO tags, Viterbi (internal/entity/ner).",
		"Trained on ANERCorp (Yassine Benajiba; Benajiba, Rosso and Benedi Ruiz, \"ANERsys: An Arabic",
		"Named Entity Recognition System Based on Maximum Entropy\", CICLing 2007), training split as",
		"released by CAMeL Lab (NYU Abu Dhabi). Licence: CC BY-SA 4.0",
		"(https://creativecommons.org/licenses/by-sa/4.0/). This model is a derived work and is",
		"shared under the same licence, CC BY-SA 4.0.",
		fmt.Sprintf("Sentences used: %d of %d (%d epochs, |w| < %g pruned). Gazetteer: dyad lexicon.", ntrain, len(ss), epochs, prune),
	}
	of, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("model file: %w", err)
	}
	if err := m.Write(of, header, prune); err != nil {
		of.Close()
		return err
	}
	if err := of.Close(); err != nil {
		return fmt.Errorf("model file: %w", err)
	}
	st, _ := os.Stat(out)
	fmt.Fprintf(os.Stderr, "wrote %s (%d bytes, %d properties)\n", out, st.Size(), len(m.W))
	return nil
}
