package extract

import (
	"testing"

	"annals"
)

// TestSecondTitleOfAKnownBody: "the Council of Ministers of Italy and G7
// President, X": the second title, a known body's, ends the first body's
// name; and "Council of Ministers" alone is no one body the lists know.
func TestSecondTitleOfAKnownBody(t *testing.T) {
	checkNames(t, []nameCase{
		{text: "The President of the Council of Ministers of Italy and G7 President, Giorgia Meloni, met the other leaders.", keep: "Council of Ministers of Italy", not: "Council of Ministers of Italy and G7 President"},
	})
	d := run(t, "x.txt", "The Council of Ministers appointed Ambassador Lazar Coman of Romania as the new Secretary General.", "2019-11-22")
	for _, e := range d.Entities {
		if e.Type == annals.Org && has(e.Aliases, "Council of the European Union") || e.Name == "Council of the European Union" {
			t.Errorf("the Council of Ministers is the EU's: %+v", e)
		}
	}
}

// TestNamedEventAcrossParagraphs: an event named by its own name in a
// sentence naming no one takes no actors from the paragraph before.
func TestNamedEventAcrossParagraphs(t *testing.T) {
	checkParts(t, "2019-11-22", []partCase{
		{"quoted campaign after a paragraph break",
			"Mr. Christos paid an official visit to Tbilisi on 18 November, where he met Foreign Minister Davit Zalka.\n\nThe “Black Sea Clean” campaign, launched in 2018, has mobilized more than 5,000 volunteers in six countries.",
			annals.Campaign, nil, []string{"Davit Zalka", "Christos"}},
	})
}

// TestNumberedGatheringOfABody: "The 12th Global Forum of the Alliance"
// is a gathering of a body, no body (the tagger read it as one, and "the
// Alliance" then stood for it).
func TestNumberedGatheringOfABody(t *testing.T) {
	checkNames(t, []nameCase{
		{"The 12th Global Forum of the Alliance took place in Lisbon on 25 November 2024.", "Lisbon", "12th Global Forum of the Alliance"},
		{"The Fifth Summit of the Council opened in Baku.", "Baku", "Fifth Summit of the Council"},
		// guard: a body's name after an ordinal keeps it
		{"The 12th Global Forum of the United Nations Alliance of Civilizations took place in Fez.", "United Nations Alliance of Civilizations", "12th Global Forum of the United Nations Alliance of Civilizations"},
	})
}

// TestProgrammeNameBeforeItsNoun: "launched the Balkan Green Skills
// programme": the name of a programme written before its common noun is
// no body (the tagger read one, and the launch became a founding).
func TestProgrammeNameBeforeItsNoun(t *testing.T) {
	checkNames(t, []nameCase{
		{"The Andean Council and the Lima Fund launched the Balkan Green Skills programme in May.", "Andean Council", "Balkan Green Skills"},
		{"The council launched its Young Peacebuilders initiative for 25 young people.", "", "Young Peacebuilders"},
		// guard: a body before the noun stays a body
		{"The Rockefeller Foundation programme trains nurses in Kenya.", "Rockefeller Foundation", ""},
	})
}

// TestMortgageAgenciesKnown: the two mortgage companies the United States
// chartered are known bodies, though named like people ("Fannie Mae",
// "Freddie Mac"), alone or joined by "and". Made-up sentences.
func TestMortgageAgenciesKnown(t *testing.T) {
	checkTypedNames(t, []typedCase{
		{name: "joined",
			text: "Fannie Mae and Freddie Mac will lower fees for first-time buyers next year.",
			want: []typedName{{annals.Org, "Fannie Mae"}, {annals.Org, "Freddie Mac"}},
			not:  []typedName{{annals.Person, "Fannie Mae"}, {annals.Person, "Freddie Mac"}, {annals.Org, "Fannie Mae and Freddie Mac"}}},
		{name: "alone, in the possessive",
			text: "Loans backed by Fannie Mae grew, and Freddie Mac's new rule takes effect in May.",
			want: []typedName{{annals.Org, "Fannie Mae"}, {annals.Org, "Freddie Mac"}},
			not:  []typedName{{annals.Person, "Fannie Mae"}, {annals.Person, "Freddie Mac"}}},
		{name: "guard: a person of a name that opens like one",
			text: "Senator Freddie Macks spoke on Monday.",
			want: []typedName{{annals.Person, "Freddie Macks"}}},
	})
}

// TestBodyOpenedByATitlesModifier: "the Special Emergency Assistance
// Fund" is a body whose name a title's modifier opens, no "Special"
// official named "Emergency Assistance"; a person after "Special Envoy"
// stays a person. Made-up sentences.
func TestBodyOpenedByATitlesModifier(t *testing.T) {
	checkNames(t, []nameCase{
		{"The Chairperson announced a contribution of USD 250,000 from the Special Emergency Assistance Fund.", "Special Emergency Assistance Fund", "Emergency Assistance"},
		{"The Council gave USD 2 million from the Andean Council Special Climate Fund on Monday.", "Andean Council Special Climate Fund", "Climate Fund"},
		{"guard: Special Envoy Ana Ruiz met the Andean Council in Lima.", "Ana Ruiz", ""},
		{"guard: Senior Adviser Ana Ruiz met the board of the Andean Fund.", "Ana Ruiz", ""},
	})
}
