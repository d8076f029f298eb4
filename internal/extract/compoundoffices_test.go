package extract

import "testing"

// TestCompoundOffices: an office written as a head, "of" and a word that
// names no body ("Deputy Chief of Mission", "Head of Delegation") is one
// office, and the body is the one set off or named after it; a second
// office joined to it by "and" still reads on to its body. Made-up people.
func TestCompoundOffices(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "set off", text: "Guests\n\nWASHINGTON, May 3, 2023 - The guests:\n\nMs. Ann Vole, Deputy Chief of Mission, Embassy of India\n\nMr. Tom Reed, Head of Delegation, Embassy of France\n",
			want: []roleWant{{"Ann Vole", "Deputy Chief of Mission", "Embassy of India"}, {"Tom Reed", "Head of Delegation", "Embassy of France"}},
			not:  []roleWant{{"Ann Vole", "Deputy Chief", "Mission"}, {"Tom Reed", "Head", "Delegation"}}},
		{name: "then another office", text: "Ann Vole is the nominee for Ambassador to Chad. Previously, she was Deputy Chief of Mission and then Chargé d’Affaires a.i. at the U.S. Mission to Canada. She has also served as Deputy Chief of Mission at the U.S. Embassy in Beirut.\n",
			want: []roleWant{{"Ann Vole", "Deputy Chief of Mission", "U.S. Embassy in Beirut"}},
			not:  []roleWant{{"Ann Vole", "Deputy Chief", "Mission and Chargé"}}},
		{name: "a second office joined by and", text: "Tom Reed is the Deputy Chief of Staff and Senior Climate Advisor at the U.S. Department of Agriculture.\n",
			want: []roleWant{{"Tom Reed", "Deputy Chief of Staff and Senior Climate Advisor", "U.S. Department of Agriculture"}}},
	})
}
