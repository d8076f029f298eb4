package extract

import (
	"testing"
)

// TestPreviouslyUndated checks an event whose trigger follows "previously"
// or "formerly": a past the story does not date, so no date rather than
// the story's day ("Acme previously said it would keep its bid open" was
// dated the day of the story).
func TestPreviouslyUndated(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Acme Corp. previously said it would keep its bid open until the regulators decide.", "speech "},
		{"Globex Inc. previously announced that it would close two plants in Ohio.", "speech "},
		// unchanged
		{"Acme Corp. said it would keep its bid open until the regulators decide.", "speech 2019-10-30"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2019-10-30")
		if g := eventTypeDates(d); g != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, g, tc.want)
		}
	}
}
