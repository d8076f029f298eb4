package extract

import (
	"testing"

	"annals"
)

// TestScheduleTense checks that a gathering told with a verb of its
// schedule in the present ("opens on", "ends on", "takes place on") is
// the one to come, though a verb of the past stands earlier in the
// sentence: "The Forum, which was founded by the Agency, opens on 3
// September", read in June, had been last September's; and that a
// gathering's own end is its date ("The summit ends on 14 September" had
// been held on the story's day, as a term's end bounds a period).
func TestScheduleTense(t *testing.T) {
	checkEventDates(t, "2024-06-10", []eventDateCase{
		{"opens after a past clause", "The Forum, which was founded by the Agency, opens on 3 September in Geneva.", annals.Conference, "2024-09-03"},
		{"opens after a past clause before it", "As the ministers agreed, the Forum opens on 3 September in Geneva.", annals.Conference, "2024-09-03"},
		{"takes place", "The conference, which the Agency organized, takes place on 14 September in Geneva.", annals.Conference, "2024-09-14"},
		{"a gathering's end", "The summit ends on 14 September.", annals.Conference, "2024-09-14"},
		{"a gathering's end, a month", "The Agency said the conference ends in September.", annals.Conference, "2024-09"},
		{"ended", "The summit ended on 14 September.", annals.Conference, "2023-09-14"},
		// unchanged: the past of the verb itself, a closing verb
		{"opened", "The Forum, which was founded by the Agency, opened on 3 September in Geneva.", annals.Conference, "2023-09-03"},
		{"closes", "The summit closes on 4 September.", annals.Conference, "2024-09-04"},
	})
}
