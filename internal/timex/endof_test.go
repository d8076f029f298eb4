package timex

import "testing"

// TestEndOfTheYear checks that "the end of the year", "the beginning of
// the month" are one date, the year or month "the year" and "the month"
// read, the modifier in the span as TimeML marks it.
func TestEndOfTheYear(t *testing.T) {
	const ref = "1990-08-13"
	tests := []struct{ text, want string }{
		{"The goal is to put 40,000 troops in the region by the end of the month.", "the end of the month=1990-08"},
		{"It expects a reduction of $500 million by the end of the year.", "the end of the year=1990"},
		{"At the beginning of the year, sales fell.", "the beginning of the year=1990"},
		{"It was sold at the start of the month.", "the start of the month=1990-08"},
		{"In 1988 the plant was shut; at the end of that year it reopened.", "1988=1988; the end of that year=1988"},
		{"By the end of this month, it ends.", "the end of this month=1990-08"},
		// none, or another date
		{"By the end of the years, it ended.", ""},
		{"At the end of the month of May, it ended.", "May=1990-05"},
		{"By the end of the year 2000, it ended.", "2000=2000"},
		{"It runs three months to the end of the months.", ""},
	}
	for _, tc := range tests {
		if got := show(Find(tc.text, ref)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
	if got := show(Find("They will finish by the end of the month.", "")); got != "" {
		t.Errorf("no reference date: got %q, want nothing", got)
	}
}
