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
