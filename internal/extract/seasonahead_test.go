package extract

import (
	"annals"
	"strings"
	"testing"
)

// TestSeasonAheadPlanned checks an event dated by a season, quarter or
// half of the story's year that starts after the story's month: it is
// planned, though its date is only the year ("training workshops this
// fall", read in July). A season under way or past, or winter, which
// straddles two years, leaves the status to the sentence.
func TestSeasonAheadPlanned(t *testing.T) {
	tests := []struct{ text, pub, want string }{
		{"The agency is announcing training workshops this fall for local governments.", "2024-07-12", "programme 2024 planned"},
		{"The ministry is hosting a series of training workshops in the third quarter of 2024 for mayors.", "2024-02-12", "programme 2024 planned"},
		{"The agency is running training workshops in the second half of 2022 for local governments.", "2022-04-06", "programme 2022 planned"},
		// unchanged
		{"The agency held training workshops this spring for local governments.", "2024-07-12", "programme 2024 held"},
		{"The agency is hosting training workshops this fall for local governments.", "2024-10-02", "programme 2024 held"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, annals.Date(tc.pub))
		var got []string
		for _, e := range d.Events {
			got = append(got, string(e.Type)+" "+string(e.Date)+" "+string(e.Status))
		}
		if g := strings.Join(got, "; "); g != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, g, tc.want)
		}
	}
}
