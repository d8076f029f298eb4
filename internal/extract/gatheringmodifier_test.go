package extract

import (
	"strings"
	"testing"

	"annals"
)

// TestGatheringAsModifier checks that a gathering named only to qualify
// what it has or yields ("Summit participants", "all Summit goals", "the
// Conference outcomes") is not dated the story's day: the sentence tells
// no act of the gathering. A date of its own still dates it.
func TestGatheringAsModifier(t *testing.T) {
	checkEventDates(t, "2024-06-14", []eventDateCase{
		{"participants", "Summit participants committed to expanding access to vaccines in Africa.", annals.Conference, ""},
		{"goals", "In support of all Summit goals, the Andean Council pledged to mobilize 100 new partners.", annals.Conference, ""},
		{"outcomes", "The Alliance is announcing the following deliverables as key Conference outcomes.", annals.Conference, ""},
		// guards: the gathering told as itself, or with a date of its own
		{"own act", "The Summit opened in Geneva today with leaders from Chile and Peru.", annals.Conference, "2024-06-14"},
		{"own date", "Summit participants on 3 May 2024 pledged new funds for Africa.", annals.Conference, "2024-05-03"},
	})
}

// TestTitleNotInsideDate checks that an event's title does not begin
// inside the date told before its noun: "next month's summit" was titled
// "month's summit", "last year's Summit" "year's Summit".
func TestTitleNotInsideDate(t *testing.T) {
	for _, tc := range []struct{ text, not string }{
		{"Leaders will discuss climate finance at next month's summit in Nairobi.", "month's summit"},
		{"The initiative announced at last year’s Summit is growing.", "year’s Summit"},
		{"Next week’s meeting hosted by the President will focus on water.", "week’s meeting"},
	} {
		d := run(t, "x.txt", tc.text, "2024-06-14")
		for _, got := range eventTitles(d) {
			if strings.Contains(got, tc.not) {
				t.Errorf("%q: title %q", tc.text, got)
			}
		}
	}
	// guards: a whole date before the noun stays in the title
	checkTitles(t, "2024-06-14", []struct{ text, want string }{
		{"State leaders attending today’s meeting included Ana Ruiz.", "today’s meeting"},
		{"The plan builds on the 5th Andean Water Summit held in Lima.", "5th Andean Water Summit"},
	})
}

// TestNamedTitleNotInsideDate checks that a gathering's name read back
// from its capitalized noun does not take the day of a date before it:
// "the June 30th White House Housing Summit" was titled "30th White
// House Housing Summit", a 30th edition.
func TestNamedTitleNotInsideDate(t *testing.T) {
	checkTitles(t, "2024-12-15", []struct{ text, want string }{
		{"Today’s convening builds upon the June 30th White House Housing Summit in Denver.", "White House Housing Summit"},
		{"The talks build on the May 3rd Andean Council Summit in Lima.", "Andean Council Summit"},
	})
}
