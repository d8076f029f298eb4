package timex

import "testing"

// TestYearAgoInAStoryOfQuarters checks "a year ago" after a quarter has
// been named: the same quarter a year before when its sentence compares
// results (an amount, "than", "from", "compared"), else the year before
// the reference date ("A year ago, the President signed an order", after
// a sentence on the fourth quarter, was that quarter a year back).
func TestYearAgoInAStoryOfQuarters(t *testing.T) {
	findCases(t, "2022-02-24", []struct{ text, want string }{
		{"GDP grew 7 percent in the fourth quarter of 2021. A year ago, the President signed an order on supply chains.",
			"the fourth quarter of 2021=2021 [2021-Q4]; A year ago=2021"},
		{"Output rose in the first half of 2021. Firms can fill shifts they struggled to fill a year ago.",
			"the first half of 2021=2021 [2021-H1]; a year ago=2021"},
		// unchanged: a comparison
		{"GDP grew in the fourth quarter of 2021. Profit was $5 million, up from $4 million a year ago.",
			"the fourth quarter of 2021=2021 [2021-Q4]; a year ago=2020 [2020-Q4]"},
		{"Sales rose in the fourth quarter of 2021. Costs were lower than a year ago.",
			"the fourth quarter of 2021=2021 [2021-Q4]; a year ago=2020 [2020-Q4]"},
	})
}
