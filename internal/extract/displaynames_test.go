package extract

import (
	"testing"

	"annals"
)

// TestCountryNotNamedByItsFirstWord: a country the story writes only by
// the first word of its name ("Saudi" of "Saudi Arabia", in "the Saudi
// Foreign Minister") is named by the lists' name, in its entity and in a
// role; a shorter name of the country's own that is no first word of the
// lists' name is kept ("Turkey" for "Türkiye").
func TestCountryNotNamedByItsFirstWord(t *testing.T) {
	for _, tc := range []struct{ text, want, not string }{
		{"The Saudi delegation arrived in Geneva on Monday.", "Saudi Arabia", "Saudi"},
		{"Saudi Foreign Minister Faisal Tarek met the Secretary General on Monday.", "Saudi Arabia", "Saudi"},
		// guards
		{"Saudi Arabia hosted the talks on Monday.", "Saudi Arabia", "Saudi"},
		{"Turkey hosted the talks on Monday.", "Turkey", ""},
	} {
		d := run(t, "x.txt", tc.text, "")
		places := entityNames(d, annals.Place)
		if !has(places, tc.want) || tc.not != "" && has(places, tc.not) {
			t.Errorf("%q: places %q, want %q", tc.text, places, tc.want)
		}
	}
	checkRoles(t, []roleCase{
		{name: "first word of the country", text: "Saudi Foreign Minister Faisal Tarek met the Secretary General on Monday.",
			want: []roleWant{{"Faisal Tarek", "Foreign Minister", "Saudi Arabia"}},
			not:  []roleWant{{"Faisal Tarek", "Foreign Minister", "Saudi"}}},
	})
}
