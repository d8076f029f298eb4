package timex

import "testing"

// TestFormalDate checks the date of a treaty or a proclamation written in
// words: an ordinal day (a word or "28th") after "this" or "the", "day
// of" or "of", the month, then the year in words, directly after a comma
// or after "in the year" (was the month alone, of the reference year, or
// nothing: "Two Thousand" with a capital was not read).
func TestFormalDate(t *testing.T) {
	findCases(t, "2025-11-01", []struct{ text, want string }{
		{"Signed in Tokyo this 28th day of October, two thousand and twenty-five.",
			"28th day of October, two thousand and twenty-five=2025-10-28"},
		{"Done at Washington this twentieth day of October, two thousand and twenty-five.",
			"twentieth day of October, two thousand and twenty-five=2025-10-20"},
		{"Done at Jakarta on the Sixth of September in the Year Two Thousand and Twenty-Three.",
			"Sixth of September in the Year Two Thousand and Twenty-Three=2023-09-06"},
		{"Signed on the Twelfth day of November in the Year Two Thousand and Twenty-Two in one copy.",
			"Twelfth day of November in the Year Two Thousand and Twenty-Two=2022-11-12"},
		{"Done this 19th day of February, two thousand and twenty-six.",
			"19th day of February, two thousand and twenty-six=2026-02-19"},
		// unchanged
		{"I have hereunto set my hand this tenth day of October, in the year of our Lord two thousand twenty-four.",
			"tenth day of October, in the year of our Lord two thousand twenty-four=2024-10-10"},
		{"Signed this 28th day of October in Tokyo.", "October=2025-10"},
		{"The sixth of September, two thousand troops arrived.", "September=2025-09"},
		{"The fund gave two thousand and five hundred grants in October.", "October=2025-10"},
		{"The 6th of September 2023 was warm.", "6th of September 2023=2023-09-06"},
		{"Signed the fifth of May, two thousand and five hundred copies were sold.", "May=2025-05"},
	})
}
