package extract

import (
	"testing"

	"annals"
)

// An event set after or before another ("The visit followed the OSCE
// Ministerial Council in Skopje on 30 November") takes neither the
// other's date, nor its place, nor the bodies named after the verb.
func TestSequelTakesNothingOfTheOther(t *testing.T) {
	text := "VIENNA, 10 May 2024 — The Foreign Minister of Malta, Ian Borg, concluded a three-day visit to Kazakhstan on Thursday.\n\nThe visit followed the Andean Ministerial Council in Skopje on 30 November and 1 December 2023."
	d := run(t, "x.txt", text, "2024-05-10")
	n := 0
	for _, e := range d.Events {
		if e.Type != annals.Visit {
			continue
		}
		n++
		// (the three days ending Thursday: see TestSpanOfDays)
		if e.Date != "2024-05-07" || e.DateEnd != "2024-05-09" || e.Place != "Kazakhstan" || contains(e.Participants, "Andean Ministerial Council") {
			t.Errorf("visit %+v, want the one of 7 to 9 May in Kazakhstan, without the Council", e)
		}
	}
	if n != 1 {
		t.Errorf("%d visits, want 1: %+v", n, d.Events)
	}
	checkEventDates(t, "2024-05-10", []eventDateCase{
		{"guard: follows through", "The meeting on 3 May follows through on the commitment made in 2021.", annals.Meeting, "2024-05-03"},
	})
}

// TestMeetingsInTwoCities: a pronoun's meeting in another city, told
// without a date of its own, is another meeting.
func TestMeetingsInTwoCities(t *testing.T) {
	text := "VIENNA, 10 May 2024 — Ian Borg concluded a visit to Kazakhstan and Kyrgyzstan on Thursday.\n\nIn Astana, Minister Borg met President Kassym-Jomart Tokayev and Foreign Minister Murat Nurtleu. In Bishkek, he held talks with Foreign Minister Jeenbek Kulubaev on border management."
	checkRules(t, []ruleCase{
		{"two meetings", "2024-05-10", text, annals.Meeting, 2, "", "Jeenbek Kulubaev"},
	})
}
