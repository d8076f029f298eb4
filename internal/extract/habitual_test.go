package extract

import (
	"testing"

	"annals"
)

// TestHabitualUndated checks an event told as recurring ("the Board meets
// quarterly", "has met regularly", "will meet regularly", "as the
// Secretary-General often said", "meets every month") has no date: what
// recurs has no one day, and the story's day is none of them. A date of
// its own still dates it, and "annual" before a gathering names one.
func TestHabitualUndated(t *testing.T) {
	tests := []struct {
		text string
		typ  annals.EventType
		want annals.Date
	}{
		{"Appointed by the Secretary-General, the 12-member Advisory Board meets quarterly in Geneva.", annals.Meeting, ""},
		{"The Task Force has met regularly with the Ministers of Health of Chad and Niger.", annals.Meeting, ""},
		{"The Ministers of Chad and Niger will meet regularly to discuss the water supply.", annals.Meeting, ""},
		{"The Ministers of Chad and Niger meet every month in N'Djamena.", annals.Meeting, ""},
		// unchanged
		{"The Ministers of Chad and Niger met today in N'Djamena.", annals.Meeting, "2024-12-15"},
		{"The Ministers of Chad and Niger met in N'Djamena for their annual meeting.", annals.Meeting, "2024-12-15"},
		{"\"We will pursue them until justice is done,\" President Maria Lopez said in her weekly radio address.", annals.Speech, "2024-12-15"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2024-12-15")
		if got, ok := eventDate(d, tc.typ); !ok || got != tc.want {
			t.Errorf("%q: %s dated %q (found %v), want %q", tc.text, tc.typ, got, ok, tc.want)
		}
	}
}
