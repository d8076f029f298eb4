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

// TestCompaniesByWhatTheyMake: a one-word place no list knows is a
// company when a product it makes follows it ("the Velora vaccine",
// "doses of Velora COVID-19 vaccines", "a sale of Castrell aircraft") or
// when what a company is is set off after it ("Korvath, the nation's
// largest maker of buses"); it is one company in the whole story,
// whatever the tagger reads elsewhere. A town named so stays a town, and
// a name set off before another clause stays what it is. Made-up
// companies.
func TestCompaniesByWhatTheyMake(t *testing.T) {
	checkTypesOfNames(t, []typeCase{
		{"The agency shipped 500,000 doses of Velora COVID-19 vaccines to the region.", "Velora", annals.Org},
		{"The Velora vaccine is safe, and the clinic gave 2 million Velora doses.", "Velora", annals.Org},
		{"The deal includes a sale of Castrell aircraft and engines to the national carrier.", "Castrell", annals.Org},
		{"Shipments of Marlowe formula will be announced in the coming days.", "Marlowe", annals.Org},
		{"From new plants in Ohio to Korvath, the nation’s largest maker of electric buses, jobs are coming back.", "Korvath", annals.Org},
		{"The program partners with large employers, including the Harwick Company, Zoltana, and Brennly, to provide benefits.", "Zoltana", annals.Org},
		// towns and people stay
		{"The clinic in Kahului gave 2,000 vaccine doses last week.", "Kahului", annals.Place},
		{"In response to the Call to Action for Northern Central America, approximately 47 companies have committed funds.", "Northern Central America", annals.Place},
		{"Dana and Shannon, it costs drug companies less than ten dollars.", "Shannon", annals.Place},
	})
	// the company is one entity, whatever the tagger reads elsewhere
	d := run(t, "x.txt", "The Velora vaccine is safe, and the clinic gave 2 million Velora doses.", "")
	if n := len(entityNames(d, annals.Org)); n != 1 || len(entityNames(d, annals.Person))+len(entityNames(d, annals.Place)) != 0 {
		t.Errorf("Velora: %+v", d.Entities)
	}
}
