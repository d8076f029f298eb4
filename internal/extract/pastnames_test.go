package extract

import (
	"testing"

	"annals"
)

// TestPastAcrossNames checks that a date without a year told in the past
// is last year's when its month is still ahead, though names stand
// between the date and the verb ("On April 26-28, the Department of State
// and the City of Denver hosted", "made during the North American
// Leaders’ Summit on January 9-10"): a name's words do not count against
// the few words read for the verb (was this year's, a gathering still to
// come). "From" opening the sentence opens it as "On" does.
func TestPastAcrossNames(t *testing.T) {
	checkEventDates(t, "2024-02-15", []eventDateCase{
		{"names before the verb", "On April 26-28, the Department of State and the City of Denver hosted the inaugural summit.", annals.Conference, "2023-04-26"},
	})
	checkEventDates(t, "2024-08-23", []eventDateCase{
		{"from opening the sentence", "From November 15-17, Deputy National Security Advisor Anne Smith traveled to Japan to continue the talks.", annals.Visit, "2023-11-15"},
	})
	checkEventDates(t, "2024-10-09", []eventDateCase{
		{"a name after the verb", "The Council follows up the commitment that the two Presidents made during the North American Leaders’ Summit on January 9-10.", annals.Conference, "2024-01-09"},
	})
	checkEventDates(t, "2024-01-21", []eventDateCase{
		{"a title and a name", "The Minister met with Prime Minister Jan Berg of the Kingdom of Norway in Oslo on February 18.", annals.Meeting, "2023-02-18"},
		// unchanged: told ahead
		{"told ahead", "On February 18, the Department of State and the City of Denver will host the inaugural summit.", annals.Conference, "2024-02-18"},
	})
}

// TestPastNotFromPurpose checks the words that tell no tense of the date
// they stand before: a purpose opening its clause ("To celebrate the
// National Energy Assistance Day on February 1, HHS released ...") and
// "followed by" (what comes after, in the tense of its clause).
func TestPastNotFromPurpose(t *testing.T) {
	tests := []struct {
		name, text string
		pub        annals.Date
		date, want string
	}{
		{"purpose", "To celebrate the inaugural National Energy Assistance Day on February 1, the Department released a radio announcement.", "2024-10-21", "February 1", "2024-02-01"},
		{"purpose after a comma", "The Minister welcomed us to Camp Lincoln in Iraq where, to honor July 4, we swore in new citizens.", "2024-05-10", "July 4", "2023-07-04"},
		{"followed by", "On March 15, the President will host the Prime Minister, followed by a Celebration at the White House on March 17.", "2024-01-10", "March 17", "2024-03-17"},
		// unchanged
		{"past participle before its agent", "The Group was set up as outlined by the President’s January 27 executive order.", "2024-10-28", "January 27", "2024-01-27"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, tc.pub)
			for _, m := range d.Dates {
				if m.Text == tc.date {
					if string(m.Value) != tc.want {
						t.Errorf("%q: %q is %q, want %q", tc.text, tc.date, m.Value, tc.want)
					}
					return
				}
			}
			t.Errorf("%q: no date %q in %+v", tc.text, tc.date, d.Dates)
		})
	}
}
