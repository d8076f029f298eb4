package extract

import (
	"testing"

	"annals"
)

// TestAnniversaryDates checks what an anniversary dates: the thing it
// marks, named after "anniversary of" with its own name or description
// ("the 25th anniversary of the signing of the Good Friday Agreement",
// "the 251st anniversary of this legendary speech"), or told after the
// thing's name ("the Free Trade Agreement, which celebrated its 10th
// anniversary this year"), N years before the anniversary; a date inside
// what it marks ("the twenty-second anniversary of the September 11,
// 2001 attacks") dates that thing, not an event that commemorates it.
func TestAnniversaryDates(t *testing.T) {
	tests := []struct {
		text string
		typ  annals.EventType
		want annals.Date
		n    int // events of typ
	}{
		{"Leaders gathered in Belfast in April to mark the 25th anniversary of the signing of the Good Friday Agreement.", annals.Agreement, "1997-04", 1},
		{"On Monday, the Secretary-General joined troops during a visit to Anchorage to commemorate the twenty-second anniversary of the September 11, 2001 attacks.", annals.Visit, "2023-03-06", 1},
		{"As we mark the 251st anniversary of this legendary speech, we honor its spirit.", annals.Speech, "1772", 1},
		{"The Free Trade Agreement (KORUS), which celebrated its 10th anniversary this year, remains the foundation of our economic relationship.", annals.Agreement, "2013", 1},
		{"The Andean Water Accord, which marked its 20th anniversary in May 2022, guides the work of both agencies.", annals.Agreement, "2002-05", 1},
		// unchanged
		{"The ministers met in Manila to mark the 70th anniversary of the 1951 Mutual Defense Treaty.", annals.Agreement, "1951", 1},
		{"The ministers met in Manila to mark the 70th anniversary of the 1951 Mutual Defense Treaty.", annals.Meeting, "2023-03-10", 1},
		{"Today marks the 65th anniversary of the founding of the Andean Corps.", annals.Founding, "1958-03-10", 1},
		{"The Andean Water Accord, which the ministers signed in Lima in May 2022, guides the work of both agencies.", annals.Agreement, "2022-05", 1},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2023-03-10")
		n := 0
		for _, ev := range d.Events {
			if ev.Type == tc.typ {
				n++
			}
		}
		if got, ok := eventDate(d, tc.typ); !ok || got != tc.want || n != tc.n {
			t.Errorf("%q: %s dated %q (found %d), want %q (%d)", tc.text, tc.typ, got, n, tc.want, tc.n)
		}
	}
}

// TestAnniversaryMonths checks an anniversary counted in months ("the
// six-month anniversary of the signing of the ceasefire agreement"): what
// it marks is that many months before the anniversary's month (it took the
// story's day).
func TestAnniversaryMonths(t *testing.T) {
	tests := []struct {
		text string
		typ  annals.EventType
		want annals.Date
	}{
		{"The Forum marked the six-month anniversary of the signing of the ceasefire agreement.", annals.Agreement, "2022-09"},
		{"Today the ministers marked the six-month anniversary of the Geneva Accord, signed by the two parties.", annals.Agreement, "2022-09"},
		{"The ministers marked the 18-month anniversary of the signing of the Andean Water Accord.", annals.Agreement, "2021-09"},
		// unchanged: what the anniversary marks is no event
		{"The ministers met today on the one-month anniversary of the invasion of the island.", annals.Meeting, "2023-03-10"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2023-03-10")
		if got, ok := eventDate(d, tc.typ); !ok || got != tc.want {
			t.Errorf("%q: %s dated %q (found %v), want %q", tc.text, tc.typ, got, ok, tc.want)
		}
	}
}

// TestAnniversaryUncounted checks an anniversary that does not count its
// years ("Today, on the anniversary of the signing of the X Accord"): what it
// marks was some year before, which the story does not say: no date,
// rather than the anniversary's day. A date of what it marks still
// dates it.
func TestAnniversaryUncounted(t *testing.T) {
	tests := []struct {
		text string
		typ  annals.EventType
		want annals.Date
	}{
		{"Today, on the anniversary of the signing of the Andean Water Accord, the President will join veterans in Lima.", annals.Agreement, ""},
		{"On the anniversary of the signing of the Lima Accord, the ministers met in Cusco.", annals.Agreement, ""},
		// unchanged
		{"On the anniversary of the 1998 Lima Accord, the ministers met in Cusco.", annals.Agreement, "1998"},
		{"On the anniversary of the signing of the Lima Accord, the ministers met in Cusco.", annals.Meeting, "2023-03-10"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2023-03-10")
		if got, ok := eventDate(d, tc.typ); !ok || got != tc.want {
			t.Errorf("%q: %s dated %q (found %v), want %q", tc.text, tc.typ, got, ok, tc.want)
		}
	}
}
