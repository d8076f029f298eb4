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
