package extract

import (
	"testing"

	"annals"
)

// TestCampaignRule covers the campaign family: a campaign launched, one
// named as where an office was held (no event), and what else "launched"
// sets up.
func TestCampaignRule(t *testing.T) {
	checkRules(t, []ruleCase{
		{"office at a campaign", "2021-12-10", "She served as Vice Chair of the Andean Water Campaign.", "", 0, "", ""},
		{"campaign launched", "2021-12-10", "The Andean Council launched the Andean Water Campaign in May 2021.", annals.Campaign, -1, "2021-05", ""},
		{"an initiative to act", "2021-12-10", "The Andean Council launched an initiative to ensure that rivers stay clean.", annals.Campaign, 1, "", "Andean Council"},
		{"a programme launched", "2021-12-10", "The Andean Council launched a training programme for judges in May 2021.", annals.Programme, 1, "2021-05", ""},
		{"a body launched", "2021-12-10", "The Andean Council launched a regional task force on floods in May 2021.", annals.Founding, 1, "2021-05", ""},
		{"an office named by a campaign", "2021-12-10", "Paul Weiss, Our Wild Andes Campaign Senior Director, Andean Club: We are thrilled.", annals.Campaign, 0, "", ""},
		{"campaigns in general", "2021-12-10", "She managed grassroots and coalition-building campaigns at a law firm.", annals.Campaign, 0, "", ""},
		{"campaigns launched", "2021-12-10", "Both governments launched complementary education campaigns on the dangers of fentanyl.", annals.Campaign, 1, "", ""},
		{"an office on a campaign", "2021-12-10", "Paul Weiss formerly served as the Deputy Communications Director for Press on the Ruiz-Weiss campaign.", annals.Campaign, 0, "", ""},
		{"chaired a campaign", "2021-12-10", "He chaired Ana Ruiz's campaign for president in 2016.", annals.Campaign, 0, "", ""},
		{"a campaign launched by a ministry", "2021-12-10", "In May the Andean Ministry of Health launched a nationwide vaccination campaign.", annals.Campaign, 1, "2021-05", ""},
		{"a campaign a minister launched", "2021-12-10", "Education Secretary Paul Weiss also recently launched a social media campaign to raise awareness.", annals.Campaign, 1, "", ""},
		{"a president's campaign initiated", "2021-12-10", "Ana Ruiz also initiated President Weiss's Doing Business in the Andes Campaign.", annals.Campaign, 1, "", ""},
	})
}

// TestCampaignAsModifier covers "campaign" qualifying another noun and
// campaigns worked on in a career: no campaign told.
func TestCampaignAsModifier(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a campaign promise", "2023-04-10", "The Andean Council continues to deliver on his campaign promise to invest in water.", annals.Campaign, 0, "", ""},
		{"campaign finance", "2023-04-10", "The agency gave $16 million to 17 countries to tackle issues like campaign finance reform.", annals.Campaign, 0, "", ""},
		{"the campaign trail", "2023-04-10", "On the campaign trail in Peru, Ana Ruiz spoke about water.", annals.Campaign, 0, "", ""},
		{"worked on campaigns", "2023-04-10", "Judge Ana Ruiz worked on political campaigns in Peru from 2006 to 2007.", annals.Campaign, 0, "", ""},
		{"guard: a campaign launched", "2023-04-10", "On Monday the Andean Council launched a campaign to promote water safety.", annals.Campaign, 1, "2023-04-10", "Andean Council"},
	})
}

// TestLaunchInsideAName: "launch" as a word inside a name ("the Space
// Launch System rocket", "United Launch Alliance") launches nothing; a
// launch verb before a determiner still does, even where a Title Case
// headline is read as one name.
func TestLaunchInsideAName(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a rocket's name", "2021-12-10", "The Andean Space Agency's probe will fly on the Space Launch System rocket after the Orion spacecraft.", annals.Founding, 0, "", ""},
		{"a company's name", "2021-12-10", "Partners include the Andean Council, Lockheed Martin, and United Launch Alliance.", annals.Founding, 0, "", ""},
		{"a system's name", "2021-12-10", "The order directs the Andean Navy to replace the Advanced Electromagnetic Aircraft Launch Systems with steam catapults.", annals.Founding, 0, "", ""},
		{"guard: a body launched", "2021-12-10", "The Andean Council launched the Andean Youth Alliance in May 2020.", annals.Founding, 1, "2020-05", ""},
	})
}

// TestLaunchingIsNoPassive: "was launching" is the subject's act in
// progress, no body launched; "was launched" founds the subject.
func TestLaunchingIsNoPassive(t *testing.T) {
	checkRules(t, []ruleCase{
		{"was launching an investigation", "2021-12-10", "The Andean Council announced that it was launching a statewide investigation into prisons.", annals.Founding, 0, "", ""},
		{"guard: was launched", "2021-12-10", "The Andean Council was launched in Lima in May 1969.", annals.Founding, 1, "1969-05", "Andean Council"},
	})
}

// TestCampaignOfForce covers campaigns of force or coercion: no drive for
// a cause.
func TestCampaignOfForce(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a military campaign", "2023-11-16", "The leaders discussed Peru’s military campaign in Cusco to include its objectives.", annals.Campaign, 0, "", ""},
		{"a campaign of slaughter", "2023-11-16", "On this day 30 years ago, a brutal and systematic campaign of slaughter began in Lima.", annals.Campaign, 0, "", ""},
		{"a pressure campaign", "2023-11-16", "That is because of the pressure campaign Paul Weiss put on local officials.", annals.Campaign, 0, "", ""},
		{"guard: an awareness campaign launched", "2023-11-16", "The Andean Council will launch a public awareness campaign on water.", annals.Campaign, -1, "", ""},
	})
}

// TestCampaignRunsUntil: a campaign told again with its end ("The
// campaign, which runs until 30 April") ends then; a summit told closing
// after it opened runs to that day.
func TestCampaignRunsUntil(t *testing.T) {
	for _, tc := range []struct {
		name      string
		pub       annals.Date
		text, typ string
		date, end string
	}{
		{"campaign", "2025-02-20", "GENEVA, 20 February 2025 – The Andean Health Agency today launched a regional campaign to vaccinate 12 million children against measles.\n\nThe campaign, which runs until 30 April, is funded by the Andean Fund.", "campaign", "2025-02-20", "2025-04-30"},
		{"summit", "2024-09-02", "NAIROBI, 2 September 2024 – The Africa Youth Summit opened today in Nairobi with 300 delegates.\n\nThe summit closes on 4 September.", "conference", "2024-09-02", "2024-09-04"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, tc.pub)
			n := 0
			for _, e := range d.Events {
				if string(e.Type) != tc.typ {
					continue
				}
				n++
				if string(e.Date) != tc.date || string(e.DateEnd) != tc.end {
					t.Errorf("%s %s to %s, want %s to %s", e.Type, e.Date, e.DateEnd, tc.date, tc.end)
				}
			}
			if n != 1 {
				t.Errorf("%d %s events, want 1: %+v", n, tc.typ, d.Events)
			}
		})
	}
}
