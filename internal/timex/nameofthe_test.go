package timex

import "testing"

// TestNameOfTheFuture checks "the Future" or "the Past" capitalized after
// "of" or "for" and a capitalized word: the end of a name ("the Summit of
// the Future"), no time; "the future" in lower case, or after a word in
// lower case, stays one.
func TestNameOfTheFuture(t *testing.T) {
	findCases(t, "2024-06-01", []struct{ text, want string }{
		{"Leaders will gather in Lima for the Summit of the Future.", ""},
		{"The Andean Council opened a Museum of the Past in Quito.", ""},
		{"Peru pledged $5 million to the Fund for the Future.", ""},
		// still times
		{"Peru will build more dams in the future.", "the future= [FUTURE_REF]"},
		{"The plan looks to the needs of the future.", "the future= [FUTURE_REF]"},
	})
}
