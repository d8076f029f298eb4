package extract

import (
	"slices"
	"testing"

	"annals"
)

// rangeCase is a sentence and the first and last day its first event of
// type typ should have.
type rangeCase struct {
	name, text string
	typ        annals.EventType
	from, to   annals.Date
}

// checkEventRanges extracts each case's text, published on pub, and
// checks the date and end date of its first event of the case's type.
func checkEventRanges(t *testing.T, pub annals.Date, cases []rangeCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, pub)
			for _, ev := range d.Events {
				if ev.Type == tc.typ {
					if ev.Date != tc.from || ev.DateEnd != tc.to {
						t.Errorf("%q: %s dated %q to %q, want %q to %q", tc.text, tc.typ, ev.Date, ev.DateEnd, tc.from, tc.to)
					}
					return
				}
			}
			t.Errorf("%q: no %s; events %+v", tc.text, tc.typ, d.Events)
		})
	}
}

// TestPairedDays checks that a gathering told on a day and the next,
// joined by "and", is held from the one to the other (it had the date of
// one of them), each day keeping the year its own words give it, and that
// the bare second day follows its partner's year.
func TestPairedDays(t *testing.T) {
	checkEventRanges(t, "2024-06-10", []rangeCase{
		{"day first", "The Council will hold its summit in Brussels on 25 and 26 July.", annals.Conference, "2024-07-25", "2024-07-26"},
		{"month first", "The Agency will host a regional conference in Nairobi on July 25 and 26.", annals.Conference, "2024-07-25", "2024-07-26"},
		{"ordinals", "The Council will hold its summit in Brussels on the 25th and 26th of July.", annals.Conference, "2024-07-25", "2024-07-26"},
		{"ordinals, month first", "The Council will hold its summit in Brussels on July 25th and 26th.", annals.Conference, "2024-07-25", "2024-07-26"},
		{"bare day before a purpose", "Deputy Minister Anna Berg traveled to Kyiv on September 4 and 5 to coordinate plans.", annals.Visit, "2023-09-04", "2023-09-05"},
		{"across a month", "The Council held its summit in Brussels on July 31 and August 1.", annals.Conference, "2023-07-31", "2023-08-01"},
		{"weekdays keep their year", "The Forum leaders will gather for the Pacific Forum summit on Friday, December 8 and Saturday, December 9.", annals.Conference, "2023-12-08", "2023-12-09"},
		{"told in the past, bare day after", "The Council held its summit in Brussels on July 25 and 26.", annals.Conference, "2023-07-25", "2023-07-26"},
		{"opening the sentence", "On July 25 and 26, the ministers met in Geneva.", annals.Meeting, "2023-07-25", "2023-07-26"},
		// unchanged: days that are not consecutive, a range already
		{"two days apart", "The ministers met in Geneva on July 3 and 10.", annals.Meeting, "2023-07-03", ""},
		{"two days apart, day first", "The ministers met in Geneva on 3 and 10 July.", annals.Meeting, "2023-07-10", ""},
		{"a range", "The Council will hold its summit in Brussels on 25-26 July.", annals.Conference, "2024-07-25", "2024-07-26"},
		{"a count after", "The Council will hold its summit in Brussels on July 25 and 26 delegates will attend.", annals.Conference, "2024-07-25", ""},
	})
}

// TestAndDayYear checks that a bare day told after a day and "and" takes
// the year the tense gave its partner: "flights on September 7 and 16",
// read in June and told in the past, are both last September's (the 16th
// had been this year's).
func TestAndDayYear(t *testing.T) {
	tests := []struct {
		text string
		want []annals.DateValue
	}{
		{"The Agency transported formula to New York via flights on September 7 and 16.", []annals.DateValue{"2023-09-07", "2023-09-16"}},
		{"The Council held its summit in Brussels on July 25 or 26.", []annals.DateValue{"2023-07-25", "2023-07-26"}},
		// unchanged: the partner keeps its year
		{"The Agency will transport formula to New York via flights on September 7 and 16.", []annals.DateValue{"2024-09-07", "2024-09-16"}},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2024-06-10")
		var got []annals.DateValue
		for _, m := range d.Dates {
			got = append(got, m.Value)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: dates %v, want %v", tc.text, got, tc.want)
		}
	}
}
