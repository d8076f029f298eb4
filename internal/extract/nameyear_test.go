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

// TestNameYearAcrossFor checks a year opening a gathering's name whose
// words are joined by "for" or "on" ("the 2025 Paris Nutrition for Growth
// Summit"): the gathering's year, not a year of another noun (the summit
// took the story's day).
func TestNameYearAcrossFor(t *testing.T) {
	checkEventDates(t, "2026-06-09", []eventDateCase{
		{"for in the name", "We welcome Norway hosting the 2027 Oslo Nutrition for Growth Summit.", annals.Conference, "2027"},
		{"on in the name", "Ministers will prepare the 2027 Andean Action on Water Security Conference in Lima.", annals.Conference, "2027"},
		{"for, then a place", "Norway will host the 2027 Partnership for Ocean Action Summit in Oslo.", annals.Conference, "2027"},
		// unchanged: a year right before the event's word, a year of a noun
		{"the word right after", "Ministers met at the 2023 Conference on Disarmament in Geneva.", annals.Conference, "2023"},
		{"a year of a budget", "The leaders met in Lima today to review the 2027 budget for schools.", annals.Meeting, "2026-06-09"},
	})
}
