package extract

import (
	"testing"

	"annals"
)

// TestGroupOfPeopleNamesBody: a group of people named in capitals and
// "of" before words no list knows as a place ("the Women of Harvard
// Law", "Women of Color in Tech", "Friends of Rural Libraries") is a
// body's name, whether the tagger reads it as a place or as a name of
// common words; "the Women of Afghanistan" are still a country's women.
// Made-up people.
func TestGroupOfPeopleNamesBody(t *testing.T) {
	checkNames(t, []nameCase{
		{"While at Harvard, he served as Co-President of the Women of Harvard Law, as a Sheldon Fellow and as a leader of the Kenya Legal Aid Project.", "Women of Harvard Law", "Harvard Law"},
		{"She is a founding member of Women of Color in Tech, a network of engineers.", "Women of Color in Tech", ""},
		{"While at Yale, Ana Ruiz served as President of the Women of Yale Law, as a Truman Scholar and as a leader of the Clinic.", "Women of Yale Law", ""},
		{"She spoke with the Women of Afghanistan about schools.", "Afghanistan", "Women of Afghanistan"},
	})
	checkNotOfType(t, annals.Place, []string{
		"While at Harvard, he served as Co-President of the Women of Harvard Law, as a Sheldon Fellow and as a leader of the Kenya Legal Aid Project.",
	}, "Women of Harvard Law", "Harvard Law")
	checkRoles(t, []roleCase{
		{name: "an office of the group", text: "While at Harvard, Dev Mehta served as Co-President of the Women of Harvard Law, as a Sheldon Fellow and as a leader of the Kenya Legal Aid Project.",
			want: []roleWant{{"Dev Mehta", "Co-President", "Women of Harvard Law"}}},
	})
}
