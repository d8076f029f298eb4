package timex

import "testing"

// TestYearBeforeANoun checks that a four-digit year before a plural noun
// that a year qualifies is the year, not a count ("below 2005 levels",
// "the 1992 protests"), and that a count stays none: a noun a number
// counts, or a word of quantity before the number.
func TestYearBeforeANoun(t *testing.T) {
	const ref = "2023-10-25"
	tests := []struct{ text, want string }{
		{"Emissions fell 50 percent below 2005 levels.", "2005=2005"},
		{"Spending returned to 2019 levels by March.", "2019=2019; March=2023-03"},
		{"Many of the leaders who led the 1992 protests have moved.", "1992=1992"},
		{"It counted 28 percent of its 1995 profits from telecoms.", "1995=1995"},
		{"Belgium could not qualify for the 1998 finals in France.", "1998=1998"},
		{"We will meet our 2030 targets and 2050 goals.", "2030=2030; 2050=2050"},
		{"Turnout rose in the 2020 and 2022 elections.", "2020=2020; 2022=2022"},
		{"The proposed rule revises the 2019 rules.", "2019=2019"},
		// counts
		{"He sent 2000 troops.", ""},
		{"More than 2000 protests erupted.", ""},
		{"Some 1995 riots were recorded.", ""},
		{"Between 1500 and 2000 protests erupted.", ""},
		{"It logged 2000 visits.", ""},
		{"They face the 20000 levels.", ""},
	}
	for _, tc := range tests {
		if got := show(Find(tc.text, ref)); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
