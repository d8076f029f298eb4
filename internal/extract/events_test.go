package extract

import (
	"strings"
	"testing"

	"annals"
)

// ruleCase is a made-up sentence and what an event family's rule must
// make of it.
type ruleCase struct {
	name string
	pub  annals.Date
	text string
	typ  annals.EventType // "" = no event of any type
	n    int              // events of type typ: 0 = none, -1 = at least one, else exactly n
	date annals.Date      // one of them has this date ("" = not checked)
	part string           // and this participant ("" = not checked)
}

// checkRules extracts each case's text and checks the events of its type.
func checkRules(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, tc.pub)
			if tc.typ == "" {
				if len(d.Events) != 0 {
					t.Fatalf("%q: events %+v, want none", tc.text, d.Events)
				}
				return
			}
			n, found := 0, false
			for _, e := range d.Events {
				if e.Type != tc.typ {
					continue
				}
				n++
				found = found || (tc.date == "" || e.Date == tc.date) && (tc.part == "" || contains(e.Participants, tc.part))
			}
			switch {
			case tc.n == 0 && n > 0:
				t.Fatalf("%q: %d %s events %+v, want none", tc.text, n, tc.typ, d.Events)
			case tc.n > 0 && n != tc.n:
				t.Fatalf("%q: %d %s events %+v, want %d", tc.text, n, tc.typ, d.Events, tc.n)
			case tc.n != 0 && !found:
				t.Fatalf("%q: events %+v, want a %s %s with %q", tc.text, d.Events, tc.typ, tc.date, tc.part)
			}
		})
	}
}

// noEventOf checks that text, published on pub, tells no event of type typ.
func noEventOf(t *testing.T, pub annals.Date, typ annals.EventType, text string) {
	t.Helper()
	for _, e := range run(t, "x.txt", text, pub).Events {
		if e.Type == typ {
			t.Errorf("%q: a %s event %+v, want none", text, typ, e)
		}
	}
}

// statusCase is a made-up text, the type of event it tells and the status
// that event must have.
type statusCase struct {
	text string
	typ  annals.EventType
	want annals.Status
}

// checkStatus extracts each case's text, published on pub, and checks
// that it tells an event of the case's type, with the case's status.
func checkStatus(t *testing.T, pub annals.Date, cases []statusCase) {
	t.Helper()
	for _, tc := range cases {
		d := run(t, "x.txt", tc.text, pub)
		found := false
		for _, ev := range d.Events {
			if ev.Type == tc.typ {
				found = true
				if ev.Status != tc.want {
					t.Errorf("%q: %s is %s, want %s", tc.text, ev.Type, ev.Status, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %s in %+v", tc.text, tc.typ, d.Events)
		}
	}
}

// apartCase is a made-up text, how many events of a type it tells, and
// two participants no one of them may have both of ("" = not checked).
type apartCase struct {
	name, text string
	typ        annals.EventType
	n          int
	a, b       string
}

// checkApart extracts each case's text, published on pub, and checks the
// number of its events of the case's type and that none holds both a and b.
func checkApart(t *testing.T, pub annals.Date, cases []apartCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, pub)
			n := 0
			for _, e := range d.Events {
				if e.Type != tc.typ {
					continue
				}
				n++
				if tc.a != "" && contains(e.Participants, tc.a) && contains(e.Participants, tc.b) {
					t.Errorf("one %s with %s and %s: %+v", tc.typ, tc.a, tc.b, e)
				}
			}
			if n != tc.n {
				t.Errorf("%d %s events, want %d: %+v", n, tc.typ, tc.n, d.Events)
			}
		})
	}
}

// TestEventFamilies checks that each trigger word belongs to one family,
// and that each family has a rule: a word outside any family's checks is
// taken as its family's type.
func TestEventFamilies(t *testing.T) {
	seen := map[string]annals.EventType{}
	for _, f := range eventFamilies {
		if len(f.words) == 0 {
			t.Errorf("family %s has no words", f.typ)
		}
		for _, w := range f.words {
			if o, ok := seen[w]; ok {
				t.Errorf("%q in families %s and %s", w, o, f.typ)
			}
			seen[w] = f.typ
		}
	}
	if len(seen) != len(triggers) {
		t.Errorf("%d words in families, %d triggers", len(seen), len(triggers))
	}
}

// TestAimIsPlanned: an event an aim names before its trigger ("hope to
// reach an agreement", "work toward holding a summit") is planned, not
// held; after the trigger the aim is what a held event aims at.
func TestAimIsPlanned(t *testing.T) {
	checkStatus(t, "2024-05-01", []statusCase{
		{"The two sides hope to reach an agreement on trade.", annals.Agreement, annals.Planned},
		{"They committed to work toward holding another Leaders’ Summit at the earliest opportunity.", annals.Conference, annals.Planned},
		{"Officials held intensive talks in Doha aiming to conclude a ceasefire.", annals.Meeting, annals.Held},
	})
}

// TestEventTitleComplementEnds checks where the complement of an event's
// noun ends in its title: before the parties, a clause, an auxiliary or a
// purpose; not inside a Title Case name, after a gerund, nor before a
// visit's destination.
func TestEventTitleComplementEnds(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The two leaders welcomed a future signing of a Memorandum of Understanding on health between Indonesia and the United States.", "Memorandum of Understanding on health"},
		{"Ministers announced the establishment of a Committee of Enquiry to investigate the attacks on 14 September 2020.", "establishment of a Committee of Enquiry"},
		{"The sixth meeting of the Regional Competition Council to discuss prices was held on 3 May 2022.", "sixth meeting of the Regional Competition Council"},
		{"The Treaty of Baden was signed between the two empires in 1714.", "Treaty of Baden"},
		// a Title Case name goes on after "to"
		{"The agency hosted a regional workshop on Climate Services to Support Adaptation in Lima on 4 June 2021.", "regional workshop on Climate Services to Support Adaptation"},
		// "to" after a gerund is no purpose
		{"Staff received training on responding to suspicious behaviors on 2 March 2023.", "training on responding to suspicious behaviors"},
		// a visit's destination stays
		{"Leaders recalled the historic visit of Pope Francis to Iraq in March 2021.", "historic visit of Pope Francis to Iraq"},
	}
	checkTitles(t, "", cases)
}

// checkTitles runs each case's text, published on pub, and checks that
// the titles of its events hold the case's title.
func checkTitles(t *testing.T, pub annals.Date, cases []struct{ text, want string }) {
	t.Helper()
	for _, tc := range cases {
		d := run(t, "x.txt", tc.text, pub)
		got := eventTitles(d)
		if !has(got, tc.want) {
			t.Errorf("%q: titles %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestEventTitleStartsAfterAVerb checks where the words before an event's
// noun in its title begin: after a verb that takes the noun as its
// object, a relative or first-person determiner, an amount's scale and
// "of its kind" (the title had been "deliver remarks", "whose meeting",
// "billion program", "kind paid media campaign").
func TestEventTitleStartsAfterAVerb(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The Andean Council will provide digital skills training for 8,000 women in Peru in 2024.", "digital skills training"},
		{"The ministry is incorporating risk mitigation training for nurses in Lima, Peru in 2024.", "risk mitigation training"},
		{"State legislative leaders of Peru attending today’s meeting in Lima included Ana Ruiz.", "today’s meeting"},
		{"The Andean Council launched a $40 million safety awareness campaign in Peru on 3 May 2022.", "safety awareness campaign"},
		{"The Andean Council launched the first of its kind paid media campaign in Peru in May 2022.", "paid media campaign"},
		// no title left: the noun alone
		{"The two leaders, whose meeting in Lima followed a call, discussed trade between Peru and Chile on 3 May 2022.", ""},
		{"President Ana Ruiz of Peru will deliver remarks in Lima on 3 May 2022.", ""},
		// a headline's verb: "High Representative concludes visit to X"
		{"High Representative concludes visit to Peru\n\nThe High Representative of the Alliance, Ana Ruiz, concluded a visit to Peru on 3 May 2022.", ""},
		{"Secretary General pays official visit to Peru\n\nThe Secretary General of the Alliance, Ana Ruiz, paid an official visit to Peru on 3 May 2022.", ""},
	}
	checkTitles(t, "2022-05-10", cases)
}

// TestEventTitleNameStart checks where a Title Case event name begins:
// with the first side of a hyphenated name ("U.S.-Africa"), and with a
// word that opens sentences, capitalized inside the name ("United We
// Stand", "Our Ocean", "Flood After Fire"); not before an article or a
// sentence's first word (the titles had been "Africa Leaders Summit",
// "Stand Summit", "Ocean Conference", "Fire Campaign").
func TestEventTitleNameStart(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Leaders met at the U.S.-Andean Leaders Summit in Lima on 4 June 2021.", "U.S.-Andean Leaders Summit"},
		{"Tomorrow, the Council will host the United We Stand Summit in Lima.", "United We Stand Summit"},
		{"Peru joined the Every Child Counts Summit in Lima on 4 June 2021.", "Every Child Counts Summit"},
		{"Chile co-hosted the recent Our Rivers Conference in Santiago in 2022.", "Our Rivers Conference"},
		{"The agency is expanding its Flood After Fire Campaign in Peru in 2022.", "Flood After Fire Campaign"},
		// guards: two places joined, an article and a sentence's first
		// word outside
		{"Ministers welcomed the Peru-Chile Energy Forum held in Lima on 4 June 2021.", "Peru-Chile Energy Forum"},
		{"The Andean Summit for Democracy opened in Lima on 4 June 2021.", "Andean Summit for Democracy"},
		{"In Lima, the Andean Youth Forum opened on 4 June 2021.", "Andean Youth Forum"},
	}
	checkTitles(t, "2022-05-10", cases)
}

// TestEventTitleNoHeadingVerb checks that a Title Case headline's verb
// names no event ("HHS Announces First Set" had been a statement's
// title, "U.S. Coast Guard Signed" an agreement's) and that a heading's
// opening verb is no word of the name after it ("Expanding Emerging
// Technology Training Program:", "Launch National Nursing Career
// Pathways Campaign.").
func TestEventTitleNoHeadingVerb(t *testing.T) {
	cases := []struct{ text, want, not string }{
		{"Andean Council Announces First Set of Grants Selected for Farmers**", "", "Andean Council Announces First Set"},
		{"President Ana Ruiz Announces Peru has surpassed its goal of providing $11 million per year in aid.", "", "President Ana Ruiz Announces Peru"},
		{"The U.S. Coast Guard Signed a Memorandum of Understanding (MOU) with Andean Fishing Watch.", "Memorandum of Understanding", "U.S. Coast Guard Signed"},
		{"Expanding Andean Youth Training Program: The Council will train 500 young people in Lima in 2025.", "Andean Youth Training Program", "Expanding Andean Youth Training Program"},
		{"Launch National Andean Careers Campaign. The ministry will work with employers in Peru in 2025.", "National Andean Careers Campaign", "Launch National Andean Careers Campaign"},
		// guard: a name that opens the sentence stays whole
		{"Andean Youth Training Program opened in Lima in 2025.", "Andean Youth Training Program", ""},
	}
	for _, tc := range cases {
		d := run(t, "x.txt", tc.text, "2024-05-10")
		got := eventTitles(d)
		if len(got) == 0 || tc.want != "" && !has(got, tc.want) || tc.not != "" && has(got, tc.not) {
			t.Errorf("%q: titles %q, want %q, not %q", tc.text, got, tc.want, tc.not)
		}
	}
}

// TestPlaceInAName covers places that are words of another name, not
// where the event happens: a place before a name that is not the event's
// own, a place in a Title Case slogan, a legislature its members are in,
// a place ending the event's name beside another place, the name before a
// passive "hosted by".
func TestPlaceInAName(t *testing.T) {
	checkEventPlaces(t, "2023-04-10", []placeCase{
		{"a venue naming a challenge", "On Monday, Lima University formed the Lima Overdose Action Team in response to the White House Challenge to Save Lives.", "founding", ""},
		{"guard: a city naming an agreement", "On Monday, Peru and Chile launched a High Level Climate Ministerial aligned to the Paris Agreement.", "meeting", ""},
		{"guard: a slogan after the place", "On Monday, President Ana Ruiz visited a plant in Cusco as part of the Investing in Peru tour.", "visit", "Cusco"},
		{"a slogan alone", "On Monday, Ana Ruiz met with union leaders as part of the Investing in America agenda.", "meeting", ""},
		{"members in a legislature", "On Monday, Ana Ruiz announced a campaign that Republicans in Congress oppose.", "campaign", ""},
		{"guard: the event's own name", "On Monday, Ana Ruiz took part in the Lima Water Summit.", "conference", "Lima"},
		{"guard: a name opening the event's noun phrase", "On Monday, Ana Ruiz won at the Berlin Grand Prix athletics meeting.", "meeting", "Berlin"},
		{"guard: a city at a sentence's end", "On Monday, Ana Ruiz met Paul Weiss in Lima. They discussed water.", "meeting", "Lima"},
		{"guard: a meeting in a city", "On Monday, we endorsed the outcomes of the Andean Foreign Ministers’ Meeting in Lima and the joint statement.", "meeting", "Lima"},
		{"a place ending the event's name", "On Monday, Ana Ruiz welcomed the Summit on Water in Peru planned in Chile.", "conference", "Chile"},
		{"a passive host after the name", "On Monday, Peru took part in the Andean Conference on Bolivia, hosted by Chile and Ecuador.", "conference", ""},
	})
}

// TestQuotedTitleNearTrigger covers a quoted phrase far from the trigger:
// it names something else, not the event.
func TestQuotedTitleNearTrigger(t *testing.T) {
	for _, tc := range []struct{ name, text, typ, title string }{
		{"guard: a name before a far quote", "On Monday, Ana Ruiz launched the Andean Youth Exchange Program, and the website also features additional information on water, including a “Frequently Asked Questions” section.", "programme", "Andean Youth Exchange Program"},
		{"a song sung at a speech", "On Monday, Ana Ruiz delivered the keynote speech at a gala in Lima, where the crowd of donors and students later sang “Happy Birthday” to her.", "speech", ""},
		{"guard: a quoted title after its trigger", "On Monday, the Andean Council launched a campaign titled “Water for Every Village” in Lima.", "campaign", "Water for Every Village"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, "2023-04-10")
			found := false
			for _, e := range d.Events {
				if string(e.Type) != tc.typ {
					continue
				}
				found = true
				if string(e.Title) != tc.title {
					t.Errorf("%q: %s title %q, want %q", tc.text, e.Type, e.Title, tc.title)
				}
			}
			if !found {
				t.Fatalf("%q: no %s event in %+v", tc.text, tc.typ, d.Events)
			}
		})
	}
}

// TestNamedEventToldApart: an event named with "the", told with a party
// the event before it lacks, is another event, unless the one before is
// known by its name or its sentence holds the name's words; a named event
// whose parties are the one before's refers back to it.
func TestNamedEventToldApart(t *testing.T) {
	checkApart(t, "2024-05-02", []apartCase{
		{"another agreement named", "The United States and Chile signed an agreement on energy cooperation. The agreement builds on years of work. The United States and Peru recently agreed to modernize the Air Transport Agreement.", annals.Agreement, 2, "Chile", "Peru"},
		{"another summit named", "President Ana Ruiz of Chile attended the Andean Summit in Lima on Monday. Allies at the Vilnius Summit endorsed resilience objectives with Ukraine.", annals.Conference, 2, "Ana Ruiz", "Ukraine"},
		{"guard: the agreement told, named", "Chile and Peru signed an agreement on energy cooperation on Monday. The Memorandum of Understanding was signed by Chile in Lima.", annals.Agreement, 1, "", ""},
		{"guard: the summit told, by its short name", "The Andean Council brought together 36 countries and the EU for the Second Andean Counter Ransomware Initiative (ACRI) Summit on 31 October 2022. The ACRI Summit is a cornerstone of the Andean Development Bank’s efforts.", annals.Conference, 1, "", ""},
	})
}

// TestIntendedActIsPlanned: a bare trigger verb that is the infinitive of
// a verb of intent, alone or coordinated with an earlier one, tells an act
// to come: planned, however far the verb of intent; the infinitive of
// another verb tells what was done.
func TestIntendedActIsPlanned(t *testing.T) {
	checkStatus(t, "2024-05-01", []statusCase{
		{"The Andean Council intends to provide $500,000 to engage young entrepreneurs across the region and launch the Andean Youth Network.", annals.Founding, annals.Planned},
		{"The two governments plan to launch a regional task force on floods.", annals.Founding, annals.Planned},
		{"At the summit, the Andean Bank committed to launch a new fund for disaster recovery.", annals.Founding, annals.Planned},
		{"In addition, the Andean Bank is committing to launch a new fund for disaster recovery with rural hospitals.", annals.Founding, annals.Planned},
		{"Today, President Ana Ruiz announced her intent to nominate Paul Weiss as Ambassador to Chile.", annals.Appointment, annals.Planned},
		{"Five states came together to form the Andean Council.", annals.Founding, annals.Held},
		{"The Andean Bank helped to launch a regional task force on floods.", annals.Founding, annals.Held},
	})
}

// TestIntentDenied: an act someone does not intend is no event ("does
// not want to travel", "has no plans to visit").
func TestIntentDenied(t *testing.T) {
	checkRules(t, []ruleCase{
		{"does not want to travel", "2024-05-01", "Paul Weiss has indicated he does not want to travel to Lima.", annals.Visit, 0, "", ""},
		{"has no plans to visit", "2024-05-01", "President Ana Ruiz has no plans to visit Lima.", annals.Visit, 0, "", ""},
		{"guard: wants to travel", "2024-05-01", "Paul Weiss has indicated he wants to travel to Lima.", annals.Visit, 1, "", ""},
	})
}

// TestAskedToCome: a bare verb asked about as what may come ("Does
// President Ruiz plan to visit the border?", "Will the President meet with
// them?") tells no event; a question about what was done still names it.
func TestAskedToCome(t *testing.T) {
	checkRules(t, []ruleCase{
		{"plan to visit?", "2024-05-02", "Does President Ana Ruiz plan to visit the border?", annals.Visit, 0, "", ""},
		{"will meet?", "2024-05-02", "Will President Ana Ruiz meet with Paul Weiss?", annals.Meeting, 0, "", ""},
		{"guard: did visit?", "2024-05-02", "Did President Ana Ruiz visit Lima in May 2021?", annals.Visit, 1, "2021-05", ""},
	})
}

// TestDeadlineOfAGoal: a date after "by" is the deadline of what the words
// right before it do ("to end hunger by 2030", "30 percent by 2030"), not
// the date of an event told earlier in the sentence; an event right
// before "by" is due by then ("will hold a meeting by summer 2025").
func TestDeadlineOfAGoal(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a strategy's goal", "2024-05-02", "The Andean Council hosted a conference on hunger in Lima and released a strategy to end hunger by 2030.", annals.Conference, 1, "2024-05-02", ""},
		{"a pact's target", "2024-05-02", "On Monday, ministers signed the Lima Pact, which aims to cut emissions 30 percent by 2030.", annals.Agreement, 1, "2024-04-29", ""},
		{"a summit's aim", "2024-05-02", "The Andean Energy Summit aims to show how nuclear power can reach net zero by 2050.", annals.Conference, 1, "2024-05-02", ""},
		{"guard: a meeting due by summer", "2024-05-02", "Peru, Chile and Bolivia will hold a coordination meeting by summer 2025.", annals.Meeting, 1, "2025", ""},
		{"guard: a summit by the end of the year", "2024-05-02", "President Ana Ruiz will host an Andean Democracy Summit by the end of the year.", annals.Conference, 1, "2024", ""},
	})
}

// TestDeadlineBeforeTheTrigger: a deadline before the trigger is
// another's ("..., by 2025, recalling the Lima Agreement"), unless "By"
// opens the sentence.
func TestDeadlineBeforeTheTrigger(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a goal's deadline before an agreement", "2017-02-11", "Donors should double their aid from 2019 levels, by 2025, recalling the Lima Agreement.", annals.Agreement, 1, "2017-02-11", ""},
		{"guard: By opens the sentence", "2024-05-02", "By June 2024, the ministers of Peru and Chile had met in Lima.", annals.Meeting, 1, "2024-06", ""},
	})
}

// TestDeadlineNamesTheEvent: "by the 2023 Spring Meetings" dates the
// meetings it names.
func TestDeadlineNamesTheEvent(t *testing.T) {
	checkRules(t, []ruleCase{
		{"guard: by the named meetings", "2021-05-02", "The agencies will report back by the 2023 Spring Meetings.", annals.Meeting, 1, "2023", ""},
	})
}

// TestQuoteHeaderName checks that an event word inside a name that heads
// a quotation ("Revolutionary Love Project:** “...”") names whoever is
// quoted and tells no event, while a sentence that goes on after a colon
// keeps its event.
func TestQuoteHeaderName(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a project heads a quote", "2024-05-01", "Andean Love Project:** “Throughout our history, common pain has led us to a common purpose.”", annals.Programme, 0, "", ""},
		{"a conference heads a quote", "2024-05-01", "Ana Ruiz, Andean Conference on Civil Rights: \"Yesterday, the Council released a request.\"", annals.Conference, 0, "", ""},
		{"a forum opened, then a quote", "2024-05-01", "The Andean Forum opened on Monday: “We welcome all,” said Ana Ruiz.", annals.Conference, 1, "", ""},
	})
}

// eventTypeDates lists a story's events as "type date" ("meeting
// 2023-04"), joined by "; ".
func eventTypeDates(d *annals.Document) string {
	var got []string
	for _, e := range d.Events {
		got = append(got, string(e.Type)+" "+string(e.Date))
	}
	return strings.Join(got, "; ")
}

// placeCase is a sentence, an event type and the place wanted for the
// events of that type.
type placeCase struct{ name, text, typ, place string }

// checkEventPlaces runs each case's sentence, published on pub, and checks
// that it has an event of the case's type and that every such event has
// the case's place.
func checkEventPlaces(t *testing.T, pub annals.Date, cases []placeCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, pub)
			found := false
			for _, e := range d.Events {
				if string(e.Type) != tc.typ {
					continue
				}
				found = true
				if string(e.Place) != tc.place {
					t.Errorf("%q: %s place %q, want %q", tc.text, e.Type, e.Place, tc.place)
				}
			}
			if !found {
				t.Fatalf("%q: no %s event in %+v", tc.text, tc.typ, d.Events)
			}
		})
	}
}

// eventTitles returns the titles of d's events, in order.
func eventTitles(d *annals.Document) []string {
	var got []string
	for _, e := range d.Events {
		got = append(got, string(e.Title))
	}
	return got
}

// TestAnothersPlace covers a place told just after another gathering,
// before the event: the gathering's place, not the event's, unless it
// stands in a phrase fronting the sentence.
func TestAnothersPlace(t *testing.T) {
	checkEventPlaces(t, "2024-04-10", []placeCase{
		{"a conference's place before a treaty", "They look to the next Andean Ocean Conference that will be held in Peru in 2025 and to the conclusion of the Andean Sea Treaty in 2026.", "agreement", ""},
		{"a summit's place before a launch", "We will implement the decision made at the Andean Summit in Cusco to launch the Andean Loans Facility by the end of the year.", "founding", ""},
	})
}

// TestCompanyNamedByAnEventWord checks that an event noun opening or
// inside a company's name tells no event ("Summit Ridge Energy" had been
// a conference), and that a gathering's name going on with other words
// stays one.
func TestCompanyNamedByAnEventWord(t *testing.T) {
	checkRules(t, []ruleCase{
		{"summit opens a company", "2024-05-01", "Summit Ridge Energy announced a new solar project in Peru.", annals.Conference, 0, "", ""},
		{"forum opens a company", "2024-05-01", "The contract went to Forum Andes Holdings in Lima.", annals.Conference, 0, "", ""},
		{"a campaign opens a company", "2024-05-01", "Campaign Monitor Technologies opened an office in Lima.", annals.Campaign, 0, "", ""},
		{"a company's suffix", "2024-05-01", "Expo Andina Inc. opened a plant in Peru.", annals.Conference, 0, "", ""},
		// guards: a gathering whose name goes on, a company word after a
		// connector
		{"a summit's declaration", "2024-05-01", "The Andean Summit Leaders met in Lima on 3 May 2024.", annals.Conference, -1, "", ""},
		{"a summit on energy", "2024-05-01", "Peru hosted the Andean Summit on Energy in Lima on 3 May 2024.", annals.Conference, -1, "2024-05-03", ""},
	})
}

// TestVerbInAPersonsName checks that a verb's word in a person's name
// ("Haitham bin Tariq Al Said") tells no statement, while the person's
// own verb does.
func TestVerbInAPersonsName(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a sultan's name", "2024-05-10", "President Ana Ruiz spoke today with His Majesty Haitham bin Tariq Al Said, the Sultan of Oman.", annals.Speech, 0, "", ""},
		{"an ambassador's name", "2024-05-10", "Minister Ana Ruiz met with Ambassador Omar Al Said in Lima on 3 May 2024.", annals.Speech, 0, "", ""},
		// guard: the verb after the name
		{"the name's own verb", "2024-05-10", "Ambassador Omar Al Said said on Monday that the talks went well.", annals.Speech, -1, "", ""},
	})
}

// TestLaterGatheringsPlace: a place where a gathering told after the
// event's trigger will happen is not where the event, no future one,
// happened.
func TestLaterGatheringsPlace(t *testing.T) {
	checkEventPlaces(t, "2018-11-15", []placeCase{
		{"the speech is not where the forum will be", "Speaking at the closing session, Ana Ruiz announced that the 9th Andean Forum will take place in Lima in 2020.", "speech", ""},
		{"the forum is", "Speaking at the closing session, Ana Ruiz announced that the 9th Andean Forum will take place in Lima in 2020.", "conference", "Lima"},
		{"both ahead", "Ana Ruiz will meet Paul Weiss at the Andean Summit, which will be held in Lima.", "meeting", "Lima"},
		{"no future between", "On Monday, Ana Ruiz addressed the Andean Forum in Lima.", "speech", "Lima"},
		// a gathering told apart, after a comma: its place is its own
		{"a summit thanked for", "Ana Ruiz also met with Prime Minister Paul Weiss, whom she thanked for his leadership of the Andean Summit in Lima.", "meeting", ""},
		{"a summit prepared for", "Ana Ruiz met today with Paul Weiss, to prepare for the July 2023 Andean Summit in Lima.", "meeting", ""},
		{"guard: signed at the conference", "The two sides signed the Statement of Intent on trade, signed December 6, 2023, at the Andean Trade Conference in Lima.", "agreement", "Lima"},
		{"guard: on the margins of", "Ana Ruiz and Paul Weiss signed a Memorandum of Understanding on Monday, on the margins of the Andean Summit in Lima.", "agreement", "Lima"},
	})
}

// TestCountOfAnother: a count of people or countries right after a
// gathering, programme or campaign of the sentence is that event's, not
// that of another event the sentence tells; a count after the event's
// own name or after a gathering that is its setting stays the event's.
func TestCountOfAnother(t *testing.T) {
	for _, tc := range []struct {
		text, typ string
		value     float64
		want      bool
	}{
		{"The Andean Council also launched its #NoHate campaign and its Young Builders programme for 25 young people from Peru.", "campaign", 25, false},
		{"The Andean Council also launched its #NoHate campaign and its Young Builders programme for 25 young people from Peru.", "programme", 25, true},
		{"On Monday, Ana Ruiz addressed the youth forum, which brought together 300 participants from 40 countries.", "speech", 300, false},
		{"On Monday, Ana Ruiz addressed the youth forum, which brought together 300 participants from 40 countries.", "conference", 300, true},
		{"Ana Ruiz announced $30 million in awards through the Rural Water Program to eight states.", "speech", 30000000, true},
		{"The leaders welcomed the outcomes of the Andean Energy Ministerial and Business Forum, which brought together 17 ministers.", "meeting", 17, true},
		{"Peru and UN Women convened a ministerial side event during the 78th Andean Assembly in Lima, with over 20 countries.", "meeting", 20, true},
	} {
		d := run(t, "x.txt", tc.text, "2023-11-15")
		found, has := false, false
		for _, e := range d.Events {
			if string(e.Type) != tc.typ {
				continue
			}
			found = true
			for _, f := range e.Figures {
				has = has || f.Value == tc.value
			}
		}
		if !found {
			t.Errorf("%q: no %s event: %+v", tc.text, tc.typ, d.Events)
		} else if has != tc.want {
			t.Errorf("%q: %s holds %v: %v, want %v", tc.text, tc.typ, tc.value, has, tc.want)
		}
	}
}

// TestCountBeforeOwnTrigger: a count right before a word of the event's
// own type, or before the event's trigger, stays the event's.
func TestCountBeforeOwnTrigger(t *testing.T) {
	for _, tc := range []struct {
		text, typ string
		value     float64
	}{
		{"Ana Ruiz arrived in Lima on Friday for talks with Peruvian officials as part of a five-nation Andean tour.", "visit", 5},
		{"The Andean Council decided at last year's Quito summit to invite the three Pacific countries to start accession talks.", "meeting", 3},
	} {
		d := run(t, "x.txt", tc.text, "2023-11-15")
		has := false
		for _, e := range d.Events {
			if string(e.Type) != tc.typ {
				continue
			}
			for _, f := range e.Figures {
				has = has || f.Value == tc.value
			}
		}
		if !has {
			t.Errorf("%q: no %s holds %v: %+v", tc.text, tc.typ, tc.value, d.Events)
		}
	}
}

// TestPlaceSetOffAfterANoun: "the visit of X to our ally, Turkey" is a
// visit to Turkey.
func TestPlaceSetOffAfterANoun(t *testing.T) {
	checkEventPlaces(t, "2009-03-10", []placeCase{
		{"to our ally", "I was encouraged by the recent visit of Secretary Ana Ruiz to our ally, Turkey.", "visit", "Turkey"},
		{"to its neighbour", "The minister paid a visit to its neighbour, Chile, on 3 March 2009.", "visit", "Chile"},
	})
}

// TestFutureBeforeAName checks that the future told before an event's
// own name counts from where the name starts: "will also launch an annual
// Andean Water Security Dialogue" is to come, however long the name.
func TestFutureBeforeAName(t *testing.T) {
	checkStatus(t, "2023-05-01", []statusCase{
		{"We will also launch an annual Andean Water Security Dialogue to coordinate our approaches.", annals.Conference, annals.Planned},
		{"The beta version of the database will launch at the Andean Tribal Nations Summit.", annals.Conference, annals.Planned},
		// unchanged
		{"The Andean Development Bank will establish the Rural Youth Leaders Exchange Program to help farmers.", annals.Programme, annals.Planned},
		{"The Andean Development Bank established the Rural Youth Leaders Exchange Program to help farmers.", annals.Programme, annals.Held},
		{"We also launched an annual Andean Water Security Dialogue to coordinate our approaches.", annals.Conference, annals.Held},
	})
}

// TestPlaceAfterAMemorandum: a place after "in" that follows the
// document's own name ("signed a Memorandum of Understanding in
// Istanbul") is the signing's; a place after a name's "-ing" word that is
// not the event's own name stays out ("the Investing in America agenda",
// "an Agreement on Investing in Kenya").
func TestPlaceAfterAMemorandum(t *testing.T) {
	checkEventPlaces(t, "2023-05-16", []placeCase{
		{name: "memorandum", text: "The World Bank and UNICEF signed a Memorandum of Understanding in Istanbul on Monday.", typ: "agreement", place: "Istanbul"},
		{name: "memorandum, a purpose after", text: "The Nile Basin Authority and the Sahel Fund signed a Memorandum of Understanding in Kampala on Monday to support recovery.", typ: "agreement", place: "Kampala"},
		{name: "a name's -ing word", text: "The World Bank and UNICEF signed an Agreement on Investing in Kenya on Monday.", typ: "agreement", place: ""},
	})
}

// TestEventTitleAfterTheBody: a gathering's name goes on after the body
// named inside it ("the Twelfth Session of the WTO Ministerial
// Conference"), and stops at the name's end. Made-up sentences.
func TestEventTitleAfterTheBody(t *testing.T) {
	checkTitles(t, "2022-07-01", []struct{ text, want string }{
		{"Ministers met at the Twelfth Session of the WTO Ministerial Conference in Geneva on 12 June 2022.", "Twelfth Session of the WTO Ministerial Conference"},
		{"Ministers met at the Fifth Session of the ASEAN Regional Forum in Manila on 12 June 2022.", "Fifth Session of the ASEAN Regional Forum"},
		{"Trade ministers promote the 2022 Summit of the Americas Declaration on Migration.", "Summit of the Americas"},
		{"The 40th Meeting of the ASEAN Economic Ministers in Jakarta on 3 June 2022 adopted a plan.", "40th Meeting of the ASEAN Economic Ministers"},
	})
}

// TestPlaceOpeningAList: "a campaign to vaccinate children in Ethiopia,
// Kenya, Somalia and Djibouti" is held in none of them alone (the first
// had been its place); a city and its country, one country, and a
// journey's stops keep theirs. Made-up sentences.
func TestPlaceOpeningAList(t *testing.T) {
	checkEventPlaces(t, "2024-03-18", []placeCase{
		{"a list of countries", "The two agencies today launched a campaign to vaccinate children against measles in Ethiopia, Kenya, Somalia and Djibouti.", "campaign", ""},
		{"two countries", "The ministers met in Ghana and Togo this week.", "meeting", ""},
		{"guard: a city and its country", "The two agencies today launched a campaign in Nairobi, Kenya.", "campaign", "Nairobi"},
		{"guard: one country", "The President met the Prime Minister in Ghana on Monday.", "meeting", "Ghana"},
	})
}

// TestTitleWithOfficesOfAPortfolio: holders "of" their portfolio inside a
// gathering's name keep the whole name ("Government Meeting" had been the
// title), and a quote that names another event's noun is not the title of
// a gathering told beside it. Made-up sentences.
func TestTitleWithOfficesOfAPortfolio(t *testing.T) {
	checkTitles(t, "2024-10-25", []struct{ text, want string }{
		{"Leaders met in Apia on Friday for the Andean Heads of Government Meeting.", "Andean Heads of Government Meeting"},
		{"The Andean Ministers of Finance Meeting opened in Lima on Friday.", "Andean Ministers of Finance Meeting"},
		{"Andean leaders launch \"Clean Rivers\" campaign at Lima summit", "Clean Rivers"},
	})
	d := run(t, "x.txt", "Andean leaders launch \"Clean Rivers\" campaign at Lima summit", "2024-10-25")
	for _, e := range eventsOf(d, annals.Conference) {
		if string(e.Title) == "Clean Rivers" {
			t.Errorf("summit titled by the campaign's quote: %v", e)
		}
	}
}

// TestTitleWithHyphenatedBodies: a text's name whose topic joins two
// bodies by a hyphen keeps both ("Joint Declaration on EU" had been the
// title). Made-up sentences.
func TestTitleWithHyphenatedBodies(t *testing.T) {
	checkTitles(t, "2023-01-10", []struct{ text, want string }{
		{"The Secretary General and the President today signed the third Joint Declaration on EU-NATO Cooperation in Brussels.", "Joint Declaration on EU-NATO Cooperation"},
		{"The ministers signed the Memorandum of Understanding on ASEAN-OSCE Cooperation in Lima on 3 May 2023.", "Memorandum of Understanding on ASEAN-OSCE Cooperation"},
	})
}

// TestTitleOfATextSigned: a text signed or adopted that no word of a
// text's own heads ("Framework", "Action Plan") is titled by its name
// after the verb, without the place it was signed in; one headed by
// "Agreement" keeps the title its own name gives. Made-up sentences.
func TestTitleOfATextSigned(t *testing.T) {
	checkTitles(t, "2017-05-10", []struct{ text, want string }{
		{"On 19 April 2017, the Secretary-General and the Chairperson of the Commission signed the Joint Andean-Pacific Framework for Enhanced Partnership in Peace and Security.", "Joint Andean-Pacific Framework for Enhanced Partnership in Peace and Security"},
		{"The ministers signed the Joint Action Plan in Lima on Monday.", "Joint Action Plan"},
		{"The ministers signed the Agreement on Cooperation in the Field of Energy in Lima on Monday.", "Agreement on Cooperation in the Field of Energy"},
		{"The two ministers signed a Memorandum of Understanding in Lima on Monday.", "Memorandum of Understanding"},
	})
	checkEventDates(t, "2017-05-10", []eventDateCase{
		{"a plan signed", "Ana Ruiz signed the Action Plan on Monday.", annals.Agreement, "2017-05-08"},
	})
}

// TestActsManyTimesOver: a meeting or a visit told as recurring, "each
// time" or "over the years", has no one date, and none is the story's
// day; one told once keeps it. Made-up sentences.
func TestActsManyTimesOver(t *testing.T) {
	checkEventDates(t, "2024-07-01", []eventDateCase{
		{"each time", "Each time I traveled to Peru with Ana, she spoke of its rivers.", annals.Visit, ""},
		{"every time", "The old bridge was a familiar landmark every time her family travelled to Lima.", annals.Visit, ""},
		{"on several occasions over the years", "I have been honored to meet and spend time with Archbishop Ruiz on several occasions over the years.", annals.Meeting, ""},
		{"over the years", "We had the honor to meet and get to know Ana over the years, and she was kind.", annals.Meeting, ""},
		{"guard: told once", "Today I traveled to Peru with Ana Ruiz.", annals.Visit, "2024-07-01"},
		{"guard: met once, the years after", "President Ana Ruiz met today with Prime Minister Tom Vale, who has led the party over the years.", annals.Meeting, "2024-07-01"},
	})
}
