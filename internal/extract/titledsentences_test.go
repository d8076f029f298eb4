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

// TestPortfolioForOfCountry: a title's portfolio and country after "for" are
// no body's name, as after "of": "The Minister for Trade of Ireland, X"
// is X, Minister for Trade, of Ireland, not Minister of a body "Trade of
// Ireland".
func TestPortfolioForOfCountry(t *testing.T) {
	checkRoles(t, []roleCase{
		// new: fail on the parent
		{name: "portfolio after for",
			text: "The Minister for Trade of Ireland, Sean Byrne, called for calm.",
			want: []roleWant{{"Sean Byrne", "Minister for Trade", "Ireland"}},
			not:  []roleWant{{"Sean Byrne", "Minister", "Trade of Ireland"}}},
		// guards: pass on both
		{name: "energy after for",
			text: "The Minister for Energy of Kenya, Tomas Vell, opened the plant in Nairobi.",
			want: []roleWant{{"Tomas Vell", "Minister for Energy", "Kenya"}},
			not:  []roleWant{{"Tomas Vell", "Minister", "Energy of Kenya"}}},
		{name: "portfolio after of",
			text: "The Minister of Energy of Ghana, Kofi Mensah, opened the plant.",
			want: []roleWant{{"Kofi Mensah", "Minister of Energy", "Ghana"}}},
		{name: "no comma",
			text: "The Minister for Foreign Affairs of Ireland Sean Byrne called for calm.",
			want: []roleWant{{"Sean Byrne", "Minister for Foreign Affairs", "Ireland"}}},
	})
}
