package extract

import (
	"encoding/json"
	"os"
	"regexp"
	"testing"

	"annals"
	"annals/internal/read"
)

// TestCalendarEdges: relative dates read against the first and the last
// day of the calendar fall outside it; they are dropped, the story and
// its other facts stay.
func TestCalendarEdges(t *testing.T) {
	tests := []struct {
		file      string
		published annals.Date
	}{
		{"testdata/hostile/calendar-tuesday.txt", "0001-01-01"},
		{"testdata/hostile/calendar-next-month.txt", "9999-12-31"},
		{"testdata/hostile/calendar-next-month.txt", "9999-12"},
		{"testdata/hostile/calendar-tuesday.txt", "0001"},
	}
	outside := regexp.MustCompile(`"(0000|\d{5,})[-"]`)
	for _, tc := range tests {
		raw, err := os.ReadFile(tc.file)
		if err != nil {
			t.Fatal(err)
		}
		d, err := read.Bytes(tc.file, raw, read.Options{})
		if err != nil {
			t.Fatal(err)
		}
		doc, err := New(nil).Extract(d, Options{Published: tc.published})
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(doc)
		if m := outside.Find(b); m != nil {
			t.Errorf("%s with %s: date %s outside 0001-9999 in %s", tc.file, tc.published, m, b)
		}
		if len(doc.Events) == 0 || len(doc.Entities) < 2 {
			t.Errorf("%s with %s: facts lost: %s", tc.file, tc.published, b)
		}
	}
	for d, want := range map[annals.Date]bool{"": true, "0001-01-01": true, "9999-12": true, "0000-12-26": false, "10000-01": false, "0000": false, "2016": true, "2016-13": false} {
		if got := inCalendar(d); got != want {
			t.Errorf("inCalendar(%q) = %v", d, got)
		}
	}
}
