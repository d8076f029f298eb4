package extract

import (
	"testing"

	"annals"
)

// TestLookForwardDate checks that a day or month without a year that one
// "looks forward to" is the one to come: "We look forward to the
// outcomes of the Conference on October 25", read in March, had been last
// October's, held.
func TestLookForwardDate(t *testing.T) {
	checkEventDates(t, "2024-03-28", []eventDateCase{
		{"a day", "We look forward to the outcomes of the International Expert Conference on the Recovery of Ukraine on October 25.", annals.Conference, "2024-10-25"},
		{"a month", "The Alliance looks forward to the Fellowship Summit in Washington, DC, in October, organized by the Institute.", annals.Conference, "2024-10"},
		{"a range", "We look forward to the summit on October 30-31.", annals.Conference, "2024-10-30"},
		{"looking forward", "The Ministers said they were looking forward to the summit in Lima on October 30.", annals.Conference, "2024-10-30"},
		// unchanged: a verb of the past between, the past of "look", a
		// month still ahead
		{"held between", "We look forward to building on the progress of the summit held on October 25.", annals.Conference, "2023-10-25"},
		{"looked forward", "We looked forward to the summit on October 25.", annals.Conference, "2023-10-25"},
		{"month ahead", "We look forward to the summit in May.", annals.Conference, "2024-05"},
	})
}
