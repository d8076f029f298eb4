package extract

import (
	"slices"
	"testing"

	"annals"
)

// typedName is an entity's type and name.
type typedName struct {
	typ  annals.EntityType
	name string
}

// typedCase is a made-up text, the entities it must give and those it
// must not.
type typedCase struct {
	name      string
	text      string
	want, not []typedName
}

// checkTypedNames extracts each case's text and checks that it gives
// each wanted entity with its type and none of the unwanted ones.
func checkTypedNames(t *testing.T, cases []typedCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, "")
			for _, w := range tc.want {
				if !has(entityNames(d, w.typ), w.name) {
					t.Errorf("%q: no %s %q in %+v", tc.text, w.typ, w.name, d.Entities)
				}
			}
			for _, n := range tc.not {
				if has(entityNames(d, n.typ), n.name) {
					t.Errorf("%q: %s %q", tc.text, n.typ, n.name)
				}
			}
		})
	}
}

// TestNamedThingsNoNames: the tagger's names that name a ship, a day of
// the week or a feast are no person, body or place; a person named after
// a title by a surname with its particles ("President von der Leyen") is
// that person; the words that open only the names of places ("Fort",
// "Lake", "Mount", "Ciudad") open no person's name; a body of water or a
// mountain the tagger reads as a body is a place; the mayors or the
// governors of places are no body.
func TestNamedThingsNoNames(t *testing.T) {
	checkTypedNames(t, []typedCase{
		{name: "ship after its prefix",
			text: "The aircraft carrier USS John C. Stennis is in port for a scheduled overhaul.",
			not:  []typedName{{annals.Person, "John C. Stennis"}}},
		{name: "ship with a title in its name",
			text: "The exercises in the region were led by HMS Queen Elizabeth and her escorts.",
			not:  []typedName{{annals.Person, "Elizabeth"}, {annals.Person, "Queen Elizabeth"}}},
		{name: "ship named after a state",
			text: "The submarine USS Delaware was commissioned at the naval station last week.",
			not:  []typedName{{annals.Place, "Delaware"}, {annals.Org, "USS Delaware"}}},
		{name: "days of the week",
			text: "Public tours run on Tuesdays, Wednesdays, Thursdays, Fridays, and Saturdays.",
			not:  []typedName{{annals.Place, "Wednesdays"}, {annals.Org, "Saturdays"}, {annals.Place, "Saturdays"}}},
		{name: "feasts",
			text: "The gunman attacked on a quiet Shabbat morning. Jews observe the sacred holiday of Simchat Torah.",
			not:  []typedName{{annals.Place, "Shabbat"}, {annals.Person, "Shabbat"}, {annals.Place, "Simchat Torah"}}},
		{name: "surname with particles after a title",
			text: "The task force will continue its work as determined by President von der Leyen and President Biden at their meeting.",
			want: []typedName{{annals.Person, "von der Leyen"}},
			not:  []typedName{{annals.Org, "Leyen"}}},
		{name: "particles surname is the full name",
			text: "The plan was agreed by Ursula von der Leyen in Brussels. President von der Leyen spoke later.",
			want: []typedName{{annals.Person, "Ursula von der Leyen"}},
			not:  []typedName{{annals.Person, "von der Leyen"}}},
		{name: "town word opens a place",
			text: "Funding helped child welfare authorities in Tijuana and Ciudad Juarez to eliminate backlogs.",
			not:  []typedName{{annals.Person, "Ciudad Juarez"}}},
		{name: "lake after a preposition",
			text: "The storm made landfall near Lake Charles on Thursday, and the Governor surveyed the damage.",
			want: []typedName{{annals.Place, "Lake Charles"}},
			not:  []typedName{{annals.Person, "Lake Charles"}}},
		{name: "mountain in a list",
			text: "The new monuments protect Mount Shasta and Mount Tamalpais for future generations.",
			not:  []typedName{{annals.Person, "Mount Shasta"}, {annals.Person, "Mount Tamalpais"}}},
		{name: "lake read as a body",
			text: "Asian Carp were having a negative impact on Kentucky Lake and Lake Barkley, the officials said.",
			want: []typedName{{annals.Place, "Kentucky Lake"}, {annals.Place, "Lake Barkley"}},
			not:  []typedName{{annals.Org, "Kentucky Lake"}, {annals.Person, "Lake Barkley"}}},
		{name: "mayors of places",
			text: "President Joseph R. Biden, Jr. today made separate calls to the Mayors of Fort Myers, Cape Coral, Sarasota and the Chair of Charlotte County, Florida to discuss the needs of their communities.",
			not:  []typedName{{annals.Org, "Mayors of Fort Myers"}, {annals.Person, "Fort Myers"}}},
		// guards
		{name: "saint's name stays a person",
			text: "Under Mexican President Santa Anna, outrage grew among the settlers.",
			want: []typedName{{annals.Person, "Santa Anna"}}},
		{name: "county officer keeps his name",
			text: "Lake County Supervisor E.J. Crandell, Member of the Robinson Rancheria Tribe, welcomed the decision.",
			not:  []typedName{{annals.Place, "Lake County Supervisor E.J. Crandell"}}},
		{name: "treaty's sea stays out",
			text: "The leaders support the United Nations Convention on the Law of the Sea (UNCLOS) as the legal framework.",
			not:  []typedName{{annals.Place, "Law of the Sea"}}},
		{name: "place in a possessive name",
			text: "The monuments protect natural features in America, including the Statue of Liberty, Colorado’s Canyon of the Ancients, and the Grand Canyon.",
			not:  []typedName{{annals.Place, "Colorado’s Canyon"}}},
		{name: "leaders of companies stay a list of companies",
			text: "Leaders of Airbnb, Chobani, Etsy, Gap, Microsoft, Patagonia, Seventh Generation to join Vice President Harris at the White House",
			not:  []typedName{{annals.Place, "Chobani"}, {annals.Place, "Etsy"}}},
	})
}

// TestParticleSurnames: a name opening with a name's particle in lower
// case is the surname of the person whose full name ends with it.
func TestParticleSurnames(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"Ursula von der Leyen", "von der Leyen", true},
		{"von der Leyen", "Ursula von der Leyen", true},
		{"Charles de Gaulle", "de Gaulle", true},
		// guards
		{"Ursula von der Leyen", "Anna von der Leyen", false},
		{"Maria Leyen", "von der Leyen", false},
	} {
		if got := samePerson(tc.a, tc.b); got != tc.same {
			t.Errorf("samePerson(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}

// TestAddressesAndRelationsNoBodies: the President's yearly address to
// Congress, a relation between states named by its kind and a body a
// speaker calls its own are no organizations; an address's title reads
// "State of the Union" whole.
func TestAddressesAndRelationsNoBodies(t *testing.T) {
	checkTypedNames(t, []typedCase{
		{name: "the address alone",
			text: "Thanks for joining us on a busy day in the run-up to the State of the Union tonight.",
			not:  []typedName{{annals.Org, "State of the Union"}}},
		{name: "the address with its word",
			text: "In his State of the Union Address, the President called on Congress to act.",
			want: []typedName{{annals.Org, "Congress"}},
			not:  []typedName{{annals.Org, "State of the Union Address"}, {annals.Org, "Union Address"}}},
		{name: "a word of the next clause",
			text: "In the State of the Union I said that it is time to strengthen privacy protections.",
			not:  []typedName{{annals.Org, "State of the Union I"}}},
		{name: "the speaker's administration",
			text: "Enough is enough. My Administration is committed to preventing taxpayers from funding the project.",
			not:  []typedName{{annals.Org, "My Administration"}}},
		{name: "a relation between states",
			text: "The leaders elevated the relationship to a Comprehensive Strategic Partnership and met in Jakarta.",
			want: []typedName{{annals.Place, "Jakarta"}},
			not:  []typedName{{annals.Org, "Comprehensive Strategic Partnership"}}},
		// guards
		{name: "a partnership with a name of its own",
			text: "The Global Partnership for Education announced new grants in Nairobi on Monday.",
			want: []typedName{{annals.Org, "Global Partnership for Education"}}},
		{name: "a body of the Union",
			text: "The European Union and its member states adopted the package.",
			want: []typedName{{annals.Org, "European Union"}}},
	})
	d := run(t, "x.txt", "Thank you for joining this call on the President's agenda ahead of his 2023 State of the Union speech.", "2023-02-01")
	if got := eventTitles(d); !slices.Contains(got, "State of the Union speech") {
		t.Errorf("speech titles %q, want %q", got, "State of the Union speech")
	}
}

// TestCityWordOpensAPlace: "Cité" opens the name of a place, never a
// person's.
func TestCityWordOpensAPlace(t *testing.T) {
	checkTypedNames(t, []typedCase{
		{name: "a commune of a capital",
			text: "The agency delivered food to more than 18,000 people in Port-au-Prince’s Cité Soleil commune.",
			not:  []typedName{{annals.Person, "Cité Soleil"}}},
	})
}

// TestOperationsAndProvincesNoPeople: an operation or a programme named
// by its noun first ("Operation Lantern", "Project Heron") is no person,
// though a description set off after it reads like a person's; a name
// closed by a province, an oblast or a county is a place, not a person or
// a body, unless a title is in it or the name goes on with "of"; a body
// and a county or a province joined by "and" are two names.
func TestOperationsAndProvincesNoPeople(t *testing.T) {
	checkTypedNames(t, []typedCase{
		{name: "operation set off",
			text: "In May, the agency announced Operation Lantern, a new effort against smugglers.",
			not:  []typedName{{annals.Person, "Operation Lantern"}}},
		{name: "project set off",
			text: "The grant supports Project Heron, a new clinic in Accra.",
			not:  []typedName{{annals.Person, "Project Heron"}},
			want: []typedName{{annals.Place, "Accra"}}},
		{name: "province the tagger reads as a person",
			text: "The storm hit towns across the region, including Sulu Province in the Philippines.",
			want: []typedName{{annals.Place, "Sulu Province"}},
			not:  []typedName{{annals.Person, "Sulu Province"}}},
		{name: "province the tagger reads as a body",
			text: "Floods hit Badakhshan Province and Takhar Province last week.",
			want: []typedName{{annals.Place, "Badakhshan Province"}, {annals.Place, "Takhar Province"}},
			not:  []typedName{{annals.Org, "Badakhshan Province"}}},
		{name: "a body and a county joined by and",
			text: "In March, the Akron City Council and Summit County approved $2 million.",
			want: []typedName{{annals.Org, "Akron City Council"}, {annals.Place, "Summit County"}},
			not:  []typedName{{annals.Org, "Akron City Council and Summit County"}}},
		{name: "a ministry and a province joined by and",
			text: "The Ministry of Agriculture and Sulu Province signed a deal.",
			want: []typedName{{annals.Org, "Ministry of Agriculture"}, {annals.Place, "Sulu Province"}}},
		// guards
		{name: "a ministry's two portfolios",
			text: "The Ministry of Agriculture and Rural Development met on Monday.",
			want: []typedName{{annals.Org, "Ministry of Agriculture and Rural Development"}}},
		{name: "a county's office before a name",
			text: "Lake County Supervisor Ann Tull spoke at the event.",
			want: []typedName{{annals.Person, "Ann Tull"}}},
		{name: "operation that is a group",
			text: "Protests have dwindled since Operation Harbor, an anti-smuggling group, started a series of marches in 1992.",
			want: []typedName{{annals.Org, "Operation Harbor"}}},
		{name: "operation of a body",
			text: "Operation Smile, a charity, will send surgeons to Ghana.",
			want: []typedName{{annals.Place, "Ghana"}},
			not:  []typedName{{annals.Person, "Operation Smile"}}},
	})
}

// TestTheHeadAlone: a body told by its common head alone after "The"
// opening a sentence names none ("The Administration committed $250
// million", "The Department is undergoing rulemaking"), as "the
// Administration" inside a sentence does not; "The Council" after "the
// Security Council" is that council again. Names with "The" the lists
// know, and heads they know alone, stay.
func TestTheHeadAlone(t *testing.T) {
	checkTypedNames(t, []typedCase{
		{name: "after a bold heading",
			text: "Expanded Support for Rural Clinics.** The Administration committed $250 million in new funding to rural clinics across the country.",
			not:  []typedName{{annals.Org, "The Administration"}}},
		{name: "opening a paragraph",
			text: "The Administration has taken the following actions to support rural families and small farms.",
			not:  []typedName{{annals.Org, "The Administration"}}},
		{name: "a department",
			text: "Eliminating Automatic Charges for Textbooks:** The Department is undergoing negotiated rulemaking to end automatic charges.",
			not:  []typedName{{annals.Org, "The Department"}}},
		{name: "a council met somewhere",
			text: "The Council met in Geneva on Monday to review the plan.",
			want: []typedName{{annals.Place, "Geneva"}},
			not:  []typedName{{annals.Org, "The Council"}}},
		// guards
		{name: "a house the lists know",
			text: "The Senate passed the bill on Tuesday after a long debate.",
			want: []typedName{{annals.Org, "Senate"}}},
		{name: "a city with its article",
			text: "The court in The Hague will rule next week.",
			want: []typedName{{annals.Place, "The Hague"}}},
	})
	d := run(t, "x.txt", "The Security Council met on Monday. The Council will meet again in May.", "")
	for _, e := range d.Entities {
		if e.Name == "The Council" {
			t.Errorf("ORG %q", e.Name)
		}
		if e.Name == "Security Council" && len(e.Mentions) != 2 {
			t.Errorf("Security Council mentioned %d times, want 2", len(e.Mentions))
		}
	}
}
