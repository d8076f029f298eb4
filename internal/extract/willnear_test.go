package extract

import (
	"testing"

	"annals"
)

// TestWillBeforeDay checks that a day without a year told after an
// auxiliary of the future, with names between them, is the one to come:
// "President Maria Lopez and First Lady Ana Lopez will travel to Rome,
// Italy for the G20 Leaders' Summit on October 30-31", read in March, had
// been last October's (the scanner reads the auxiliary within a dozen
// tokens, names counted, and took the nearer past).
func TestWillBeforeDay(t *testing.T) {
	checkEventDates(t, "2024-03-28", []eventDateCase{
		{"a range", "President Maria Lopez and First Lady Ana Lopez will travel to Rome, Italy for the G20 Leaders’ Summit on October 30-31.", annals.Conference, "2024-10-30"},
		{"a day", "President Maria Lopez will meet with President Jan Berg of the People’s Republic of Freedonia (PRF) in Lima, Peru on November 16.", annals.Meeting, "2024-11-16"},
		// unchanged: a past participle between, a day within two weeks,
		// the auxiliary right before
		{"signed between", "The Ministers will review the agreement signed on October 30.", annals.Agreement, "2023-10-30"},
		{"within two weeks", "The President will host the summit on March 20.", annals.Conference, "2024-03-20"},
		{"short", "The President will host the summit on February 20.", annals.Conference, "2025-02-20"},
	})
}
