package extract

import (
	"testing"

	"annals"
)

// TestRecentPastUndated checks an event told without a calendar date in a
// sentence that places it in the recent past ("recently", "in recent
// weeks"): the story's year, not its day; and one told "in recent years"
// or "in the past": no date. A date of its own still dates it.
func TestRecentPastUndated(t *testing.T) {
	tests := []struct {
		text string
		typ  annals.EventType
		want annals.Date
	}{
		{"The Agency recently launched the Water Partnership Programme with Peru.", annals.Programme, "2024"},
		{"In recent weeks, the Special Envoy met with the Presidents of Chad and Niger.", annals.Meeting, "2024"},
		{"Most recently, the Secretary-General visited the refugee camps in Chad.", annals.Visit, "2024"},
		{"In recent years, the Special Envoy met with the Presidents of Chad and Niger.", annals.Meeting, ""},
		// unchanged
		{"The Agency today launched the Water Partnership Programme, recently approved by its Board.", annals.Programme, "2024-12-15"},
		{"The Special Envoy met with the Presidents of Chad and Niger.", annals.Meeting, "2024-12-15"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2024-12-15")
		if got, ok := eventDate(d, tc.typ); !ok || got != tc.want {
			t.Errorf("%q: %s dated %q (found %v), want %q", tc.text, tc.typ, got, ok, tc.want)
		}
	}
}
