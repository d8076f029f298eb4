package timex

import "testing"

// TestThisPastWeek checks "this past week": the week just gone, or the
// reference week when read on its Saturday or Sunday (was no date, and an
// event of that week took the story's day).
func TestThisPastWeek(t *testing.T) {
	findCases(t, "2023-05-10", []struct{ text, want string }{ // a Wednesday
		{"The ministers met this past week in Geneva.", "this past week=2023-05 [2023-W18]"},
		{"This past week, the leaders signed the charter.", "This past week=2023-05 [2023-W18]"},
		// unchanged
		{"The ministers met this past weekend in Geneva.", "this past weekend=2023-05 [2023-W18-WE]"},
		{"They met this week and last week.", "this week=2023-05 [2023-W19]; last week=2023-05 [2023-W18]"},
		{"Prices rose over this past weeks' trading.", ""},
	})
	findCases(t, "2023-05-14", []struct{ text, want string }{ // a Sunday
		{"The ministers met this past week in Geneva.", "this past week=2023-05 [2023-W19]"},
	})
}
