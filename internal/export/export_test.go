package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"unicode/utf8"

	"annals"
	"annals/internal/store"
)

func TestICSHelpers(t *testing.T) {
	cases := []struct{ in, want string }{
		{"a,b;c\\d\ne", `a\,b\;c\\d\ne`},
		{"plain", "plain"},
	}
	for _, c := range cases {
		if got := escapeICS(c.in); got != c.want {
			t.Errorf("escapeICS(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	long := strings.Repeat("é", 60) // 120 octets
	folded := foldICS("DESCRIPTION:" + long)
	for _, l := range strings.Split(folded, "\r\n") {
		if len(l) > 75 {
			t.Errorf("folded line of %d octets", len(l))
		}
		if !utf8.ValidString(l) {
			t.Errorf("fold split a character: %q", l)
		}
	}
	if got := cell("=HYPERLINK(1)"); got != "'=HYPERLINK(1)" {
		t.Errorf("cell = %q", got)
	}
}

// TestFormats writes one dated and one undated event in every format.
func TestFormats(t *testing.T) {
	rows := []store.EventRow{
		{ID: 7, Type: annals.Agreement, Title: "=Memorandum", Date: "2016-10-20", Status: annals.Held, Reports: 2, Sources: 2,
			Participants:  []store.Ref{{ID: 1, Name: "UNAOC", Type: annals.Org}},
			Citation:      store.Citation{StoryID: 3, Path: "a.md", Evidence: annals.Span{Start: 4, End: 9, Text: "signed, today"}},
			Disagreements: []store.Disagreement{{Field: "place", Note: "reports disagree: Baku or Nukus"}}},
		{ID: 8, Type: annals.Meeting, Status: annals.Planned},
	}
	for _, f := range Formats {
		var b bytes.Buffer
		if err := Write(f, &b, rows, Options{About: []string{"UNAOC"}}); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out := b.String()
		switch f {
		case "csv":
			recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil || len(recs) != 3 || len(recs[0]) != len(CSVColumns) || recs[1][4] != "'=Memorandum" {
				t.Errorf("csv: %v %q", err, recs)
			}
		case "ics":
			if strings.Count(out, "BEGIN:VEVENT") != 1 || !strings.Contains(out, "UID:annals-event-7@annals\r\n") {
				t.Errorf("ics: %q", out)
			}
		default:
			if !strings.Contains(out, "Memorandum") {
				t.Errorf("%s: %q", f, out)
			}
		}
	}
	if New("xml", nil, Options{}) != nil {
		t.Error("an unknown format has a writer")
	}
}
