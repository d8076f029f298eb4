package extract

import (
	"testing"

	"annals"
)

// TestLawOrAidIsNoBody: a law or a field of law named by common words
// and "Law" ("the Bipartisan Infrastructure Law", "International
// Humanitarian Law"), defined with an acronym or not, and a line of aid
// defined with one ("Development Assistance (DA)") are no bodies; a
// school named by its university ("SCU Law"), an office of aid ("Office
// of Foreign Disaster Assistance (OFDA)") and a person ("S. Law") keep
// their names.
func TestLawOrAidIsNoBody(t *testing.T) {
	checkNotOfType(t, annals.Org, []string{
		"The project will use $3 billion from the Bipartisan Infrastructure Law to connect the cities.",
		"The agency passed the Bipartisan Infrastructure Law (BIL), which will increase access to good jobs.",
		"Funding for the Agency for International Development (USAID) – Development Assistance (DA) – is $3.2 billion.",
		"She teaches International Humanitarian Law at the academy.",
	}, "Bipartisan Infrastructure Law", "Development Assistance", "International Humanitarian Law")
	checkNotOfType(t, annals.Person, []string{
		"The project will use $3 billion from the Bipartisan Infrastructure Law to connect the cities.",
	}, "Bipartisan Infrastructure Law")
	checkNames(t, []nameCase{
		{"The Office of Foreign Disaster Assistance (OFDA) responded within hours.", "Office of Foreign Disaster Assistance", ""},
		{"He holds a degree from SCU Law and clerked in Ohio.", "SCU Law", ""},
	})
}

// TestBillsAndTaxesAreNoBodies: a bill, a tax or a tax credit named by
// common words ("the Farm Bill", "the Heavy Vehicle Use Tax", "the Child
// Tax Credit"), defined with an acronym or not, and a law named by
// common words in the possessive are no body and no person; nor is the
// place a bill is named after mentioned in its name. A person whose name
// opens with "Bill", or has it after a title, keeps it.
func TestBillsAndTaxesAreNoBodies(t *testing.T) {
	checkTypedNames(t, []typedCase{
		{name: "bill before and",
			text: "Funds beyond what was possible through Farm Bill and county funding will reach 30 states.",
			not:  []typedName{{annals.Person, "Farm Bill"}, {annals.Org, "Farm Bill"}}},
		{name: "law in the possessive",
			text: "The Harbor Road Law’s new grants will reach 40 towns.",
			not:  []typedName{{annals.Org, "Harbor Road Law"}}},
		{name: "tax credit with its acronym",
			text: "The Child Tax Credit (CTC) reached 30 million families in Guam.",
			not:  []typedName{{annals.Org, "Child Tax Credit"}},
			want: []typedName{{annals.Place, "Guam"}}},
		{name: "tax with its acronym",
			text: "Truckers pay the Heavy Vehicle Use Tax (HVUT) each year.",
			not:  []typedName{{annals.Org, "Heavy Vehicle Use Tax"}}},
		{name: "bill named after a town",
			text: "Since 1984, the Montgomery GI Bill has paid for college. It was passed in Washington.",
			not:  []typedName{{annals.Org, "Montgomery GI Bill"}, {annals.Place, "Montgomery"}},
			want: []typedName{{annals.Place, "Washington"}}},
		{name: "bill named after a town, its own sentence",
			text: "Veterans in Ohio still use the Montgomery GI Bill to pay for college.",
			not:  []typedName{{annals.Org, "Montgomery GI Bill"}, {annals.Place, "Montgomery"}}},
		// guards: people named Bill
		{name: "given name Bill",
			text: "She thanked Senator Bill Cassidy and Bill Gates for their support.",
			want: []typedName{{annals.Person, "Bill Cassidy"}, {annals.Person, "Bill Gates"}}},
		{name: "a body of tax policy",
			text: "The Tax Policy Center published the study on Monday.",
			want: []typedName{{annals.Org, "Tax Policy Center"}}},
	})
}
