package extract

import (
	"slices"
	"testing"

	"annals"
)

// TestSetOffBodyWithListName: a body set off after a person and a title
// ("Person, Title, Body") whose name holds commas or "and" is one
// organization, not a person and not cut at "and"; a portfolio going on,
// two bodies joined by "and", or an office's field before the body stay
// as they were. Made-up people and bodies.
func TestSetOffBodyWithListName(t *testing.T) {
	for _, c := range []struct {
		text       string
		orgs, nots []string // organizations wanted, names that must be no entity
	}{
		{"Speakers included Maria Lopez, Executive Director, Latinos Enjoying Fishing, Sailing, and the Outdoors, spoke.",
			[]string{"Latinos Enjoying Fishing, Sailing, and the Outdoors"}, []string{"Latinos Enjoying Fishing"}},
		{"The event included Tom Reed, President, Mountain Hikers and Climbers, and Maria Lopez, Executive Director, Latinos Enjoying Fishing, Sailing, and the Outdoors.",
			[]string{"Mountain Hikers and Climbers", "Latinos Enjoying Fishing, Sailing, and the Outdoors"}, []string{"Mountain Hikers", "Latinos Enjoying Fishing"}},
		{"The event included Nora Stahl, Founder, Credo Labs, and Tom Reed, President, Acme Works.",
			[]string{"Credo Labs", "Acme Works"}, nil},
		{"Ann Vole, Director, Friends of Rivers, Lakes and Streams, spoke at the hearing.",
			[]string{"Friends of Rivers, Lakes and Streams"}, nil},
		{"Tom Reed, President, Mountain Hikers and Climbers.",
			[]string{"Mountain Hikers and Climbers"}, []string{"Mountain Hikers"}},
		// a portfolio goes on; two bodies; an office's field before its body
		{"His Excellency Tom Reed, Minister of Trade, Industry and Energy, arrived.",
			nil, []string{"Industry and Energy"}},
		{"Tom Reed, Interim President and CEO, National Diner Association and Educational Foundation",
			nil, []string{"National Diner Association and Educational Foundation"}},
		{"Ann Vole, Director, Border and Immigration Policy, Department of Homeland Security.",
			nil, []string{"Border and Immigration Policy"}},
	} {
		d := run(t, "x.txt", "The meeting was held on Monday.\n\n"+c.text+"\n", "")
		orgs := entityNames(d, annals.Org)
		for _, o := range c.orgs {
			if !slices.Contains(orgs, o) {
				t.Errorf("%q: no organization %q in %q", c.text, o, orgs)
			}
		}
		for _, e := range d.Entities {
			if slices.Contains(c.nots, e.Name) {
				t.Errorf("%q: %s %q", c.text, e.Type, e.Name)
			}
		}
		for _, p := range entityNames(d, annals.Person) {
			if slices.Contains(c.orgs, p) {
				t.Errorf("%q: person %q", c.text, p)
			}
		}
	}
}

// TestSetOffBodyBeforeMore: the body of "Person, Title, Body," is the
// person's when the sentence goes on after its comma with a lower-case
// word or the next person of a list; not when another body or a title
// follows the comma. Made-up people and bodies.
func TestSetOffBodyBeforeMore(t *testing.T) {
	checkRoles(t, []roleCase{
		{"verb after the body", "Tom Baker, Director, Ocean Policy Institute, spoke on Monday.",
			[]roleWant{{"Tom Baker", "Director", "Ocean Policy Institute"}}, nil},
		{"first of two", "The panel included Tom Baker, Director, Ocean Policy Institute, and Sara Lind, Executive Secretary, Pacific Fisheries Commission.",
			[]roleWant{{"Tom Baker", "Director", "Ocean Policy Institute"}, {"Sara Lind", "Executive Secretary", "Pacific Fisheries Commission"}}, nil},
		{"each of three", "The panel included Tom Baker, Director, Ocean Policy Institute, Sara Lind, Executive Secretary, Pacific Fisheries Commission, and Ann Dow, Chair, Reef Council.",
			[]roleWant{{"Tom Baker", "Director", "Ocean Policy Institute"}, {"Sara Lind", "Executive Secretary", "Pacific Fisheries Commission"}, {"Ann Dow", "Chair", "Reef Council"}}, nil},
		{"an office of a department", "Tom Baker, Director, Office of Ocean Policy, Department of Energy, spoke.",
			nil, []roleWant{{"Tom Baker", "Director", "Office of Ocean Policy"}}},
	})
}
