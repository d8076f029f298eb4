package timex

import "testing"

// TestThisWeekOnSunday checks "this week" told ahead on a Sunday: the
// week that starts the next day (was the ISO week ending that Sunday); told
// in the past, or on another day, the reference week.
func TestThisWeekOnSunday(t *testing.T) {
	findCases(t, "2023-01-01", []struct{ text, want string }{ // a Sunday
		{"The Secretary will visit New London this week.", "this week=2023-01 [2023-W01]"},
		{"This week, the President will travel to Kentucky.", "This week=2023-01 [2023-W01]"},
		// unchanged
		{"The Secretary visited New London this week.", "this week=2023-01 [2022-W52]"},
	})
	findCases(t, "2023-01-04", []struct{ text, want string }{ // a Wednesday
		{"The Secretary will visit New London this week.", "this week=2023-01 [2023-W01]"},
	})
}
