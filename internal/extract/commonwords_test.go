package extract

import (
	"testing"

	"annals"
)

// TestCommonWordsAfterATitle: two or more words common in lower case,
// none a given name, that end a chunk after a title name no person
// ("Commander of U.S. Northern Command", "Special Operations/Low
// Intensity Conflict"); a given name among them ("Mark Green") or a body's
// head ("Small Business Administration") keeps the reading as before.
func TestCommonWordsAfterATitle(t *testing.T) {
	for _, tc := range []struct {
		text        string
		person, not string // a person wanted, a name that must be no person
		org         string // an organization wanted
	}{
		{text: "Tom Reed, Nominee for Assistant Secretary for Special Operations/Low Intensity Conflict, Department of Defense\n", person: "Tom Reed", not: "Intensity Conflict"},
		{text: "Ann Vole, Commander of U.S. Northern Command, met the President on Monday.\n", person: "Ann Vole", not: "Northern Command"},
		{text: "The meeting was chaired by Secretary Mark Green on Monday.\n", person: "Mark Green"},
		{text: "The Honorable Ann Vole, Administrator of the U.S. Small Business Administration, will lead the delegation.\n", person: "Ann Vole", org: "Small Business Administration"},
	} {
		d := run(t, "x.txt", tc.text, "")
		persons := entityNames(d, annals.Person)
		if tc.person != "" && !has(persons, tc.person) {
			t.Errorf("%q: no person %q in %v", tc.text, tc.person, persons)
		}
		if tc.not != "" && has(persons, tc.not) {
			t.Errorf("%q: person %q", tc.text, tc.not)
		}
		if tc.org != "" && !has(entityNames(d, annals.Org), tc.org) {
			t.Errorf("%q: no organization %q in %v", tc.text, tc.org, entityNames(d, annals.Org))
		}
	}
}
