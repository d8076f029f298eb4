package extract

import (
	"strings"
	"testing"

	"annals"
)

// TestConferenceRule covers the conference family: a summit on whose
// margins others met, a summit that will be a meeting of heads of state,
// a meeting only proposed, a numbered replenishment, a summit counted
// from in years.
func TestConferenceRule(t *testing.T) {
	checkRules(t, []ruleCase{
		{"summit on whose margins they met", "2023-11-02", "Vice President Ana Ruiz met today with Secretary-General Paul Weiss in Quito on the margins of the Global Summit on Water Safety.", annals.Conference, -1, "2023-11-02", "Paul Weiss"},
		{"a summit that will be a meeting of heads of state", "2010-11-18", "The Quito Summit has been organized by President Paul Weiss and will be the first meeting of Heads of State in a decade.", annals.Conference, 1, "", ""},
		{"a meeting of heads of state only proposed", "2021-05-07", "Mr. Weiss proposed regular high-level U.S.-Andean engagement, including a meeting between the President and Andean heads of State.", annals.Conference, 0, "", ""},
		{"numbered replenishment", "2022-06-30", "Support is needed, including the Seventh Replenishment of the Global Fund, which I look forward to hosting this September.", annals.Conference, -1, "2022-09", "Global Fund"},
		{"eleven years since", "2021-12-10", "It has been eleven years since the Andean Council held a summit.", annals.Conference, -1, "2010", ""},
		{"a press conference is a statement", "2021-12-10", "Minister Ana Ruiz told reporters at a press conference on Monday that the border would reopen.", annals.Conference, 0, "", ""},
		{"an office at a conference's body", "2021-12-10", "She served as Secretary of the Conference of Andean Bank Supervisors.", annals.Conference, 0, "", ""},
		{"an organ of a conference's body", "2021-12-10", "Ana Ruiz, Member, Council of the Administrative Conference of Peru, spoke on Monday.", annals.Conference, 0, "", ""},
		{"an office at an expo", "2021-12-10", "Paul Weiss was named Commissioner General at Expo Lima in 2014.", annals.Conference, 0, "", ""},
		{"a legislature's term", "2021-12-10", "He was named Chairman of the Finance Committee for the 113th Congress.", annals.Conference, 0, "", ""},
		{"a numbered party congress", "2021-12-10", "The 20th Party Congress opened in Lima on Monday.", annals.Conference, 1, "2021-12-06", ""},
		{"a named summit after a call", "2021-12-10", "President Ana Ruiz spoke today with Prime Minister Paul Weiss of Peru. The President looks forward to welcoming Prime Minister Weiss to the Lima Summit next week.", annals.Conference, 1, "", ""},
		{"a summit meeting is one summit", "2024-01-10", "Leaders held a summit meeting in Brussels on June 15, 2021.", annals.Conference, 1, "2021-06-15", ""},
		{"a summit meeting is no second meeting", "2024-01-10", "Leaders held a summit meeting in Brussels on June 15, 2021.", annals.Meeting, 0, "", ""},
		{"a summit looked forward to is to come", "2024-01-10", "The co-host nations look forward to another successful Summit to accelerate the response.", annals.Conference, 1, "2024-01", ""},
		{"whether it was a conference, no matter", "2021-12-10", "No matter where I go, whether it was the Andean conference we just had or the forum in Lima, they ask.", annals.Conference, -1, "", ""},
	})
}

// TestConferenceNamedInPassing covers conference words that name no
// gathering: a forum a body serves as or provides, "congress members", a
// standing body of members named a conference, the conference an envoy
// is sent to, and a forum where an office set off by commas is held.
func TestConferenceNamedInPassing(t *testing.T) {
	checkRules(t, []ruleCase{
		{"serves as the lead forum", "2023-04-10", "The Andean Council of Governors serves as the lead forum to strengthen partnerships between Lima and the regions.", annals.Conference, 0, "", ""},
		{"provides a forum", "2023-04-10", "Through the adoption of a Declaration, the Partnership for Andean Cooperation provides a forum to promote cooperation among states.", annals.Conference, 0, "", ""},
		{"as the foremost forum", "2023-04-10", "They underscored the importance of the Joint Water Dialogue as the foremost bilateral defense forum for the partnership.", annals.Conference, 0, "", ""},
		{"congress members", "2023-04-10", "I would like to thank the cabinet secretaries, congress members, and donors for their advocacy.", annals.Conference, 0, "", ""},
		{"a conference of bishops", "2023-04-10", "The Andean Conference of Catholic Bishops commits to work with its teams in Peru.", annals.Conference, 0, "", ""},
		{"an envoy to a conference", "2023-04-10", "Paul Weiss, Nominee for Andean Representative to the Conference on Water Law with the rank of Ambassador.", annals.Conference, 0, "", ""},
		{"an office set off before a forum", "2023-04-10", "Ana Ruiz, Executive Director, National Andean Women’s Water Forum", annals.Conference, 0, "", ""},
		{"will be a forum", "2023-04-10", "The meeting will be a forum for Coalition Members who have begun work in Peru.", annals.Conference, 0, "", ""},
		{"guard: a forum held", "2023-04-10", "On Monday, the Andean Council held a forum on water law in Lima.", annals.Conference, 1, "2023-04-10", "Andean Council"},
		{"guard: as part of the forum", "2023-04-10", "On Monday, Ana Ruiz spoke in Lima as part of the business forum on water.", annals.Conference, 1, "2023-04-10", ""},
		{"guard: a numbered conference of the parties", "2023-04-10", "On Monday, Peru hosted the 28th Conference of the Parties in Lima.", annals.Conference, 1, "2023-04-10", "Peru"},
	})
}

// TestHostingNoGathering: a host word inside a name ("Hosted Payload"),
// hosting people for a stay ("hosting UN peacekeepers") and a room named
// for a gathering ("Conference Room") tell no conference; hosting an
// organization's gathering does.
func TestHostingNoGathering(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a hosted payload", "2021-12-10", "The first ANDSAT Hosted Payload will launch as soon as next year.", annals.Conference, 0, "", ""},
		{"hosting peacekeepers", "2021-12-10", "The President recognized Peru's transition from a country hosting UN peacekeepers to one contributing them.", annals.Conference, 0, "", ""},
		{"a conference room", "2021-12-10", "Meetings are held at Suite 119 (Conference Room), 590 Lipoa Pkwy, Kihei, HI 96753.", annals.Conference, 0, "", ""},
		{"guard: hosting an organization's gathering", "2021-12-10", "In May 2021, Peru hosted the OAS in Lima.", annals.Conference, 1, "2021-05", ""},
	})
}

// TestGatheringTopicInTitle checks that a gathering's name goes on with
// its topic in Title Case after "on", "for" or "of" (a list of three with
// its commas included), and stops before a person, a city, a list of two
// bodies or a lower-case word.
func TestGatheringTopicInTitle(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Andean mayors took part in the first Lima Conference on Hunger, Nutrition, and Health in over 50 years.", "Lima Conference on Hunger, Nutrition, and Health"},
		{"Today, at the first-ever Andean Summit on Water Justice in Action, the Council released reports.", "Andean Summit on Water Justice in Action"},
		{"The Andean Forum on Aging, Disability and Independence met on 4 June 2021.", "Andean Forum on Aging, Disability and Independence"},
		{"The Council will host the second Summit for Democracy in March 2023.", "Summit for Democracy"},
		{"We build on the Andean Water Partnership, Conference on Critical Materials, and Minerals and the Energy Initiative.", "Conference on Critical Materials"},
		{"Leaders met during the Andean Summit for Democracy, President Ana Ruiz said on 4 June 2021.", "Andean Summit for Democracy"},
	}
	for _, tc := range cases {
		d := run(t, "x.txt", tc.text, "2024-05-01")
		got := eventTitles(d)
		if !has(got, tc.want) {
			t.Errorf("%q: titles %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestBodyNamedLikeAGathering checks that a country's standing body named
// "Conference of" the country, and a numbered assembly's district or seat,
// are no gatherings.
func TestBodyNamedLikeAGathering(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a conference of a country", "2024-05-01", "Ana Ruiz worked at the Administrative Conference of the United States.", annals.Conference, 0, "", ""},
		{"a conference of a country speaks", "2024-05-01", "The Administrative Conference of Peru issued new rules.", annals.Conference, 0, "", ""},
		{"an assembly district", "2024-05-01", "He represented the 78th Assembly District in the Andean State Assembly.", annals.Conference, 0, "", ""},
		{"a numbered assembly stays", "2024-05-01", "The Seventieth World Health Assembly opened in Geneva.", annals.Conference, 1, "", ""},
		{"the conference of the parties stays", "2024-05-01", "The Conference of the Parties met in Baku on Monday.", annals.Conference, 1, "", ""},
	})
}

// TestNoGatheringTold covers conference words that tell no gathering:
// conferences counted, a thing of conferences, an organization's seat
// hosted.
func TestNoGatheringTold(t *testing.T) {
	checkRules(t, []ruleCase{
		{"conferences counted", "2020-10-28", "Paul Weiss has presented at over 500 conferences and has published widely.", annals.Conference, 0, "", ""},
		{"many summits", "2020-10-28", "Ana Ruiz has attended many summits since 2010.", annals.Conference, 0, "", ""},
		{"conference papers", "2020-10-28", "He has published over one hundred journal articles and conference papers on water.", annals.Conference, 0, "", ""},
		{"a secretariat hosted", "2020-10-28", "We thank Peru for continuing to host the Andean Council Secretariat, with support from Chile.", annals.Conference, 0, "", ""},
	})
}

// TestHostingPeopleOrAFacility checks that hosting people an
// organization's offices name is a meeting, no conference of the
// organization, and that hosting its facility is neither.
func TestHostingPeopleOrAFacility(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a commission's vice presidents", "2021-09-10", "Minister Ana Ruiz will host European Commission Executive Vice Presidents Margrethe Vestager and Valdis Dombrovskis in Lima on September 29.", annals.Conference, 0, "", ""},
		{"met, not gathered", "2021-09-10", "Minister Ana Ruiz will host European Commission Executive Vice Presidents Margrethe Vestager and Valdis Dombrovskis in Lima on September 29.", annals.Meeting, 1, "2021-09-29", "Margrethe Vestager"},
		{"an office without its holder", "2021-09-10", "Peru hosted the UN Independent Expert on Water Rights in Lima on 3 May 2021.", annals.Meeting, 1, "2021-05-03", ""},
		{"a naval facility", "2021-09-10", "The ministry welcomes Peru's commitment to hosting the Andean Naval Support Activity at Callao.", annals.Conference, 0, "", ""},
		// guard: an organization's gathering
		{"the organization itself", "2021-09-10", "In May 2021, Peru hosted the OAS in Lima.", annals.Conference, 1, "2021-05", ""},
	})
}

// TestForumAttended checks that a forum named like an organization is a
// gathering when attended (it had been no event), its organization
// taking part; not when a meeting named after it is what was attended,
// nor when the organization acts.
func TestForumAttended(t *testing.T) {
	checkRules(t, []ruleCase{
		{"attended", "2024-05-10", "More than 1,200 participants from 95 countries attended the Global Forum on Migration and Development in Geneva on 23-25 January 2024.", annals.Conference, 1, "2024-01-23", ""},
		{"took part in", "2024-05-10", "Ministers from 12 countries took part in the Pacific Islands Forum in Suva on 3 May 2024.", annals.Conference, 1, "2024-05-03", "Pacific Islands Forum"},
		// guards: the organization acting; a meeting named after it
		{"the organization acts", "2024-05-10", "The Pacific Islands Forum welcomed the decision on 4 May 2024.", annals.Conference, 0, "", ""},
		{"its leaders meeting", "2024-05-10", "Leaders attended the Pacific Islands Forum Leaders Meeting in Suva on 3 May 2024.", annals.Conference, 0, "", ""},
	})
}

// TestPreparationsDiscussed: a gathering the story told, named as the
// preparations a meeting was about, is no report of it, and those met
// take no part in it; those preparing it still do.
func TestPreparationsDiscussed(t *testing.T) {
	checkParts(t, "2018-11-15", []partCase{
		{"preparations discussed", "The 8th Andean Forum concluded today in Lima.\n\nEarlier this year, Ana Ruiz visited Quito, where she met President Paul Weiss to discuss the preparations for the Forum.",
			annals.Conference, nil, []string{"Paul Weiss"}},
		{"guard: in preparation for", "The 8th Andean Forum concluded today in Lima.\n\nIn preparation for the Forum, Peru developed new proposals.",
			annals.Conference, []string{"Peru"}, nil},
	})
}

// TestGatheringQualifiesAThing: a lower-case "conference", "forum" or
// "summit" before the noun it qualifies tells no gathering.
func TestGatheringQualifiesAThing(t *testing.T) {
	checkRules(t, []ruleCase{
		{"best paper conference awards", "2023-04-10", "Ana Ruiz has received best paper conference awards for her research on water in Peru.", annals.Conference, 0, "", ""},
		{"a forum series", "2023-04-10", "Ana Ruiz hosts an international virtual town hall and forum series on water.", annals.Conference, 0, "", ""},
		{"the conference process", "2023-04-10", "We look forward to the Andean Parliament moving quickly to start the formal conference process.", annals.Conference, 0, "", ""},
		{"guard: a forum held", "2023-04-10", "On Monday, the Andean Council hosted a forum on water in Lima.", annals.Conference, 1, "2023-04-10", ""},
	})
}

// TestOpeningToClose: a summit told at its opening today and then as
// closing on a later day runs from the one to the other (it had taken
// the closing day as its date); told closing alone, the closing day is
// its date.
func TestOpeningToClose(t *testing.T) {
	const opening = "LIMA, 2 September 2024 – The Andean Council today named Paul Weiss its envoy at the opening of the Andean Youth Climate Summit in Lima.\n\n"
	for _, tc := range []struct {
		name, text string
		date, end  annals.Date
	}{
		{"opening, then the close", opening + "The summit closes on 4 September with the adoption of a declaration.", "2024-09-02", "2024-09-04"},
		{"guard: the close alone", "The Andean Youth Climate Summit closes on 4 September in Lima.", "2024-09-04", ""},
	} {
		d := run(t, "x.txt", tc.text, "2024-09-02")
		found := false
		for _, e := range d.Events {
			if e.Type == annals.Conference {
				found = true
				if e.Date != tc.date || e.DateEnd != tc.end {
					t.Errorf("%s: summit %q to %q, want %q to %q", tc.name, e.Date, e.DateEnd, tc.date, tc.end)
				}
			}
		}
		if !found {
			t.Errorf("%s: no summit in %+v", tc.name, d.Events)
		}
	}
}

// TestGatheringInPassing: a gathering a sentence names only in passing —
// ahead of it, by a participle of what was done there, after it, or by a
// thing of it — takes neither the dates nor the people the sentence gives
// another act, and has no date of the story's day: "reaffirm commitments
// made at the Andean Summit" had been a summit held on the day of
// publication, "recalled the role of the Summit of the Americas ... will
// hold a training programme in September" one planned in September with
// the speaker, "launched the negotiations last year, and look forward to
// their conclusion ahead of the 47th Andean Summit" one held last year.
func TestGatheringInPassing(t *testing.T) {
	for _, tc := range []struct {
		name, text, title string
		date              annals.Date
		status            annals.Status
		not               string // a participant it must not have
	}{
		{"made at", "The two countries reaffirm commitments made at the Andean Hiroshima Summit in upholding the rule of law.", "Andean Hiroshima Summit", "", annals.Held, ""},
		{"announced at, between dashes", "The Media Fund – announced at the second Summit for Democracy – has committed $9 million in grants.", "Summit for Democracy", "", annals.Held, ""},
		{"as announced at, own date", "As announced at the Andean Leaders’ Summit in November 2021, the Ministry will restart the working group.", "Andean Leaders’ Summit", "2021-11", annals.Held, ""},
		{"following", "Following the Pacific Ocean Summit, Ruritania and Freedonia reaffirmed their intention to work through the regional architecture.", "Pacific Ocean Summit", "", annals.Held, "Ruritania"},
		{"build on", "President Maria Lopez and Secretary General Jan Berg will build on the Wales Summit investment pledge.", "Wales Summit", "", annals.Held, "Maria Lopez"},
		{"the role of", "In her speech, Director-General Ana Ruiz recalled the role of the Summit of the Americas in shaping digital cooperation, and announced that UNESCO will hold a training programme for judges in September.", "Summit of the Americas", "", annals.Held, "UNESCO"},
		{"ahead of, a date of another act", "They launched the Digital Economy Framework negotiations last year, and look forward to their conclusion ahead of the 47th Andean Summit.", "47th Andean Summit", "", annals.Planned, ""},
		{"in advance of", "President Maria Lopez spoke today with President Omar Haddad of Ruritania in advance of the Alliance Summit in Vilnius.", "Alliance Summit", "", annals.Planned, "Omar Haddad"},
		// guards: the gathering the sentence tells, and one in passing
		// with a date of its own
		{"guard: at the summit, an act told", "At the Andean Business Forum today, President Maria Lopez announced $15 billion in investment commitments.", "Andean Business Forum", "2024-12-15", annals.Held, ""},
		{"guard: ahead of, the month its own", "The ministers discussed the agenda ahead of the July Summit in Rome.", "July Summit", "2025-07", annals.Planned, ""},
		{"guard: the outcomes, dated", "The Ministers welcomed the outcomes of the 46th Andean Summit held in May 2024.", "46th Andean Summit", "2024-05", annals.Held, ""},
		{"guard: the outcomes, dated after a long name", "We look forward to the outcomes of the International Expert Conference on the Recovery, Reconstruction and Modernisation of Freedonia on March 25.", "International Expert Conference", "2025-03-25", annals.Planned, ""},
		{"guard: as part of, the part's date", "Administrator Lee held a food security event last year in Lima as part of the Summit of the Americas.", "Summit of the Americas", "2023", annals.Held, ""},
		{"guard: preparations for, dated by its relative clause", "President Maria Lopez spoke today about preparations for the Alliance Summit, which will be held in Madrid on June 29-30, 2025.", "Alliance Summit", "2025-06-29", annals.Planned, ""},
		{"guard: ahead of, dated after its place", "The ministers will meet next week in Lima, and ahead of the 75th Anniversary Alliance Summit in Washington, D.C. next year.", "75th Anniversary Alliance Summit", "2025", annals.Planned, ""},
		{"guard: look forward to, dated after its place", "The Quad looks forward to the Quad Fellowship Summit in Washington, DC, in October 2025, organized by the Institute.", "Quad Fellowship Summit", "2025-10", annals.Planned, ""},
		{"guard: will be launched at", "The Clearinghouse will be launched at the Tribal Nations Summit to provide a one-stop-shop for Tribes.", "Tribal Nations Summit", "2024-12", annals.Planned, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, "2024-12-15")
			for _, e := range d.Events {
				if e.Type != annals.Conference || !strings.Contains(string(e.Title), tc.title) {
					continue
				}
				if e.Date != tc.date || e.Status != tc.status {
					t.Errorf("%q: summit %q %s, want %q %s", tc.text, e.Date, e.Status, tc.date, tc.status)
				}
				if tc.not != "" && contains(e.Participants, tc.not) {
					t.Errorf("%q: summit has %s: %v", tc.text, tc.not, e.Participants)
				}
				return
			}
			t.Errorf("%q: no conference %q in %+v", tc.text, tc.title, d.Events)
		})
	}
}

// TestGatheringsOfTwoNames covers two gatherings told one after the other
// by two names, neither holding the other (a body's forum, a summit's own
// name): the same leaders told at both make them no one gathering.
// Made-up sentences.
func TestGatheringsOfTwoNames(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a body's forum and a named summit", "2024-05-01", "We will continue our cooperation toward the successful conclusion of the Andean Trade Framework (ATF) negotiations, and President Ana Ruiz and Prime Minister Tom Vale welcome the United States’ hosting of the Pacific Economic Council (PEC) forum this year. President Ana Ruiz and President Jon Park applaud Japan’s strong and principled leadership at the Nordic Lima Summit to respond to challenges that the international community is facing.",
			annals.Conference, 2, "", "Jon Park"},
		{"two bodies' summits", "2024-05-01", "President Ana Ruiz will join an extraordinary Andean Council summit on March 24 to discuss trade. President Ana Ruiz will also join a scheduled Nordic Council Summit to discuss fisheries.",
			annals.Conference, 2, "", "Nordic Council"},
		{"guard: a body's summit told by its name", "2024-05-01", "President Ana Ruiz will attend the Andean Council summit in Lima on Monday. At the Andean Council Summit, President Ana Ruiz will call for action on water.",
			annals.Conference, 1, "2024-05-06", "Ana Ruiz"},
		{"guard: a summit told by its city", "2024-05-01", "President Ana Ruiz attended the summit of the Andean Council in Lima on Monday. At the Lima Summit, President Ana Ruiz called for action on water.",
			annals.Conference, 1, "2024-04-29", "Ana Ruiz"},
	})
}

// TestBodyForum covers a forum that is a standing body, no gathering: a
// "Permanent Forum", a name going on past "Forum", a forum's name told
// with nothing of a gathering (a membership, a grant, its own act), and a
// bare "the Forum" after the story named the body. The guards keep a
// forum told at its time or place, as one of a series, or with a verb of
// gathering.
func TestBodyForum(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a member of a forum", "2023-04-10", "Ana Ruiz is a member of the Lima Planning Council, the Andean Design Forum, and the Quito Housing Board.", annals.Conference, 0, "", ""},
		{"a permanent forum", "2023-04-10", "Peru will support the United Nations’ Permanent Forum on Andean Peoples.", annals.Conference, 0, "", ""},
		{"a forum's grants", "2023-04-10", "The Andean Science Council will announce $17 million for Andean Water Forum grants.", annals.Conference, 0, "", ""},
		{"a forum's own act", "2023-04-10", "Andean Carbon Forum announces 20 new regional hubs across Peru.", annals.Conference, 0, "", ""},
		{"a forum's partner", "2023-04-10", "Peru is a Forum Dialogue Partner of the Andean Council.", annals.Conference, 0, "", ""},
		{"an acronym before Forum", "2023-04-10", "We welcome the launch of the Andean Minerals Partnership (AMP) Forum, which Peru will chair.", annals.Conference, 0, "", ""},
		{"the Forum after the body", "2023-04-10", "The Andean Islands Forum welcomed new members on Monday. The Forum also welcomed the report of the Secretary General.", annals.Conference, 0, "", ""},
		{"guard: held in a city", "2023-04-10", "The Andean Business Forum will be held in Quito on 4 May.", annals.Conference, 1, "2023-05-04", ""},
		{"guard: attended in a city", "2023-04-10", "Ministers from 20 countries attended the Andean Energy Forum in Quito.", annals.Conference, 1, "", ""},
		{"guard: an annual forum", "2023-04-10", "The annual Andean Youth Forum brought together 300 young leaders.", annals.Conference, 1, "", ""},
		{"guard: a dated forum", "2023-04-10", "The June 2022 Andean Forum on Water set new targets.", annals.Conference, 1, "2022-06", ""},
		{"guard: the Forum after a numbered forum", "2023-04-10", "The 8th Global Forum on Water was held in Lima on 3 April. The Forum adopted a declaration.", annals.Conference, 1, "2023-04-03", ""},
		{"guard: a forum in lower case", "2023-04-10", "A bilateral virtual Forum on Water is scheduled to take place in October.", annals.Conference, 1, "", ""},
	})
}

// TestSummitOfTheFuture: "the Future" ending a gathering's name is no
// date: "the Summit of the Future" had no title (the name stopped at the
// date) or the date of a time to come.
func TestSummitOfTheFuture(t *testing.T) {
	for _, text := range []string{
		"Leaders will gather in Lima in September for the Summit of the Future.",
		"The Secretary-General of the Andean Council called on members to make the Summit of the Future a success.",
	} {
		d := run(t, "x.txt", text, "2024-06-01")
		found := false
		for _, e := range d.Events {
			found = found || e.Type == annals.Conference && string(e.Title) == "Summit of the Future"
		}
		if !found {
			t.Errorf("%q: no conference titled Summit of the Future: %+v", text, d.Events)
		}
	}
}

// TestGatheringNamedApart: a gathering named by a word its would-be
// antecedent does not have is not that one told again: "we hosted the
// ANDEX conference in Lima" after "we convened a UN meeting on water"
// had folded the conference into the meeting; "the Summit of the Andes",
// named after its noun, after a meeting planned for November the same;
// and a headline's "We meet at a time of great challenge" took the name
// of "the forthcoming Review Conference" the body named.
func TestGatheringNamedApart(t *testing.T) {
	for _, tc := range []struct {
		name, file, text string
		typ              annals.EventType
		n                int
	}{
		{"a conference named by an acronym", "x.txt", "In 2023, we convened a UN meeting on water with Minister Ana Ruiz. After taking the chair of the Andean Water Compact (ANDEX), we hosted the ANDEX conference in Lima, Peru in 2023, with 2,600 delegates.", annals.Conference, 1},
		{"a summit named after its noun", "x.txt", "We welcome the talks held in Quito last year, and look forward to Peru hosting the next meeting in November 2024.\n\nWe will engage constructively on water, including at the Summit of the Andean Peoples.", annals.Conference, 1},
		{"a headline's meeting and a named conference", "x.md", "---\ntitle: We meet at a time of great change\npublished: 2024-06-01\n---\n\nWe meet at a time of great change. We look forward to a meaningful outcome at the forthcoming Andean Review Conference.", annals.Conference, 1},
		// guard: "the conference" with no name of its own is the meeting told
		{"guard: the conference told again", "x.txt", "On Monday, the Andean Council convened a meeting of water ministers in Lima. The conference adopted a plan.", annals.Conference, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, tc.file, tc.text, "2024-06-01")
			n := 0
			for _, e := range d.Events {
				if e.Type == tc.typ {
					n++
				}
			}
			if n != tc.n {
				t.Errorf("%q: %d %s, want %d: %+v", tc.text, n, tc.typ, tc.n, d.Events)
			}
		})
	}
}

// TestForumPresentAt: a forum the tagger reads as a body is a gathering
// when people are told at it ("spoke at", "gathered at", "speak ... at"),
// and one to come when the verb of being there is in the future, however
// far back its modal is; a body's name that acts, or a place of work,
// stays no gathering.
func TestForumPresentAt(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		n          int
		status     annals.Status
		date       annals.Date
	}{
		{"guard: spoke at (a name not tagged)", "Foreign Minister Anna Kovacs of Hungary spoke at the Global Forum on Migration and Development on Thursday, calling for safer routes.", 1, annals.Held, "2024-05-09"},
		{"gathered at", "Ministers from 40 countries gathered at the Pacific Islands Forum in Honiara.", 1, annals.Held, ""},
		{"will speak, far back", "Next week Minister Anna Kovacs will share today's progress with the world and speak about the role that forests play at the Andean Forest Forum in Lima.", 1, annals.Planned, "2024-05"},
		// guards
		{"guard: the body acts", "The Pacific Islands Forum adopted a declaration on climate security.", 0, "", ""},
		{"guard: a place of work", "She previously worked at the World Economic Forum as head of policy.", 0, "", ""},
		{"guard: an office held", "She was a senior adviser at the Andean Forest Forum in Lima.", 0, "", ""},
		{"guard: will speak, near", "Minister Anna Kovacs will speak at the Andean Forest Forum in Lima on 20 May.", 1, annals.Planned, "2024-05-20"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, "2024-05-10")
			var got []annals.Event
			for _, e := range d.Events {
				if e.Type == annals.Conference {
					got = append(got, e)
				}
			}
			if len(got) != tc.n {
				t.Fatalf("%q: %d conferences, want %d: %+v", tc.text, len(got), tc.n, d.Events)
			}
			if tc.n == 0 {
				return
			}
			if got[0].Status != tc.status || tc.date != "" && got[0].Date != tc.date {
				t.Errorf("%q: %s %s, want %s %s", tc.text, got[0].Status, got[0].Date, tc.status, tc.date)
			}
		})
	}
}

// TestSessionOfAForum: "The third session of the Andean Forum on Water
// concluded today" tells the forum, a conference, not a meeting beside
// it; a session of a body stays a meeting. Made-up sentences.
func TestSessionOfAForum(t *testing.T) {
	checkGatherings(t, "2024-05-03", []gatheringCase{
		{"The third session of the Andean Forum on Water concluded today in Lima after three days of deliberations.", 0, 1},
		{"The third session of the Andean Forum on Water (AFW) concluded today in Lima.", 0, 1},
		{"The 5th Session of the Pacific Energy Summit opened in Suva on 3 May 2024.", 0, 1},
		{"guard: a body's session: The first session of the Andean Assembly opened in Lima on 3 May 2024.", 1, 0},
	})
}

// TestSessionOfABodyStays: sessions that are no forum's numbered session
// keep their type. Made-up sentences.
func TestSessionOfABodyStays(t *testing.T) {
	for _, text := range []string{
		"He is the first President to raise the matter in a joint session of Congress address.",
		"The Council championed the inaugural session of the Permanent Forum on Andean Peoples.",
	} {
		d := run(t, "x.txt", text, "2024-05-03")
		for _, e := range d.Events {
			if e.Type == annals.Conference {
				t.Errorf("%q: conference %v", text, e)
			}
		}
	}
}

// TestForumQualifyingANamedGathering: a numbered forum's name that goes
// on to another gathering's word ("the 54th Andean Forum Leaders
// Meeting") is one gathering, told by that word, not a conference beside
// it. Made-up sentences.
func TestForumQualifyingANamedGathering(t *testing.T) {
	checkGatherings(t, "2024-05-10", []gatheringCase{
		{"The plan was launched at the 54th Andean Forum Leaders Meeting, which opened in Lima on Monday.", 1, 0},
		{"Ministers met at the 12th Andean Forum Ministerial Conference in Quito on 3 May 2024.", 0, 1},
		{"guard: a numbered forum alone: The 8th Andean Forum opened in Lima on 3 May 2024.", 0, 1},
		{"guard: the forum's name goes on to no gathering: The 8th Andean Forum Secretariat hosted a conference in Lima on 3 May 2024.", 0, 1},
	})
}

// TestGatheringInPassingAfterANamedThing: a gathering named after the
// participle that follows a named thing, itself the object of the
// sentence's verb ("X praised the Agenda for Clean Rivers announced at
// President Y's Water Summit"), is named in passing: the one who praises
// takes no part, nor does the thing announced there, and an undated one
// has no date of the story's day. A body that announced at a gathering,
// the sentence's subject, takes part. Made-up sentences.
func TestGatheringInPassingAfterANamedThing(t *testing.T) {
	for _, tc := range []struct {
		name, text, title string
		date              annals.Date
		want, not         string
	}{
		{"praised the Agenda announced at", "Minister Tom Vale praised the Andean Agenda for Clean Rivers announced at President Ana Berg’s Water Summit on September 22.",
			"Water Summit", "2024-09-22", "Ana Berg", "Tom Vale"},
		{"developed through the Initiative announced at", "This code of conduct, developed through the Andean Rights Initiative announced at the first Summit for Clean Water, commits states to act.",
			"Summit for Clean Water", "", "", "Andean Rights Initiative"},
		// guard: the body that announced, the sentence's subject
		{"guard: the subject announced at", "The Andean Fund announced at the Water Summit on September 22 that it would grow.",
			"Water Summit", "2024-09-22", "Andean Fund", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, "2024-12-15")
			for _, e := range d.Events {
				if e.Type != annals.Conference || !strings.Contains(string(e.Title), tc.title) {
					continue
				}
				if e.Date != tc.date {
					t.Errorf("%q: summit dated %q, want %q", tc.text, e.Date, tc.date)
				}
				if tc.want != "" && !contains(e.Participants, tc.want) {
					t.Errorf("%q: summit %q lacks %s", tc.text, e.Participants, tc.want)
				}
				if tc.not != "" && contains(e.Participants, tc.not) {
					t.Errorf("%q: summit %q holds %s", tc.text, e.Participants, tc.not)
				}
				return
			}
			t.Fatalf("%q: no conference %q in %+v", tc.text, tc.title, d.Events)
		})
	}
}

// TestHeadlineSummitIsTheNamedMeeting: a headline's summit told by the
// body as a named meeting ("the 54th Andean Forum Leaders Meeting") is one
// event, the named one's type and title; a headline's verb in lower case
// before "annual summit" is no part of a title ("Leaders open annual
// summit"), a name's capitalized "Open" is. Made-up stories.
func TestHeadlineSummitIsTheNamedMeeting(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		typ        annals.EventType
		title      string
	}{
		{"headline verb before the summit", "---\ntitle: Leaders open annual summit in Quito\n---\nQUITO, 10 September 2025 - Heads of State of the member states opened the 54th Andean Forum Leaders Meeting in Quito on Tuesday. The Secretary General, Rosa Vargas, called for action on climate finance.\n",
			annals.Meeting, "54th Andean Forum Leaders Meeting"},
		{"headline's closing summit", "---\ntitle: Leaders close annual summit in Quito\n---\nQUITO, 12 September 2025 - The 54th Andean Forum Leaders Meeting closed in Quito on Friday with a declaration on oceans.\n",
			annals.Meeting, "54th Andean Forum Leaders Meeting"},
		{"a headline alone", "---\ntitle: Leaders open annual summit in Quito\n---\nThe Secretary General, Rosa Vargas, called for action on climate finance.\n",
			annals.Conference, "annual summit"},
		{"guard: a preposition before the summit", "---\ntitle: Leaders gather for annual summit in Quito\n---\nThe Secretary General, Rosa Vargas, called for action on climate finance.\n",
			annals.Conference, "annual summit"},
		{"guard: a capitalized Open in a name", "The Department will host an Open Data workshop in Quito in March 2025.",
			annals.Programme, "Open Data workshop"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.md", tc.text, "2025-09-10")
			var got []string
			for _, e := range d.Events {
				if e.Type == annals.Conference || e.Type == annals.Meeting || e.Type == tc.typ {
					got = append(got, string(e.Type)+": "+string(e.Title))
				}
			}
			if len(got) != 1 || got[0] != string(tc.typ)+": "+tc.title {
				t.Errorf("%q: gatherings %q, want one %s %q", tc.text, got, tc.typ, tc.title)
			}
		})
	}
}

func TestNameLike(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  bool
	}{
		{"54th Andean Forum Leaders Meeting", true},
		{"Andean Forum Leaders Meeting", true},
		{"annual summit", false},
		{"54th meeting", false},
		{"54 leaders", false},
	} {
		if got := nameLike(tc.title); got != tc.want {
			t.Errorf("nameLike(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

// TestForumBesideABody: a bare "the Forum" named beside an organization
// as one more party ("The Forum and FAO signed a Letter of Intent") is
// a body, no gathering; a forum told with its time and place stays one.
func TestForumBesideABody(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "the Forum and an agency", pub: "2025-03-12", text: "The Forum and FAO signed a Letter of Intent in Suva on Tuesday.", typ: annals.Conference, n: 0},
		{name: "an agency and the Forum", pub: "2025-03-12", text: "FAO and the Forum signed a Letter of Intent in Suva on Tuesday.", typ: annals.Conference, n: 0},
		{name: "the agreement stays", pub: "2025-03-12", text: "The Forum and FAO signed a Letter of Intent in Suva on Tuesday.", typ: annals.Agreement, n: 1, date: "2025-03-11", part: "FAO"},
		// guard: a forum held
		{name: "guard: the Forum held", pub: "2025-03-12", text: "The Forum opened in Suva on Tuesday with ministers from 18 countries.", typ: annals.Conference, n: 1, date: "2025-03-11"},
	})
}
