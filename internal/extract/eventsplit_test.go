package extract

import (
	"testing"

	"annals"
)

// noEventOf checks that text, published on pub, tells no event of type typ.
func noEventOf(t *testing.T, pub annals.Date, typ annals.EventType, text string) {
	t.Helper()
	for _, e := range run(t, "x.txt", text, pub).Events {
		if e.Type == typ {
			t.Errorf("%q: a %s event %+v, want none", text, typ, e)
		}
	}
}

// countEvents returns how many events of type typ text tells.
func countEvents(t *testing.T, pub annals.Date, typ annals.EventType, text string) int {
	t.Helper()
	n := 0
	for _, e := range run(t, "x.txt", text, pub).Events {
		if e.Type == typ {
			n++
		}
	}
	return n
}

// TestSpeakersInOtherShapes covers statements whose speaker is not right
// before the verb: an affiliation in parentheses, auxiliaries, a passive
// "by", a dateline in wiki emphasis.
func TestSpeakersInOtherShapes(t *testing.T) {
	checkEvents(t, "2021-06-01", []eventCase{
		{"affiliation in parentheses", "Rapporteur Ana Ruiz (S&D, DE) said the rules would cut emissions.", annals.Speech, "", "Ana Ruiz"},
		{"affiliation before a point made", "Rapporteur Ana Ruiz (EPP, SE) stressed: “This is the most ambitious pathway.”", annals.Speech, "", "Ana Ruiz"},
		{"announced after auxiliaries", "The Andean Council has officially announced that it will not take its seats.", annals.Speech, "", "Andean Council"},
		{"announced by, passive", "The results were officially announced yesterday by the Andean Elections Board.", annals.Speech, "2021-05-31", "Andean Elections Board"},
		{"announced, no speaker", "The results were announced yesterday.", "", "", ""},
	})
	checkEvents(t, "", []eventCase{
		{"wiki-bold dateline dates the story", "Vote result\n\n'''December 22, 2004'''\n\nThe results were officially announced yesterday by the Andean Elections Board.", annals.Speech, "2004-12-21", ""},
	})
}

// TestEventsApart covers events that must stay apart: a gathering hosting
// a meeting, a planned event beside a held one, a name that holds a
// trigger word.
func TestEventsApart(t *testing.T) {
	checkEvents(t, "2023-11-02", []eventCase{
		{"summit on whose margins they met", "Vice President Ana Ruiz met today with Secretary-General Paul Weiss in Quito on the margins of the Global Summit on Water Safety.", annals.Conference, "2023-11-02", "Paul Weiss"},
		{"the meeting on the margins", "Vice President Ana Ruiz met today with Secretary-General Paul Weiss in Quito on the margins of the Global Summit on Water Safety.", annals.Meeting, "2023-11-02", "Paul Weiss"},
	})
	if n := countEvents(t, "2009-03-10", annals.Visit, "Secretary Ana Ruiz visited Peru last week. During the visit, Secretary Ruiz announced an upcoming trip to Peru by President Paul Weiss."); n != 2 {
		t.Errorf("a visit and an upcoming trip: %d visits, want 2", n)
	}
	if n := countEvents(t, "2021-09-23", annals.Meeting, "Yesterday, Paul Weiss met with Ana Ruiz of the Andean Council. Mr. Weiss expressed support for the meeting next week of the Andean Council."); n != 2 {
		t.Errorf("a meeting held and the meeting next week: %d meetings, want 2", n)
	}
	if n := countEvents(t, "2010-11-18", annals.Conference, "The Quito Summit has been organized by President Paul Weiss and will be the first meeting of Heads of State in a decade."); n != 1 {
		t.Errorf("a summit that will be a meeting of heads of state: %d conferences, want 1", n)
	}
	if n := countEvents(t, "2022-10-19", annals.Speech, "Andean Parliament rapporteur Ana Ruiz (S&D, DE) said: “We need more stations.”\n\nAndean Parliament rapporteur Paul Weiss (EPP, SE) stressed: “This is the most ambitious pathway.”"); n != 2 {
		t.Errorf("two rapporteurs' statements: %d speeches, want 2", n)
	}
	noEventOf(t, "2021-05-28", annals.Agreement, "The United States raised the matter on May 23 at the North Atlantic Treaty Organization (NATO).")
}

// TestMembershipsChorusesAndTexts covers a state welcomed as a member (an
// accession, told once however often), statements made by joining
// others', an appointment of "her", a meeting only proposed, and numbered
// resolutions that stay apart.
func TestMembershipsChorusesAndTexts(t *testing.T) {
	checkEvents(t, "2023-04-04", []eventCase{
		{"welcome as a member", "Today, I am proud to welcome Andorra as the Andean Council's 13th member.", annals.Agreement, "2023-04-04", "Andorra"},
		{"joined the condemnation", "The Andean Council has joined the public condemnation of the attack.", annals.Speech, "", "Andean Council"},
		{"added its voice", "Today, the Andean Council added its voice to this international chorus.", annals.Speech, "2023-04-04", "Andean Council"},
		{"appoint her as", "Paul Weiss has announced his intent to appoint her as the next Executive Director of the Andean Council.", annals.Appointment, "", "Andean Council"},
	})
	noEventOf(t, "2023-04-04", annals.Speech, "The Andean Council joined the call on Monday.")
	noEventOf(t, "2021-05-07", annals.Conference, "Mr. Weiss proposed regular high-level U.S.-Andean engagement, including a meeting between the President and Andean heads of State.")
	if n := countEvents(t, "2023-04-04", annals.Agreement, "Today, I welcome Andorra as the Andean Council's 13th member. It has been a long road. Talks took years. Less than a year later, we are welcoming Andorra as a member."); n != 1 {
		t.Errorf("one accession told twice: %d agreements, want 1", n)
	}
	if n := countEvents(t, "2007-11-16", annals.Agreement, "Resolution 1737, passed in December 2006, targeted trade. When that failed, the Andean Council passed Resolution 1747, which targeted officials."); n != 2 {
		t.Errorf("two numbered resolutions: %d agreements, want 2", n)
	}
	if n := countEvents(t, "2010-05-19", annals.Visit, "Today I honor Prime Minister Ana Ruiz of Peru on the occasion of her visit to Washington. Peru is a friend. Its people are proud. Its economy grows. Please join me in welcoming Prime Minister Ruiz to the United States."); n != 1 {
		t.Errorf("one visitor's visit told twice: %d visits, want 1", n)
	}
}

// TestTextsReleasedAndAgreed covers reports made public (a statement of
// their author), documents agreed, conventions created and numbered
// replenishments (pledging conferences).
func TestTextsReleasedAndAgreed(t *testing.T) {
	checkEvents(t, "2007-11-16", []eventCase{
		{"report released, passive", "Yesterday, a copy of the World Health Organization's upcoming report on cholera was released.", annals.Speech, "2007-11-15", "World Health Organization"},
		{"issued a statement", "The Andean Council issued a statement on the floods.", annals.Speech, "", "Andean Council"},
		{"document agreed to", "Peru and Chile reaffirmed the principles enshrined in the Shared Vision document agreed to in July 2006.", annals.Agreement, "2006-07", "Chile"},
		{"convention created", "In 1951, the Andean Refugee Convention was created to address the issue.", annals.Agreement, "1951", ""},
		{"agreed to act", "Ministers agreed to set national targets.", "", "", ""},
		{"the published report", "According to the published report, 40 cases were confirmed.", "", "", ""},
	})
	checkEvents(t, "2022-06-30", []eventCase{
		{"numbered replenishment", "Support is needed, including the Seventh Replenishment of the Global Fund, which I look forward to hosting this September.", annals.Conference, "2022-09", "Global Fund"},
	})
}

// TestReportTopicTakesNoPart checks that what a released report is about
// is not a participant of its author's statement.
func TestReportTopicTakesNoPart(t *testing.T) {
	d := run(t, "x.txt", "Yesterday, a copy of the World Health Organization's report on Iraq was released.", "2007-11-16")
	for _, e := range d.Events {
		if contains(e.Participants, "Iraq") {
			t.Errorf("%s participants %v hold the report's topic", e.Type, e.Participants)
		}
	}
}

// TestOfficesAndYearsSince covers a programme or campaign named as where
// an office was held (no event), and a count of years before "since".
func TestOfficesAndYearsSince(t *testing.T) {
	checkEvents(t, "2021-12-10", []eventCase{
		{"office at a campaign", "She served as Vice Chair of the Andean Water Campaign.", "", "", ""},
		{"campaign launched", "The Andean Council launched the Andean Water Campaign in May 2021.", annals.Campaign, "2021-05", ""},
		{"eleven years since", "It has been eleven years since the Andean Council held a summit.", annals.Conference, "2010", ""},
	})
}

// TestInstitutionsAdopt covers a legislature known by its head word alone
// ("Parliament adopted"), its members ("MEPs"), and the body that adopts
// a text as the adoption's party rather than what the text is about.
func TestInstitutionsAdopt(t *testing.T) {
	checkEvents(t, "2020-12-18", []eventCase{
		{"Parliament alone", "On Friday, Parliament adopted measures to ensure road connections between Peru and Chile.", annals.Agreement, "2020-12-18", "Parliament"},
		{"passive after an adoption", "On Friday, Parliament adopted measures to ensure road connections.\n\nAviation safety: the regulation on certificates was adopted with 680 votes in favour.", annals.Agreement, "2020-12-18", "Parliament"},
	})
	d := run(t, "x.txt", "The Andean Parliament approved the European Commission’s proposal to extend fishing access for Peru and Chile by 677 votes in favour.", "2020-12-18")
	found := false
	for _, e := range d.Events {
		if e.Type == annals.Agreement && contains(e.Participants, "Andean Parliament") && contains(e.Participants, "European Commission") {
			found = true
			if contains(e.Participants, "Chile") {
				t.Errorf("adoption participants %v hold what the text is about", e.Participants)
			}
		}
	}
	if !found {
		t.Errorf("no adoption by the Andean Parliament of the Commission's proposal: %+v", d.Events)
	}
}

// TestVotesLettersWarnings covers an office given by a vote, a letter
// sent (a statement of its senders), warnings from a named speaker, and a
// position adopted beside what a member said of it.
func TestVotesLettersWarnings(t *testing.T) {
	checkEvents(t, "2010-11-18", []eventCase{
		{"voted for a chairmanship", "All 56 member States unanimously voted in favor of Peru's chairmanship.", annals.Appointment, "", "Peru"},
		{"sent a letter", "Senator Ana Ruiz sent a letter to President Paul Weiss on the delays.", annals.Speech, "", "Ana Ruiz"},
		{"warnings from", "The resolution follows strong warnings to Eritrea from the African Union.", annals.Speech, "", "African Union"},
		{"a warning to travellers", "The ministry issued a warning urging citizens to avoid the border.", "", "", ""},
		{"voted on a bill", "The Senate voted on the bill.", "", "", ""},
	})
	noEventOf(t, "2010-11-18", annals.Speech, "In 2009 the Andean Council and the Pacific Alliance signed a Letter of Intent in Lima.")
	text := "On Wednesday, the Andean Parliament adopted its position on draft rules for ports.\n\nAndean Parliament rapporteur Ana Ruiz (S&D, DE) said: “We need more ports.”"
	if n := countEvents(t, "2022-10-19", annals.Speech, text); n != 2 {
		t.Errorf("a position adopted and a rapporteur's statement: %d speeches, want 2", n)
	}
}

// TestWebAddressesAndSignUps: visiting a web address is no visit, and
// signing up for something no agreement.
func TestWebAddressesAndSignUps(t *testing.T) {
	noEventOf(t, "2023-06-02", annals.Visit, "For more information, visit WhiteHouse.gov/HungerHealthConference.")
	noEventOf(t, "2023-06-02", annals.Visit, "To volunteer, visit www.partnershipstudentsuccess.org today.")
	noEventOf(t, "2023-06-02", annals.Agreement, "Of those newly signing up for HealthCare.gov coverage in 2023, 15% were new customers.")
	if n := countEvents(t, "2023-06-02", annals.Visit, "Secretary Ana Ruiz will visit Peru on Monday."); n != 1 {
		t.Errorf("a visit to a country: %d visits, want 1", n)
	}
}

// TestSinceTakingOffice: "since X took office" is a time the sentence
// counts from, no appointment.
func TestSinceTakingOffice(t *testing.T) {
	noEventOf(t, "2023-06-02", annals.Appointment, "Since President Ana Ruiz took office, companies have announced $11 billion in investments.")
	noEventOf(t, "2023-06-02", annals.Appointment, "Immediately upon taking office, President Ana Ruiz clarified the rules.")
	if n := countEvents(t, "2023-06-02", annals.Appointment, "President Ana Ruiz took office on June 1, 2023."); n != 1 {
		t.Errorf("taking office: %d appointments, want 1", n)
	}
}

// TestMeetingAGoal: "meet the moment", "meet <a law's> standards" satisfy
// a goal; no one gathers.
func TestMeetingAGoal(t *testing.T) {
	noEventOf(t, "2024-12-10", annals.Meeting, "Americans of both parties are looking to their leaders to meet the moment.")
	noEventOf(t, "2024-01-07", annals.Meeting, "The funds will improve stations to meet Americans with Disabilities Act (ADA) standards.")
	if n := countEvents(t, "2023-04-10", annals.Meeting, "President Ana Ruiz of Peru and Prime Minister Paul Weiss of Japan meet at a historic moment for the alliance."); n != 1 {
		t.Errorf("leaders meeting at a moment: %d meetings, want 1", n)
	}
}
