package timex

import "testing"

// TestThisSeasonAhead checks "this spring" told ahead with an auxiliary
// when the spring of the reference year has ended: next year's ("This
// spring, the agency will propose new rules", read in July, was the spring
// gone by), also with "will" further back in the sentence when the clause
// tells nothing nearer. A season under way or ahead, or one told in the
// past, is this year's.
func TestThisSeasonAhead(t *testing.T) {
	findCases(t, "2022-07-21", []struct{ text, want string }{
		{"This spring, the agency will propose new rules.", "This spring=2023 [2023-SP]"},
		{"The council will meet again this spring.", "this spring=2023 [2023-SP]"},
		{"The First Lady will be hosting the inaugural meeting of the Future Together council at the White House this spring.", "this spring=2023 [2023-SP]"},
		// unchanged
		{"This spring, the agency proposed new rules.", "This spring=2022 [2022-SP]"},
		{"The council will meet again this fall.", "this fall=2022 [2022-FA]"},
		{"This summer, the agency will propose new rules.", "This summer=2022 [2022-SU]"},
		{"The council will meet again this winter.", "this winter=2022 [2022-WI]"},
	})
}
