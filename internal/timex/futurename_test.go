package timex

import "testing"

// TestFutureInAName checks "the Future" and "these Days" written with a
// capital inside a sentence: a word of a name ("Feed the Future", "the
// Summit of the Future", "these Days of Remembrance"), not FUTURE_REF or
// PRESENT_REF.
func TestFutureInAName(t *testing.T) {
	findCases(t, "2023-05-10", []struct{ text, want string }{
		{"The Administrator announced a $5 billion commitment to Feed the Future, the hunger initiative.", ""},
		{"The ministers prepared the UN Summit of the Future in New York.", ""},
		{"The grant went to Jobs for the Future and two colleges.", ""},
		{"As our Nation marks these Days of Remembrance, we honor the victims.", ""},
		// unchanged
		{"The ministers will meet again in the future.", "the future= [FUTURE_REF]"},
		{"These days, the fund lends more.", "These days= [PRESENT_REF]"},
		{"The ministers looked back on the past and ahead to the future.", "the past= [PAST_REF]; the future= [FUTURE_REF]"},
	})
}
