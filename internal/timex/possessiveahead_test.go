package timex

import "testing"

// TestPossessiveWeekdayAhead checks a bare weekday in the possessive whose
// thing's own course is told ahead ("Sunday's Race Day will feature ...",
// read on a Thursday): the next such day (was the last one). A consequence
// ahead of a thing past, or a possessive told in the past, is the last one.
func TestPossessiveWeekdayAhead(t *testing.T) {
	findCases(t, "2024-05-23", []struct{ text, want string }{
		{"Sunday's Race Day will feature a flyover by the Air Force.", "Sunday=2024-05-26"},
		{"Saturday's parade will take place on Main Street.", "Saturday=2024-05-25"},
		{"Friday's concert will be held at the stadium.", "Friday=2024-05-24"},
		// unchanged
		{"Wednesday's ruling will be appealed, the lawyers said.", "Wednesday=2024-05-22"},
		{"Monday's parade drew thousands.", "Monday=2024-05-20"},
	})
}
