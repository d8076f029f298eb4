package extract

import (
	"testing"

	"annals"
)

// TestAheadOfAGathering checks that a month naming a gathering still to
// come ("discussed the agenda ahead of the July Summit", read in February)
// keeps the month ahead though the verb before is in the past: it had
// been moved to last year's July, a summit held.
func TestAheadOfAGathering(t *testing.T) {
	checkEvents(t, "2017-02-10", []eventCase{
		{"ahead of the July Summit", "The ministers discussed the agenda ahead of the July Summit in Rome.", annals.Conference, "2017-07", ""},
		{"in advance of the October Conference", "The ministers discussed the agenda in advance of the October Conference in Rome.", annals.Conference, "2017-10", ""},
		// unchanged: what the summit gave
		{"the outcome of the July Summit", "The ministers discussed the outcome of the July Summit in Rome.", annals.Conference, "2016-07", ""},
	})
}
