package timex

import "testing"

// TestRunsUntilWeekday checks that a bare weekday after a gathering's
// "runs until" in the present is the one to come, whatever the past of
// the rest of the sentence: "The conference, which runs until Friday,
// opened on Wednesday" (read on a Wednesday) had last week's Friday.
func TestRunsUntilWeekday(t *testing.T) {
	findCases(t, "2024-05-08", []struct{ text, want string }{
		{"The conference, which runs until Friday, opened on Wednesday in Vienna.", "Friday=2024-05-10; Wednesday=2024-05-08"},
		{"The exhibition, which runs through Sunday, opened on Monday.", "Sunday=2024-05-12; Monday=2024-05-06"},
		// unchanged: the past
		{"The conference, which ran until Friday, opened on Wednesday in Vienna.", "Friday=2024-05-03; Wednesday=2024-05-08"},
		{"The conference runs until Friday.", "Friday=2024-05-10"},
	})
}
