package extract

import (
	"testing"

	"annals"
)

// TestRelativeClauseDates checks that a date in a relative clause on a
// person, or after "since", never dates the event of the main clause,
// while a clause on the event itself still does: every event of the
// wanted type has the wanted date.
func TestRelativeClauseDates(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		typ        annals.EventType
		date       annals.Date
	}{
		{"who has led since", "Ms. Dana Ilves succeeds Mr. Piet Brandt, who has led the Northern Seas Agency since 2009.", annals.Appointment, ""},
		{"who led from to", "Dr. Ana Holm replaces Dato Lim Seng, who led the Northern Seas Agency from January 1, 2018 through December 31, 2022.", annals.Appointment, ""},
		{"whose term ends", "He succeeds Dr. Mara Chen, who has led the Agency since January 2007 and whose second term ends on 30 June.", annals.Appointment, ""},
		{"since a one-off event", "The Board has appointed Ms. Dana Ilves as Director-General of the Northern Seas Agency since 2009.", annals.Appointment, ""},
		{"after a clause with its own date", "The Assembly appointed Mr. Ivo Rask as Secretary-General of the Northern Seas Agency by acclamation, a week after the Board unanimously recommended him in a resolution adopted on 6 October.", annals.Appointment, ""},
		{"a subordinator right after the trigger modifies it", "The forum after Cusco is planned for Tartu in 2020.", annals.Conference, "2020"},
		{"founded by an agreement takes its date", "The Steppe Council was established by the Nakhchivan Agreement, signed on 3 October 2009 by Azerbaijan and Kazakhstan.", annals.Founding, "2009-10-03"},
		{"which clause on the event", "More than 300 young people from 40 countries attended the conference, which ran on 20-21 October 2016 in Istanbul.", annals.Conference, "2016-10-20"},
		{"since dates a programme", "Since 2016 the two agencies have jointly run a training programme for fisheries inspectors.", annals.Programme, "2016"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, "")
			n := 0
			for _, e := range d.Events {
				if e.Type != tc.typ {
					continue
				}
				n++
				if e.Date != tc.date {
					t.Errorf("%s dated %q, want %q", e.Type, e.Date, tc.date)
				}
			}
			if n == 0 {
				t.Errorf("no %s in %+v", tc.typ, d.Events)
			}
		})
	}
}

// TestTextHeadline checks that the headline-like first paragraph of a
// story without a title is read as its headline: its event adds to the
// event the body tells, never a second, publication-dated one.
func TestTextHeadline(t *testing.T) {
	d := run(t, "x.txt", "Norland signs catch-data accord with fisheries observatory\n\n"+
		"PORTVIK, 7 June 2023 - Norland's Minister of Fisheries, Ivo Rask, signed an agreement on 6 June 2023 in Portvik with the Northern Fisheries Observatory.\n", "")
	n := 0
	for _, e := range d.Events {
		if e.Type == annals.Agreement {
			n++
			if e.Date != "2023-06-06" {
				t.Errorf("agreement dated %q, want 2023-06-06", e.Date)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d agreements, want 1: %+v", n, d.Events)
	}
}

// TestHeadlineGathering checks that a headline's meeting is the conference
// the body tells when the body tells no meeting.
func TestHeadlineGathering(t *testing.T) {
	d := run(t, "x.md", "---\ntitle: Heritage towns meet in Samarra for fifth Caravan Towns Forum\n---\nHeritage towns meet in Samarra for fifth Caravan Towns Forum\n\n"+
		"Mayors of twelve towns gathered in Samarra on 14-15 May 2021 for the 5th Caravan Towns Forum, the yearly conference of the Steppe Towns Network.\n", "")
	for _, e := range d.Events {
		if e.Type == annals.Meeting {
			t.Errorf("a meeting apart from the forum: %+v", d.Events)
		}
	}
}

// TestLedeNamedLater checks that a year written before another noun ("the
// 2016 memorandum") does not date the lede's event, and that the lede's
// undated event takes the name and date a later sentence gives it.
func TestLedeNamedLater(t *testing.T) {
	d := run(t, "x.md", "# Young people meet in Samarra\n\n**SAMARRA, 15 January 2018** - A youth exchange run by the Steppe Council and the Alliance of Rivers has given the first practical shape to the 2016 memorandum between the two organizations.\n\nThe Youth Dialogue Exchange Programme took place in Samarra in December 2017.\n", "")
	n := 0
	for _, e := range d.Events {
		if e.Type != annals.Programme {
			continue
		}
		n++
		if e.Date != "2017-12" || e.Title != "Youth Dialogue Exchange Programme" {
			t.Errorf("programme %q dated %q, want the Youth Dialogue Exchange Programme in 2017-12", e.Title, e.Date)
		}
	}
	if n != 1 {
		t.Errorf("%d programmes, want 1: %+v", n, d.Events)
	}
}

// TestEventNounAsModifier checks that an event noun before a noun of a
// place or thing tells no event.
func TestEventNounAsModifier(t *testing.T) {
	checkEvents(t, "2017-01-05", []eventCase{
		{"meeting place", "The city wants to be a meeting place between Europe and Asia.", "", "", ""},
		{"meeting room", "The new hall will serve as a meeting room for delegations.", "", "", ""},
		{"conference centre", "Workers finished the conference centre ahead of schedule.", "", "", ""},
	})
}

// TestLaterActClause: ", to be presented at COP29 in Baku in November"
// tells what will be done with a text: its place and date are not the
// text's; ", to be held in Baku in November" tells a gathering's own.
func TestLaterActClause(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a later act", "2024-09-02", "The summit closes on 4 September with the adoption of a Lima Youth Declaration, to be presented at the Andean Summit in Quito in November.", annals.Agreement, 1, "2024-09-04", ""},
		{"guard: to be held", "2024-09-02", "The ministers agreed on the agenda of the Andean Summit, to be held in Quito in November.", annals.Conference, 1, "2024-11", ""},
	})
	checkEventPlaces(t, "2024-09-02", []placeCase{
		{"no later place", "The summit closes on 4 September with the adoption of a Youth Declaration, to be presented at the Andean Summit in Quito in November.", "agreement", ""},
	})
}

// TestWhenOfDate: a "when" clause set off right after a date is dated by
// it, even after "since" (which alone dates no one-off event).
func TestWhenOfDate(t *testing.T) {
	checkEventDates(t, "2024-09-02", []eventDateCase{
		{"since, when", "Ana Ruiz has been a champion of children's rights since 2019, when she founded the Ruiz Foundation in Lima.", annals.Founding, "2019"},
		// and after the bound of a period ("until", "through")
		{"until, when", "She did not speak publicly about her illness until 2011, when she addressed the Andean Health Forum in Quito.", annals.Speech, "2011"},
		{"through, when", "The Council kept its seat in Lima through 2016, when it signed a host agreement with Bolivia.", annals.Agreement, "2016"},
	})
}

// TestDayOfAThing: a day told in the possessive before a common noun that
// is no event is that thing's day when the sentence tells another date;
// "today’s" setting the clause, or before an event's own noun, stays.
func TestDayOfAThing(t *testing.T) {
	checkEventDates(t, "2024-05-10", []eventDateCase{
		{"today's progress, next week's forum", "Next week Minister Anna Kovacs will share today's progress with the world and speak about the role that forests play at the Andean Forest Forum in Lima.", annals.Conference, "2024-05"},
		{"guard: yesterday's accord", "I commend yesterday's peace accord in Andora, signed by the parties running in the election on February 25.", annals.Agreement, "2024-05-09"},
		{"guard: today's forum", "At today's Andean Business Forum in Lima on 10 May, President Anna Kovacs announced new investments.", annals.Conference, "2024-05-10"},
	})
}

// TestCoordinatedIntentDates checks that a date in a predicate coordinated
// after the event's, an infinitive after a verb of intent or consent, is
// the date of the act to come, not the event's: "adopted the Declaration
// and agreed to launch a programme in 2025" did not adopt it in 2025.
func TestCoordinatedIntentDates(t *testing.T) {
	checkEventDates(t, "2024-09-20", []eventDateCase{
		{"agreed to launch", "The ministers adopted the Tarvik Declaration on Coastal Fisheries and agreed to launch a regional training programme for fisheries observers in 2025.", annals.Agreement, "2024-09-20"},
		{"pledged to open", "The two agencies signed a memorandum of understanding and pledged to open a joint office in Varna in March 2026.", annals.Agreement, "2024-09-20"},
		{"also decided to hold", "The Council met in Varna and also decided to hold a summit on river safety in 2026.", annals.Meeting, "2024-09-20"},
		{"vowed to return", "The Secretary-General delivered remarks at the port and vowed to return to Tarvik in 2026.", annals.Speech, "2024-09-20"},
		// guards: the act to come keeps the date; the event's own date stays
		{"the programme keeps its year", "The ministers adopted the Tarvik Declaration on Coastal Fisheries and agreed to launch a regional training programme for fisheries observers in 2025.", annals.Programme, "2025"},
		{"own date before", "The Council met in Varna on 18 September and decided to hold a summit on river safety in 2026.", annals.Meeting, "2024-09-18"},
		{"no and: the event is the object", "The summit, which leaders hope to hold in Tarvik in June 2025, will focus on fisheries.", annals.Conference, "2025-06"},
	})
}

// TestDueOfAnother checks that a date telling when a thing named right
// before "due" is due dates that thing, not the event of the sentence,
// while an event told due keeps its date.
func TestDueOfAnother(t *testing.T) {
	checkEventDates(t, "2023-11-08", []eventDateCase{
		{"elections due", "Speaking at the signing ceremony, Mr. Ivo Rask said the agreement would help the region prepare for the elections due in 2024.", annals.Agreement, "2023-11-08"},
		{"a report due", "The Council met in Varna to review the audit report due on 30 June 2024.", annals.Meeting, "2023-11-08"},
		// guards: the event itself is due
		{"the summit, due", "The Tarvik summit, due in June 2024, will focus on fisheries.", annals.Conference, "2024-06"},
		{"the summit is due", "The Tarvik Summit is due on 4 June 2024.", annals.Conference, "2024-06-04"},
	})
}

// TestOtherOccurrenceClause checks that a "which" clause after a gathering
// that tells another of its occurrences ("which was first held in 2010",
// "which was last held in 2019 in Lima") gives the gathering the sentence
// tells neither its date nor its place; a clause about the event itself
// ("which was held in Vienna in 2019") still does.
func TestOtherOccurrenceClause(t *testing.T) {
	checkEventDates(t, "2023-05-20", []eventDateCase{
		{"first held", "The meeting, which was first held in 2010, took place in Geneva.", annals.Meeting, "2023-05-20"},
		{"last held", "The summit, which was last held in 2019 in Lima, will take place in Santiago next week.", annals.Conference, "2023-05"},
		{"first convened", "The Forum, which was first convened in 2001, opened today in Davos with 2,000 participants.", annals.Conference, "2023-05-20"},
		// the clause tells the event itself
		{"own clause", "The conference, which was held in Vienna in 2019, brought together 300 experts.", annals.Conference, "2019"},
		// a first telling of an initiative is its own
		{"first announced", "The vaccination campaign, which was first announced in March 2021, reached 40 countries.", annals.Campaign, "2021-03"},
		{"own clause ran", "The ministers attended the conference, which ran on 20-21 October.", annals.Conference, "2022-10-20"},
	})
	checkEventPlaces(t, "2023-05-20", []placeCase{
		{"last held in", "The summit, which was last held in 2019 in Lima, will take place in Santiago next week.", "conference", "Santiago"},
		{"own clause place", "The conference, which was held in Vienna in 2019, brought together 300 experts.", "conference", "Vienna"},
	})
}

// TestGerundClauseDate: the date in a clause of a gerund after a
// subordinator ("since assuming office on 1 October") is that act's, not
// the event's the main clause tells. Made-up sentences.
func TestGerundClauseDate(t *testing.T) {
	checkEventDates(t, "2024-10-10", []eventDateCase{
		{"since assuming office", "Prime Minister Ana Ruiz of Peru attended the Andean Summit for the first time since assuming office on 1 October 2024.", annals.Conference, "2024-10-10"},
		{"guard: since a date", "Prime Minister Ana Ruiz of Peru has attended the Andean Summit every year since 2019.", annals.Conference, ""},
	})
}

// TestGerundClauseBeforeKeepsItsPlace: a gerund's clause before the
// trigger does not take the place of a "where" clause from it: "After
// returning from Lima, where earlier today he had met with firefighters,
// he cancelled his trip to Peru" met in Lima. Made-up sentences.
func TestGerundClauseBeforeKeepsItsPlace(t *testing.T) {
	checkEventPlaces(t, "2024-05-10", []placeCase{
		{"where he had met", "After returning this evening from Lima, where earlier today he had met with firefighters, Minister Ana Ruiz cancelled her trip to Chile.", "meeting", "Lima"},
	})
}

// TestActAtGathering: a text adopted or signed at a gathering named with
// its year is of that year ("the Tarvik Declaration adopted at the 2022
// Andean Ocean Conference"), though a year before a noun is otherwise
// that noun's, not the event's.
func TestActAtGathering(t *testing.T) {
	checkEventDates(t, "2026-06-09", []eventDateCase{
		{"adopted at", "The forum builds on the Tarvik Declaration adopted at the 2022 Andean Ocean Conference.", annals.Agreement, "2022"},
		{"signed at, lower-case gathering", "The plan follows the Varna Accord signed at the 2015 river conference.", annals.Agreement, "2015"},
		{"adopted during", "Ministers recalled the Andean Charter signed during the 2019 summit in Quito.", annals.Agreement, "2019"},
		{"spoke at", "Minister Ana Ruiz spoke at the 2024 Andean Ocean Conference about plastic waste.", annals.Speech, "2024"},
		// guards: the year qualifies a noun the act did not take place at
		{"guard: the year of another noun", "The Agency signed an agreement with Varna to cut emissions below 2005 levels.", annals.Agreement, "2026-06-09"},
		{"guard: a text of a conference", "The ministers signed the Varna Accord today, building on the 2022 Andean Ocean Conference.", annals.Agreement, "2026-06-09"},
	})
}
