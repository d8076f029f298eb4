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
// "followed by" (what comes after, in the tense of its clause); an
// adverb between an auxiliary and its participle keeps the auxiliary's
// tense ("will be prominently featured ... August 22-23").
func TestPastNotFromPurpose(t *testing.T) {
	tests := []struct {
		name, text string
		pub        annals.Date
		date, want string
	}{
		{"purpose", "To celebrate the inaugural National Energy Assistance Day on February 1, the Department released a radio announcement.", "2024-10-21", "February 1", "2024-02-01"},
		{"purpose after a comma", "The Minister welcomed us to Camp Lincoln in Iraq where, to honor July 4, we swore in new citizens.", "2024-05-10", "July 4", "2023-07-04"},
		{"followed by", "On March 15, the President will host the Prime Minister, followed by a Celebration at the White House on March 17.", "2024-01-10", "March 17", "2024-03-17"},
		{"adverb after the auxiliary", "Today’s award will be prominently featured during the historic Liberty 300 Grand Prix race weekend in Boston, MA, August 22-23, which will be airing on television.", "2024-03-13", "August 22-23", "2024-08-22"},
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

// TestPastAfterHeadingAndList checks a date opening the text after a
// heading ("Clean Water Partnership: On December 7th, ... signed") and a
// verb after a list of people's names ("On June 14, Deputy Minister Anna
// Berg, Deputy Secretary Tom Vale, ... and Advisor Jon Park
// participated"): read as far as a date opening its sentence, commas
// between names not counted (was this year's, still to come).
func TestPastAfterHeadingAndList(t *testing.T) {
	checkEventDates(t, "2021-08-30", []eventDateCase{
		{"after a heading", "Clean Water Partnership (CWP): On December 7th, the Republic of Ruritania and the Government of Freedonia signed a water partnership to support farmers.", annals.Agreement, "2020-12-07"},
	})
	checkEventDates(t, "2024-01-28", []eventDateCase{
		{"a list of names", "On June 14, Deputy Minister Anna Berg, Deputy Secretary Tom Vale, Ambassador to Peru Carl Moss, Director of the Bureau of Mines, Forests and Waters Eva Lind, and Advisor Jon Park participated in the Regional Forestry Coordination Meeting.", annals.Meeting, "2023-06-14"},
	})
}
