package extract

import (
	"testing"

	"annals"
)

// TestPriorGathering checks that a gathering named as the one before
// ("after the last Fed meeting", "At the previous summit", "Since the last
// Quad Leaders’ Summit") has no date when its
// sentence gives none: it happened in a past the story does not date,
// not on the story's day. A date the sentence gives, or a gathering of
// the day, still dates it.
func TestPriorGathering(t *testing.T) {
	checkEventDates(t, "2024-07-15", []eventDateCase{
		{"after the last meeting", "As the Governor said after the last Reserve Board meeting, the economy is strong.", annals.Meeting, ""},
		{"at the previous summit", "At the previous summit, the leaders agreed to double aid to the region.", annals.Conference, ""},
		{"since, across an apostrophe", "Since the last Pacific Leaders’ Summit, the partners have committed over $140 million to undersea cables.", annals.Conference, ""},
		// unchanged: "since" right before, a date of its own, the day's
		// last meeting
		{"since its last meeting", "The Council has undertaken far-reaching work during the seven months since its last meeting.", annals.Meeting, ""},
		{"a date of its own", "At its last meeting on 3 May, the Board adopted the budget.", annals.Meeting, "2024-05-03"},
		{"the day's last meeting", "Today the Board held its last meeting of the year.", annals.Meeting, "2024-07-15"},
	})
}
