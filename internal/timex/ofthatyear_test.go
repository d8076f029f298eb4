package timex

import "testing"

// TestMonthOfThatYear checks a month or day "of that year", "of the same
// year": the year the text last named (was the month of the year nearest
// the reference date, and "that year" then took that year too).
func TestMonthOfThatYear(t *testing.T) {
	findCases(t, "2023-05-10", []struct{ text, want string }{
		{"The team was founded in 1964. And in September of that year, the pitcher debuted.", "1964=1964; September of that year=1964-09"},
		{"The agency opened in 2010. In March of the same year, it hired staff.", "2010=2010; March of the same year=2010-03"},
		{"The law passed in 2008. On June 3 of that year, it took effect.", "2008=2008; June 3 of that year=2008-06-03"},
		// unchanged
		{"In May of this year, the office opened.", "May of this year=2023-05"},
		{"The law passed in 2008. Later that year, it took effect.", "2008=2008; Later that year=2008"},
		{"In March of that year-end review, costs fell.", "March=2023-03"},
	})
}
