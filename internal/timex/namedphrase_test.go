package timex

import "testing"

// TestTenseAcrossANamedPhrase checks a bare month whose clause's verb
// stands before a long name: the twelve tokens read back for the tense do
// not count a name's further words nor a possessive's marks
// ("announced during First Lady Jill Biden’s visit to the Columbus
// Workforce Hub in July", read in June 2024, was July 2024); past the
// twelve tokens a weak cue ("is") still tells nothing.
func TestTenseAcrossANamedPhrase(t *testing.T) {
	findCases(t, "2024-06-21", []struct{ text, want string }{
		{"The program was announced during First Lady Jill Biden’s visit to the Columbus Workforce Hub in July.", "July=2023-07"},
		// unchanged
		{"The program was announced during the visit in July.", "July=2023-07"},
		{"This is a key deliverable from President Joe Biden’s historic care executive order in April.", "April=2024-04"},
	})
	findCases(t, "2024-03-02", []struct{ text, want string }{
		{"The co-chairs will host Executive Vice Presidents Margrethe Vestager and Valdis Dombrovskis for the inaugural meeting on September 29 in Pittsburgh.", "September 29=2024-09-29"},
	})
}
