package extract

import (
	"testing"

	"annals"
)

// partCase is a made-up sentence, the event it tells and who must and
// must not take part in it.
type partCase struct {
	name, text string
	typ        annals.EventType
	want, not  []string
}

// checkParts extracts each case's text, published on pub, and checks that
// an event of the case's type has every wanted participant and none of
// the unwanted ones.
func checkParts(t *testing.T, pub annals.Date, cases []partCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, pub)
			for _, e := range d.Events {
				if e.Type != tc.typ {
					continue
				}
				for _, w := range tc.want {
					if !contains(e.Participants, w) {
						t.Errorf("%q: %s participants %q lack %q", tc.text, e.Type, e.Participants, w)
					}
				}
				for _, w := range tc.not {
					if contains(e.Participants, w) {
						t.Errorf("%q: %s participants %q hold %q", tc.text, e.Type, e.Participants, w)
					}
				}
				return
			}
			t.Fatalf("%q: events %+v, want a %s", tc.text, d.Events, tc.typ)
		})
	}
}

// TestParticipantLists covers the countries of a long list: every one
// takes part, a country after a country being the next item, not the
// place's country.
func TestParticipantLists(t *testing.T) {
	checkParts(t, "2021-05-07", []partCase{
		{"ministers from a list", "Foreign ministers from Belize, the Bahamas, Grenada, Jamaica and Suriname took part in the call.",
			annals.Meeting, []string{"Belize", "Bahamas", "Grenada", "Jamaica", "Suriname"}, nil},
		{"ampersand names", "The Prime Minister of St. Vincent & the Grenadines and ministers from Antigua & Barbuda and Trinidad & Tobago participated in the call.",
			annals.Meeting, []string{"St. Vincent & the Grenadines", "Antigua & Barbuda", "Trinidad & Tobago"}, nil},
		{"a list far from the trigger", "Governments and organizations from every region, including the Andean Council, the Nordic Council, the African Union, the European Union and the World Bank, have come together today to condemn the attack.",
			annals.Speech, []string{"Andean Council", "Nordic Council", "African Union", "European Union", "World Bank"}, nil},
		{"countries after in stay places", "The Andean Council held talks with its partners in Austria, Hungary and Slovakia.",
			annals.Meeting, []string{"Andean Council"}, []string{"Austria", "Hungary", "Slovakia"}},
		{"a city and its country", "The ministers met in Rarotonga, Cook Islands, on Monday.",
			annals.Meeting, nil, []string{"Cook Islands"}},
	})
}

// TestCompoundSides covers the sides a hyphenated compound names in an
// event's name: each takes part, a region too, and none is the place.
func TestCompoundSides(t *testing.T) {
	checkParts(t, "2023-10-25", []partCase{
		{"summit", "Leaders reaffirmed the plan at the U.S.-EU summit on October 20, 2023.",
			annals.Conference, []string{"U.S.", "EU"}, nil},
		{"a region", "Kenya wants closer ties with the Caribbean region. The President will attend the Kenya-Caribbean Leaders Meeting on June 8.",
			annals.Meeting, []string{"Kenya", "Caribbean"}, nil},
		{"an agreement named by its sides", "Peru and Chile disagree on quotas. The ministry will suspend the 2015 Chile-Peru Fisheries Agreement.",
			annals.Agreement, []string{"Chile", "Peru"}, nil},
	})
	d := run(t, "x.txt", "Leaders reaffirmed the plan at the U.S.-EU summit on October 20, 2023.", "2023-10-25")
	for _, e := range d.Events {
		if e.Place == "U.S." || e.Place == "United States" {
			t.Errorf("%s place %q: a side of the compound is not the place", e.Type, e.Place)
		}
	}
}

// TestSentenceSubject covers the subject that opens a sentence after a
// fronted time and a long title: it takes part however far the trigger.
func TestSentenceSubject(t *testing.T) {
	checkParts(t, "2023-05-26", []partCase{
		{"after today and a long title", "Today, Deputy National Security Advisor for International Economics Mia Hart, together with officials of many governments and agencies and with the support of lenders, co-chaired the third meeting of the Steering Committee.",
			annals.Meeting, []string{"Mia Hart"}, nil},
	})
}
