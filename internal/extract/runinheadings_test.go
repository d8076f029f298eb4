package extract

import (
	"strings"
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

// TestLineHeadingJoinsItsBody: a heading on its own line inside a story
// and the paragraph under it tell one event, with the body's evidence,
// date and status; not an event of another person or city, nor one past
// the next heading. Made-up stories.
func TestLineHeadingJoinsItsBody(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		typ        annals.EventType
		n          int
		evidence   string // the first event's evidence starts so
		date       annals.Date
	}{
		{"a visit concluded", "The Board met on Monday.\n\nMission concludes visit to Tarvonia\n\nA delegation of the Andean Fund concluded on Thursday a visit to Tarvonia. It met the Prime Minister.\n",
			annals.Visit, 1, "A delegation", "2025-06-19"},
		{"guard: an appointment announced", "The Board met on Monday.\n\nFund appoints new Regional Director\n\nThe Executive Board of the Andean Fund announced on Thursday the appointment of Dr. Rosa Vargas as Regional Director.\n",
			annals.Appointment, 1, "The Executive Board", "2025-06-19"},
		{"a meeting to come", "The Board appointed Ana Ruiz.\n\nMinisters meet in Lima\n\nHealth ministers of the Andean states will meet in Lima in October.\n",
			annals.Meeting, 1, "Health ministers", "2025-10"},
		{"guard: another city", "The Board met on Monday.\n\nMinister concludes visit to Quito\n\nThe Minister of Health concluded a visit to Lima on Thursday. She opened a clinic.\n",
			annals.Visit, 2, "Minister concludes", ""},
		{"guard: past the next heading", "The Board met on Monday.\n\nMission concludes visit to Tarvonia\n\nThe Fund thanked its staff.\n\nNew projects in the region\n\nA delegation of the Andean Fund concluded on Thursday a visit to Tarvonia.\n",
			annals.Visit, 2, "Mission concludes", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, "2025-06-20")
			var got []annals.Event
			for _, e := range d.Events {
				if e.Type == tc.typ {
					got = append(got, e)
				}
			}
			if len(got) != tc.n || !strings.HasPrefix(got[0].Evidence.Text, tc.evidence) || tc.date != "" && got[0].Date != tc.date {
				t.Errorf("%q: %s events %+v, want %d, the first told by %q on %s", tc.text, tc.typ, got, tc.n, tc.evidence, tc.date)
			}
			if tc.name == "a meeting to come" && got[0].Status != annals.Planned {
				t.Errorf("%q: meeting %+v, want planned", tc.text, got[0])
			}
		})
	}
}
