package extract

import (
	"testing"

	"annals"
)

// TestTownBeforeClosedRegion: a name the tagger reads as a person's that
// opens with no given name, set off before a region the lists know whose
// mention is closed by a comma, is a town ("located at 310 Main Avenue,
// Kahului, Hawaii, to speak", "its Jackson, Tennessee, copper plant");
// a person's name and a postal code ("Monica Roe, MD, as director") and a
// person set off before a body named after a state ("Tanya Fogle,
// Kentucky Poor People's Campaign") are still people. Made-up stories.
func TestTownBeforeClosedRegion(t *testing.T) {
	checkNotOfType(t, annals.Person, []string{
		"The office is located at 310 W. Main Avenue, Kahului, Hawaii, to speak with residents.",
		"The company will invest $30 million to convert its Jackson, Tennessee, copper plant.",
		"Pfizer plans to produce the doses at facilities in McPherson, Kansas, which employs 2,000 workers.",
	}, "Kahului", "Jackson", "McPherson")
	checkNotOfType(t, annals.Place, []string{
		"The group welcomed the nomination of surgical oncologist Monica Roe, MD, as the next director.",
		"The speakers:\n\n8. Tanya Fogle, Kentucky Poor People’s Campaign\n\n9. Pam Garrison, West Virginia Poor People’s Campaign\n",
	}, "Monica Roe", "Tanya Fogle", "Pam Garrison")
}
