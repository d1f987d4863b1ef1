package event

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"io"
	"strconv"
	"strings"

	"github.com/dyad-news/dyad/internal/doc"
)

// GDELTColumns are the 61 columns of the GDELT 2.0 event table, in order.
var GDELTColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// TSVColumns are the columns of the Phoenix-style event TSV.
var TSVColumns = []string{
	"eventid", "date", "year", "month", "day",
	"source", "source_root", "source_agent", "source_name",
	"target", "target_root", "target_agent", "target_name",
	"code", "root_code", "quad_class", "goldstein", "plover", "negated", "mood",
	"lat", "lon", "location", "doc_id", "url", "evidence", "why",
}

// actorFields splits a CAMEO actor code: country (or IGO/NGO code), known
// group, and up to three role types (CHNGOV → CHN, -, GOV).
func actorFields(code string) (country, group string, types [3]string) {
	if code == "" {
		return
	}
	if strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO") || strings.HasPrefix(code, "MNC") || strings.HasPrefix(code, "IMG") {
		if len(code) >= 6 {
			group = code[3:]
			types[0] = code[:3]
			return "", group, types
		}
		types[0] = code
		return
	}
	country = code[:min(3, len(code))]
	rest := code[len(country):]
	for k := 0; k < 3 && len(rest) >= 3; k++ {
		types[k] = rest[:3]
		rest = rest[3:]
	}
	return
}

// eventID is a stable numeric id for event i of document id.
func eventID(id string, i int) uint64 {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s#%d", id, i)
	return h.Sum64() >> 1
}

// dateParts returns YYYYMMDD, YYYYMM, YYYY and the fraction date of a
// YYYY[-MM[-DD]] value (missing parts as 01; a week value uses its year).
func dateParts(v string) (sql, month, year, frac string) {
	y, m, d := "", "01", "01"
	if len(v) >= 4 {
		y = v[:4]
	}
	if len(v) >= 7 && v[4] == '-' && v[5] != 'W' {
		m = v[5:7]
	}
	if len(v) >= 10 {
		d = v[8:10]
	}
	if y == "" {
		return "", "", "", ""
	}
	yi, _ := strconv.Atoi(y)
	mi, _ := strconv.Atoi(m)
	di, _ := strconv.Atoi(d)
	f := float64(yi) + (float64(mi-1)*30.4+float64(di))/365
	return y + m + d, y + m, y, strconv.FormatFloat(f, 'f', 4, 64)
}

func tsvField(s string) string {
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// WriteGDELT writes d's events as GDELT 2.0 event-table rows (tab
// separated, no header). Negated and hypothetical events are left out,
// as GDELT records only events that happened.
func WriteGDELT(w io.Writer, d *doc.Document) error {
	bw := bufio.NewWriter(w)
	for i, e := range d.Events {
		if e.Negated {
			continue
		}
		sql, month, year, frac := dateParts(e.Date)
		row := make([]string, 0, len(GDELTColumns))
		row = append(row, strconv.FormatUint(eventID(d.ID, i), 10), sql, month, year, frac)
		for _, a := range []*doc.ActorRef{e.Source, e.Target} {
			code, name := "", ""
			if a != nil {
				code, name = a.Actor, a.Name
			}
			c, g, ty := actorFields(code)
			row = append(row, code, tsvField(strings.ToUpper(name)), c, g, "", "", "", ty[0], ty[1], ty[2])
		}
		base := e.Code
		if len(base) > 3 {
			base = base[:3]
		}
		root := e.Code
		if len(root) > 2 {
			root = root[:2]
		}
		row = append(row, "1", e.Code, base, root, strconv.Itoa(e.Quad), ftoa(e.Goldstein),
			strconv.Itoa(1+len(e.More)), "1", "1", "0")
		// actor geography is not resolved; the action place is the location
		for k := 0; k < 2; k++ {
			row = append(row, "0", "", "", "", "", "", "", "")
		}
		if l := e.Location; l != nil {
			row = append(row, "4", tsvField(l.Name), l.Country, "", "", ftoa(l.Lat), ftoa(l.Lon), "")
		} else {
			row = append(row, "0", "", "", "", "", "", "", "")
		}
		added := strings.ReplaceAll(d.Published, "-", "")
		row = append(row, added, tsvField(firstNonEmpty(d.URL, d.Source)))
		if _, err := bw.WriteString(strings.Join(row, "\t") + "\n"); err != nil {
			return fmt.Errorf("gdelt: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("gdelt: %w", err)
	}
	return nil
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// WriteTSVHeader writes the header row of WriteTSV's table.
func WriteTSVHeader(w io.Writer) error {
	_, err := io.WriteString(w, strings.Join(TSVColumns, "\t")+"\n")
	if err != nil {
		return fmt.Errorf("tsv: %w", err)
	}
	return nil
}

// WriteTSV writes d's events as Phoenix-style rows (see TSVColumns),
// negated and hypothetical ones included with their flags.
func WriteTSV(w io.Writer, d *doc.Document) error {
	bw := bufio.NewWriter(w)
	for i, e := range d.Events {
		sql, _, _, _ := dateParts(e.Date)
		y, m, dd := "", "", ""
		if len(sql) == 8 {
			y, m, dd = sql[:4], sql[4:6], sql[6:]
		}
		row := []string{strconv.FormatUint(eventID(d.ID, i), 10), sql, y, m, dd}
		for _, a := range []*doc.ActorRef{e.Source, e.Target} {
			code, name := "", ""
			if a != nil {
				code, name = a.Actor, a.Name
			}
			c, g, ty := actorFields(code)
			if c == "" {
				c = g
			}
			row = append(row, code, c, ty[0], tsvField(name))
		}
		root := e.Code
		if len(root) > 2 {
			root = root[:2]
		}
		lat, lon, loc := "", "", ""
		if l := e.Location; l != nil {
			lat, lon, loc = ftoa(l.Lat), ftoa(l.Lon), tsvField(l.Name)
		}
		row = append(row, e.Code, root, strconv.Itoa(e.Quad), ftoa(e.Goldstein), e.Plover,
			strconv.FormatBool(e.Negated), e.Mood, lat, lon, loc, d.ID, tsvField(d.URL), tsvField(e.Evidence.Text), tsvField(e.Why))
		if _, err := bw.WriteString(strings.Join(row, "\t") + "\n"); err != nil {
			return fmt.Errorf("tsv: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("tsv: %w", err)
	}
	return nil
}
