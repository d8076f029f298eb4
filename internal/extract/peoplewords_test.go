package extract

import (
	"testing"

	"annals"
)

// TestWordsNamingNoOne: the tagger's one-word or Greek-letter names that
// name a colour of skin ("Black women", "Black and Brown communities"),
// the deity ("Almighty God"), an honour society or a Latin honour ("a
// B.A., Phi Beta Kappa", "Summa Cum Laude") are no person, body or place;
// a name the story writes before "system" or "missile" is a weapon's, no
// place. A person of that surname stays one. Made-up sentences.
func TestWordsNamingNoOne(t *testing.T) {
	checkTypedNames(t, []typedCase{
		{name: "colour pair",
			text: "Two years ago, the killing exposed for many what Black and Brown communities have long known and experienced.",
			not:  []typedName{{annals.Org, "Black"}, {annals.Person, "Brown"}, {annals.Place, "Black"}}},
		{name: "the deity, an object",
			text: "Our rights come not from government but from the hands of Almighty God.",
			not:  []typedName{{annals.Place, "Almighty God"}, {annals.Org, "Almighty God"}, {annals.Person, "Almighty God"}}},
		{name: "the deity, after in",
			text: "We will be guided by the rule of law and by faith in Almighty God.",
			not:  []typedName{{annals.Place, "Almighty God"}, {annals.Org, "Almighty God"}, {annals.Person, "Almighty God"}}},
		{name: "honour society",
			text: "He received a B.A., Phi Beta Kappa, from the University of Ohio.",
			want: []typedName{{annals.Org, "University of Ohio"}},
			not:  []typedName{{annals.Person, "Phi Beta Kappa"}, {annals.Place, "Phi Beta Kappa"}}},
		{name: "Latin honour",
			text: "She earned a J.D., Magna Cum Laude, from the Law School in 2001.",
			not:  []typedName{{annals.Person, "Magna Cum Laude"}, {annals.Place, "Magna Cum Laude"}}},
		{name: "weapon system, and the same name alone",
			text: "The leaders welcomed the $2 billion allocation to replenish Israel’s Stone Dome system. Israel has the resources it needs, including for the Stone Dome.",
			want: []typedName{{annals.Place, "Israel"}},
			not:  []typedName{{annals.Place, "Stone Dome"}}},
		{name: "weapon system, its name first",
			text: "The leaders welcomed the allocation to replenish Israel's Sky Arch system, and Israel has what it needs for the Sky Arch.",
			not:  []typedName{{annals.Place, "Sky Arch"}}},
		{name: "weapon system after a possessive; a venue of its last word stays",
			text: "She will deliver the keynote address at the annual \"Unity Day at the Dome,\" and visit Columbia.\n\nThe package will replenish Israel’s Stone Dome system.",
			want: []typedName{{annals.Place, "Dome"}},
			not:  []typedName{{annals.Place, "Stone Dome"}}},
		{name: "guard: a body before system",
			text: "The reforms will strengthen the UN system, the Secretary-General said.",
			want: []typedName{{annals.Org, "UN"}}},
	})
	checkNames(t, []nameCase{
		// a person of the surname stays
		{"Mr. Black told the committee that the plan would pass.", "Black", ""},
	})
}

// TestLeaderNamedAlone: a leader the lists of office holders know, named
// by the surname alone where the tagger reads a place, is the person, in
// the possessive or after "to".
func TestLeaderNamedAlone(t *testing.T) {
	checkTypedNames(t, []typedCase{
		{name: "possessive before a noun",
			text: "Families are feeling the impacts of Putin's price hike at the pump.",
			want: []typedName{{annals.Person, "Putin"}}, not: []typedName{{annals.Place, "Putin"}}},
		{name: "after to",
			text: "The sanctions target the sectors of the economy most important to Putin, the Treasury said.",
			want: []typedName{{annals.Person, "Putin"}}, not: []typedName{{annals.Place, "Putin"}}},
	})
}

// TestPeoplesTonguesAndIllnesses: a people, a language or an illness
// the tagger reads as a place is none ("the Rohingya", "into Tagalog",
// "outbreaks of Ebola"), nor is a people named by a region's word and
// "Islander"; the places beside them stay. Made-up sentences.
func TestPeoplesTonguesAndIllnesses(t *testing.T) {
	checkTypedNames(t, []typedCase{
		{name: "a people",
			text: "We continue to advocate for the rights of other communities, including the Rohingya in Burma.",
			not:  []typedName{{annals.Place, "Rohingya"}, {annals.Person, "Rohingya"}}},
		{name: "a language in a list",
			text: "The notice was translated into Chinese, Korean, Tagalog, and Vietnamese on Monday.",
			not:  []typedName{{annals.Place, "Tagalog"}}},
		{name: "a language after in",
			text: "The hotline now answers callers in Swahili and in English.",
			not:  []typedName{{annals.Place, "Swahili"}}},
		{name: "an illness",
			text: "The agency helped Guinea respond to outbreaks of Ebola, yellow fever and polio.",
			want: []typedName{{annals.Place, "Guinea"}},
			not:  []typedName{{annals.Place, "Ebola"}}},
		{name: "islanders",
			text: "The grants support Pacific Islander communities in the territories of Guam and Saipan.",
			want: []typedName{{annals.Place, "Guam"}},
			not:  []typedName{{annals.Place, "Pacific Islander"}}},
		// guards: places the lists know, and a place beside a people
		{name: "a place beside",
			text: "The Minister travelled to Cox’s Bazar in Bangladesh to meet Rohingya refugees.",
			want: []typedName{{annals.Place, "Bangladesh"}}},
	})
}
