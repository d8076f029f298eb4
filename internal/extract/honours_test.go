package extract

import "testing"

// TestHonoursAndGrantsNoBodies: a name ending with "Series", "Grant" or
// "Honor(s)" names an event series, a grant or an honour, no body, even
// after a body's head ("Kennedy Center Honor") and, for an honour, where
// the tagger reads a person; an award's name after a body's head is no
// body either ("the Distinguished Service Award" already was not).
func TestHonoursAndGrantsNoBodies(t *testing.T) {
	checkNames(t, []nameCase{
		{"He won six Emmys, a National Medal of Arts, and a Kennedy Center Honor for his work.", "", "Kennedy Center Honor"},
		{"She won three Tony Awards, Kennedy Center Honors, and the Presidential Medal of Freedom.", "", "Kennedy Center Honors"},
		{"The plan expanded eligibility for the maximum Pell Grant to more Americans.", "", "Pell Grant"},
		{"Secretary Vilsack will attend the Investing in Rural America Event Series in Iowa.", "", "Investing in Rural America Event Series"},
		{"States will receive Community Development Block Grants this year.", "", "Community Development Block Grants"},
		{"He received the Defense Meritorious Civilian Service Award in 2019.", "", "Defense Meritorious Civilian Service Award"},
		// a person's surname stays
		{"The actor Hugh Grant visited the school on Monday.", "Hugh Grant", ""},
	})
}
