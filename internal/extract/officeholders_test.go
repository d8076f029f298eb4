package extract

import (
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
		{"a preposition's object is no subject",
			"At the invitation of Minister Davit Zalka, the delegation travelled to Tbilisi on 18 November, where she met Ana Beridze.",
			annals.Meeting, []string{"Ana Beridze"}, []string{"Davit Zalka"}},
	})
}
