package timex

import "testing"

// TestWeekdayYearByTense checks a weekday written with a day and month but
// no year: it takes the year in which that day is that weekday, going
// back from the reference date when the clause is told in the past and on
// when it is told ahead, not the nearest year of the day and month.
func TestWeekdayYearByTense(t *testing.T) {
	findCases(t, "2026-03-10", []struct{ text, want string }{
		// Tuesday, June 21: 2022 back, 2033 ahead (2026 is a Sunday)
		{"On Tuesday, June 21, officials convened in Geneva.", "Tuesday, June 21=2022-06-21"},
		{"Officials convened in Geneva on Tuesday, June 21.", "Tuesday, June 21=2022-06-21"},
		{"On Tuesday, June 21, the President hosted the Unity Summit.", "Tuesday, June 21=2022-06-21"},
		{"The ministers met on Friday, June 21.", "Friday, June 21=2024-06-21"},
		{"The ministers will meet on Monday, June 21.", "Monday, June 21=2027-06-21"},
		{"On Thursday, November 4, the Council will adopt its report.", "Thursday, November 4=2027-11-04"},
		{"On Thursday, November 4, the Council adopted its report.", "Thursday, November 4=2021-11-04"},
		// a clause told after "that" takes its own verb's tense
		{"The Agency announced that on Monday, June 21, the President hosted the summit.", "Monday, June 21=2021-06-21"},
		{"The Agency announced that on Monday, June 21, the President will host the summit.", "Monday, June 21=2027-06-21"},
		// the nearest Monday, December 14 is ahead, in 2026
		{"On Monday, December 14, the President hosted the summit.", "Monday, December 14=2020-12-14"},
		{"On Monday, December 14, the President will host the summit.", "Monday, December 14=2026-12-14"},
		// unchanged: the weekday fits the year the tense gives, or the
		// nearest year
		{"On Tuesday, September 15, the President will host the summit.", "Tuesday, September 15=2026-09-15"},
		{"On Monday, September 15, the President hosted the summit.", "Monday, September 15=2025-09-15"},
		// told ahead, but the first such day ahead is years away: the
		// nearest, a page dated late more likely than a plan for 2030
		{"On Thursday, November 4, the Council will adopt its report in Oslo.", "Thursday, November 4=2027-11-04"},
	})
	findCases(t, "2024-02-15", []struct{ text, want string }{
		{"On Thursday, November 2, the President will host the Prime Minister.", "Thursday, November 2=2023-11-02"},
		{"On Thursday, September 26, the President will meet with the King.", "Thursday, September 26=2024-09-26"},
	})
}

// TestWeekdayRangeYear checks a range opened by a weekday: it moves with
// its first day.
func TestWeekdayRangeYear(t *testing.T) {
	findCases(t, "2021-11-28", []struct{ text, want string }{
		// Monday, July 15: 2024 ahead, 2019 back (2022 is a Friday)
		{"From Monday, July 15, to Wednesday, July 17, the President will travel to Texas.", "Monday, July 15, to Wednesday, July 17=2024-07-15..2024-07-17"},
		{"From Monday, July 15, to Wednesday, July 17, the President traveled to Texas.", "Monday, July 15, to Wednesday, July 17=2019-07-15..2019-07-17"},
		// unchanged: the weekday fits
		{"From Friday, July 15, to Sunday, July 17, the President will travel to Texas.", "Friday, July 15, to Sunday, July 17=2022-07-15..2022-07-17"},
	})
}
