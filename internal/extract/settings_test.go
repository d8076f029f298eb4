package extract

import (
	"testing"

	"annals"
)

// TestToldSetting: "On the margins of the meeting, X and Y signed ...":
// the gathering the story told is the setting, no second one on the
// story's day, and what the sentence tells takes its day and place.
func TestToldSetting(t *testing.T) {
	const told = "The Council of Foreign Ministers of the Andean Council held its 12th meeting in Tashkent on 7 November 2024.\n\n"
	checkRules(t, []ruleCase{
		{"no second meeting", "2024-11-08", told + "On the margins of the meeting, the Andean Secretariat and the Andes Institute signed a Memorandum of Understanding on culture.", annals.Meeting, 1, "2024-11-07", ""},
		{"the agreement's day", "2024-11-08", told + "On the margins of the meeting, the Andean Secretariat and the Andes Institute signed a Memorandum of Understanding on culture.", annals.Agreement, 1, "2024-11-07", "Andes Institute"},
		{"a forum by its word", "2024-11-30", "The 12th Global Forum of the Andean Council took place in Lisbon on 25 November 2024.\n\nOn the sidelines of the Forum, the Andean Council and UNESCO signed a Memorandum of Understanding.", annals.Agreement, 1, "2024-11-25", "UNESCO"},
		// guards: a gathering not told is its own, and what a dated
		// sentence tells keeps its day
		{"a gathering not told", "2024-11-30", "On the sidelines of the summit, the Andean Council and UNESCO signed a Memorandum of Understanding.", annals.Agreement, 1, "2024-11-30", "UNESCO"},
		{"a name of its own", "2023-07-03", "He will be speaking at the CEO summit plenary session on 1 July 2023.\n\nIt is an event happening on the margins of the Summit of the Americas.", annals.Conference, 2, "", ""},
		{"a day of its own", "2024-11-30", told + "On the margins of the meeting, on 8 November 2024, the Andean Secretariat and the Andes Institute signed a Memorandum of Understanding.", annals.Agreement, 1, "2024-11-08", "Andes Institute"},
	})
	checkEventPlaces(t, "2024-11-08", []placeCase{
		{"the setting's place", told + "On the margins of the meeting, the Andean Secretariat and the Andes Institute signed a Memorandum of Understanding on culture.", "agreement", "Tashkent"},
	})
}

// TestSettingTakesNoSigners: those who sign "on the margins of the
// meeting" took no part in the meeting the story told.
func TestSettingTakesNoSigners(t *testing.T) {
	const told = "The Council of Foreign Ministers of the Andean Council held its 12th meeting in Tashkent on 7 November 2024.\n\n"
	for _, tc := range []struct{ name, text string }{
		{"signers beside the meeting", told + "On the margins of the meeting, the Andean Secretariat and the Andes Institute signed a Memorandum of Understanding on culture."},
		{"signers beside the forum", "The 12th Global Forum of the Andean Council took place in Lisbon on 25 November 2024.\n\nOn the sidelines of the Forum, the Andes Institute and UNESCO signed a Memorandum of Understanding."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, "2024-11-30")
			n := 0
			for _, e := range d.Events {
				if e.Type != annals.Meeting && e.Type != annals.Conference {
					continue
				}
				n++
				if contains(e.Participants, "Andes Institute") {
					t.Errorf("%s with the signer Andes Institute: %+v", e.Type, e)
				}
			}
			if n != 1 {
				t.Errorf("%d gatherings, want 1: %+v", n, d.Events)
			}
		})
	}
}

// TestToldSettingVisitAndSession: "During the visit, X was received by Y"
// takes the visit's day and place; "At the end of the session, the
// ministers signed ..." the session's, and not a session the story named
// as an earlier one ("progress since the third session held in Oslo").
func TestToldSettingVisitAndSession(t *testing.T) {
	const visit = "Foreign Minister Ana Ruiz of Peru paid an official visit to Chile on 12 March 2025.\n\n"
	checkRules(t, []ruleCase{
		{"during the visit", "2025-03-14", visit + "During the visit, Minister Ruiz was received by President Eva Lind.", annals.Meeting, 1, "2025-03-12", "Eva Lind"},
		{"one visit", "2025-03-14", visit + "During the visit, Minister Ruiz was received by President Eva Lind.", annals.Visit, 1, "2025-03-12", ""},
		{"at the end of the session", "2025-03-14", "The ministers held the fourth session of the Peru-Chile Joint Commission in Lima on 13 March 2025.\n\nAt the end of the session, the ministers signed a Memorandum of Understanding.", annals.Agreement, 1, "2025-03-13", ""},
		{"not a session before", "2025-03-14", "The ministers co-chaired the fourth session of the Peru-Chile Joint Commission, which reviewed progress since the third session held in Oslo in 2022.\n\nAt the end of the session, the ministers signed a Memorandum of Understanding.", annals.Agreement, 1, "2025-03-14", ""},
		// guard: a visit of its own
		{"guard: during his visit to", "2025-03-14", visit + "During his visit to Lima on 2 February, Ruiz met President Eva Lind.", annals.Meeting, 1, "2025-02-02", ""},
	})
	// the place right after the earlier session is that session's
	d := run(t, "x.txt", "The ministers co-chaired the fourth session of the Peru-Chile Joint Commission, which reviewed progress since the third session held in Oslo in 2022.", "2025-03-14")
	for _, e := range d.Events {
		if e.Type == annals.Meeting && e.Date != "2022" && e.Place != "" {
			t.Errorf("the fourth session: place %q, want none", e.Place)
		}
	}
}
