package extract

import (
	"strings"
	"testing"

	"annals"
)

// TestSpeechRule covers the speech family: statements whose speaker is
// not right before the verb (an affiliation in parentheses, auxiliaries, a
// passive "by", a dateline in wiki emphasis), statements of two speakers,
// reports made public and warnings.
func TestSpeechRule(t *testing.T) {
	checkRules(t, []ruleCase{
		{"affiliation in parentheses", "2021-06-01", "Rapporteur Ana Ruiz (S&D, DE) said the rules would cut emissions.", annals.Speech, -1, "", "Ana Ruiz"},
		{"affiliation before a point made", "2021-06-01", "Rapporteur Ana Ruiz (EPP, SE) stressed: “This is the most ambitious pathway.”", annals.Speech, -1, "", "Ana Ruiz"},
		{"announced after auxiliaries", "2021-06-01", "The Andean Council has officially announced that it will not take its seats.", annals.Speech, -1, "", "Andean Council"},
		{"announced by, passive", "2021-06-01", "The results were officially announced yesterday by the Andean Elections Board.", annals.Speech, -1, "2021-05-31", "Andean Elections Board"},
		{"announced, no speaker", "2021-06-01", "The results were announced yesterday.", "", 0, "", ""},
		{"wiki-bold dateline dates the story", "", "Vote result\n\n'''December 22, 2004'''\n\nThe results were officially announced yesterday by the Andean Elections Board.", annals.Speech, -1, "2004-12-21", ""},
		{"two rapporteurs' statements", "2022-10-19", "Andean Parliament rapporteur Ana Ruiz (S&D, DE) said: “We need more stations.”\n\nAndean Parliament rapporteur Paul Weiss (EPP, SE) stressed: “This is the most ambitious pathway.”", annals.Speech, 2, "", ""},
		{"joined the condemnation", "2023-04-04", "The Andean Council has joined the public condemnation of the attack.", annals.Speech, -1, "", "Andean Council"},
		{"added its voice", "2023-04-04", "Today, the Andean Council added its voice to this international chorus.", annals.Speech, -1, "2023-04-04", "Andean Council"},
		{"joined the call is no statement", "2023-04-04", "The Andean Council joined the call on Monday.", annals.Speech, 0, "", ""},
		{"report released, passive", "2007-11-16", "Yesterday, a copy of the World Health Organization's upcoming report on cholera was released.", annals.Speech, -1, "2007-11-15", "World Health Organization"},
		{"issued a statement", "2007-11-16", "The Andean Council issued a statement on the floods.", annals.Speech, -1, "", "Andean Council"},
		{"the published report", "2007-11-16", "According to the published report, 40 cases were confirmed.", "", 0, "", ""},
		{"warnings from", "2010-11-18", "The resolution follows strong warnings to Eritrea from the African Union.", annals.Speech, -1, "", "African Union"},
		{"a warning to travellers", "2010-11-18", "The ministry issued a warning urging citizens to avoid the border.", "", 0, "", ""},
		{"free speech", "2021-06-01", "He fought directly for free speech and voting rights.", annals.Speech, 0, "", ""},
		{"political speech", "2021-06-01", "Officials coerced companies to censor political speech.", annals.Speech, 0, "", ""},
		{"a political speech", "2021-06-01", "On Monday, Senator Ana Ruiz gave a political speech in Lima.", annals.Speech, 1, "2021-05-31", "Ana Ruiz"},
		{"hate speech", "2021-06-01", "Platforms should adopt zero-tolerance standards for hate speech.", annals.Speech, 0, "", ""},
		{"hails from", "2021-06-01", "Paul Weiss hails from Lima and lives in Quito with his wife Ana.", annals.Speech, 0, "", ""},
		{"hailed the agreement", "2021-06-01", "Foreign Minister Paul Weiss hailed the agreement as historic.", annals.Speech, 1, "", "Paul Weiss"},
		{"remarks cited", "2021-06-01", "The rules cut costs by half. [Remarks, 3/21/23]", annals.Speech, 0, "", ""},
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

// TestSpeechToCome: remarks to be delivered, by a verb coordinated under
// "will" however far ("will tour a factory and deliver remarks") or in a
// headline's future ("Vice President Ruiz to deliver remarks at ..."), are
// planned; remarks someone travelled to deliver were held.
func TestSpeechToCome(t *testing.T) {
	checkStatus(t, "2024-05-02", []statusCase{
		{"The envoy met officials.\n\nIn Lima, the Vice President will tour a solar panel manufacturing facility and deliver remarks.", annals.Speech, annals.Planned},
		{"The envoy met officials.\n\nVice President Ana Ruiz to deliver remarks at the Andean Forum and reinforce her call for investment.", annals.Speech, annals.Planned},
		{"The envoy met officials.\n\nOn Monday, President Ana Ruiz traveled to Lima to deliver remarks on trade.", annals.Speech, annals.Held},
	})
}

// TestAnnouncedBefore checks that a clause describing a thing by the
// announcement that made it known before ("the steps that the Council
// announced earlier this year", "which the President announced
// yesterday", "our Initiative announced last September") tells no new
// statement, while a speaker who announces something still does.
func TestAnnouncedBefore(t *testing.T) {
	checkRules(t, []ruleCase{
		{"steps that X announced", "2024-05-01", "The Agency will build on the steps that the Andean Heritage Council announced earlier this year.", annals.Speech, 0, "", ""},
		{"which X announced yesterday", "2024-05-01", "This donation, which President Ana Ruiz announced yesterday, is the largest in history.", annals.Speech, 0, "", ""},
		{"reduced relative, a time after", "2024-05-01", "The Agency will expand its Andean Resilience Initiative announced last September.", annals.Speech, 0, "", ""},
		{"reduced relative, an occasion after", "2024-05-01", "We will work through the new Working Group on Water announced during the Andean Ministers’ Meeting in March 2023.", annals.Speech, 0, "", ""},
		{"reduced relative, an agent after", "2024-05-01", "They met under our joint Task Force on Water announced by Presidents Ana Ruiz and Paul Weiss on March 25.", annals.Speech, 0, "", ""},
		{"the speaker announced a thing", "2024-05-01", "Today, the Andean Heritage Council announced new steps to protect sites.", annals.Speech, 1, "2024-05-01", "Andean Heritage Council"},
		{"the speaker announced, then a time and that", "2024-05-01", "The Andean Heritage Council announced earlier this year that it would protect sites.", annals.Speech, 1, "2024", "Andean Heritage Council"},
	})
}

// TestAddressedForAPurpose checks that a problem "addressed to" do
// something in the passive is dealt with, no one addressed, while a
// letter addressed to a body stays a statement.
func TestAddressedForAPurpose(t *testing.T) {
	checkRules(t, []ruleCase{
		{"must be addressed to prevent", "2024-05-01", "This is a growing challenge that must be addressed to prevent steel exports from Peru.", annals.Speech, 0, "", ""},
		{"a letter addressed to a body", "2024-05-01", "The letter was addressed to the Andean Council.", annals.Speech, 1, "", "Andean Council"},
	})
}

// TestSpeechInGeneral covers speech of a kind, speech ruled and the
// faculty of speech: no speech given.
func TestSpeechInGeneral(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a kind of speech", "2023-08-16", "But violent and threatening speech is not protected by the Andean Charter.", annals.Speech, 0, "", ""},
		{"antisemitic speech", "2023-08-16", "To address the rise of antisemitic speech and intimidation online, the Andean Council will fund schools.", annals.Speech, 0, "", ""},
		{"speech ruled", "2023-08-16", "I am thinking of the backlash around efforts to control speech online.", annals.Speech, 0, "", ""},
		{"the faculty", "2023-08-16", "Ana Ruiz is a pediatric speech and language pathologist turned legislator.", annals.Speech, 0, "", ""},
		{"a therapist", "2023-08-16", "His wife, Ana Ruiz, who is a speech therapist, has three daughters.", annals.Speech, 0, "", ""},
	})
}

// TestApposedSpeakersApart: two speeches whose speakers are each the one
// person named before an apposition ("X, the former High Representative
// ..., delivered the keynote") are two, not one told twice.
func TestApposedSpeakersApart(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a keynote after an address", "2023-03-14", "The newly appointed Director of the Andean Fund, Ana Ruiz, addressed the youth forum on Monday.\n\nAmbassador Paul Weiss, the former High Representative for the Andean Council, delivered the keynote.", annals.Speech, 2, "", "Paul Weiss"},
		{"guard: one speaker told twice", "2023-03-14", "The Director of the Andean Fund, Ana Ruiz, addressed the youth forum on Monday.\n\nMs. Ruiz, the first woman in the post, delivered the keynote.", annals.Speech, 1, "", "Ana Ruiz"},
	})
}

// TestStatementAndAddressApart: a statement put out in writing and an
// address given later by one of its makers are two speeches, not one
// told twice.
func TestStatementAndAddressApart(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a statement, then a speech", "2025-06-05", "Minister Ana Ruiz met her Peruvian counterpart, Foreign Minister Paul Weiss.\n\nThe Ministers issued a joint statement on regional security.\n\nWhile in Lima, Minister Ruiz delivered a speech at the National University.", annals.Speech, 2, "", "Ana Ruiz"},
		{"guard: one speech told twice", "2025-06-05", "Minister Ana Ruiz delivered a speech at the National University on Monday.\n\nIn her speech, Minister Ruiz called for closer ties.", annals.Speech, 1, "", "Ana Ruiz"},
	})
}

// TestSpeechAtAGathering: one who spoke at a gathering or an occasion
// gave an address there, and one who addressed a gathering spoke on its
// day: the speech is an event of its own, beside the gathering, dated as
// it is, and its speaker's later act in the sentence is no part of it.
func TestSpeechAtAGathering(t *testing.T) {
	checkRules(t, []ruleCase{
		{"spoke at the forum", "2025-03-12", "Prime Minister Dana Ilves spoke at the Baltic Energy Forum in Riga on 11 March 2025.", annals.Speech, 1, "2025-03-11", "Dana Ilves"},
		{"spoke today at a ceremony", "2025-03-12", "Director Piet Brandt spoke today at the closing ceremony of the Andean Youth Games.", annals.Speech, 1, "2025-03-12", "Piet Brandt"},
		{"addressed the summit on its day", "2025-03-12", "Minister Ana Holm addressed the Nordic Security Summit in Oslo on 4 March 2025.", annals.Speech, 1, "2025-03-04", "Ana Holm"},
		{"the gathering is kept", "2025-03-12", "Minister Ana Holm addressed the Nordic Security Summit in Oslo on 4 March 2025.", annals.Conference, 1, "2025-03-04", ""},
		// guards: speaking with someone is a meeting; "at length" names no place
		{"spoke with", "2025-03-12", "Minister Ana Holm spoke with Prime Minister Dana Ilves at the Baltic Energy Forum.", annals.Speech, 0, "", ""},
		{"at length", "2025-03-12", "Minister Ana Holm spoke at length about the Baltic Energy Forum.", annals.Speech, 0, "", ""},
		{"at a time", "2025-03-12", "Minister Ana Holm spoke at a time of crisis for the Baltic Energy Forum.", annals.Speech, 0, "", ""},
		{"addressed an audience on its day", "2025-03-12", "Minister Ana Holm addressed the students in Oslo on 4 March 2025.", annals.Speech, 1, "2025-03-04", "Ana Holm"},
	})
	checkParts(t, "2025-03-12", []partCase{
		{"the one mourned", "Minister Ana Holm spoke at the funeral of Ambassador Piet Brandt in Oslo.", annals.Speech, []string{"Ana Holm"}, []string{"Piet Brandt"}},
		{"then met another", "Prime Minister Dana Ilves spoke at the Baltic Energy Forum on Thursday and later met with Secretary General Ivo Rask on the sidelines.", annals.Speech, []string{"Dana Ilves"}, []string{"Ivo Rask"}},
	})
}

// TestPresentationGiven: a presentation given, or made by a person or a
// body named after "by", is a speech of its own; a thing presented, and
// a written statement told later, are not it.
func TestPresentationGiven(t *testing.T) {
	checkRules(t, []ruleCase{
		{"gave a presentation", "2024-09-20", "The Foreign Minister of Norland, Ivo Rask, gave an enlightening presentation on the state of the fisheries.", annals.Speech, 1, "2024-09-20", "Ivo Rask"},
		{"a presentation by", "2024-09-20", "The meeting was preceded by a presentation by the Tarvik Fisheries Agency's Director-General, Piet Brandt, on the state of tuna stocks.", annals.Speech, 1, "2024-09-20", "Piet Brandt"},
		{"delivered a presentation", "2024-09-20", "Dr. Ana Holm delivered a presentation to the Council on 18 September.", annals.Speech, 1, "2024-09-18", "Ana Holm"},
		// guards: a thing presented, presentations in general
		{"the presentation of", "2024-09-20", "The Ambassador attended the presentation of the shamrocks at the Norland Embassy.", annals.Speech, 0, "", ""},
		{"the presentation alone", "2024-09-20", "The presentation will be available on the Agency's website.", annals.Speech, 0, "", ""},
	})
	// the place of its topic is not where it was given; the place after
	// the topic's phrase is
	checkEventPlaces(t, "2024-09-20", []placeCase{
		{"a topic's place", "The Foreign Minister of Norland, Ivo Rask, gave an enlightening presentation on current issues in Tarvik and the region.", "speech", ""},
		{"a statement's topic", "The Council of the Andean Fund issued a statement on the situation in Tarvik.", "speech", ""},
		{"the place it was given", "The Foreign Minister of Norland, Ivo Rask, gave a presentation on the fisheries, in Tarvik.", "speech", "Tarvik"},
	})
	// a written statement told again later is not the presentation told
	// right before it: the presentation takes neither its title nor its
	// makers
	d := run(t, "x.txt", "The chairs of the Tarvik Council issued a Joint Statement on fisheries.\n\n"+
		"A highlight of this meeting was the participation by the Foreign Minister of Norland, Ivo Rask, who gave an enlightening presentation on current issues.\n\n"+
		"Building on the joint statement issued following our last meeting in Tarvik on 3-6 June 2010 we reasserted the importance of dialogue.", "2010-12-18")
	found := false
	for _, e := range d.Events {
		if e.Type == annals.Speech && contains(e.Participants, "Ivo Rask") {
			found = true
			if strings.Contains(strings.ToLower(string(e.Title)), "statement") {
				t.Errorf("the presentation took the statement's title: %+v", e)
			}
		}
	}
	if !found {
		t.Errorf("no presentation by Ivo Rask in %+v", d.Events)
	}
}

// TestSpeechFacultyImpaired covers "speech" as the faculty impaired:
// "for the hearing and speech impaired" tells no speech.
func TestSpeechFacultyImpaired(t *testing.T) {
	checkRules(t, []ruleCase{
		{"the speech impaired", "2023-08-16", "The Andean Council said applicants may call 1-800-555-0100 (TTY) for the hearing and speech impaired.", annals.Speech, -1, "", "Andean Council"},
		{"speech impaired alone", "2023-08-16", "Applicants may call 1-800-555-0100 (TTY) for the hearing and speech impaired.", annals.Speech, 0, "", ""},
		{"speech delays", "2023-08-16", "The Peru clinics will treat children with speech delays.", annals.Speech, 0, "", ""},
		{"guard: a speech", "2023-08-16", "Ana Ruiz gave a speech in Lima on Monday.", annals.Speech, 1, "2023-08-14", "Ana Ruiz"},
	})
}

// TestAnnouncedEventIsNoSpeech: "The Fund today announced the appointment
// of X" tells the appointment, no speech beside it; "announced that" and
// "announced plans" stay statements. Made-up sentences.
func TestAnnouncedEventIsNoSpeech(t *testing.T) {
	const pub = "2024-05-10"
	checkRules(t, []ruleCase{
		{name: "the appointment announced", pub: pub, text: "The Andean Fund today announced the appointment of Ana Ruiz as Vice-President.", typ: annals.Speech, n: 0},
		{name: "the launch of a campaign announced", pub: pub, text: "The Andean Fund announced the launch of a campaign against hunger on Monday.", typ: annals.Speech, n: 0},
		{name: "guard: announced that", pub: pub, text: "The Andean Fund announced on Monday that it had raised USD 2 million.", typ: annals.Speech, n: 1},
		{name: "guard: rules announced", pub: pub, text: "Minister Ana Ruiz announced new rules for fishing in Lima on Monday.", typ: annals.Speech, n: 1},
		{name: "guard: a clause announced", pub: pub, text: "The Andean Bank announced it will provide training to 500 people in Kenya in 2024.", typ: annals.Speech, n: 1},
		{name: "guard: the setting of the telling", pub: pub, text: "Minister Ana Ruiz announced the funding in a visit to a college in Lima on Monday.", typ: annals.Speech, n: 1},
	})
}
