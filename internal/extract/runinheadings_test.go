package extract

import (
	"testing"

	"annals"
)

// TestRunInHeadingDates: an event a run-in heading tells with no date of
// its own ("Launched a campaign to cut hidden fees.", the bold gone) is
// dated as the sentence after it in its paragraph dates what it tells, or
// not at all; a sentence with a subject, a heading alone or one whose body
// is another paragraph keep the story's day.
func TestRunInHeadingDates(t *testing.T) {
	checkEventDates(t, "2024-03-15", []eventDateCase{
		{"body dates the act", "Launched a campaign to cut hidden fees. In September 2022, the Governor announced a campaign to cut hidden fees charged by banks.", annals.Campaign, "2022-09"},
		{"body dates the meeting", "Hosting the First Meeting of Water Ministers. In April, the Vice President hosted the first meeting of water ministers in Lima.", annals.Meeting, "2023-04"},
		{"body tells no act", "Establishing a Regional Water Center. The Budget provides funding for a regional water center in Ohio.", annals.Founding, ""},
		{"body opens with its date", "Established a Regional Water Center. In January 2024, the Department opened the center to the public.", annals.Founding, "2024-01"},
		{"a date further on is another thing's", "Launching the Global Seed Alliance. Seeds are critical to reaching food security by 2050.", annals.Founding, ""},
		{"guard: a sentence with its subject", "The Governor launched a campaign to cut hidden fees. In September 2022, she announced a plan.", annals.Campaign, "2024-03-15"},
		{"guard: a heading alone", "Launched a campaign to cut hidden fees.", annals.Campaign, "2024-03-15"},
		{"guard: the body in another paragraph", "Launched a campaign to cut hidden fees.\n\nIn September 2022, the Governor announced a plan.", annals.Campaign, "2024-03-15"},
		{"guard: a clause before its subject", "Meeting after the summit in Lima, the ministers launched a campaign to cut fees. In September 2022, the Governor announced a plan.", annals.Campaign, "2024-03-15"},
		{"guard: a heading with its body after a colon", "Cutting Hidden Fees: The Governor launched a campaign to cut hidden fees. In September 2022, she announced a plan.", annals.Campaign, "2024-03-15"},
	})
}
