package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"sort"

	"github.com/dyad-news/dyad/internal/eval"
)

func init() {
	Register(Command{Name: "eval", Short: "score coded JSON Lines against gold files or a CoNLL file", Run: runEval})
}

const evalHelp = `Scores coded documents (the JSON Lines that 'dyad code' prints).

With --gold DIR, it compares them with DIR/*.gold.json by exactly the rules
of the reference scorer score.py (entities, quotes, events, dates and the
clean checks; see FORMAT.md) and prints the same lines.

With --conll FILE, it scores mention-level named entity recognition: FILE
holds TOKEN<TAB>BIO-TAG lines with blank lines between sentences; the
predicted document is the one coded from 'dyad eval --conll FILE --text'
(tokens joined by spaces, one sentence per line). Exact-span precision,
recall and F1 per type.`

func runEval(_ context.Context, args []string, env Env) int {
	fs := newFlags("eval", "(--gold DIR | --conll FILE) PRED.jsonl", evalHelp, env)
	gold := fs.String("gold", "", "folder of <doc>.gold.json files")
	conll := fs.String("conll", "", "CoNLL file of tagged tokens")
	asText := fs.Bool("text", false, "with --conll: print the CoNLL text as one JSON Lines document to code, and stop")
	verbose := fs.Bool("verbose", false, "list every miss and false alarm per document")
	asJSON := fs.Bool("json", false, "print the result as JSON")
	if ok, st := parseFlags(fs, args); !ok {
		return st
	}
	if (*gold == "") == (*conll == "") {
		fmt.Fprintln(env.Stderr, "dyad eval: give exactly one of --gold DIR or --conll FILE")
		return ExitUsage
	}
	if *conll != "" {
		return evalConll(env, *conll, fs.Args(), *asText, *asJSON)
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(env.Stderr, "dyad eval: give one PRED.jsonl file")
		return ExitUsage
	}
	golds, err := eval.LoadGold(*gold)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad eval: %v\n", err)
		return ExitFailed
	}
	preds, err := readPredFile(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad eval: %v\n", err)
		return ExitUsage
	}
	res := eval.Score(golds, preds)
	if *verbose {
		ids := make([]string, 0, len(res.Log))
		for id := range res.Log {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			fmt.Fprintf(env.Stdout, "== %s\n", id)
			for _, l := range res.Log[id] {
				fmt.Fprintf(env.Stdout, "  %s\n", l)
			}
		}
	}
	if *asJSON {
		b, _ := json.Marshal(res.JSON())
		fmt.Fprintln(env.Stdout, string(b))
	} else {
		fmt.Fprint(env.Stdout, res.Summary())
	}
	return ExitOK
}

func readPredFile(path string) (map[string]eval.Pred, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	preds, err := eval.ReadPreds(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return preds, nil
}

func evalConll(env Env, path string, args []string, asText, asJSON bool) int {
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad eval: %v\n", err)
		return ExitFailed
	}
	gold, err := eval.ReadConll(f)
	f.Close()
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad eval: %s: %v\n", path, err)
		return ExitFailed
	}
	if asText {
		b, _ := json.Marshal(map[string]string{"id": "conll", "text": gold.Text})
		fmt.Fprintln(env.Stdout, string(b))
		return ExitOK
	}
	if len(args) != 1 {
		fmt.Fprintln(env.Stderr, "dyad eval: give one PRED.jsonl file")
		return ExitUsage
	}
	preds, err := readPredFile(args[0])
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad eval: %v\n", err)
		return ExitUsage
	}
	var spans []eval.TypedSpan
	var text string
	for _, p := range preds {
		text, _ = p["text"].(string)
		for _, e := range listOf(p["entities"]) {
			em, _ := e.(map[string]any)
			typ, _ := em["type"].(string)
			for _, m := range listOf(em["mentions"]) {
				mm, _ := m.(map[string]any)
				s, _ := mm["start"].(float64)
				en, _ := mm["end"].(float64)
				spans = append(spans, eval.TypedSpan{Start: int(s), End: int(en), Type: typ})
			}
		}
		break // one document: the CoNLL text
	}
	res := eval.ScoreMentions(gold, text, spans)
	if asJSON {
		out := map[string]any{}
		for k, t := range res {
			p, r, f1 := t.PRF()
			out[k] = map[string]any{"precision": p, "recall": r, "f1": f1, "tp": t.TP, "fp": t.FP, "fn": t.FN}
		}
		b, _ := json.Marshal(out)
		fmt.Fprintln(env.Stdout, string(b))
		return ExitOK
	}
	for _, k := range eval.Types(res) {
		t := res[k]
		p, r, f1 := t.PRF()
		fmt.Fprintf(env.Stdout, "%-5s P=%.3f R=%.3f F1=%.3f  (tp %d, fp %d, fn %d)\n", k, p, r, f1, t.TP, t.FP, t.FN)
	}
	return ExitOK
}

func listOf(x any) []any {
	l, _ := x.([]any)
	return l
}
