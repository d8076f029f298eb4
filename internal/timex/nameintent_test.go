package timex

import "testing"

// TestIntentNounInAName checks a day told after a name ending in a noun
// of intent ("the Action Plan", "the Letter of Intent"): the name's noun
// tells nothing ahead, and the day is the one before the telling; the
// verb "plan" and a name's first word still tell what lies ahead.
func TestIntentNounInAName(t *testing.T) {
	findCases(t, "2017-05-10", []struct{ text, want string }{
		{"Ana Ruiz signed the Action Plan on Monday.", "Monday=2017-05-08"},
		{"The ministers signed the Joint Action Plan in Lima on Monday.", "Monday=2017-05-08"},
		{"The two banks signed a Letter of Intent on Monday.", "Monday=2017-05-08"},
		// unchanged: the verb, and a plan told in lower case
		{"The ministers plan to meet on Monday.", "Monday=2017-05-15"},
		{"The ministers announced a plan to meet on Monday.", "Monday=2017-05-15"},
	})
}
