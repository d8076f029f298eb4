package extract

import (
	"testing"

	"annals"
)

// TestCompaniesNotPeople: a name the tagger reads as a person's or a
// place's is a company's when a deal is made with it ("in collaboration
// with X", "a partnership with X", "a deal between X and ...") or when,
// one word, it acts as a company does ("X, which will build the plant");
// a name opening with a given name or after a title stays a person's.
// Made-up companies and people.
func TestCompaniesNotPeople(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       annals.EntityType
	}{
		{"The plant was designed in collaboration with Bechtel and the county; other services followed.", "Bechtel", annals.Org},
		{"The contract went to Halvorsen, which will build the plant near the river.", "Halvorsen", annals.Org},
		{"The government is announcing a partnership with Norvale Metals, investing $35 million.", "Norvale Metals", annals.Org},
		{"The President welcomed a deal between Brackwell and the African Union to make vaccine doses.", "Brackwell", annals.Org},
		// people stay people
		{"The agency signed a contract with John Hale, a local engineer.", "John Hale", annals.Person},
		{"The Secretary met with Senator Hale on Monday.", "Hale", annals.Person},
	} {
		d := run(t, "x.txt", "The meeting was held on Monday.\n\n"+c.text+"\n", "")
		var got annals.EntityType
		for _, e := range d.Entities {
			if e.Name == c.name {
				got = e.Type
			}
		}
		if got != c.want {
			t.Errorf("%q: %q is %q, want %q", c.text, c.name, got, c.want)
		}
	}
}

// TestCompaniesInListsOfOneWordBodies: a one-word place the tagger found
// and no list knows is a company when a list sets it beside one-word
// bodies no list knows either ("Walgreens, Uber, and DoorDash"), between
// commas too; a place after a company's suffix stays where the company
// is ("Acme Widgets Inc., Orange, Calif.").
func TestCompaniesInListsOfOneWordBodies(t *testing.T) {
	checkTypesOfNames(t, []typeCase{
		{"Walgreens, Uber, and DoorDash are stepping up to help families.", "Uber", annals.Org},
		{"Over 150 companies, spearheaded by Microsoft, Meta, Cisco, Trend Micro and endorsed by Apple and Google, released a pledge.", "Meta", annals.Org},
		{"Partners include Stellantis, Honda, Boeing, and Micron, which will invest in new plants.", "Honda", annals.Org},
		{"Partners include Stellantis, Honda, Boeing, and Micron, which will invest in new plants.", "Boeing", annals.Org},
	})
}
