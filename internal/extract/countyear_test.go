package extract

import (
	"annals"
	"testing"
)

// TestYearThatCountsTheEvent checks a year right after the trigger that
// counts the event among others of that year ("her second meeting of
// 2024"): a day or month of that year the sentence gives dates the event
// ("Today, ... convened her second meeting of 2024" is today; was 2024).
// Alone, the year still dates it.
func TestYearThatCountsTheEvent(t *testing.T) {
	tests := []struct{ text, pub, want string }{
		{"Today, Vice President Kamala Harris convened her second meeting of 2024 with leaders who protect voting rights.", "2024-09-05", "conference 2024-09-05"},
		{"Yesterday, the Secretary-General convened his third meeting of 2023 with the heads of agencies.", "2023-06-14", "meeting 2023-06-13"},
		// unchanged
		{"The ministers held their first meeting of 2023 in Geneva.", "2024-09-05", "meeting 2023"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, annals.Date(tc.pub))
		if g := eventTypeDates(d); g != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, g, tc.want)
		}
	}
}
