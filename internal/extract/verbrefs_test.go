package extract

import "testing"

// TestVerbRefersBackToNothing checks a trigger that is a verb after its
// subject's "the" ("the IMF announced", "the AU created"): it tells a new
// event, not the one the story told before, so it is not merged into an
// earlier undated event of its type, which kept the later one's date
// beside its own sentence ("Hyundai announced an investment" was dated
// July 2022 by "In July 2022, the Department of Energy announced a loan").
// A noun after "the" still refers back ("The summit was held in June").
func TestVerbRefersBackToNothing(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The World Bank announced a loan to Kenya. In July 2022, the IMF announced a loan to Ghana.",
			"speech 2022-12-01; speech 2022-07"},
		{"Kenya established a national climate council. In October 2021, the AU created a youth advisory committee.",
			"founding 2022-12-01; founding 2021-10"},
		// unchanged: a noun after "the" refers back
		{"Leaders of Kenya and Ghana attended a summit in Nairobi. The summit was held in June 2022.",
			"conference 2022-06"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2022-12-01")
		if g := eventTypeDates(d); g != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, g, tc.want)
		}
	}
}
