package extract

import (
	"testing"

	"annals"
)

// eventDate returns the date of the first event of type typ in d, and
// whether there is one.
func eventDate(d *annals.Document, typ annals.EventType) (annals.Date, bool) {
	for _, ev := range d.Events {
		if ev.Type == typ {
			return ev.Date, true
		}
	}
	return "", false
}

// eventDateCase is a sentence and the date its first event of type typ
// should have ("" for none).
type eventDateCase struct {
	name, text string
	typ        annals.EventType
	want       annals.Date
}

// checkEventDates extracts each case's text, published on pub, and checks
// the date of its first event of the case's type.
func checkEventDates(t *testing.T, pub annals.Date, cases []eventDateCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, pub)
			got, ok := eventDate(d, tc.typ)
			if !ok || got != tc.want {
				t.Errorf("%q: %s dated %q (found %v), want %q; events %+v", tc.text, tc.typ, got, ok, tc.want, d.Events)
			}
		})
	}
}

// TestDateAfterOwnVerb checks that a relative date right after the event's
// own verb dates that event, though the verb ("met", "visited") also
// introduces speakers and a date after a verb of telling is the telling's:
// "met today with X to discuss the June 14 Summit" was a meeting of
// today, not of the Summit's day.
func TestDateAfterOwnVerb(t *testing.T) {
	tests := []struct {
		text string
		typ  annals.EventType
		want annals.Date
	}{
		{"President Maria Lopez met today with Secretary General Jan Berg of the Alliance to discuss the June 14 Alliance Summit in Brussels.", annals.Meeting, "2024-12-15"},
		{"The Foreign Minister met yesterday with the Director-General of the Agency to prepare the March 3 Ministerial Conference in Vienna.", annals.Meeting, "2024-12-14"},
		{"The Secretary-General visited today the headquarters of the Agency ahead of the 10 May conference in Geneva.", annals.Visit, "2024-12-15"},
		// unchanged: the telling's date is not the event's
		{"The Agency announced today that its Forum will take place in Geneva from 15 to 17 April.", annals.Conference, "2025-04-15"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2024-12-15")
		if got, ok := eventDate(d, tc.typ); !ok || got != tc.want {
			t.Errorf("%q: %s dated %q (found %v), want %q", tc.text, tc.typ, got, ok, tc.want)
		}
	}
}
