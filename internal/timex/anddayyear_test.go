package timex

import "testing"

// TestAndDayWrittenYear checks that a year written after the second of two
// days ("June 9 and 10, 2025") is the first day's too: the first had been
// the year nearest the reference date, and the second no date at all.
func TestAndDayWrittenYear(t *testing.T) {
	findCases(t, "2017-06-30", []struct{ text, want string }{
		{"They met in London on June 9 and 10, 2025, and again in July.", "June 9=2025-06-09; 10, 2025=2025-06-10; July=2017-07"},
		{"The talks were held on March 3 or 4, 2019.", "March 3=2019-03-03; 4, 2019=2019-03-04"},
		// unchanged
		{"The talks were held on March 3 and 4 this year.", "March 3=2017-03-03; 4 this year=2017-03-04"},
		{"The talks were held on March 3, 1999 or 4, 2000.", "March 3, 1999=1999-03-03; 2000=2000"},
		{"The talks were held on March 3 and 4, with 2019 delegates.", "March 3=2017-03-03; 4=2017-03-04"},
	})
}
