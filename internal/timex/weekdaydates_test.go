package timex

import "testing"

// TestWeekdayWithItsDay checks a weekday whose day the words after it
// give: set off by a parenthesis or "the" ("Tuesday (September 10)",
// "Tuesday, the 10th of September"), or the first of two days of the
// month the second names ("Tuesday 10 and Wednesday 11 September", "from
// Monday 9 to Wednesday 11 December"): it is that day, not the weekday
// nearest the reference date (Friday 20 September 2024).
func TestWeekdayWithItsDay(t *testing.T) {
	findCases(t, "2024-09-20", []struct{ text, want string }{
		{"The ministers met on Tuesday (September 10) in Brussels.", "Tuesday=2024-09-10; September 10=2024-09-10"},
		{"The ministers met on Tues. (Sept. 10) in Brussels.", "Tues.=2024-09-10; Sept. 10=2024-09-10"},
		{"The ministers met on Tuesday, the 10th of September, in Brussels.", "Tuesday=2024-09-10; 10th of September=2024-09-10"},
		{"The ministers met on Tuesday 10 and Wednesday 11 September in Brussels.", "Tuesday 10=2024-09-10; Wednesday 11 September=2024-09-11"},
		{"The ministers met on Tuesday 10th and Wednesday 11th September.", "Tuesday 10th=2024-09-10; Wednesday 11th September=2024-09-11"},
		{"The ministers met on Monday 9 and Thursday 12 September in Brussels.", "Monday 9=2024-09-09; Thursday 12 September=2024-09-12"},
		{"The ministers met from Monday 9 to Wednesday 11 September in Brussels.", "Monday 9 to Wednesday 11 September=2024-09-09..2024-09-11"},
		{"The ministers met on Monday 30 and Tuesday 1 October.", "Monday 30=2024-09-30; Tuesday 1 October=2024-10-01"},
		{"The summit takes place on Thursday 12 and Friday 13 December.", "Thursday 12=2024-12-12; Friday 13 December=2024-12-13"},
		// the year in which the days are their weekdays: 2018, not 2024
		{"The ministers met on Monday 10 and Tuesday 11 December.", "Monday 10=2018-12-10; Tuesday 11 December=2018-12-11"},
		// unchanged: no day after the weekday, or a count after it
		{"The ministers met on Tuesday (local time) in Brussels.", "Tuesday=2024-09-17"},
		{"The ministers met on Tuesday and Wednesday in Brussels.", "Tuesday=2024-09-17; Wednesday=2024-09-18"},
		{"The ministers met on Tuesday 10 and 11 delegates attended.", "Tuesday=2024-09-17"},
		{"The ministers met on Monday, 9 September and Tuesday, 10 September.", "Monday, 9 September=2024-09-09; Tuesday, 10 September=2024-09-10"},
	})
}
