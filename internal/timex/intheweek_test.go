package timex

import "testing"

// TestEarlierInTheWeek checks "earlier in the week" and "later in the
// week": the reference week, as "this week" (they were no date, and an
// event told with them took the story's day).
func TestEarlierInTheWeek(t *testing.T) {
	findCases(t, "2023-03-09", []struct{ text, want string }{ // a Thursday
		{"Earlier in the week, the minister visited Tbilisi.", "the week=2023-03 [2023-W10]"},
		{"The minister will travel to Oslo later in the week.", "the week=2023-03 [2023-W10]"},
		// no date
		{"In the week before the vote, he met donors.", ""},
		{"Earlier in the weeks of talks, he met donors.", ""},
		{"He met them earlier, in the week of talks.", ""},
	})
}
