package extract

import (
	"testing"

	"annals"
)

// TestBodyAfterItsCommonNoun: a name right after the lower-case noun that
// sets up a body ("agency", "group", "daily") is that body, an
// organization: an acronym the story does not define ("the German
// development agency GIZ"), a paper the tagger reads as a person ("the
// weekly Jeune Afrique"). An acronym that goes on into a longer name, or
// after no such noun, stays out; a person named after a paper's people
// stays a person.
func TestBodyAfterItsCommonNoun(t *testing.T) {
	for _, tc := range []struct {
		text, name string
		org        bool // an ORG of that name, no PERSON
	}{
		// new: fail on the parent
		{"The German development agency GIZ will fund the project in Kenya.", "GIZ", true},
		{"The Japanese aid agency JICA opened an office in Hanoi.", "JICA", true},
		{"The Kuwaiti news agency KUNA reported the visit on Monday.", "KUNA", true},
		{"The weekly Jeune Afrique interviewed the President.", "Jeune Afrique", true},
		// guards: pass on both
		{"The daily Kommersant said the deal was signed.", "Kommersant", true},
		{"The Turkish news agency Anadolu quoted the minister.", "Anadolu", true},
		{"The program DVRP added about 70,000 emergency vouchers.", "DVRP", false},
		{"The daily's editor Maria Lopez resigned on Monday.", "Maria Lopez", false},
	} {
		d := run(t, "x.txt", tc.text, "")
		orgs, people := entityNames(d, annals.Org), entityNames(d, annals.Person)
		if has(orgs, tc.name) != tc.org || tc.org && has(people, tc.name) {
			t.Errorf("%q: %q an ORG %v (want %v); organizations %v, people %v", tc.text, tc.name, has(orgs, tc.name), tc.org, orgs, people)
		}
	}
}
