package extract

import (
	"testing"

	"annals"
)

// TestBeforeItsPhrase checks an event told in a phrase opened by "prior
// to" or "before" ("Prior to her appointment, Ms. Connors was an attorney
// ... from 2011 to 2018"): the dates of the clause it precedes are before
// it, not its own, and with none of its own it has no date. A date in
// the phrase still dates it.
func TestBeforeItsPhrase(t *testing.T) {
	checkEventDates(t, "2024-07-15", []eventDateCase{
		{"prior to her appointment", "Prior to her appointment, Ms. Clara Ortiz was an attorney at a law firm in Lima from 2011 to 2018.", annals.Appointment, ""},
		{"before the summit", "Before the summit, the ministers of the Union met in Geneva on 3 May.", annals.Conference, ""},
		// unchanged: a date in the phrase, the clause's own event
		{"a date in the phrase", "Prior to her appointment as Director in 2015, Ms. Clara Ortiz was an attorney in Lima.", annals.Appointment, "2015"},
		{"the clause's event", "Before the summit, the ministers of the Union met in Geneva on 3 May.", annals.Meeting, "2024-05-03"},
	})
}
