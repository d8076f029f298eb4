package extract

import (
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
