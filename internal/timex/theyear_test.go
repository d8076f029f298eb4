package timex

import "testing"

// TestTheYearNotThisYear checks "the year" that is not the reference
// year: twelve months after something ("in the year since the ruling",
// "the year following birth") and a year named just before it ("in 1937,
// the year the workers joined", "make 2024 the year of action"): no date
// (was the reference year).
func TestTheYearNotThisYear(t *testing.T) {
	findCases(t, "2020-06-10", []struct{ text, want string }{
		{"Attacks rose in the year since the Supreme Court ruling.", ""},
		{"Care covers mothers in the year following birth.", ""},
		{"His grandfather started at the plant in 1937, the year the workers joined the union.", "1937=1937"},
		{"The leaders pledged to make 2024 the year of implementation.", "2024=2024"},
		// unchanged: the reference year
		{"Sales rose during the year.", "the year=2020"},
		{"Growth was strong in the first half of the year, since demand rose.", "the first half=2020 [2020-H1]; the year=2020"},
		{"In 2019 sales fell. For the year, volume was flat.", "2019=2019; the year=2020"},
		{"Net rose in the year ended Dec. 31, 1988.", "the year=1988; Dec. 31, 1988=1988-12-31"},
	})
}
