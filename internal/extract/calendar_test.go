package extract

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
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

// TestEventDatesCalendar: a date mention may take a TimeML value (a week,
// a quarter, PRESENT_REF; a part of a day is its day); the events it dates
// keep the calendar date that holds it.
func TestEventDatesCalendar(t *testing.T) {
	tests := []struct {
		text      string
		mention   annals.DateValue // the value of the date mention at the event
		eventDate annals.Date
	}{
		{"GENEVA (AP) _\n\nForeign ministers of France and Germany met in Geneva on Wednesday night to discuss the crisis.\n", "2000-01-05", "2000-01-05"},
		{"GENEVA (AP) _\n\nThe Prime Minister of Canada visited Ottawa on Sunday. That same day the Prime Minister of Canada signed an agreement with the Government of Mexico.\n", "2000-01-02", "2000-01-02"},
		{"GENEVA (AP) _\n\nThe Prime Minister of Canada visited the European Commission in Brussels last week.\n", "1999-W52", "1999-12"},
	}
	calendar := regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
	for _, tc := range tests {
		d, err := read.Bytes("story.txt", []byte(tc.text), read.Options{})
		if err != nil {
			t.Fatal(err)
		}
		doc, err := New(nil).Extract(d, Options{Published: "2000-01-07"})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, m := range doc.Dates {
			found = found || m.Value == tc.mention
		}
		if !found {
			t.Errorf("%q: no date mention %s in %+v", tc.text, tc.mention, doc.Dates)
		}
		if len(doc.Events) == 0 {
			t.Errorf("%q: no event", tc.text)
		}
		for _, e := range doc.Events {
			if e.Date != "" && !calendar.MatchString(string(e.Date)) {
				t.Errorf("%q: event date %q is not a calendar date", tc.text, e.Date)
			}
		}
		if len(doc.Events) > 0 && doc.Events[0].Date != tc.eventDate {
			t.Errorf("%q: event dated %q, want %q", tc.text, doc.Events[0].Date, tc.eventDate)
		}
	}
}

// TestNameYears: a year glued to a capitalized word is part of a name
// ("Agenda 2063"), unless the word is a possessive ("Mixte's 1989 profit")
// or a word of the clause after a heading ("Education: In 2023, ...").
func TestNameYears(t *testing.T) {
	tests := []struct {
		text string
		want []string // the dates' texts
	}{
		{"GENEVA (AP) _\n\nThe ministers discussed Agenda 2063 in Geneva.\n", nil},
		{"GENEVA (AP) _\n\nThe chairman said Navigation Mixte's 1989 profit would double.\n", []string{"1989"}},
		{"GENEVA (AP) _\n\nThe chairman said the Mixte’s 1988 profit was low.\n", []string{"1988"}},
		{"GENEVA (AP) _\n\nTeacher training: In 1988, the Agency trained 300 teachers.\n", []string{"1988"}},
		{"GENEVA (AP) _\n\nClinics for all: Since 1987, the Fund has built 40 clinics.\n", []string{"1987"}},
		{"GENEVA (AP) _\n\nThe Goal: By 1990, every village will have a school.\n", []string{"1990"}},
		{"GENEVA (AP) _\n\nThe ministers opened Expo 1989 in Geneva.\n", nil},
	}
	for _, tc := range tests {
		d, err := read.Bytes("story.txt", []byte(tc.text), read.Options{})
		if err != nil {
			t.Fatal(err)
		}
		doc, err := New(nil).Extract(d, Options{Published: "1989-10-27"})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range doc.Dates {
			got = append(got, m.Text)
		}
		if len(got) != len(tc.want) || len(got) > 0 && got[0] != tc.want[0] {
			t.Errorf("%q: dates %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestYearOfALevel: a year before a noun it qualifies ("below 2005
// levels", "increased 2030 targets") is a date, no figure, and dates that
// noun, not the event its sentence tells.
func TestYearOfALevel(t *testing.T) {
	tests := []struct {
		text, year string
	}{
		{"GENEVA (AP) _\n\nThe leaders will meet in Geneva to cut emissions 50 percent below 2005 levels.\n", "2005"},
		{"GENEVA (AP) _\n\nThe ministers signed an agreement that sets increased 2030 targets.\n", "2030"},
	}
	for _, tc := range tests {
		doc := run(t, "story.txt", tc.text, "2023-10-27")
		found := false
		for _, m := range doc.Dates {
			found = found || m.Text == tc.year
		}
		if !found {
			t.Errorf("%q: no date %s among %+v", tc.text, tc.year, doc.Dates)
		}
		for _, f := range doc.Figures {
			if strings.Contains(f.Text, tc.year) {
				t.Errorf("%q: figure %q", tc.text, f.Text)
			}
		}
		if len(doc.Events) == 0 {
			t.Errorf("%q: no event", tc.text)
		}
		for _, e := range doc.Events {
			if string(e.Date) == tc.year {
				t.Errorf("%q: %s dated %s", tc.text, e.Type, e.Date)
			}
		}
	}
}
