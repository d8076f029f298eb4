package extract

import (
	"testing"

	"annals"
)

// TestDatelineDay: a text whose dateline is a day to three days before
// its publication ("JAKARTA, 13 July 2023 –" published on 14 July) was
// written that day: its "today" and the day of an event it does not
// date are the dateline's. A dateline on the day of publication, or
// long before it, changes nothing.
func TestDatelineDay(t *testing.T) {
	const body = "The 56th Andean Ministerial Meeting concluded today in Lima.\n\nOn the sidelines of the meeting, Peru and Chile held their 24th Joint Commission session.\n"
	for _, tc := range []struct {
		name, dateline string
		pub            annals.Date
		want           annals.Date
	}{
		{"a day before", "LIMA, 13 July 2023 – ", "2023-07-14", "2023-07-13"},
		{"three days before", "LIMA, 11 July 2023 – ", "2023-07-14", "2023-07-11"},
		{"guard: the same day", "LIMA, 14 July 2023 – ", "2023-07-14", "2023-07-14"},
		{"guard: long before", "LIMA, 1 July 2023 – ", "2023-07-14", "2023-07-14"},
		{"a full stop after the date", "Lima, 13 July 2023. ", "2023-07-14", "2023-07-13"},
		{"a place of two words and a full stop", "San Isidro, 12 July 2023. ", "2023-07-14", "2023-07-12"},
		{"guard: a sentence with a date is no dateline", "The ministers said on 13 July 2023. ", "2023-07-14", "2023-07-14"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.dateline+body, tc.pub)
			n := 0
			for _, e := range d.Events {
				if e.Type != annals.Meeting {
					continue
				}
				n++
				if e.Date != tc.want {
					t.Errorf("%s dated %q, want %q", e.Title, e.Date, tc.want)
				}
			}
			if n == 0 {
				t.Errorf("no meeting in %+v", d.Events)
			}
		})
	}
}
