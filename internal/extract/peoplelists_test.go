package extract

import (
	"strings"
	"testing"

	"annals"
)

// TestTitledPeople checks lists of people after a title in the plural:
// each name is a person, however short, and the title is no part of it.
func TestTitledPeople(t *testing.T) {
	cases := []struct {
		text   string
		people []string
	}{
		{"Thank you to Representatives Jason Smith and Panetta, and Senators Thune and Warner for their leadership.",
			[]string{"Jason Smith", "Panetta", "Thune", "Warner"}},
		{"Thank you to Representatives Neguse and Ciscomani, and Senators Hickenlooper, Lummis and Wyden.",
			[]string{"Neguse", "Ciscomani", "Hickenlooper", "Lummis", "Wyden"}},
		{"Prime Ministers Kishida and Albanese met in Tokyo.", []string{"Kishida", "Albanese"}},
		{"There were more confirmations than under Presidents Trump, Obama, and George W. Bush up to this point.",
			[]string{"Trump", "Obama", "George W. Bush"}},
		// a surname the lists know as a town's, or as a title's
		{"Thank you to Senator Peters and Braun, and Representatives Timmons and Khanna for their leadership.",
			[]string{"Timmons", "Khanna"}},
		{"He spoke with Governor Janet Mills, as well as Senators Collins and King, and Congressman Jared Golden.",
			[]string{"Collins", "King"}},
		{"Thank you to Senators Warnock and Ernst, and Representatives Sanford Bishop, Ferguson and Adrian Smith.",
			[]string{"Sanford Bishop", "Ferguson", "Adrian Smith"}},
	}
	for _, tc := range cases {
		d := run(t, "x.txt", tc.text, "")
		got := entityNames(d, annals.Person)
		for _, p := range tc.people {
			if !has(got, p) {
				t.Errorf("%q: people %q, want %q", tc.text, got, p)
			}
		}
		for _, typ := range []annals.EntityType{annals.Org, annals.Place} {
			for _, n := range entityNames(d, typ) {
				if has(tc.people, n) {
					t.Errorf("%q: %q is a %s", tc.text, n, typ)
				}
			}
		}
	}
	// no list of people: places after "of", one name alone
	checkNames(t, []nameCase{
		// one name after the plural title is that person, the title no
		// part of it
		{text: "We thank Senators Ben Cardin for his work on the bill.", keep: "Ben Cardin", not: "Senators Ben Cardin"},

		{text: "The Governors of Texas and Ohio met.", keep: "Texas", not: "Governors"},
		{text: "Ministers from Kenya and Ghana attended.", keep: "Kenya"},
	})
}

// TestTitledPeopleWithParticles checks a name opened by a particle in a
// list after a plural title.
func TestTitledPeopleWithParticles(t *testing.T) {
	checkNames(t, []nameCase{
		{text: "The Task Force on Energy Security was announced by Presidents Biden and von der Leyen on March 25.", keep: "von der Leyen", not: "Leyen"},
	})
}

// TestTitledPersonAfterAName checks a name joined by "and" (or "for") to
// another person written with a title of their own (splitPoint): both
// are names, the second no part of the first.
func TestTitledPersonAfterAName(t *testing.T) {
	checkNames(t, []nameCase{
		{text: "Prime Minister Tom Reyes of Norway and President Lena Park met on Monday.", keep: "Lena Park"},
		{text: "Prime Minister Tom Reyes of Norway and Foreign Minister Lena Park of Sweden met.", keep: "Lena Park"},
		{text: "The talks of Japan and President Lena Park ended.", keep: "Lena Park"},
		{text: "Letters went to Attorney General Janet Reno and President Tom Reyes.", keep: "Janet Reno"},
		{text: "She worked at the Department of Food and Agriculture for Governor Ann Lee and Governor Gray Davis.", keep: "Ann Lee", not: "Department of Food and Agriculture for Governor Ann Lee"},
		{text: "He will meet the Director of the Office of the Foreign Affairs Commission and Foreign Minister Wang Yi.", keep: "Wang Yi", not: "Office of the Foreign Affairs Commission and Foreign Minister Wang Yi"},
		// a word of a portfolio before the second title
		{text: "EPA Administrator Regan and Infrastructure Coordinator Landrieu visited Louisiana.", keep: "Landrieu"},
		{text: "She thanked Foreign Affairs Committee Chairman Meeks and Ranking Member McCaul for the bill.", keep: "McCaul", not: "Ranking Member McCaul"},
		// not a body's portfolio
		{text: "Office of Management and Budget Director Young spoke.", not: "Budget Director Young"},
		// one person's two titles, a title's field, a company
		{text: "Alliance for Clean Cars President and CEO John Bozzella said.", not: "Alliance for Clean Cars President"},
		{text: "Minister for Foreign Affairs Tom Reyes spoke.", keep: "Tom Reyes", not: "Foreign Affairs Tom Reyes"},
		{text: "He sat on the boards of Procter & Gamble and General Motors.", not: "Motors"},
	})
	checkRoles(t, []roleCase{
		{name: "each with a country",
			text: "President Tom Reyes of Norway and President Lena Park of the United States met on Monday.",
			want: []roleWant{{"Tom Reyes", "President", "Norway"}, {"Lena Park", "President", "United States"}}},
	})
}

// TestHeadlinePlaceIsTheTextsPerson: a one-word name the lists know as a
// place, written only in a headline in Title Case, is the person the text
// names so.
func TestHeadlinePlaceIsTheTextsPerson(t *testing.T) {
	d := run(t, "x.md", "---\ntitle: \"Thank You to Senator Peters and Braun, and Representatives Timmons and Khanna\"\n---\n\n# Thank You to Senator Peters and Braun, and Representatives Timmons and Khanna\n\nThank you to Senator Peters and Braun, and Representatives Timmons and Khanna for their leadership.\n", "")
	if got := entityNames(d, annals.Person); !has(got, "Khanna") {
		t.Errorf("people %q, want Khanna", got)
	}
	if got := entityNames(d, annals.Place); has(got, "Khanna") {
		t.Errorf("places %q, want no Khanna", got)
	}
	// a place the text names is that place
	d = run(t, "x.md", "---\ntitle: \"President Visits Khanna\"\n---\n\n# President Visits Khanna\n\nThe President arrived in Khanna on Monday, and Khanna welcomed him.\n", "")
	if got := entityNames(d, annals.Place); !has(got, "Khanna") {
		t.Errorf("places %q, want Khanna", got)
	}
}

// TestPortfolioThenName: a title's portfolio of words no list joins, or
// the state itself, then the holder's name that opens with a known
// given name; and a body named by its head and a portfolio, or ending
// with a body's head, then a name, with nothing between (a list of
// people and where they work): the body and the person, never one name.
func TestPortfolioThenName(t *testing.T) {
	checkNames(t, []nameCase{
		{text: "The delegation was led by Secretary of Security and Public Protection Rosa Imelda Rodriguez and included others.", keep: "Rosa Imelda Rodriguez", not: "Protection Rosa Imelda"},
		{text: "It included Attorney General of the Republic Roberto Gertz Salcedo; and others.", keep: "Roberto Gertz Salcedo", not: "Republic Roberto Gertz Salcedo"},
		{text: "It included Attorney General of the Nation Roberto Vargas Lleras; and others.", keep: "Roberto Vargas Lleras", not: "Nation Roberto Vargas Lleras"},
		{text: "It included Chilean Ambassador to the United States Esteban Valdivia; and others.", keep: "Esteban Valdivia", not: "Valdivia"},
		{text: "The team included Secretary of Energy Ann Lee, Department of Energy Merla Vostrick and Administrator Tom Reyes.", keep: "Merla Vostrick", not: "Department of Energy Merla Vostrick"},
		{text: "The team included Secretary of Energy Ann Lee, Department of Energy Merla Vostrick and Administrator Tom Reyes.", keep: "Department of Energy"},
		{text: "Participants include the Environmental Protection Agency Tom Walsh and others.", keep: "Tom Walsh", not: "Environmental Protection Agency Tom Walsh"},
		{text: "Also present were Department of Health and Human Services Director of the Office of Global Affairs Merla Vostrick, and others.", keep: "Merla Vostrick", not: "Office of Global Affairs Merla Vostrick"},
	})
}

// TestBodyThenTitlesThenName: a body no list knows, then two titles
// joined by "and", then a person's name, are a body and a person; a
// word opening the sentence that the story writes in lower case too
// still opens the body's name when a head and a title follow it.
func TestBodyThenTitlesThenName(t *testing.T) {
	checkNames(t, []nameCase{
		{text: "Trade Workers Association President and CEO Tom Reyes: the time is now.", keep: "Tom Reyes", not: "Trade Workers Association President and CEO Tom Reyes"},
		{text: "Marine Pilots Association President and CEO Carl Hobbes: the time is now.", keep: "Marine Pilots Association", not: "Marine Pilots Association President and CEO Carl Hobbes"},
		{text: "The wireless networks grew.\n\nWireless Infrastructure Association President Tom Reyes said it works.\n", keep: "Wireless Infrastructure Association", not: "Infrastructure Association"},
	})
}

// TestMilitaryCommandNoName: the name of a military command after a
// commander's title and its country is no person's.
func TestMilitaryCommandNoName(t *testing.T) {
	for _, text := range []string{
		"The plan involves the Secretary of the Navy, the Commandant of the Coast Guard, and the Commander of U.S. Southern Command.",
		"Officials included the Commander of U.S. Cyber Command and others.",
	} {
		d := run(t, "x.txt", text, "")
		for _, p := range entityNames(d, annals.Person) {
			if strings.Contains(p, "Command") {
				t.Errorf("%q: person %q", text, p)
			}
		}
	}
}

// TestListWithoutSeparators: in a list of titled people that lost its
// separators, a state the lists know between a name and the next title
// opens the next item; it is no part of the name before it.
func TestListWithoutSeparators(t *testing.T) {
	checkNames(t, []nameCase{
		{text: "Participating Lieutenant Governors included: Ohio Lieutenant Governor Dana Kessler Iowa Lieutenant Governor Carl Hobbes Texas Lieutenant Governor Jim Roe", keep: "Dana Kessler", not: "Dana Kessler Iowa"},
		{text: "Participating Lieutenant Governors included: Ohio Lieutenant Governor Dana Kessler Iowa Lieutenant Governor Carl Hobbes Texas Lieutenant Governor Jim Roe", keep: "Carl Hobbes", not: "Carl Hobbes Texas"},
		{text: "Participating Lieutenant Governors included: Pennsylvania Lieutenant Governor Tom Hollis Minnesota Lieutenant Governor Ann Vole Michigan Lieutenant Governor Jim Roe", keep: "Ann Vole", not: "Ann Vole Michigan"},
	})
}

// TestPluralOfficeOfACountry covers a title in the plural before "of" and
// a country or a body: the country or the body is the name, not the
// title ("the Ministers of Austria"); a title of portfolios alone
// ("Heads of State and Government") names no one. Made-up sentences.
func TestPluralOfficeOfACountry(t *testing.T) {
	checkNames(t, []nameCase{
		{"The Ministers of Austria and Hungary met in Vienna on Monday to discuss the Danube.", "Austria", "Ministers of Austria"},
		{"The Defense Ministers of Chile and Peru met in Lima on Monday to discuss trade.", "Chile", "Defense Ministers of Chile"},
		{"The summit brought together the Heads of State and Government of the Andean Council in Lima on Monday.", "Andean Council", "Heads of State and Government"},
		// guard: a body named for a title in the plural
		{"The Ambassadors Fund for Cultural Preservation will restore a mosque in Cairo.", "Ambassadors Fund for Cultural Preservation", "Cultural Preservation"},
	})
}
