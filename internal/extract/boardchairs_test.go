package extract

import "testing"

// TestChairOfTheBoardOfBody: "Chair of the Board of X" is an office of
// X, the body whose board it names, whether the board is written as one
// word or as "Board of Directors", and not of another board the story
// calls "the Board". Made-up people.
func TestChairOfTheBoardOfBody(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "set off", text: "Maria Lopez, Chair of the Board of the Ford Foundation, spoke on Monday.",
			want: []roleWant{{"Maria Lopez", "Chair", "Ford Foundation"}},
			not:  []roleWant{{"Maria Lopez", "Chair", "Board"}}},
		{name: "after is", text: "Liz Moreno is Chair of the Board of the Heising-Simons Foundation, a family foundation.",
			want: []roleWant{{"Liz Moreno", "Chair", "Heising-Simons Foundation"}}},
		{name: "another board named before", text: "The Women of Trucking Advisory Board will review the rules.\n\nLiz Moreno is Chair of the Board of the Heising-Simons Foundation, a family foundation.",
			want: []roleWant{{"Liz Moreno", "Chair", "Heising-Simons Foundation"}},
			not:  []roleWant{{"Liz Moreno", "", "Women of Trucking Advisory Board"}}},
		{name: "board of directors named before", text: "The Board of Directors met in June. Ahmed Karimov, Chairman of the Board of Directors of the Islamic Development Bank, met the minister.",
			want: []roleWant{{"Ahmed Karimov", "Chairman", "Islamic Development Bank"}},
			not:  []roleWant{{"Ahmed Karimov", "", "Board of Directors"}}},
		{name: "the board of governors of a body", text: "Jon Sato, Chair of the Board of Governors of the Federal Reserve System, testified.",
			want: []roleWant{{"Jon Sato", "Chair", "Federal Reserve System"}}},
	})
}
