package extract

import "testing"

// TestSentenceOfTitlesIsNoHeading: a sentence whose words of four letters
// or more are all capitalized titles and names, but with a verb in lower
// case ("met"), is running text: the tagger's people and places in it
// are kept, and the office of a country is read. A heading in Title Case
// still is one.
func TestSentenceOfTitlesIsNoHeading(t *testing.T) {
	checkRoles(t, []roleCase{
		// new: fail on the parent
		{name: "country inside the title",
			text: "The Minister of Foreign Affairs of Bosnia and Herzegovina, Elmedin Hasic, met the Minister.",
			want: []roleWant{{"Elmedin Hasic", "Minister of Foreign Affairs", "Bosnia and Herzegovina"}}},
		{name: "the second of two offices",
			text: "The Federal Minister for Foreign Affairs of Austria, Anna Huber, met the Minister of Foreign Affairs of Slovenia, Luka Novak.",
			want: []roleWant{{"Luka Novak", "Minister of Foreign Affairs", "Slovenia"}}},
		// guard: pass on both
		{name: "running text",
			text: "The Minister of Foreign Affairs of Chile, Pedro Soto, attended the summit.",
			want: []roleWant{{"Pedro Soto", "Minister of Foreign Affairs", "Chile"}}},
	})
	checkNames(t, []nameCase{
		{text: "The Minister of Foreign Affairs of Bosnia and Herzegovina, Elmedin Hasic, met the Minister.", keep: "Elmedin Hasic"},
		{text: "Statement by the Minister of Foreign Affairs on the Future of Kessra Province", not: "Kessra Province"},
	})
}
