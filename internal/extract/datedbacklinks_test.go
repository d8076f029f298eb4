package extract

import "testing"

// TestDatedBackReference checks a dated event told with "the" or a
// possessive after an undated one of its type: it dates that event only
// when it is told with the same word or stem ("The summit was held in June
// 2022", "X was elected ... The election was held on December 1") and
// the two name no two different sets of people; else it is an event of
// its own ("Jane Doe Nominated to the Superior Court" took the 2012 of
// "Prior to her appointment in 2012, Judge Doe served as ...").
func TestDatedBackReference(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Jane Doe was nominated to the Superior Court of Kenya by the President.\n\nPrior to her appointment in 2012, Judge Doe served as a negotiator in the Ministry of Justice of Kenya.",
			"appointment 2017-01-15; appointment 2012"},
		{"The Board, established by the Carter Administration, is meant to advance the goals of the HBCU Initiative.\n\nIn September, the Department of Homeland Security announced the formation of the Law Enforcement Coordination Council.",
			"founding 2017-01-15; speech 2016-09; founding 2016-09"},
		// unchanged
		{"Armando Guebuza was elected president of Mozambique. The election was held on December 1, 2016.",
			"appointment 2016-12-01"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2017-01-15")
		if g := eventTypeDates(d); g != tc.want {
			t.Errorf("%q: events %q, want %q", tc.text, g, tc.want)
		}
	}
}
