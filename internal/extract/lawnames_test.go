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
