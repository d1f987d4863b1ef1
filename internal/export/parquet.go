package export

import (
	"io"

	"github.com/parquet-go/parquet-go"
)

// parquetRow is one event as a flat Parquet row.
type parquetRow struct {
	Document   string   `parquet:"document"`
	URL        string   `parquet:"url,optional"`
	Published  string   `parquet:"published,optional"`
	Lang       string   `parquet:"lang,optional"`
	Date       string   `parquet:"date,optional"`
	Source     string   `parquet:"source,optional"`
	SourceName string   `parquet:"source_name,optional"`
	Target     string   `parquet:"target,optional"`
	TargetName string   `parquet:"target_name,optional"`
	Code       string   `parquet:"code"`
	Root       string   `parquet:"root"`
	Quad       int32    `parquet:"quad"`
	Goldstein  float64  `parquet:"goldstein"`
	Plover     string   `parquet:"plover,optional"`
	Location   string   `parquet:"location,optional"`
	Lat        *float64 `parquet:"lat,optional"`
	Lon        *float64 `parquet:"lon,optional"`
	Evidence   string   `parquet:"evidence"`
	Why        string   `parquet:"why,optional"`
}

type parquetWriter struct {
	w   *parquet.GenericWriter[parquetRow]
	buf []parquetRow
}

func newParquet(w io.Writer) *parquetWriter {
	return &parquetWriter{w: parquet.NewGenericWriter[parquetRow](w, parquet.Compression(&parquet.Snappy))}
}

func (p *parquetWriter) Write(r Record) error {
	e := r.Event
	row := parquetRow{Document: r.Document, URL: r.URL, Published: r.Published, Lang: r.Lang, Date: e.Date,
		Source: actorCode(e.Source), SourceName: refName(e.Source), Target: actorCode(e.Target), TargetName: refName(e.Target),
		Code: e.Code, Quad: int32(e.Quad), Goldstein: e.Goldstein, Plover: e.Plover, Evidence: e.Evidence.Text, Why: e.Why}
	if len(e.Code) >= 2 {
		row.Root = e.Code[:2]
	}
	if l := e.Location; l != nil {
		row.Location = l.Name
		lat, lon := l.Lat, l.Lon
		row.Lat, row.Lon = &lat, &lon
	}
	p.buf = append(p.buf, row)
	if len(p.buf) >= 1024 {
		return p.flush()
	}
	return nil
}

func (p *parquetWriter) flush() error {
	if len(p.buf) == 0 {
		return nil
	}
	_, err := p.w.Write(p.buf)
	p.buf = p.buf[:0]
	return err
}

func (p *parquetWriter) Close() error {
	if err := p.flush(); err != nil {
		return err
	}
	return p.w.Close()
}
