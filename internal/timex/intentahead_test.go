package timex

import "testing"

// TestIntentAhead checks a month or day told after a stated intent: what
// is meant to be done lies ahead of the telling, though the telling is in
// the past ("announced their intent to sign a MOU in June", read in May,
// was the June before).
func TestIntentAhead(t *testing.T) {
	findCases(t, "2022-05-20", []struct{ text, want string }{
		{"The ministries announced their intent to sign a MOU in June in Nairobi.", "June=2022-06"},
		{"The Agency stated its intention to launch the fund in July.", "July=2022-07"},
		// unchanged: a past told without intent, and intent told of a
		// past the story dates
		{"The ministries signed a MOU in June in Nairobi.", "June=2021-06"},
		{"In March, Chile announced its intent to join the pact.", "March=2022-03"},
	})
}
