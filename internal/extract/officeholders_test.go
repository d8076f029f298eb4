package extract

import (
	"slices"
	"testing"

	"annals"
)

// TestTwoWordOfficeActs: "the High Representative visited Baku": an
// office of two words, written with "the" and no name, is its one holder
// in the story.
func TestTwoWordOfficeActs(t *testing.T) {
	checkParts(t, "2018-11-15", []partCase{
		{"high representative",
			"The Forum was opened by UNAOC High Representative Nassir Al-Nasser.\n\nEarlier this year, the High Representative visited Baku, where he met President Ilham Aliyev.",
			annals.Visit, []string{"Nassir Al-Nasser"}, nil},
		{"two holders: no one",
			"UNAOC High Representative Nassir Al-Nasser met EU High Representative Josep Borrell.\n\nEarlier this year, the High Representative visited Baku, where he met President Ilham Aliyev.",
			annals.Visit, nil, []string{"Nassir Al-Nasser", "Josep Borrell"}},
		{"two heads",
			"OTS Secretary General Kuban Omurov opened the meeting.\n\nThe Secretary General also held bilateral meetings with the Foreign Minister of Hungary, Peter Szabo.",
			annals.Meeting, []string{"Kuban Omurov", "Peter Szabo"}, nil},
		{"two heads, two holders: no one",
			"OTS Secretary General Kuban Omurov and BSEC Secretary General Lazar Coman opened the forum.\n\nThe Secretary General also held bilateral meetings with the Foreign Minister of Hungary, Peter Szabo.",
			annals.Meeting, []string{"Peter Szabo"}, []string{"Kuban Omurov", "Lazar Coman"}},
	})
}

// TestWhereHeMet: "X paid a visit to Tbilisi, where he met Y": the
// pronoun of a clause opened by "where" or "when" is the sentence's
// subject, who takes part in the meeting.
func TestWhereHeMet(t *testing.T) {
	checkParts(t, "2019-11-22", []partCase{
		{"where he met",
			"Secretary General Michael Christos paid an official visit to Tbilisi on 18 November, where he met Foreign Minister Davit Zalka.",
			annals.Meeting, []string{"Michael Christos", "Davit Zalka"}, nil},
		{"where he will meet",
			"Today Secretary General Michael Christos is travelling to Tbilisi, where he will meet Foreign Minister Davit Zalka.",
			annals.Meeting, []string{"Michael Christos", "Davit Zalka"}, nil},
		{"a preposition's object is no subject",
			"At the invitation of Minister Davit Zalka, the delegation travelled to Tbilisi on 18 November, where she met Ana Beridze.",
			annals.Meeting, []string{"Ana Beridze"}, []string{"Davit Zalka"}},
		{"an office names the subject",
			"UNAOC High Representative Nadia Karimova opened the session. Earlier this year, the High Representative visited Baku, where she met President Ilham Aliyev.",
			annals.Meeting, []string{"Nadia Karimova", "Ilham Aliyev"}, nil},
		{"an office after a preposition is no subject",
			"UN Special Envoy Tomas Berg spoke on Monday. At the request of the Special Envoy, the team travelled to Baku, where she met Leyla Mammadova.",
			annals.Meeting, []string{"Leyla Mammadova"}, []string{"Tomas Berg"}},
	})
}

func TestWherePlace(t *testing.T) {
	checkEventPlaces(t, "2019-11-22", []placeCase{
		{"the place where stands for",
			"Secretary General Michael Christos visited Tbilisi on 18 November, where he met Foreign Minister Davit Zalka.",
			"meeting", "Tbilisi"},
		{"where after the meeting",
			"Minister Davit Zalka met Ana Beridze in Batumi on Monday and then went to Tbilisi, where he spoke.",
			"meeting", "Batumi"},
		{"a city and its state before where",
			"Minister Davit Zalka travelled from Tbilisi to Albuquerque, New Mexico, where he met Governor Ana Beridze.",
			"meeting", "Albuquerque"},
	})
}

// TestEachSideActsForItsBody: "X, Title of A, and Y, Title of B, signed",
// "was signed by X, Title of A, and Y, Title of B": both bodies take part
// (only the first side's had); a person named after a preposition adds no
// body.
func TestEachSideActsForItsBody(t *testing.T) {
	checkParts(t, "2023-03-14", []partCase{
		{"two sides",
			"Ms. Amina Moh, Deputy Secretary-General of the United Nations, and Mr. Josep Borr, High Representative of the European Union, signed a memorandum of understanding.",
			annals.Agreement, []string{"Amina Moh", "Josep Borr", "United Nations", "European Union"}, nil},
		{"two universities",
			"Prof. Ahmet Yil, Rector of Ankara University, and Mr. Hiroshi Tan, Vice-Rector at Kyoto University, signed the agreement.",
			annals.Agreement, []string{"Ankara University", "Kyoto University"}, nil},
		{"a preposition's object",
			"Ms. Amina Moh, Deputy Secretary-General of the United Nations, signed the memorandum of understanding with the support of Mr. Josep Borr, High Representative of the European Union.",
			annals.Agreement, []string{"Amina Moh", "United Nations"}, []string{"European Union"}},
		{"the passive's agents",
			"The agreement was signed by Dr. Helga Strand, Secretary-General of the Nordic Council, and Mr. Tomas Berger, President of the Andean Development Bank.",
			annals.Agreement, []string{"Helga Strand", "Tomas Berger", "Nordic Council", "Andean Development Bank"}, nil},
		{"the passive's one agent",
			"The agreement was signed by Dr. Helga Strand, Secretary-General of the Nordic Council, in the presence of Mr. Tomas Berger, President of the Andean Development Bank.",
			annals.Agreement, []string{"Helga Strand", "Nordic Council"}, []string{"Andean Development Bank"}},
	})
}

// TestHomeHolder: of several holders of an office, "the President" of a
// story with a home country (its address's, see home.go) is the home
// country's; with none, no one.
func TestHomeHolder(t *testing.T) {
	const story = "President Tom Hale of the United States met President Ana Ruiz of Chile on Monday.\n\nThe President will travel to Lima next week."
	for _, tc := range []struct {
		name, front string
		want        []string
	}{
		// (with the country he travels for: see TestVisitorsCountry)
		{"the home country's president", "---\nsource_url: https://www.example.gov/briefing/statement\n---\n", []string{"Tom Hale", "United States"}},
		{"a home country holding none", "---\nsource_url: https://www.example.de/presse\n---\n", []string{"Tom Hale", "United States", "Ana Ruiz", "Chile"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.md", tc.front+story, "2024-06-10")
			for _, e := range d.Events {
				if e.Type == annals.Visit && !slices.Equal(e.Participants, tc.want) {
					t.Errorf("visit participants %q, want %q", e.Participants, tc.want)
				}
			}
		})
	}
}

// TestNamedGatheringTakesNoActorsAcrossParagraphs: "The annual Summit of
// the X Process, held in Tirana, brought together 1,500 participants"
// names its own event; the people of the paragraph before are not its.
func TestNamedGatheringTakesNoActorsAcrossParagraphs(t *testing.T) {
	checkParts(t, "2025-08-04", []partCase{
		{"a name with of",
			"UN Secretary-General Ana Ruiz has appointed Mr. Tom Hale as her Special Envoy for the Balkans.\n\nThe annual Summit of the South-East European Cooperation Process, held in Tirana on 15 June 2025, brought together more than 1,500 participants from 45 countries.",
			annals.Conference, nil, []string{"Ana Ruiz", "Tom Hale"}},
		// guard: a gathering named by a common noun may still take them
		{"a common noun, same paragraph",
			"UN Secretary-General Ana Ruiz spoke in Tirana on 15 June 2025. The summit brought together more than 1,500 participants from 45 countries.",
			annals.Conference, []string{"Ana Ruiz"}, nil},
	})
}
