package extract

import (
	"testing"

	"annals"
)

// TestDateOpeningThatClause checks that a date opening a clause told after
// "that" takes the tense of that clause's verb, not of the telling: "Today,
// the Agency announced that on September 15, the President will host the
// Unity Summit", read in June, had been last September's summit, held.
func TestDateOpeningThatClause(t *testing.T) {
	checkEventDates(t, "2019-06-14", []eventDateCase{
		{"will after", "Today, the Agency announced that on September 15, the President will host the Unity Summit at the White House.", annals.Conference, "2019-09-15"},
		{"no preposition", "The Agency announced that September 15 will see the President host the Unity Summit.", annals.Conference, "2019-09-15"},
		// unchanged: the clause's own verb in the past, a date after its
		// verb
		{"past after", "The Agency announced that on September 15 the President hosted the Unity Summit.", annals.Conference, "2018-09-15"},
		{"date after the verb", "The Agency announced that the Summit held on September 15 was a success.", annals.Conference, "2018-09-15"},
	})
}
