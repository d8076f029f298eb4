package timex

import "testing"

// TestPastAfterComma checks that an auxiliary of the past after a comma
// is another clause's, and does not outrank the verb of intent before the
// month: "As Northern Ireland prepares to celebrate the anniversary of the
// Agreement in April, let us remember that ... was not easy", read in
// March, had been last April.
func TestPastAfterComma(t *testing.T) {
	findCases(t, "2021-03-10", []struct{ text, want string }{
		{"As the region prepares to celebrate the anniversary of the Agreement in April, let us remember that ending decades of conflict was not easy.", "April=2021-04"},
		{"The Council plans to meet in June, and the last meeting was a success.", "June=2021-06"},
		// unchanged: the auxiliary of the clause the month is in
		{"A service planned for June was canceled.", "June=2020-06"},
	})
}
