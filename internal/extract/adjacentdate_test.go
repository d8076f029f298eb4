package extract

import (
	"testing"

	"annals"
)

// TestDateOfAdjacentTriggers checks that two trigger words side by side
// ("The Forum met on 5 May") tell one event and share its date: the
// meeting's verb does not claim the date from the gathering it tells, which
// was left with the story's day. A trigger further away still loses a date
// right by another event's trigger.
func TestDateOfAdjacentTriggers(t *testing.T) {
	tests := []struct {
		text string
		typ  annals.EventType
		want annals.Date
	}{
		{"The Forum met on 5 May in Geneva.", annals.Conference, "2024-05-05"},
		{"The Forum met this spring in Geneva.", annals.Conference, "2024"},
		// unchanged
		{"The Forum met on 5 May in Geneva.", annals.Meeting, "2024-05-05"},
		{"The Conference opened yesterday in Vienna.", annals.Conference, "2024-07-09"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2024-07-10")
		if got, ok := eventDate(d, tc.typ); !ok || got != tc.want {
			t.Errorf("%q: %s dated %q (found %v), want %q", tc.text, tc.typ, got, ok, tc.want)
		}
	}
}
