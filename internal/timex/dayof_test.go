package timex

import "testing"

// TestNumberOfADatedMonth checks that a number before "of" and a month
// that has its own day is no day ("Presidential Determination 2021-08 of
// June 11, 2021": was "08 of June", the 8th of June of the reference
// year).
func TestNumberOfADatedMonth(t *testing.T) {
	findCases(t, "2022-03-01", []struct{ text, want string }{
		{"This determination supersedes Presidential Determination 2021-08 of June 11, 2021.", "June 11, 2021=2021-06-11"},
		{"It amends Order 12 of May 3, 2020.", "May 3, 2020=2020-05-03"},
		// unchanged
		{"The talks opened on the 8th of June, 2021.", "8th of June, 2021=2021-06-08"},
		{"The talks opened on 8 June 2021.", "8 June 2021=2021-06-08"},
		{"They met on 11 of June.", "11 of June=2022-06-11"},
	})
}
