package extract

import (
	"annals"
	"testing"
)

// TestPastYearDatesNoEvent checks "the past year" in an event's sentence:
// twelve months up to the story, which its TimeML value (the year before
// the story's) does not date, so it dates no event, and a held event it
// holds keeps no date rather than the day of the story ("meeting with
// more than 250 legislators in the past year", read in December 2018,
// was a meeting of 2017; a meeting ahead told beside it takes the story's
// month, as any undated plan).
func TestPastYearDatesNoEvent(t *testing.T) {
	tests := []struct{ text, pub, want string }{
		{"The Vice President has led these efforts, traveling to 20 states and meeting with more than 250 state legislators in the past year.", "2018-12-17", "meeting "},
		{"Over the past year, the Secretary met with leaders from 40 countries.", "2019-11-27", "meeting "},
		{"He will meet with Italy's leaders to thank Prime Minister Meloni for her leadership of the G7 over the past year.", "2024-05-17", "meeting 2024-05"},
		// unchanged: a date of its own
		{"In March, the agency signed an agreement with Mexico, its biggest in the past year.", "2024-05-17", "agreement 2024-03"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, annals.Date(tc.pub))
		if g := eventTypeDates(d); g != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, g, tc.want)
		}
	}
}
