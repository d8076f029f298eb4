package extract

import (
	"testing"

	"annals"
)

// TestNameYear checks a year that opens a gathering's name ("the 2021
// Summit of the Americas", "the 2023 WBG and IMF Annual Meetings"): it
// gives a bare month after it its year, and the gathering takes that month
// ("the 2021 Summit ..., held in September", read in October 2022, was
// September 2022 and the summit 2021); a year before a conjunction of
// names is still the name's ("the 2023 WBG and IMF Annual Meetings" was no
// date, and the meetings took the story's day).
func TestNameYear(t *testing.T) {
	tests := []struct {
		pub                 annals.Date
		text, dates, events string
	}{
		{"2022-10-10", "The 2021 Summit of the Americas, held in Los Angeles in September, was a success.",
			"2021=2021; September=2021-09", "conference 2021-09"},
		{"2022-10-10", "The President attended the 2021 Summit of the Americas in Los Angeles in September.",
			"2021=2021; September=2021-09", "conference 2021-09"},
		{"2022-02-28", "The ministers looked toward the 2023 WBG and IMF Annual Meetings and beyond.",
			"2023=2023", "meeting 2023"},
		// unchanged: a treaty's year after the month, another thing's year
		{"2018-08-02", "On December 13, Nigeria and Rwanda signed the Artemis Accords, which are grounded in the 1967 Outer Space Treaty.",
			"December 13=2017-12-13; 1967=1967", "agreement 2017-12-13; agreement 1967"},
		{"2022-10-10", "The leaders met in September to review the 2023 budget.",
			"September=2022-09; 2023=2023", "meeting 2022-09"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, tc.pub)
		if g := dateValues(d); g != tc.dates {
			t.Errorf("%q: dates %q, want %q", tc.text, g, tc.dates)
		}
		if g := eventTypeDates(d); g != tc.events {
			t.Errorf("%q: events %q, want %q", tc.text, g, tc.events)
		}
	}
}
