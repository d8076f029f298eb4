package extract

import "testing"

// TestPortfolioTitleSetOff: an office with its portfolio set off before a
// name ("Kenya's Cabinet Secretary for Environment, Climate Change and
// Forestry, X,") is the person's, held for the country or body named
// before it, a portfolio listed with commas too; a ministry or a plan so
// written is no office. An appointee "as its newest Goodwill Ambassador"
// holds that office; a title ends with its line; a possessor before the
// one who "serves as" holds nothing; "Ambassador to Serbia" is held for
// the state that sends the envoy, not for Serbia. Made-up people.
func TestPortfolioTitleSetOff(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "a listed portfolio", text: "Peru's Cabinet Secretary for Environment, Climate Change and Forestry, Paul Weiss, opened the summit.",
			want: []roleWant{{"Paul Weiss", "Cabinet Secretary for Environment, Climate Change and Forestry", "Peru"}}},
		{name: "of a portfolio", text: "Peru's Minister of Environment, Paul Weiss, opened the summit.",
			want: []roleWant{{"Paul Weiss", "Minister of Environment", "Peru"}}},
		{name: "of the portfolio, a demonym", text: "The Peruvian Minister of the Environment, Paul Weiss, opened the summit.",
			want: []roleWant{{"Paul Weiss", "Minister of the Environment", "Peru"}}},
		{name: "a body's office", text: "The European Commission Director-General for Trade and Industry, Paul Weiss, opened the summit.",
			want: []roleWant{{"Paul Weiss", "Director-General for Trade and Industry", "European Commission"}}},
		{name: "a goodwill ambassador", text: "The Andean Council today appointed Paul Weiss as its newest Goodwill Ambassador.",
			want: []roleWant{{"Paul Weiss", "Goodwill Ambassador", "Andean Council"}}},
		{name: "the latest", text: "The Andean Council appointed Paul Weiss as its latest Special Envoy.",
			want: []roleWant{{"Paul Weiss", "Special Envoy", "Andean Council"}}},
		{name: "a title ends with its line", text: "Paul Weiss, Special Assistant to the President and White House Deputy Cabinet Secretary\n\nPresident Ana Ruiz spoke today with Chancellor Eva Lind of Chile.\n",
			want: []roleWant{{"Paul Weiss", "Deputy Cabinet Secretary", "White House"}},
			not:  []roleWant{{"Paul Weiss", "Deputy Cabinet Secretary President", ""}}},
		{name: "an ambassador's state, not the post", text: "Before joining the Andean Council, Maria Keller served as Austria's Ambassador to Serbia.",
			want: []roleWant{{"Maria Keller", "Ambassador", "Austria"}},
			not:  []roleWant{{"Maria Keller", "", "Serbia"}}},
		{name: "an envoy's post", text: "The Andean Council appointed Maria Keller as its Special Envoy to Sudan.",
			not: []roleWant{{"Maria Keller", "", "Sudan"}}},
		{name: "guard: a director of", text: "Maria Keller served as Director of the Andean Council from 2018 to 2021.",
			want: []roleWant{{"Maria Keller", "Director", "Andean Council"}}},
		// guards
		{name: "a ministry", text: "At Peru's Ministry of Environment, Paul Weiss spoke.",
			not: []roleWant{{"Paul Weiss", "", ""}}},
		{name: "a plan", text: "Under Peru's Plan for Health, Education and Jobs, Paul Weiss said, schools will open.",
			not: []roleWant{{"Paul Weiss", "", ""}}},
		{name: "a daughter serves", text: "Paul Weiss met the press. Paul Weiss's daughter also serves as the Andean Council's special envoy to Peru.",
			not: []roleWant{{"Paul Weiss", "", ""}}},
	})
}

// TestPlaceAnOfficeIsFor: a country or a region an office is for, before
// the name, is the office's portfolio, not whose office it is: "The
// Special Envoy for Syria, X," and "Regional Director for Africa X" give
// no role of Syria or Africa. An office of a country or a town after
// "for" ("Congressman for Florida"), and an office for a place at a body,
// keep theirs. Made-up people.
func TestPlaceAnOfficeIsFor(t *testing.T) {
	checkRoles(t, []roleCase{
		{name: "envoy for a country, set off", text: "The talks were overseen by the UN’s Special Envoy for Syria, Lars Berg. The United States welcomed them.",
			not: []roleWant{{"Lars Berg", "", "Syria"}}},
		{name: "envoy for a country, before the name", text: "Special Envoy for Syria Lars Berg briefed the Council on Monday.",
			not: []roleWant{{"Lars Berg", "", "Syria"}}},
		{name: "director for a region, set off", text: "The delegation included the Minister of Health, Ana Ruiz; Chief Officer for North America, Amina Diallo; and others.",
			not: []roleWant{{"Amina Diallo", "", "Africa"}}},
		{name: "director for a region, before the name", text: "Regional Director for Africa Amina Diallo spoke in Brazzaville on Monday.",
			not: []roleWant{{"Amina Diallo", "", "Africa"}}},
		// guards
		{name: "a body's office for a region", text: "Amina Diallo, WHO Regional Director for Africa, spoke in Brazzaville on Monday.",
			want: []roleWant{{"Amina Diallo", "Regional Director", "WHO"}}},
		{name: "a minister of a country", text: "The Minister of Energy of Kenya, Amina Diallo, spoke in Nairobi on Monday.",
			want: []roleWant{{"Amina Diallo", "Minister of Energy", "Kenya"}}},
	})
}
