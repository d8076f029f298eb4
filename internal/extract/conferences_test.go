package extract

import (
	"testing"

	"annals"
)

// TestConferenceRule covers the conference family: a summit on whose
// margins others met, a summit that will be a meeting of heads of state,
// a meeting only proposed, a numbered replenishment, a summit counted
// from in years.
func TestConferenceRule(t *testing.T) {
	checkRules(t, []ruleCase{
		{"summit on whose margins they met", "2023-11-02", "Vice President Ana Ruiz met today with Secretary-General Paul Weiss in Quito on the margins of the Global Summit on Water Safety.", annals.Conference, -1, "2023-11-02", "Paul Weiss"},
		{"a summit that will be a meeting of heads of state", "2010-11-18", "The Quito Summit has been organized by President Paul Weiss and will be the first meeting of Heads of State in a decade.", annals.Conference, 1, "", ""},
		{"a meeting of heads of state only proposed", "2021-05-07", "Mr. Weiss proposed regular high-level U.S.-Andean engagement, including a meeting between the President and Andean heads of State.", annals.Conference, 0, "", ""},
		{"numbered replenishment", "2022-06-30", "Support is needed, including the Seventh Replenishment of the Global Fund, which I look forward to hosting this September.", annals.Conference, -1, "2022-09", "Global Fund"},
		{"eleven years since", "2021-12-10", "It has been eleven years since the Andean Council held a summit.", annals.Conference, -1, "2010", ""},
		{"a press conference is a statement", "2021-12-10", "Minister Ana Ruiz told reporters at a press conference on Monday that the border would reopen.", annals.Conference, 0, "", ""},
		{"an office at a conference's body", "2021-12-10", "She served as Secretary of the Conference of Andean Bank Supervisors.", annals.Conference, 0, "", ""},
		{"an organ of a conference's body", "2021-12-10", "Ana Ruiz, Member, Council of the Administrative Conference of Peru, spoke on Monday.", annals.Conference, 0, "", ""},
		{"an office at an expo", "2021-12-10", "Paul Weiss was named Commissioner General at Expo Lima in 2014.", annals.Conference, 0, "", ""},
		{"a legislature's term", "2021-12-10", "He was named Chairman of the Finance Committee for the 113th Congress.", annals.Conference, 0, "", ""},
		{"a numbered party congress", "2021-12-10", "The 20th Party Congress opened in Lima on Monday.", annals.Conference, 1, "2021-12-06", ""},
		{"a named summit after a call", "2021-12-10", "President Ana Ruiz spoke today with Prime Minister Paul Weiss of Peru. The President looks forward to welcoming Prime Minister Weiss to the Lima Summit next week.", annals.Conference, 1, "", ""},
		{"a summit meeting is one summit", "2024-01-10", "Leaders held a summit meeting in Brussels on June 15, 2021.", annals.Conference, 1, "2021-06-15", ""},
		{"a summit meeting is no second meeting", "2024-01-10", "Leaders held a summit meeting in Brussels on June 15, 2021.", annals.Meeting, 0, "", ""},
		{"a summit looked forward to is to come", "2024-01-10", "The co-host nations look forward to another successful Summit to accelerate the response.", annals.Conference, 1, "2024-01", ""},
		{"whether it was a conference, no matter", "2021-12-10", "No matter where I go, whether it was the Andean conference we just had or the forum in Lima, they ask.", annals.Conference, -1, "", ""},
	})
}
