package extract

import (
	"testing"

	"annals"
)

// A city opening a person's name ("Baghdad Amreyev") is a given name,
// never a place; the city alone stays a place.
func TestCityInPersonName(t *testing.T) {
	tests := []struct {
		text         string
		person       string
		place, nonPl string
	}{
		{"Leaders of the Turkic Council yesterday appointed Baghdad Amreyev, a career diplomat from Kazakhstan, as Secretary General.", "Baghdad Amreyev", "Kazakhstan", "Baghdad"},
		{"The ministers appointed Paris Okonkwo, a lawyer from Lagos, as the new chair of the board.", "Paris Okonkwo", "Lagos", "Paris"},
		{"The ministers met in Baghdad on Tuesday to discuss water.", "", "Baghdad", ""},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2018-09-04")
		people, places := entityNames(d, annals.Person), entityNames(d, annals.Place)
		if tc.person != "" && !has(people, tc.person) {
			t.Errorf("%q: people %q, want %q", tc.text, people, tc.person)
		}
		if !has(places, tc.place) {
			t.Errorf("%q: places %q, want %q", tc.text, places, tc.place)
		}
		if tc.nonPl != "" && has(places, tc.nonPl) {
			t.Errorf("%q: %q is a place", tc.text, tc.nonPl)
		}
	}
}

// TestCitySurnameAfterGivenName: a surname the lists hold as a city or
// a region ends a name that opens with a known given name and a word no
// list knows ("Rosa Icela Rodriguez"), after a title.
func TestCitySurnameAfterGivenName(t *testing.T) {
	checkNames(t, []nameCase{
		{text: "Secretary Maria Itzel Rodriguez met the Minister in Ottawa.", keep: "Maria Itzel Rodriguez", not: "Rodriguez"},
		{text: "The talks were led by Ambassador Alicia Qorvena Ibarra; the others listened.", keep: "Alicia Qorvena Ibarra", not: "Ibarra"},
	})
}

// TestCountrySurnameAfterTitle: a country's name after a title and a
// known given name or a word of a name no list knows, ending the chunk,
// is the surname ("Deputy Attorney General Lisa Monaco,", "Judge Carla
// Chad"), not the country.
func TestCountrySurnameAfterTitle(t *testing.T) {
	checkNames(t, []nameCase{
		{text: "Deputy Attorney General Lisa Monaco, Deputy Secretary Tom Reed, and others accompanied the Secretary.", keep: "Lisa Monaco", not: "Lisa"},
		{text: "Ambassador Maria Jordan, of the Embassy, spoke on Monday.", keep: "Maria Jordan", not: "Maria"},
		// a word of a name no list knows before the country
		{text: "Judge Carla Chad ruled on the case on Tuesday.", keep: "Carla Chad", not: "Carla"},
		{text: "The case went to Judge Carla Chad, who ruled on Tuesday.", keep: "Carla Chad", not: "Chad"},
		// not a country written in capitals or with periods
		{text: "The President discussed with Prime Minister Netanyahu U.S. coordination with the region.", keep: "Netanyahu", not: "Netanyahu U.S."},
	})
}

// TestGivenNameNoCountryName: "Bharat", a name of India in Hindi, opens
// in the news names of people and companies ("Bharat Ramamurti", "Bharat
// Electronics"), and is no name of the country.
func TestGivenNameNoCountryName(t *testing.T) {
	checkNames(t, []nameCase{
		{"Deputy Director of the National Economic Council Bharat Ramamurti spoke.", "Bharat Ramamurti", "Bharat"},
		{"The plant will be built by Bharat Semi, a company based in Gujarat.", "", "Bharat"},
	})
	checkTypesOfNames(t, []typeCase{
		{"The deal between Northrop and Bharat Electronics covers sonar.", "Bharat", annals.Org},
	})
}

// TestCityAsGivenNameInHeadline: a person named after a noun of who they
// are ("footballer Amara Diallo", "international footballer ...") is a
// person, and the city a list reads in the headline's "Amara Diallo" is
// the person's given name there too.
func TestCityAsGivenNameInHeadline(t *testing.T) {
	const text = "# UNICEF names footballer Amara Diallo Goodwill Ambassador\n\nUNICEF today appointed international footballer Amara Diallo as its newest Goodwill Ambassador.\n"
	d := run(t, "x.md", text, "2024-09-02")
	if people := entityNames(d, annals.Person); !has(people, "Amara Diallo") {
		t.Errorf("people %q, want Amara Diallo", people)
	}
	if places := entityNames(d, annals.Place); has(places, "Amara") {
		t.Errorf("places %q, want no Amara", places)
	}
	checkRoles(t, []roleCase{
		{name: "the footballer's office", text: text, want: []roleWant{{"Amara Diallo", "Goodwill Ambassador", "UNICEF"}}},
	})
}

// TestGivenNameAloneNoCity: a city's name that is the given name of a
// person the story names in full, alone before a verb of a person, is
// that person ("Amara has been a champion", Amara Diallo), not the city;
// after a word of place it stays the city, and a country keeps its sense.
func TestGivenNameAloneNoCity(t *testing.T) {
	for _, tc := range []struct {
		text, place string
		want        bool
	}{
		{"UNICEF appointed footballer Amara Diallo as Goodwill Ambassador. Amara has been a champion of children's rights since 2019.", "Amara", false},
		{"UNICEF appointed footballer Amara Diallo as Goodwill Ambassador. Amara said she was honoured.", "Amara", false},
		{"UNICEF appointed footballer Amara Diallo as Goodwill Ambassador. He grew up in Amara before moving to Dakar.", "Amara", true},
		{"King Abdullah met Jordan Smith in Washington. Jordan has long supported the talks.", "Jordan", true},
	} {
		d := run(t, "x.txt", tc.text, "2024-09-02")
		if got := has(entityNames(d, annals.Place), tc.place); got != tc.want {
			t.Errorf("%q: place %q %v, want %v (%v)", tc.text, tc.place, got, tc.want, entityNames(d, annals.Place))
		}
	}
}

// TestDatelineInCapitals: a place the story writes only in capitals (a
// dateline: "SUVA, 24 June") is named as the gazetteer writes it, the
// capitals kept as an alias; an acronym the gazetteer writes in capitals
// stays as written.
func TestDatelineInCapitals(t *testing.T) {
	for _, tc := range []struct{ text, name, alias string }{
		{"SUVA, 24 June 2021 — Leaders met today to appoint a new head of the council.", "Suva", "SUVA"},
		{"ROME, 2 May 2022 — Ministers met today.", "Rome", "ROME"},
		{"NATO ministers met in Brussels on Tuesday.", "NATO", ""},
	} {
		d := run(t, "x.txt", tc.text, "2022-05-02")
		found := false
		for _, e := range d.Entities {
			if e.Name == tc.name {
				found = true
				if tc.alias != "" && !has(e.Aliases, tc.alias) {
					t.Errorf("%q: %s has aliases %v, want %s", tc.text, e.Name, e.Aliases, tc.alias)
				}
			}
		}
		if !found {
			t.Errorf("%q: no entity named %s in %v", tc.text, tc.name, d.Entities)
		}
	}
}

// TestPlaceSurnameAfterInitial: after a title, a given name and a middle
// initial, a country's or a city's name ends the person's name, also
// before "of" or a possessive ("Deputy Minister Clara T. Monaco",
// "Attorney General Peter Garland’s statement"); the place after "of"
// stays a place.
func TestPlaceSurnameAfterInitial(t *testing.T) {
	checkNames(t, []nameCase{
		{text: "The panel is led by the Deputy Minister Clara T. Monaco, and it meets monthly.", keep: "Clara T. Monaco", not: "Monaco"},
		{text: "Judge Rosa M. Chad ruled on the case on Tuesday.", keep: "Rosa M. Chad", not: "Chad"},
		{text: "Ambassador Anna K. Jordan of the Embassy spoke on Monday.", keep: "Anna K. Jordan", not: "Jordan"},
		{text: "The Council welcomed the Attorney General Peter J. Garland’s statement on Monday.", keep: "Peter J. Garland", not: "Garland"},
		{text: "The Council welcomed Attorney General Peter Garland’s statement on Monday.", keep: "Peter Garland", not: "Garland"},
		// guards: the name without the place, and the place after "of"
		{text: "Deputy Minister Clara T. Smith spoke in Monaco on Monday.", keep: "Clara T. Smith", not: "Clara T"},
		{text: "Ambassador Anna K. Berg of Ghana spoke on Monday.", keep: "Ghana", not: "Anna K"},
	})
	checkRoles(t, []roleCase{
		{name: "initial then country", text: "Ambassador Anna K. Jordan spoke on Monday.",
			not: []roleWant{{"Anna K", "Ambassador", "Jordan"}}},
		{name: "initial, country, of", text: "Ambassador Anna K. Jordan of Ghana spoke on Monday.",
			want: []roleWant{{"Anna K. Jordan", "Ambassador", "Ghana"}}},
	})
}
