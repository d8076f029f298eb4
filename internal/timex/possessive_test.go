package timex

import "testing"

// TestPossessiveOutOfSpan checks that a possessive before a quarter or a
// century stays out of the span, as in TimeML ("its [fourth quarter]"):
// was in it; "the" stays in.
func TestPossessiveOutOfSpan(t *testing.T) {
	findCases(t, "1989-10-26", []struct{ text, want string }{
		{"Acme estimated earnings for its fourth quarter fell.", "fourth quarter=1989 [1989-Q4]"},
		{"Acme reported a decline in net income for its third quarter.", "third quarter=1989 [1989-Q3]"},
		{"Revenue returns to its 20th century average.", "20th century= [19]"},
		// unchanged
		{"Acme estimated earnings for the fourth quarter fell.", "the fourth quarter=1989 [1989-Q4]"},
		{"Acme said its third-quarter net fell.", "third-quarter=1989 [1989-Q3]"},
		{"It was the great test of the 20th century.", "the 20th century= [19]"},
		{"Prices rose in its 1970s heyday.", "1970s=1970..1979 [197]"},
	})
}
