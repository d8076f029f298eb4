package extract

import (
	"slices"
	"testing"

	"annals"
)

// TestTwoNamedGatherings checks that two gatherings one sentence tells by
// two names of their own are two events, each with its name, though
// one date and place follow both ("the ASEAN-Japan Summit and the East
// Asia Summit in Vientiane on 10-11 October"); a name told again, or a
// second name with neither a date of its own nor the first's status,
// is not one more.
func TestTwoNamedGatherings(t *testing.T) {
	const pub = annals.Date("2024-10-08")
	tests := []struct {
		name, text string
		want       []string // the titles of the conferences, in order
		date       annals.Date
	}{
		{"hyphenated names", "The Prime Minister will attend the ASEAN-Japan Summit and the East Asia Summit in Vientiane on 10-11 October.",
			[]string{"ASEAN-Japan Summit", "East Asia Summit"}, "2024-10-10"},
		{"ordinals", "The Prime Minister will attend the 44th ASEAN Summit and the 19th East Asia Summit in Vientiane on 10-11 October.",
			[]string{"44th ASEAN Summit", "19th East Asia Summit"}, "2024-10-10"},
		{"the second told definite", "The Foreign Minister attended the Andean Trade Summit and the Pacific Ocean Summit in Lima last week.",
			[]string{"Andean Trade Summit", "Pacific Ocean Summit"}, "2024-10"},
		{"held, a range", "The Vice President is attending the Andean-Caribbean Summit and the Pacific Rim Summit in Lima from October 7-9.",
			[]string{"Andean-Caribbean Summit", "Pacific Rim Summit"}, "2024-10-07"},
		// guards: one gathering
		{"the name told again", "The Prime Minister will attend the ASEAN-Japan Summit in Tokyo on 10 October, and the Summit will adopt a declaration.",
			[]string{"ASEAN-Japan Summit"}, "2024-10-10"},
		{"one name", "Leaders will meet at the East Asia Summit in Vientiane on 11 October.",
			[]string{"East Asia Summit"}, "2024-10-11"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, pub)
			var got []string
			for _, e := range d.Events {
				if e.Type != annals.Conference {
					continue
				}
				got = append(got, string(e.Title))
				if e.Date != tc.date {
					t.Errorf("%q: %q dated %q, want %q", tc.text, string(e.Title), e.Date, tc.date)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("%q: conferences %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
