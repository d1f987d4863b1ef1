package ner

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
)

// block holds the weights of one property: per relative position of the
// token that has it (-Window..Window), per tag.
type block [NO][NT]float32

// Model is a trained tagger's weights.
type Model struct {
	// W maps a property to its weights.
	W map[string]*block
	// T holds transition weights: T[prev][tag], prev == NT at the start.
	T [NT + 1][NT]float32
}

// WriteTo writes m as gzip-compressed TSV, header lines first (each
// prefixed with "# "), weights below |prune| dropped:
//
//	T <prev> <w_O> ... <w_I-MISC>
//	F <property> <position> <w_O> ... <w_I-MISC>
//
// Rows are sorted so that the file is reproducible.
func (m *Model) Write(w io.Writer, header []string, prune float32) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("ner: gzip: %w", err)
	}
	bw := bufio.NewWriter(zw)
	for _, h := range header {
		fmt.Fprintf(bw, "# %s\n", h)
	}
	fmt.Fprintf(bw, "tags\t%s\n", strings.Join(Tags, "\t"))
	row := func(ws *[NT]float32) (string, bool) {
		var sb strings.Builder
		any := false
		for _, x := range ws {
			sb.WriteByte('\t')
			if x > -prune && x < prune {
				sb.WriteByte('0')
				continue
			}
			any = true
			sb.WriteString(strconv.FormatFloat(float64(x), 'g', 4, 32))
		}
		return sb.String(), any
	}
	for p := range m.T {
		r, _ := row(&m.T[p])
		fmt.Fprintf(bw, "T\t%d%s\n", p, r)
	}
	keys := make([]string, 0, len(m.W))
	for k := range m.W {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		b := m.W[k]
		for o := range b {
			if r, ok := row(&b[o]); ok {
				fmt.Fprintf(bw, "F\t%s\t%d%s\n", k, o-Window, r)
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("ner: write model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("ner: write model: %w", err)
	}
	return nil
}

// ReadModel reads a model written by Write.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner: model: %w", err)
	}
	defer zr.Close()
	m := &Model{W: map[string]*block{}}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		if t == "" || t[0] == '#' {
			continue
		}
		f := strings.Split(t, "\t")
		switch f[0] {
		case "tags":
			if strings.Join(f[1:], " ") != strings.Join(Tags, " ") {
				return nil, fmt.Errorf("ner: model line %d: tag set %v, want %v", line, f[1:], Tags)
			}
		case "T":
			if len(f) != 2+NT {
				return nil, fmt.Errorf("ner: model line %d: %d fields", line, len(f))
			}
			p, err := strconv.Atoi(f[1])
			if err != nil || p < 0 || p > NT {
				return nil, fmt.Errorf("ner: model line %d: bad previous tag %q", line, f[1])
			}
			if err := parseRow(f[2:], &m.T[p]); err != nil {
				return nil, fmt.Errorf("ner: model line %d: %w", line, err)
			}
		case "F":
			if len(f) != 3+NT {
				return nil, fmt.Errorf("ner: model line %d: %d fields", line, len(f))
			}
			o, err := strconv.Atoi(f[2])
			if err != nil || o < -Window || o > Window {
				return nil, fmt.Errorf("ner: model line %d: bad position %q", line, f[2])
			}
			b := m.W[f[1]]
			if b == nil {
				b = new(block)
				m.W[f[1]] = b
			}
			if err := parseRow(f[3:], &b[o+Window]); err != nil {
				return nil, fmt.Errorf("ner: model line %d: %w", line, err)
			}
		default:
			return nil, fmt.Errorf("ner: model line %d: unknown row %q", line, f[0])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: model: %w", err)
	}
	return m, nil
}

func parseRow(f []string, out *[NT]float32) error {
	for i, s := range f {
		x, err := strconv.ParseFloat(s, 32)
		if err != nil || math.IsNaN(x) {
			return fmt.Errorf("bad weight %q", s)
		}
		out[i] = float32(x)
	}
	return nil
}

// Prune returns m with weights below |min| set to zero and properties
// left with no weight dropped (what Write and ReadModel round-trip).
func Prune(m *Model, min float32) *Model {
	out := &Model{W: make(map[string]*block, len(m.W)), T: m.T}
	for p, b := range m.W {
		nb := *b
		nz := false
		for o := range nb {
			for k := range nb[o] {
				if nb[o][k] > -min && nb[o][k] < min {
					nb[o][k] = 0
				} else {
					nz = true
				}
			}
		}
		if nz {
			out.W[p] = &nb
		}
	}
	return out
}
