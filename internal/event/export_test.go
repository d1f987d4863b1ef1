package event

import (
	"bytes"
	"strings"
	"testing"
)

func TestWriteGDELT(t *testing.T) {
	_, d := codeText(t, "ar", "التقى الرئيس الصيني شي جين بينغ مع وزير الخارجية الروسي سيرجي لافروف. الصين لم تقدم دعما عسكريا لروسيا.", Options{})
	var b bytes.Buffer
	if err := WriteGDELT(&b, d); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	if len(lines) != 1 { // the negated event is not written
		t.Fatalf("rows: %q", lines)
	}
	f := strings.Split(lines[0], "\t")
	if len(f) != len(GDELTColumns) || len(GDELTColumns) != 61 {
		t.Fatalf("%d fields, %d columns", len(f), len(GDELTColumns))
	}
	col := func(name string) string {
		for i, c := range GDELTColumns {
			if c == name {
				return f[i]
			}
		}
		t.Fatalf("no column %s", name)
		return ""
	}
	for name, want := range map[string]string{"SQLDATE": "20240409", "Actor1Code": "CHNGOV", "Actor1CountryCode": "CHN",
		"Actor1Type1Code": "GOV", "Actor2Code": "RUSGOV", "EventCode": "043", "EventRootCode": "04", "QuadClass": "1", "GoldsteinScale": "2.8"} {
		if got := col(name); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
}

func TestWriteTSV(t *testing.T) {
	_, d := codeText(t, "en", "China did not supply weapons to Russia. Esper met with Lavrov.", Options{})
	var b bytes.Buffer
	if err := WriteTSVHeader(&b); err != nil {
		t.Fatal(err)
	}
	if err := WriteTSV(&b, d); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("lines %q", lines)
	}
	for _, l := range lines {
		if n := len(strings.Split(l, "\t")); n != len(TSVColumns) {
			t.Errorf("%d fields in %q", n, l)
		}
	}
	if !strings.Contains(b.String(), "\t072\t07\t") || !strings.Contains(b.String(), "\ttrue\t") {
		t.Errorf("negated aid row missing: %s", b.String())
	}
}

func TestActorFields(t *testing.T) {
	c, g, ty := actorFields("IGOUNO")
	if c != "" || g != "UNO" || ty[0] != "IGO" {
		t.Errorf("IGOUNO: %q %q %q", c, g, ty)
	}
	c, _, ty = actorFields("USAGOVMIL")
	if c != "USA" || ty[0] != "GOV" || ty[1] != "MIL" {
		t.Errorf("USAGOVMIL: %q %q", c, ty)
	}
}
