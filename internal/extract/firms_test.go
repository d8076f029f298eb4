package extract

import (
	"testing"

	"annals"
)

// TestFirmNames checks firms named by their partners set off by commas:
// one organization, with no person or place made of a partner's name.
func TestFirmNames(t *testing.T) {
	cases := []struct {
		text, firm string
		not        []string // names that must not be entities of their own
	}{
		{"From 2002 to 2004, Ms. Ortiz was an associate at Bramwell, Tecklin, Osgood & Pell, LLP in New York City.",
			"Bramwell, Tecklin, Osgood & Pell", []string{"Bramwell", "Tecklin", "Osgood & Pell"}},
		{"He was a partner at Varno, Quist & Delmore L.L.P. from 1990 to 1999.",
			"Varno, Quist & Delmore L.L.P.", []string{"Varno", "Quist & Delmore"}},
		{"She practised at Harbin, Lusk, and Oakes, P.C., a civil rights firm.",
			"Harbin, Lusk, and Oakes", []string{"Harbin", "Lusk"}},
		{"Earlier he worked for Trevane, Coyle, Keasby, and Associates, LLP in Boston.",
			"Trevane, Coyle, Keasby, and Associates", []string{"Trevane", "Coyle", "Keasby"}},
		{"He joined Ostrow, Pardee, Lindqvist & Brandt LLP in 2011.",
			"Ostrow, Pardee, Lindqvist & Brandt LLP", []string{"Ostrow", "Brandt"}},
		// the last partner has a given name: no person "Simon LLP"
		{"Since 2022, she has served as Of Counsel for Harbin, Lusk, and Simon LLP, where she advises plans.",
			"Harbin, Lusk, and Simon LLP", []string{"Simon LLP", "Harbin", "Lusk"}},
		// no suffix: after "at", with "&", names no list knows
		{"Mr. Ellery was an associate at Kessimer, Drabb, Vollan & Prue from 1999 to 2001.",
			"Kessimer, Drabb, Vollan & Prue", []string{"Kessimer", "Drabb"}},
	}
	for _, tc := range cases {
		d := run(t, "x.txt", tc.text, "")
		orgs := entityNames(d, annals.Org)
		if !has(orgs, tc.firm) {
			t.Errorf("%q: organizations %q, want %q", tc.text, orgs, tc.firm)
		}
		var all []string
		for _, typ := range []annals.EntityType{annals.Person, annals.Org, annals.Place} {
			all = append(all, entityNames(d, typ)...)
		}
		for _, n := range tc.not {
			if has(all, n) {
				t.Errorf("%q: %q is an entity of its own: %q", tc.text, n, all)
			}
		}
	}
}

// TestFirmNamesLeaveLists checks what is no firm: a list of places, of
// fields or of companies, and a company closed by "Co.".
func TestFirmNamesLeaveLists(t *testing.T) {
	checkNames(t, []nameCase{
		// places in a list, after "at" and with "&"
		{text: "Flags flew at Ghana, Togo & Benin embassies.", not: "Ghana, Togo & Benin"},
		{text: "The team visited Trinidad, Jamaica & Barbados last week.", not: "Trinidad, Jamaica & Barbados"},
		// a council's fields
		{text: "She chairs the President's Council on Sports, Fitness & Nutrition.", not: "Sports, Fitness & Nutrition"},
		// "and" with "LLC": a list of companies
		{text: "Grants went to Alderwood, Brightline and Covewater LLC this year.", not: "Alderwood, Brightline and Covewater"},
		// a company closed by "Co."
		{text: "He began his career at Greenbaum, Stoll & Co. where he traded bonds.", not: "Greenbaum, Stoll & Co"},
		// no suffix and not after "at"
		{text: "Kessimer, Drabb & Prue said the rules were unfair.", not: "Kessimer, Drabb & Prue"},
	})
}

// TestFirmClosesSentence checks that a firm's dotted suffix ends its
// sentence before a title: the judge's title is no office of the firm.
func TestFirmClosesSentence(t *testing.T) {
	checkRoles(t, []roleCase{{
		name: "judge after a firm",
		text: "From 2000 to 2001, she was an associate at Vane, Orly & Priest L.L.P. Judge Lee served as a law clerk for Judge Warren Fergus.",
		not:  []roleWant{{person: "Lee", org: "Vane, Orly & Priest L.L.P."}},
	}})
}

// TestFirmSuffixMakesOrganization checks that a name the tagger reads
// with a firm's suffix is an organization, whatever type it gave it.
func TestFirmSuffixMakesOrganization(t *testing.T) {
	checkTypesOfNames(t, []typeCase{
		{"Before that, Mr. Vera was a partner at Bird Marella P.C. in Los Angeles.", "Bird Marella P.C.", annals.Org},
		{"She was an associate at Dunmore Fitch PLLC from 2004 to 2008.", "Dunmore Fitch PLLC", annals.Org},
	})
}

// TestFirmSuffixAfterTaggedPerson: a firm's suffix right after a name the
// tagger reads as a person's makes the name and the suffix a firm's.
// Made-up firms.
func TestFirmSuffixAfterTaggedPerson(t *testing.T) {
	checkTypedNames(t, []typedCase{
		{name: "LLC after a partner's name",
			text: "Mr. Tam is a Managing Director at Lindsay Granger LLC and a visiting fellow.",
			want: []typedName{{annals.Org, "Lindsay Granger LLC"}},
			not:  []typedName{{annals.Person, "Lindsay Granger"}}},
		{name: "guard: a person before a lower-case word",
			text: "Lindsay Granger leads the practice in Ohio.",
			want: []typedName{{annals.Person, "Lindsay Granger"}}},
	})
}
