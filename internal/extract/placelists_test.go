package extract

import (
	"slices"
	"testing"

	"annals"
)

// TestPlaceLists: places of one kind in a list are places, named with
// the kind's word where places of that kind carry it, not people or
// bodies; a list that is not one of places is left to the other rules.
func TestPlaceLists(t *testing.T) {
	tests := []struct {
		name, text string
		places     []string // all of them
		none       []string // no entity of any type
	}{
		{"counties after the kind", "Federal aid goes to farms in the counties of Bedford, Jackson, Moore, Scott, and Smith.",
			[]string{"Bedford County", "Jackson County", "Moore County", "Scott County", "Smith County"}, []string{"Jackson", "Smith"}},
		{"counties before the kind", "The storm hit Adams, Brown, and Clark Counties on Monday.",
			[]string{"Adams County", "Brown County", "Clark County"}, []string{"Clark Counties"}},
		{"parishes", "Individuals in the parishes of Calcasieu and Cameron can apply.",
			[]string{"Calcasieu Parish", "Cameron Parish"}, nil},
		{"cities like", "Communities in cities like Chicago, Milwaukee, and Newark are at risk.",
			[]string{"Chicago", "Milwaukee", "Newark"}, nil},
		{"islands", "Ferries to the islands of Vieques and Culebra resumed.",
			[]string{"Culebra", "Vieques"}, nil},
		{"a name with a complement closes the list", "Aid goes to the counties of Swain and Graham, and the Eastern Band of Cherokee Indians.",
			[]string{"Graham County", "Swain County"}, []string{"Eastern Band County"}},
		{"places and their states", "Cities including Milwaukee, WI; Albuquerque, NM; and Mobile, AL committed funds.",
			nil, []string{"WI", "Albuquerque County"}},
		{"countries before a kind of counties", "Officials in Texas and Florida counties will help.",
			[]string{"Florida", "Texas"}, []string{"Texas County", "Florida County"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := run(t, "x.txt", tt.text, "")
			got := entityNames(d, annals.Place)
			if tt.places != nil && !slices.Equal(got, tt.places) {
				t.Errorf("%q:\n got places %q\nwant %q", tt.text, got, tt.places)
			}
			for _, typ := range []annals.EntityType{annals.Person, annals.Org, annals.Place} {
				for _, n := range entityNames(d, typ) {
					if slices.Contains(tt.none, n) {
						t.Errorf("%q: %s %q", tt.text, typ, n)
					}
				}
			}
		})
	}
}

// TestTownOfRegion: a town the lists do not know, set off before its
// state after a word of place or opened by a town's word, is a place.
func TestTownOfRegion(t *testing.T) {
	checkNames(t, []nameCase{
		{"Monica Dus is from Ann Arbor, Michigan, and is placed at the Department of the Navy.", "Ann Arbor", ""},
		{"St. Paul, Minnesota has eliminated $40 million in medical debt.", "St. Paul", ""},
		{"Vice President Harris will travel to Glen Burnie, Maryland on Friday.", "Glen Burnie", ""},
	})
	for _, text := range []string{
		"Monica Dus is from Ann Arbor, Michigan, and is placed at the Department of the Navy.",
		"St. Paul, Minnesota has eliminated $40 million in medical debt.",
	} {
		d := run(t, "x.txt", text, "")
		if ps := entityNames(d, annals.Person); slices.Contains(ps, "Ann Arbor") || slices.Contains(ps, "St. Paul") {
			t.Errorf("%q: people %q", text, ps)
		}
	}
	// a person set off before a state is left alone
	checkNames(t, []nameCase{{"The letter was signed by Senator Ann Vole, Michigan, and others.", "Ann Vole", ""}})
}

// TestTownBeforeStateCode: a town set off before its state's postal code
// or short form is a place, also where the tagger read it as a body or a
// person; an abbreviation in capitals and a body's name are no towns.
func TestTownBeforeStateCode(t *testing.T) {
	checkTypesOfNames(t, []typeCase{
		{"Detroit, MI received over $800 million in funds, and the state received more.", "Detroit", annals.Place},
		{"The company, based in Peoria, Ill., said on Monday it would cut jobs.", "Peoria", annals.Place},
		{"She holds a Ph.D. from Glarvo Harbor Laboratory, NY, and a post-doctorate.", "Glarvo Harbor Laboratory", annals.Org},
	})
	checkNames(t, []nameCase{
		{"We met in Glarvo, Mich. on Monday.", "Glarvo", ""},
		{"It addresses disparities in AA, NH, and PI communities.", "", "AA"},
	})
}

// TestPlaceOfAPlaceIn checks "the District of X in Y": two places, not
// one named "X in Y".
func TestPlaceOfAPlaceIn(t *testing.T) {
	checkNames(t, []nameCase{
		{text: "He joined the Federal Public Defender for the District of Kansas in Topeka in 2017.", keep: "Topeka", not: "Kansas in Topeka"},
		{text: "She was an Assistant Federal Public Defender for the District of Oregon in Portland from 2015 to 2017.", keep: "Oregon", not: "Oregon in Portland"},
	})
}

// TestPlaceOfAndMore: after "City of", "State of" a place the lists know
// ends the place's name before "and" ("the City of Chicago and White
// House Chief of Staff"), and the noun of a place alone before "of" is no
// organization ("City of Baltimore"). Made-up sentences.
func TestPlaceOfAndMore(t *testing.T) {
	checkNames(t, []nameCase{
		{"Ann Dow, former Mayor of the City of Chicago and White House Chief of Staff to President Tom Reyes, spoke.", "Chicago", "Chicago and White House Chief of Staff to President Tom Reyes"},
		{"We thank the people and City of San Francisco and State of California for the welcome.", "California", "San Francisco and State of California"},
		{"In a year, the State of Pennsylvania and City of Pittsburgh have made progress.", "Pittsburgh", "Pennsylvania and City of Pittsburgh"},
		{"In a year, the State of Pennsylvania and City of Pittsburgh have made progress.", "Pittsburgh", "City"},
		{"Ann Dow served as Assistant States Attorney for the City of Baltimore before that.", "Baltimore", "City"},
	})
}

// TestTownAfterVisitVerb: a town no list knows set off before its state
// after a visit's verb is a place, not a person ("will visit Lime
// Springs, Iowa"). Made-up towns.
func TestTownAfterVisitVerb(t *testing.T) {
	checkNames(t, []nameCase{
		{"Secretary of Agriculture Tom Vilsack will visit Lime Springs, Iowa to highlight how the plan helps farmers.", "Tom Vilsack", ""},
		{"The Secretary visited Maple Hollow, Vermont on Monday.", "Vermont", ""},
	})
	checkNotOfType(t, annals.Person, []string{
		"Secretary of Agriculture Tom Vilsack will visit Lime Springs, Iowa to highlight how the plan helps farmers.",
		"The Secretary visited Maple Hollow, Vermont on Monday.",
	}, "Lime Springs", "Maple Hollow")
}
