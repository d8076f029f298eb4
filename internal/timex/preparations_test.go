package timex

import "testing"

// TestPreparationsAhead checks that a month after the preparations for a
// gathering is read ahead, whatever the tense of the verb before ("They
// discussed preparations for the summit in July", read in February: this
// July, not last).
func TestPreparationsAhead(t *testing.T) {
	findCases(t, "2017-02-10", []struct{ text, want string }{
		{"They discussed preparations for the summit in July.", "July=2017-07"},
		{"The ministers began preparing for the conference in October.", "October=2017-10"},
		// unchanged
		{"They discussed the outcome of the summit in July.", "July=2016-07"},
	})
}
