package extract

import (
	"testing"
)

// TestTerritoryOffices: a territory that elects a governor (Puerto Rico,
// Guam; manual/governments.tsv "territory") has no president, prime
// minister or minister of its own, so a title with no country written is
// never the territory's; a governor of one named with it stays its.
// Made-up people.
func TestTerritoryOffices(t *testing.T) {
	for _, c := range []struct {
		text string
		want []roleWant // all the roles
	}{
		{"The storm hit Guam on Monday. Prime Minister Tom Hale sent condolences.", nil},
		{"The aid for Puerto Rico arrived on Monday. President Ana Ruiz of the bar association thanked the donors.", nil},
		{"The storm hit American Samoa on Monday. Foreign Minister Tom Hale sent condolences.", nil},
		{"Governor Ann Vole of Guam thanked the donors.", []roleWant{{"Ann Vole", "Governor", "Guam"}}},
	} {
		d := run(t, "x.txt", "The meeting was held on Monday.\n\n"+c.text+"\n", "")
		var got []roleWant
		for _, r := range d.Roles {
			got = append(got, roleWant{r.Person, r.Role, r.Org})
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: roles %v, want %v", c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: roles %v, want %v", c.text, got, c.want)
			}
		}
	}
}
