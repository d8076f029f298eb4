package extract

import (
	"testing"

	"annals"
)

// TestPossessiveMonthEvent checks that a gathering named with a month
// after a possessive ("the President's May visit") is dated that month
// (was the story's day), last year's when the month is still ahead of a
// story told in the past.
func TestPossessiveMonthEvent(t *testing.T) {
	checkEventDates(t, "2024-07-15", []eventDateCase{
		{"possessive name", "During the President's May visit to Jakarta, the two leaders agreed to expand trade.", annals.Visit, "2024-05"},
		{"curly apostrophe", "The Secretary’s March meeting with the Foreign Minister was productive.", annals.Meeting, "2024-03"},
		// unchanged: a determiner
		{"determiner", "During the May visit to Jakarta, the two leaders agreed to expand trade.", annals.Visit, "2024-05"},
	})
	checkEventDates(t, "2024-03-15", []eventDateCase{
		{"month ahead, told in the past", "During the President's May visit to Jakarta, the two leaders agreed to expand trade.", annals.Visit, "2023-05"},
	})
}
