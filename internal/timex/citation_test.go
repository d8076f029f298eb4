package timex

import "testing"

// TestCitationDate checks the date of a source in a list of references,
// the year first in parentheses: "(2018, September 20)" is one day (was
// the year alone and "September 20" of the year nearest the reference
// date), "(2020, July)" one month.
func TestCitationDate(t *testing.T) {
	findCases(t, "2023-05-10", []struct{ text, want string }{
		{"Smith, J. (2018, September 20). Straws are banned. The Post.", "2018, September 20=2018-09-20"},
		{"Doe, A. (2020, July). Why straws matter. Daily.", "2020, July=2020-07"},
		{"Lee, K. (2024, April 25th). The economy. Weekly.", "2024, April 25th=2024-04-25"},
		// unchanged
		{"In 2018, September was warm.", "2018=2018"},
		{"The fund (founded 2018, September 20 report) grew.", "2018=2018; September 20=2023-09-20"},
		{"Sales (2018, up 5%) rose.", "2018=2018"},
	})
}
