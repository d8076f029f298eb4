package timex

import "testing"

// TestPossessiveMonth checks a month between a possessive and a
// gathering's word ("the President's May visit", "his June trip"): the
// month the gathering was held in (was no date). A possessive before a
// month and any other noun stays none ("the Secretary's May report" may
// be a modal's).
func TestPossessiveMonth(t *testing.T) {
	findCases(t, "2024-07-15", []struct{ text, want string }{
		{"During the President's May visit to Jakarta, the leaders agreed to expand trade.", "May=2024-05"},
		{"The Secretary’s March meeting with the Minister was productive.", "March=2024-03"},
		{"The Minister recalled his June trip to Nairobi.", "June=2024-06"},
		{"Our October summit will bring together leaders from 20 nations.", "October=2024-10"},
		// unchanged
		{"The Minister's March report was published.", ""},
		{"The Minister's May visit plans were shelved.", "May=2024-05"},
	})
}
