package extract

import (
	"slices"
	"testing"

	"annals"
)

// TestBodyLists: bodies that share one head written once in the plural
// are each named in full; a heading, a title or a known name of another
// kind leaves the words to the other rules.
func TestBodyLists(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the organizations, all of them
	}{
		{"two with and", "The Departments of Labor and Energy will provide funds.",
			[]string{"Department of Energy", "Department of Labor"}},
		{"commas and a closing and", "Officials from the Departments of Commerce, Energy, and Labor will support partners.",
			[]string{"Department of Commerce", "Department of Energy", "Department of Labor"}},
		{"an and inside an item between commas", "Officials of the Departments of Agriculture, Housing and Urban Development, Justice, the Treasury, and Veterans Affairs met.",
			// (the gazetteer knows two of them by their full names)
			[]string{"Department of Agriculture", "Department of Justice", "Department of the Treasury", "United States Department of Housing and Urban Development", "United States Department of Veterans Affairs"}},
		{"a compound portfolio last without a comma", "The Departments of Education and Health and Human Services issued guidance.",
			[]string{"Department of Education", "United States Department of Health and Human Services"}},
		{"no comma before the closing and", "The Ministries of Health, Education and Finance signed it.",
			[]string{"Ministry of Education", "Ministry of Finance", "Ministry of Health"}},
		{"another body closes the list", "The Departments of Labor and Energy, and the Environmental Protection Agency, will act.",
			[]string{"Department of Energy", "Department of Labor", "Environmental Protection Agency"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := run(t, "x.txt", tt.text, "")
			if got := entityNames(d, annals.Org); !slices.Equal(got, tt.want) {
				t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
	checkNames(t, []nameCase{
		// a heading in Title Case: its words run on past the list
		{"Departments of Labor and Energy Announce New Actions to Upgrade Power Lines\n\nThe plan is new.", "", "Department of Energy Announce New Actions"},
		// a title after the list: the rules read it as before
		{"The Departments of Labor and Commerce Secretary Ann Vole spoke.", "Ann Vole", "Department of Commerce Secretary Ann Vole"},
		// countries are no portfolios
		{"The Ministries of Peru and Chile met.", "Peru", "Ministry of Peru"},
	})
	// an item is no form of the body's name
	d := run(t, "x.txt", "The Departments of Labor and Energy will provide funds.", "")
	for _, e := range d.Entities {
		if len(e.Aliases) > 0 {
			t.Errorf("%s: aliases %q", e.Name, e.Aliases)
		}
		if len(e.Mentions) != 1 || e.Mentions[0].Text != e.Name[len("Department of "):] {
			t.Errorf("%s: mentions %v, want its item", e.Name, e.Mentions)
		}
	}
}

// TestPlacesOwnBody: a place (or its demonym) before the generic name of
// a legislature or a court names that place's own body, not the one the
// lists know by the generic name; a name the lists know stays theirs.
func TestPlacesOwnBody(t *testing.T) {
	checkNames(t, []nameCase{
		{text: "Tom Baker is a State Representative in the Georgia General Assembly.", keep: "Georgia General Assembly", not: "General Assembly"},
		{text: "Ann Lee served four terms in the Ohio Senate.", keep: "Ohio Senate", not: "Senate"},
		{text: "He was elected to the Texas House of Representatives in 2010.", keep: "Texas House of Representatives", not: "House of Representatives"},
		{text: "The Philippine Senate voted on Monday.", keep: "Philippine Senate", not: "Senate"},
	})
	for _, text := range []string{"The U.S. Senate passed the bill.", "The American Senate passed the bill."} {
		d := run(t, "x.txt", text, "")
		found := false
		for _, e := range d.Entities {
			found = found || e.Name == "United States Senate" || has(e.Aliases, "United States Senate")
		}
		if !found {
			t.Errorf("%q: no United States Senate in %v", text, entityNames(d, annals.Org))
		}
	}
}
