package extract

import (
	"testing"

	"annals"
)

// TestAnniversaryDateAfterName checks an anniversary whose date follows
// the name of the act it marks: a date about the story's time is the
// anniversary's, and the act was the years counted before it ("the 250th
// anniversary of the signing of the Declaration of Independence on July
// 4, 2026", read in 2021, had been dated 1771, 250 years before the
// story's year); a date about as far back as the years counted is the
// act's own ("the 75th anniversary of the signing of the UN Charter on
// June 26, 1945" had been 1946).
func TestAnniversaryDateAfterName(t *testing.T) {
	checkEventDates(t, "2021-09-19", []eventDateCase{
		{"the anniversary's date", "In preparation for the 250th anniversary of the signing of the Declaration of Independence on July 4, 2026, the Order directs the Secretary to complete restorations.", annals.Agreement, "1776-07-04"},
		{"the act's own date", "Today marks the 75th anniversary of the signing of the UN Charter on June 26, 1945.", annals.Agreement, "1945-06-26"},
		{"a day without a year", "We celebrate the 75th anniversary of the signing of the Charter on June 26.", annals.Agreement, "1946-06-26"},
		// unchanged: the date before the anniversary, a year before it
		{"date first", "On June 26, we celebrate the 75th anniversary of the signing of the Charter.", annals.Agreement, "1946-06-26"},
		{"next year", "Next year, we will mark the 250th anniversary of the signing of the Declaration of Independence.", annals.Agreement, "1772"},
	})
}
