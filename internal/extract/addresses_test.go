package extract

import (
	"testing"
)

// TestNoNamesInStreetAddresses: a street with a house number or an
// ordinal before it, or a quadrant after it, is an address and names
// nothing the story is about; a street named alone, a name that goes on
// after the street's, and a year before a street stay as they were.
// Made-up addresses.
func TestNoNamesInStreetAddresses(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string // names that must be found
		nots []string // names that must be no entity
	}{
		{"Guests will enter near the intersection of 15th Street NW and Constitution Avenue.", nil,
			[]string{"15th Street NW", "Street NW", "NW and Constitution Avenue", "Constitution Avenue"}},
		{"The rally met at 14th Street and Independence Avenue.", nil,
			[]string{"Street and Independence Avenue", "Independence Avenue"}},
		{"The office moved to 1200 New Jersey Avenue SE last year.", nil,
			[]string{"New Jersey", "New Jersey Avenue SE"}},
		{"The ADA entrance will be at 15th Street NW and Alexander Hamilton Place NW. The gates open at noon.", nil,
			[]string{"Alexander Hamilton Place NW", "Street NW"}},
		// not addresses
		{"Ann Dow spoke at the 16th Street Baptist Church in Birmingham.", []string{"Birmingham"}, nil},
		{"She wrote a book on the 1920 Wall Street bombing in New York.", []string{"Wall Street"}, nil},
		{"Markets wait.\nNEW YORK 1996-08-30\nFor Wall Street, this is the season to be cautious.", []string{"Wall Street"}, nil},
	} {
		d := run(t, "x.txt", c.text, "")
		var all []string
		for _, e := range d.Entities {
			all = append(all, e.Name)
		}
		for _, w := range c.want {
			if !has(all, w) {
				t.Errorf("%q: no %q in %v", c.text, w, all)
			}
		}
		for _, n := range c.nots {
			if has(all, n) {
				t.Errorf("%q: %q in %v", c.text, n, all)
			}
		}
	}
}
