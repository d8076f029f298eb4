package extract

import (
	"testing"

	"annals"
)

// TestVagueAgoEvents checks an event told "a couple of days ago", "a few
// weeks ago", "249 years ago": the month or year that holds every day
// meant, not the story's day; and no date when the months meant straddle
// a new year ("a few months ago", read in March).
func TestVagueAgoEvents(t *testing.T) {
	tests := []struct {
		pub  annals.Date
		text string
		typ  annals.EventType
		want annals.Date
	}{
		{"2024-12-15", "The Special Envoy met with the Presidents of Chad and Niger a couple of days ago.", annals.Meeting, "2024-12"},
		{"2024-12-15", "The Secretary-General visited the refugee camps in Chad a few weeks ago.", annals.Visit, "2024"},
		{"2024-12-15", "The delegates signed the Charter of the Union 249 years ago.", annals.Agreement, "1775"},
		{"2024-03-10", "The Special Envoy met with the Presidents of Chad and Niger a few months ago.", annals.Meeting, ""},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, tc.pub)
		if got, ok := eventDate(d, tc.typ); !ok || got != tc.want {
			t.Errorf("%q: %s dated %q (found %v), want %q", tc.text, tc.typ, got, ok, tc.want)
		}
	}
}
