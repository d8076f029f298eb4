package extract

import (
	"testing"

	"annals"
)

// TestDottedAcronymInAName checks that a gathering named with a dotted
// acronym after a hyphen ("the ASEAN-U.S. Special Summit", "the
// India-U.S. Defense Dialogue") is one sentence and one name: the
// splitter had ended the sentence at "U.S.", so the summit lost the
// sentence's tense and the first half of its name.
func TestDottedAcronymInAName(t *testing.T) {
	checkStatus(t, "2024-08-01", []statusCase{
		{"President Lee will attend the ASEAN-U.S. Special Summit in Washington on May 12.", annals.Conference, annals.Planned},
		{"The ministers will convene the first Chile-U.K. Science Summit in Santiago on March 3.", annals.Conference, annals.Planned},
		// guards: a sentence that ends at the acronym still ends there
		{"The ministers met in Lima in the U.S. The Summit opened in Quito on March 3.", annals.Conference, annals.Held},
	})
	checkTitles(t, "2024-08-01", []struct{ text, want string }{
		{"President Lee will attend the ASEAN-U.S. Special Summit in Washington on May 12.", "ASEAN-U.S. Special Summit"},
		{"The ministers held the first India-U.S. Defense Conference in Delhi on March 3.", "India-U.S. Defense Conference"},
	})
}
