package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// ReadPreds reads coded documents, one JSON object per line, keyed by
// their "id" (a later line with the same id wins, as in score.py).
func ReadPreds(r io.Reader) (map[string]Pred, error) {
	preds := map[string]Pred{}
	br := bufio.NewReader(r)
	for n := 1; ; n++ {
		line, err := br.ReadString('\n')
		if s := strings.TrimSpace(line); s != "" {
			var d Pred
			if jerr := json.Unmarshal([]byte(s), &d); jerr != nil {
				return nil, fmt.Errorf("line %d is not JSON: %w", n, jerr)
			}
			preds[str(d["id"])] = d
		}
		if err == io.EOF {
			return preds, nil
		}
		if err != nil {
			return nil, fmt.Errorf("reading predictions: %w", err)
		}
	}
}

// JSON returns the result in score.py's --json shape.
func (r Result) JSON() map[string]any {
	out := map[string]any{"documents": r.Documents, "missing": r.Missing, "forbidden_events": r.Forbidden,
		"clean_checks_failed": r.CleanFailed, "clean_checks": r.CleanChecks}
	for k, t := range map[string]Tally{"entities": r.Entities, "quotes": r.Quotes, "events": r.Events, "dates": r.Dates} {
		p, rc, f := t.PRF()
		out[k] = map[string]any{"precision": round3(p), "recall": round3(rc), "f1": round3(f), "tp": t.TP, "fp": t.FP, "fn": t.FN}
	}
	return out
}
