package extract

import (
	"slices"
	"testing"

	"annals"
)

// TestMeetingRule covers the meeting family: meetings held and to come,
// a meeting on the margins of a summit, and "meet" with a goal.
func TestMeetingRule(t *testing.T) {
	checkRules(t, []ruleCase{
		{"the meeting on the margins", "2023-11-02", "Vice President Ana Ruiz met today with Secretary-General Paul Weiss in Quito on the margins of the Global Summit on Water Safety.", annals.Meeting, -1, "2023-11-02", "Paul Weiss"},
		{"a meeting held and the meeting next week", "2021-09-23", "Yesterday, Paul Weiss met with Ana Ruiz of the Andean Council. Mr. Weiss expressed support for the meeting next week of the Andean Council.", annals.Meeting, 2, "", ""},
		{"meet the moment", "2024-12-10", "Americans of both parties are looking to their leaders to meet the moment.", annals.Meeting, 0, "", ""},
		{"meet a law's standards", "2024-01-07", "The funds will improve stations to meet Americans with Disabilities Act (ADA) standards.", annals.Meeting, 0, "", ""},
		{"leaders meeting at a moment", "2023-04-10", "President Ana Ruiz of Peru and Prime Minister Paul Weiss of Japan meet at a historic moment for the alliance.", annals.Meeting, 1, "", ""},
		{"spoke by phone with", "2023-04-10", "President Ana Ruiz spoke by phone with Prime Minister Paul Weiss on Monday.", annals.Meeting, 1, "2023-04-10", "Paul Weiss"},
		{"a call for proposals", "2023-04-10", "The Andean Council issued a call for proposals on water.", annals.Meeting, 0, "", ""},
		{"make ends meet", "2023-04-10", "Many families in Peru struggle to make ends meet.", annals.Meeting, 0, "", ""},
		{"needs are met", "2023-04-10", "State directors ensure the needs of local constituents are met.", annals.Meeting, 0, "", ""},
		{"met with a response", "2023-04-10", "The leaders said that a test would be met with a strong response.", annals.Meeting, 0, "", ""},
		{"meet this obligation", "2023-04-10", "The plan will help meet this obligation to veterans.", annals.Meeting, 0, "", ""},
		{"was met by a minister", "2023-04-10", "On Monday President Ana Ruiz was met by Foreign Minister Paul Weiss at the airport in Lima.", annals.Meeting, 1, "2023-04-10", "Paul Weiss"},
		{"two leaders' meeting", "2023-04-10", "The two leaders, whose meeting followed a meeting with Secretary Ana Ruiz, discussed trade.", annals.Conference, 0, "", ""},
		{"a meeting with legislative leaders", "2023-04-10", "Today, Director Ana Ruiz chaired a meeting with state legislative leaders on water.", annals.Conference, 0, "", ""},
		{"a meeting with legislative leaders is a meeting", "2023-04-10", "Today, Director Ana Ruiz chaired a meeting with state legislative leaders on water.", annals.Meeting, 1, "2023-04-10", "Ana Ruiz"},
		{"a meeting of states' leaders is a summit", "2023-04-10", "On Monday, Peru hosted a meeting of Andean leaders in Lima.", annals.Conference, 1, "2023-04-10", ""},
		{"meet them after needs", "2023-04-10", "The office listened to survivors' needs and ensured services are tailored to meet them.", annals.Meeting, 0, "", ""},
		{"meet the costs", "2023-04-10", "The credit helps parents meet the costs of raising children.", annals.Meeting, 0, "", ""},
		{"whether he would meet", "2023-04-10", "Reporters asked about whether he would meet with President Paul Weiss next month.", annals.Meeting, 0, "", ""},
		{"consultations in general", "2023-04-10", "The two governments intend to continue high-level consultations.", annals.Meeting, 0, "", ""},
		{"consultations with someone named", "2023-04-10", "In Lima, Ana Ruiz conducted bilateral consultations with Foreign Minister Paul Weiss.", annals.Meeting, 1, "", "Paul Weiss"},
		{"an office named by a roundtable", "2023-04-10", "Ana Ruiz served as a National Water Roundtable Chief in Lima.", annals.Meeting, 0, "", ""},
		{"meet a crisis", "2023-04-10", "The law delivers on his promise to meet the climate crisis.", annals.Meeting, 0, "", ""},
		{"meet a promise", "2023-04-10", "We will meet that promise to families.", annals.Meeting, 0, "", ""},
		{"meet people where they are", "2023-04-10", "Doctors are meeting folks where they are with information.", annals.Meeting, 0, "", ""},
	})
}

// TestMeetAThing covers "meet" whose object names no one (a thing met,
// no gathering) and "met with" in the passive, with the meetings they
// must leave alone.
func TestMeetAThing(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a charge owned by a person", "2023-04-10", "Andean agencies moved quickly to meet President Ana Ruiz’s charge of cleaner water.", annals.Meeting, 0, "", ""},
		{"a region's priorities", "2023-04-10", "Peru will keep working with its partners to meet the region’s water priorities.", annals.Meeting, 0, "", ""},
		{"meet or exceed", "2023-04-10", "The Andean Council asked members to adopt rules that meet or exceed those of Peru.", annals.Meeting, 0, "", ""},
		{"an epidemic met with a shrug", "2023-04-10", "Members of the Andean Council cannot meet this drought with a shrug.", annals.Meeting, 0, "", ""},
		{"protections met", "2023-04-10", "The plan requires water projects in Peru to meet existing river protections.", annals.Meeting, 0, "", ""},
		{"met with consequences", "2023-04-10", "Peru said that any attack on its dams would be met with a swift reaction.", annals.Meeting, 0, "", ""},
		{"market resistance", "2023-04-10", "Copper was expected to meet resistance near $4.10 in Lima.", annals.Meeting, 0, "", ""},
		{"guard: meet officials", "2023-04-10", "On Monday, Ana Ruiz will travel to Lima to meet state and local officials.", annals.Meeting, 1, "2023-04-10", "Ana Ruiz"},
		{"guard: meet responders", "2023-04-10", "On Monday, Ana Ruiz will travel to Lima to meet first responders.", annals.Meeting, 1, "2023-04-10", "Ana Ruiz"},
		{"guard: meet a person by name", "2023-04-10", "On Monday, Ana Ruiz met Foreign Minister Paul Weiss in Lima.", annals.Meeting, 1, "2023-04-10", "Paul Weiss"},
		{"guard: met and coordinated with", "2023-04-10", "On Monday, the Andean Council met and coordinated with officials in Lima.", annals.Meeting, 1, "2023-04-10", ""},
		{"guard: meet a counterpart", "2023-04-10", "On Monday, Ana Ruiz will meet her counterpart in Lima.", annals.Meeting, 1, "2023-04-10", "Ana Ruiz"},
		{"guard: meet this week", "2023-04-10", "The ministers of Peru and Chile will meet this week in Lima.", annals.Meeting, 1, "", ""},
		{"guard: met by a minister", "2023-04-10", "On Monday President Ana Ruiz was met by Foreign Minister Paul Weiss at the airport in Lima.", annals.Meeting, 1, "2023-04-10", "Paul Weiss"},
	})
}

// TestCallToldBefore covers "the call" and "this call", which refer back
// to a call the story told: with none told, they are the press call a
// transcript is, no event.
func TestCallToldBefore(t *testing.T) {
	checkRules(t, []ruleCase{
		{"thank you for taking this call", "2023-04-10", "Good afternoon. Thank you for taking this call.", annals.Meeting, 0, "", ""},
		{"a portion of the call", "2023-04-10", "Ana Ruiz spoke about water in Peru. We will now move to the question portion of the call.", annals.Meeting, 0, "", ""},
		{"materials related to this call", "2023-04-10", "The Andean Council will send no materials related to this call.", annals.Meeting, 0, "", ""},
		{"guard: the call told before", "2023-04-10", "On Monday, President Ana Ruiz held a call with Prime Minister Paul Weiss. Foreign Minister Eva Lind also joined the call.", annals.Meeting, 1, "2023-04-10", "Paul Weiss"},
		{"guard: those who took part in the call", "2023-04-10", "Ministers from Peru and Chile took part in the call.", annals.Meeting, 1, "", "Peru"},
		{"guard: a telephone conversation told before", "2023-04-10", "Paul Weiss said he had a telephone conversation with Ana Ruiz on Sunday. Her office could not confirm the call.", annals.Meeting, 1, "", "Ana Ruiz"},
	})
}

// TestSessionOfAnEnvoy covers the session an envoy's office is held at:
// no gathering the sentence tells.
func TestSessionOfAnEnvoy(t *testing.T) {
	checkRules(t, []ruleCase{
		{"representative to a session", "2023-04-10", "Ana Ruiz, to be Representative of Peru to the 41st Session of the Andean Assembly.", annals.Meeting, 0, "", ""},
		{"alternate representative to a session", "2023-04-10", "Paul Weiss, to be Alternate Representative of Peru to the Fifth Session of the Andean Assembly.", annals.Meeting, 0, "", ""},
		{"guard: a session held", "2023-04-10", "On Monday, Ana Ruiz spoke to the 41st Session of the Andean Assembly in Lima.", annals.Meeting, 1, "2023-04-10", ""},
	})
}

// TestSessionOfAGathering: the closing or opening session of a gathering
// the story tells, named by no body, is a part of it, no meeting.
func TestSessionOfAGathering(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a closing session", "2018-11-15", "Speaking at the closing session, Ana Ruiz announced that the 9th Andean Forum will take place in Lima in 2020.", annals.Meeting, 0, "", ""},
		{"an opening session", "2018-11-15", "The Andean Forum opened on Monday. In the opening session, Ana Ruiz thanked the hosts.", annals.Meeting, 0, "", ""},
		{"guard: the opening session of a body", "2018-11-15", "Ana Ruiz spoke on Monday at the opening session of the Andean Assembly in Lima.", annals.Meeting, 1, "2018-11-12", ""},
	})
}

// TestMeetingInPassing covers "meet" telling no meeting of the story: an
// object that is a quantity of goals or a named goal, a reaction met in
// kind, someone met in a life or an anecdote, people met over time,
// anyone one would meet, and a meeting a rule requires.
func TestMeetingInPassing(t *testing.T) {
	checkRules(t, []ruleCase{
		{"at least one of the criteria", "2023-04-10", "Applicants must be citizens of Peru and meet at least one of the three following criteria.", annals.Meeting, 0, "", ""},
		{"two or more of a list's targets", "2023-04-10", "Clinics that meet two or more of the Andean breast, cervical, and colorectal cancer screening targets will receive a badge.", annals.Meeting, 0, "", ""},
		{"a named pledge", "2023-04-10", "Peru is challenging the world to meet a Global Water Pledge and cut waste by 2030.", annals.Meeting, 0, "", ""},
		{"often met with suspicion", "2023-04-10", "Calls for help from these communities are often met with suspicion.", annals.Meeting, 0, "", ""},
		{"met in kind", "2023-04-10", "That dedication deserves to be met in kind.", annals.Meeting, 0, "", ""},
		{"met my husband", "2023-04-10", "I met my husband, by chance, at a party in Lima in 1998.", annals.Meeting, 0, "", ""},
		{"met a boy named", "2023-04-10", "Last year in Lima, I met a little boy named Mateo.", annals.Meeting, 0, "", ""},
		{"teachers I have met", "2023-04-10", "The teachers I have met over the years pay for supplies themselves.", annals.Meeting, 0, "", ""},
		{"women that I meet", "2023-04-10", "The young women that I meet every day inspire me.", annals.Meeting, 0, "", ""},
		{"guard: a delegation that she met", "2023-04-10", "The delegation that she met in Geneva on 3 April 2023 came from Peru.", annals.Meeting, 1, "2023-04-03", ""},
		{"parents I met who", "2023-04-10", "I can’t tell you how many parents I met who would drive to the library for Wi-Fi.", annals.Meeting, 0, "", ""},
		{"meet with anyone", "2023-04-10", "He’d meet with anyone, fly anywhere, do whatever it took.", annals.Meeting, 0, "", ""},
		{"a meeting a rule requires", "2023-04-10", "The rule requires a designee of agency leadership to meet with probationary employees each year.", annals.Meeting, 0, "", ""},
		{"guard: met with a group called", "2023-04-10", "On Monday, Ana Ruiz met with a coalition called the Andean Water Forum in Lima.", annals.Meeting, 1, "2023-04-10", "Ana Ruiz"},
		{"guard: we met in Lima", "2023-04-10", "On Monday, we met in Lima with Foreign Minister Paul Weiss.", annals.Meeting, 1, "2023-04-10", "Paul Weiss"},
		{"guard: met with his counterpart", "2023-04-10", "On Monday, Ana Ruiz met with his counterpart Paul Weiss in Lima.", annals.Meeting, 1, "2023-04-10", "Paul Weiss"},
		{"guard: met the minister", "2023-04-10", "On Monday, Ana Ruiz met the Foreign Minister of Peru, Paul Weiss, in Lima.", annals.Meeting, 1, "2023-04-10", "Paul Weiss"},
	})
}

// TestMeetingWordInPassing covers more meeting words that tell no
// meeting: a thing "meeting" qualifies, milestones met, priorities met,
// a recollection, everyone one has met, new people one likes to meet.
func TestMeetingWordInPassing(t *testing.T) {
	checkRules(t, []ruleCase{
		{"meeting platforms", "2023-04-10", "The Andean Council reviewed the accessibility of virtual meeting platforms for prisoners.", annals.Meeting, 0, "", ""},
		{"meeting milestones", "2023-04-10", "Major projects in Peru are underway and are meeting significant milestones.", annals.Meeting, 0, "", ""},
		{"the first time I met", "2023-04-10", "I’ll never forget the first time I met Dr. Paul Weiss.", annals.Meeting, 0, "", ""},
		{"the people he met", "2023-04-10", "The families he met over the years remembered his kindness.", annals.Meeting, 0, "", ""},
		{"guard: the last time they met", "2023-04-10", "On Monday, Ana Ruiz met with Paul Weiss in Lima, the last time they met before the summit.", annals.Meeting, -1, "2023-04-10", "Paul Weiss"},
		{"anyone I have ever met", "2023-04-10", "He is as tough and persistent as anyone I have ever met.", annals.Meeting, 0, "", ""},
		{"everybody he met with", "2023-04-10", "Paul treated everybody he met with equal dignity.", annals.Meeting, 0, "", ""},
		{"meet new people", "2023-04-10", "She loves the chance to share her story, meet new people, and advocate for all.", annals.Meeting, 0, "", ""},
		{"meets priorities", "2023-04-10", "The grant will ensure that charger deployment meets Administration priorities such as jobs.", annals.Meeting, 0, "", ""},
		{"guard: met with new members", "2023-04-10", "On Monday, Ana Ruiz met with new members of the Andean Council in Lima.", annals.Meeting, 1, "2023-04-10", ""},
		{"guard: the people he met with", "2023-04-10", "On Monday, Ana Ruiz thanked the people he met with in Lima.", annals.Meeting, -1, "", ""},
	})
}

// TestMetWhomNamed covers a relative clause on a person named: a meeting
// with that person.
func TestMetWhomNamed(t *testing.T) {
	checkRules(t, []ruleCase{
		{"guard: whom he met", "2023-04-10", "The radio said Paul Weiss had reassured officials, including President Ana Ruiz, whom he met during a Friday visit.", annals.Meeting, -1, "", "Ana Ruiz"},
		{"the people whom we met", "2023-04-10", "The people whom we met over the years remembered his kindness.", annals.Meeting, 0, "", ""},
	})
}

// TestMeetingHabitual covers "when I meet": what happens at every
// meeting, none told.
func TestMeetingHabitual(t *testing.T) {
	checkRules(t, []ruleCase{
		{"when I meet", "2023-04-10", "I always say to my colleagues, when I meet other world leaders, that we must act.", annals.Meeting, 0, "", ""},
		{"guard: when I meet with a date", "2023-04-10", "When I meet President Paul Weiss in Lima next week, I will raise water.", annals.Meeting, 1, "", "Paul Weiss"},
	})
}

// TestMeetingsWithOtherCounterparts: a meeting told after another, with a
// date or a place of its own and a counterpart the first lacks, is another
// meeting, not the first one's; so is a meeting told a paragraph or more
// on that shares one participant only, the one who meets, while each has
// counterparts the other lacks; an undated sentence naming whom the trip's
// meeting is with adds to it.
func TestMeetingsWithOtherCounterparts(t *testing.T) {
	checkApart(t, "2024-05-02", []apartCase{
		{"two meetings of one day", "President Ana Ruiz met today with President Paul Weiss of Chile on the margins of the Andean Summit. The leaders discussed trade.\n\nPresident Ana Ruiz today met with Prime Minister Eva Lind of Peru. They discussed climate.", annals.Meeting, 2, "Paul Weiss", "Eva Lind"},
		{"two calls of one day", "President Ana Ruiz spoke today with President Paul Weiss of Chile.\n\nPresident Ana Ruiz spoke today with Prime Minister Eva Lind of Peru.", annals.Meeting, 2, "Paul Weiss", "Eva Lind"},
		{"two places of one trip", "In Chile, Envoy Ana Ruiz met with President Paul Weiss. In Peru, Ruiz met with President Eva Lind.", annals.Meeting, 2, "Paul Weiss", "Eva Lind"},
		{"guard: the same meeting told again", "President Ana Ruiz met today with President Paul Weiss of Chile. Ruiz and Weiss met for two hours.", annals.Meeting, 1, "", ""},
		{"guard: whom the planned meeting is with", "On Monday, Envoy Ana Ruiz will travel to Lima to meet with members of the government of President Paul Weiss. Ruiz will meet with Foreign Minister Eva Lind and Senator Omar Diaz.", annals.Meeting, 1, "", ""},
		{"one traveller's meetings a paragraph apart", "President Ana Ruiz will begin her trip in Chile on 3 May, where she will meet with Chilean leaders to discuss trade.\n\nWe, Prime Minister Eva Lind and President Ana Ruiz, meet at a consequential time for our alliance.", annals.Meeting, 2, "Chile", "Eva Lind"},
		{"two calls a paragraph apart", "President Ana Ruiz spoke today with President Paul Weiss of Chile to express her condolences.\n\nThis afternoon, President Ruiz convened a call with Administrator Eva Lind and Adviser Omar Diaz.", annals.Meeting, 2, "Paul Weiss", "Eva Lind"},
		{"guard: whom the meeting told by office", "Ambassador Ana Ruiz met on Wednesday with Peru's trade minister to finish talks.\n\nOn Aug. 7, Ruiz and Minister Paul Weiss had just ended a news conference.\n\nOn Wednesday, Ruiz and Weiss met again to finish their discussion.", annals.Meeting, 1, "", ""},
		{"guard: the meeting's people a paragraph on", "President Ana Ruiz met today with President Paul Weiss of Chile in Lima.\n\nRuiz and Weiss discussed trade with Minister Eva Lind.", annals.Meeting, 1, "", ""},
	})
}

// TestMeetingVerbIsNoTitle checks that a meeting told by the verb ("has
// been meeting regularly with") takes no title from its words: "been
// meeting" names nothing.
func TestMeetingVerbIsNoTitle(t *testing.T) {
	d := run(t, "x.txt", "President Ana Ruiz of Peru has been meeting regularly with President Paul Weiss of Chile.", "2024-05-01")
	if len(d.Events) != 1 || d.Events[0].Type != annals.Meeting || d.Events[0].Title != "" {
		t.Fatalf("events %+v, want one meeting with no title", d.Events)
	}
}

// TestCallHasNoPlace checks that a call ("spoke today with X") takes no
// place from its sentence: the places it names are what it was about
// ("the situation in Gaza", "in advance of the NATO Summit in Vilnius").
func TestCallHasNoPlace(t *testing.T) {
	for _, text := range []string{
		"President Ana Ruiz spoke today with Prime Minister Paul Weiss of Chile to discuss the situation in Gaza.",
		"President Ana Ruiz spoke today with President Paul Weiss of Chile in advance of the NATO Summit in Vilnius, Lithuania.",
		"President Ana Ruiz spoke by phone today with Prime Minister Paul Weiss of Chile about his recent visit to Ukraine.",
	} {
		d := run(t, "x.txt", text, "2023-07-15")
		for _, e := range d.Events {
			if e.Type == annals.Meeting && e.Place != "" {
				t.Errorf("%q: meeting place %q, want none", text, e.Place)
			}
		}
	}
	// guard: a meeting in person keeps its place
	d := run(t, "x.txt", "President Ana Ruiz met today with Prime Minister Paul Weiss of Chile in Lima.", "2023-07-15")
	found := false
	for _, e := range d.Events {
		found = found || e.Type == annals.Meeting && e.Place == "Lima"
	}
	if !found {
		t.Errorf("meeting in Lima: events %+v, want place Lima", d.Events)
	}
}

// TestReceivedVisitor checks that receiving a person or a delegation is a
// meeting (it had been no event): an office in Title Case, a person
// named, a delegation; not funding, a letter in the possessive, nor a
// distinction named for an office or a person.
func TestReceivedVisitor(t *testing.T) {
	checkRules(t, []ruleCase{
		{"an ambassador", "2024-05-10", "The Secretary-General of the Andean Council, Ana Ruiz, received the Ambassador of Japan to Peru, Kenji Sato, in Lima on 12 February 2024.", annals.Meeting, 1, "2024-02-12", "Kenji Sato"},
		{"a delegation", "2024-05-10", "The Director-General received a delegation of the Andean Council in Lima on 3 May 2024.", annals.Meeting, 1, "2024-05-03", "Andean Council"},
		{"a form of address", "2024-05-10", "The Secretary General of the Andean Council, Ana Ruiz, received H.E. Mr. Kenji Sato, Minister of Foreign Affairs of Japan, on 6 May 2024.", annals.Meeting, 1, "2024-05-06", "Kenji Sato"},
		{"his excellency", "2024-05-10", "The Director-General received His Excellency Ambassador Kenji Sato in Lima on 3 May 2024.", annals.Meeting, 1, "2024-05-03", "Kenji Sato"},
		{"a prime minister", "2024-05-10", "The President received Prime Minister Ana Ruiz of Peru at the palace on 4 May 2024.", annals.Meeting, 1, "2024-05-04", "Ana Ruiz"},
		{"a new ambassador", "2024-05-10", "The Secretary-General received the new Ambassador of Japan, Kenji Sato, in Lima on 3 May 2024.", annals.Meeting, 1, "2024-05-03", "Kenji Sato"},
		{"where before whom", "2024-05-10", "The Secretary-General received at the General Secretariat in Lima on 3 May 2024 the new Ambassador of Japan, Kenji Sato.", annals.Meeting, 1, "2024-05-03", "Kenji Sato"},
		{"guard: where before what", "2024-05-10", "The Secretary-General received at the General Secretariat in Lima on 3 May 2024 a new shipment of vaccines.", annals.Meeting, 0, "", ""},
		// guards
		{"funding", "2024-05-10", "The agency received funding from Peru on 3 May 2024.", annals.Meeting, 0, "", ""},
		{"a letter, a form of address", "2024-05-10", "The minister received Dr. Ana Ruiz’s letter on 3 May 2024.", annals.Meeting, 0, "", ""},
		{"a letter", "2024-05-10", "The minister received President Ana Ruiz’s letter on 3 May 2024.", annals.Meeting, 0, "", ""},
		{"an award named for a person", "2024-05-10", "She received the Ana Ruiz Memorial Award for peacemaking in 2018.", annals.Meeting, 0, "", ""},
		{"an award named for an office", "2024-05-10", "She has received the Secretary of Defense Meritorious Civilian Service Award.", annals.Meeting, 0, "", ""},
	})
}

// TestOfficeOfASession checks that a session an office is held for tells
// no meeting ("elected X as President of its 78th session" had been a
// meeting taking the election's date), and that a session told stays one.
func TestOfficeOfASession(t *testing.T) {
	checkRules(t, []ruleCase{
		{"president of a session", "2023-06-10", "The Andean Assembly elected Ana Ruiz of Peru as President of its 78th session on 1 June 2023.", annals.Meeting, 0, "", ""},
		{"the election keeps its date", "2023-06-10", "The Andean Assembly elected Ana Ruiz of Peru as President of its 78th session on 1 June 2023.", annals.Appointment, 1, "2023-06-01", "Ana Ruiz"},
		// guard: a session told
		{"a session opened", "2023-06-10", "The 78th session of the Andean Assembly opened in Lima on 5 September 2023.", annals.Meeting, 1, "2023-09-05", ""},
	})
}

// TestReceivedByHost: "X was received by President Y" is a meeting of the
// two, as "Y received X" is; a thing received by a body is none.
func TestReceivedByHost(t *testing.T) {
	checkParts(t, "2025-03-14", []partCase{
		{"received by", "During the trip, Minister Ana Ruiz was received by President Paul Weiss at the palace.", annals.Meeting, []string{"Ana Ruiz", "Paul Weiss"}, nil},
		{"warmly received by", "The delegation was warmly received by Prime Minister Paul Weiss.", annals.Meeting, []string{"Paul Weiss"}, nil},
	})
	checkRules(t, []ruleCase{
		{"guard: a proposal received", "2025-03-14", "The proposal was received by the Andean Secretariat in March.", annals.Meeting, 0, "", ""},
		{"guard: received by mail", "2025-03-14", "The letters were received by Paul Weiss on Monday.", annals.Meeting, 0, "", ""},
	})
}

// TestMeetingWordInADocumentName: "Consultations" in "a Memorandum of
// Understanding on Political Consultations" is the text's name, no
// meeting; a meeting named for a text ("the Lima Declaration
// Ministerial") stays one.
func TestMeetingWordInADocumentName(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a memorandum on consultations", "2025-03-14", "The ministers signed a Memorandum of Understanding on Political Consultations.", annals.Meeting, 0, "", ""},
		{"an agreement on talks", "2025-03-14", "The two sides signed an Agreement on Annual Talks in Lima.", annals.Meeting, 0, "", ""},
		{"guard: a ministerial named for a text", "2025-03-14", "They noted the success of the Lima Declaration Ministerial held in Quito on 3 March 2025.", annals.Meeting, 1, "2025-03-03", ""},
	})
}

// TestNumberedSessionApart: a numbered session of a body is another
// meeting than one told by a verb of meeting with a person it lacks ("was
// received by President X"), though they share a participant.
func TestNumberedSessionApart(t *testing.T) {
	const told = "Foreign Minister Ana Ruiz of Peru visited Chile on 12-13 March 2025 at the invitation of Foreign Minister Paul Weiss of Chile.\n\nDuring the visit, Minister Ruiz was received by President Eva Lind at the palace.\n\n"
	checkApart(t, "2025-03-14", []apartCase{
		{"a session after an audience", told + "The two foreign ministers co-chaired the fourth session of the Peru-Chile Joint Commission.", annals.Meeting, 2, "Eva Lind", "Paul Weiss"},
	})
	checkRules(t, []ruleCase{
		{"guard: the session told again", "2025-03-14", "The fourth session of the Peru-Chile Joint Commission opened in Lima on 3 March 2025.\n\nThe session adopted a work plan.", annals.Meeting, 1, "2025-03-03", ""},
	})
}

// TestSessionAsAudience: a session a speech is given before is its
// audience, no meeting; the gerund "in meeting its mission" is no meeting.
func TestSessionAsAudience(t *testing.T) {
	checkRules(t, []ruleCase{
		{"remarks before a joint session", "2023-04-10", "Tonight, President Ana Ruiz delivered remarks before a joint session of the Andean Parliament on water.", annals.Meeting, 0, "", ""},
		{"addressed a joint session", "2023-04-10", "On Monday, Prime Minister Paul Weiss addressed a joint session of the Andean Parliament in Lima.", annals.Meeting, 0, "", ""},
		{"the speech stays", "2023-04-10", "Tonight, President Ana Ruiz delivered remarks before a joint session of the Andean Parliament on water.", annals.Speech, 1, "2023-04-10", "Ana Ruiz"},
		{"guard: a joint session held", "2023-04-10", "On Monday, the Andean Parliament held a joint session in Lima to elect its president.", annals.Meeting, 1, "2023-04-10", ""},
		{"in meeting its mission", "2023-04-10", "The Andean Council directed its offices to update policies to improve resilience in meeting its mission.", annals.Meeting, 0, "", ""},
		{"guard: in a meeting with", "2023-04-10", "In a meeting with Foreign Minister Paul Weiss in Lima on Monday, Ana Ruiz discussed water.", annals.Meeting, 1, "2023-04-10", "Paul Weiss"},
	})
}

// TestMetAndMarried: "met and married" is a meeting in a life, no
// gathering.
func TestMetAndMarried(t *testing.T) {
	checkRules(t, []ruleCase{
		{"met and married", "2023-04-10", "While at the university, Ana Ruiz met and married Paul Weiss, elected to the Senate of Peru in 2010.", annals.Meeting, 0, "", ""},
		{"met and later married", "2023-04-10", "In Lima, Ana Ruiz met and later married Paul Weiss.", annals.Meeting, 0, "", ""},
		{"guard: met and discussed", "2023-04-10", "On Monday, Ana Ruiz met and discussed water with Foreign Minister Paul Weiss in Lima.", annals.Meeting, 1, "2023-04-10", "Paul Weiss"},
	})
}

// TestMeetAGoalBefore covers "meet" ending a relative clause on a goal
// told before its subject ("a moment we intend to meet"): the goal is
// met, no one.
func TestMeetAGoalBefore(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a moment we intend to meet", "2023-04-10", "This moment requires unity from true partners in Peru, and it is a moment we intend to meet, together.", annals.Meeting, 0, "", ""},
		{"the challenges that we must meet", "2023-04-10", "Drought and floods in Peru are the challenges that we must meet.", annals.Meeting, 0, "", ""},
		{"guard: we intend to meet in a city", "2023-04-10", "On Monday, Ana Ruiz said the ministers of Peru and Chile intend to meet in Lima.", annals.Meeting, 1, "", ""},
	})
}

// TestMeetingOfANamedGathering: "meeting" right after a gathering's name
// is that gathering, one event: "the third Strategic Dialogue on Peace and
// Security meeting" had made a conference and a meeting titled "Security
// meeting"; and "the meeting" a later sentence points back to is not a
// gathering named only in passing.
func TestMeetingOfANamedGathering(t *testing.T) {
	const dialogue = "ADDIS ABABA, 4 March 2025 – The Andean Commission today hosted the third Strategic Dialogue on Peace and Security meeting with the Nordic Council in Addis Ababa.\n\n"
	for _, tc := range []struct {
		name, text            string
		conferences, meetings int
	}{
		{"a dialogue's meeting", dialogue, 1, 0},
		{"an inaugural dialogue's meeting", "The inaugural Strategic Dialogue on AI meeting is scheduled to take place in late 2025.", 1, 0},
		{"guard: the meeting, and one in passing", dialogue + "The two sides discussed the role of the Andean Ministerial Meeting in the follow-up. The meeting was opened by Chairperson Ana Ruiz.", 1, 1},
		// guards: a body's leaders meeting (one gathering, as before), and a
		// gathering's meeting apart
		{"guard: a forum body's leaders meeting", "President Maria Lopez addressed the Pacific Islands Forum leaders meeting in Suva on 3 March 2025.", 1, 0},
		{"guard: a summit, then a meeting", "Before the Andean Summit, the ministers held a meeting in Lima on 3 March 2025.", 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, "2025-03-05")
			nc, nm := len(eventsOf(d, annals.Conference)), len(eventsOf(d, annals.Meeting))
			if nc != tc.conferences || nm != tc.meetings {
				t.Errorf("%q: %d conferences, %d meetings, want %d, %d: %+v", tc.text, nc, nm, tc.conferences, tc.meetings, d.Events)
			}
		})
	}
}

// TestMeetingNotAThingNamed: "The meeting" of a later sentence is not a
// meeting its sentence named only by a thing of it ("the role of the
// Andean Ministerial Meeting"): that meeting had taken the later
// sentence's date and place.
func TestMeetingNotAThingNamed(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"the role of, then the meeting", "The two sides discussed the role of the Andean Ministerial Meeting in the follow-up of the Summit's commitments.\n\nThe meeting agreed to convene the fourth Strategic Dialogue in Lima in 2026."},
		{"guard: the role of, alone", "The two sides discussed the role of the Andean Ministerial Meeting in the follow-up of the Summit's commitments."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, "2025-03-05")
			for _, e := range d.Events {
				if e.Type == annals.Meeting && e.Title == "Andean Ministerial Meeting" && e.Date != "" {
					t.Errorf("%q: the ministerial meeting is dated %q: %+v", tc.text, e.Date, e)
				}
			}
		})
	}
}

// TestGatheringAcronymTold: a numbered gathering's acronym the story
// defines tells the next of the series: "The 44th Andean Economic
// Ministers' Meeting (AEM) was held ..." then "The 45th AEM will be held
// in Lima in 2026" had told no meeting.
func TestGatheringAcronymTold(t *testing.T) {
	const first = "The 44th Andean Economic Ministers' Meeting (AEM) was held on 12 September 2025 in Quito.\n\n"
	for _, tc := range []struct {
		name, text string
		typ        annals.EventType
		n          int // events of type typ
		date       annals.Date
	}{
		{"the next of the series", first + "The 45th AEM will be held in Lima in 2026.", annals.Meeting, 2, "2026"},
		{"a summit's", "The 46th Andean Summit (AS) was held in May 2025 in Quito.\n\nThe 47th AS will take place in Lima in 2026.", annals.Conference, 2, "2026"},
		// guards: the acronym without a number, and one of a body
		{"guard: the acronym alone", first + "The AEM also adopted a work plan.", annals.Meeting, 1, ""},
		{"guard: a body's acronym", "The Andean Development Bank (ADB) was founded in 1968.\n\nThe 45th ADB report will be released in 2026.", annals.Meeting, 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, "2025-09-14")
			n, dated := 0, tc.date == ""
			for _, e := range d.Events {
				if e.Type == tc.typ {
					n++
					dated = dated || e.Date == tc.date
				}
			}
			if n != tc.n || !dated {
				t.Errorf("%q: %d %s (dated %s: %v), want %d: %+v", tc.text, n, tc.typ, tc.date, dated, tc.n, d.Events)
			}
		})
	}
}

// TestMeetAGoalAfterModal covers a goal met after a modal, told before
// the verb's subject ("the requirements that the clinics must meet to
// graduate"), a goal shared by two verbs ("meet or to fund"), a share of
// a goal ("meet 80% of demand") and a balance or a request met: none is
// a meeting. The guards keep people who must meet to discuss.
func TestMeetAGoalAfterModal(t *testing.T) {
	checkRules(t, []ruleCase{
		{"requirements that clinics must meet", "2023-04-10", "The Andean Council raised the requirements that clinics in the scheme must meet to stay in it.", annals.Meeting, 0, "", ""},
		{"requirements people have to meet", "2023-04-10", "Nothing in the decree changed the requirements people have to meet to renew a visa in Peru.", annals.Meeting, 0, "", ""},
		{"quotas he must meet", "2023-04-10", "A driver in Lima said the firm sets quotas he must meet or lose his job.", annals.Meeting, 0, "", ""},
		{"meet or to fund", "2023-04-10", "The pact does not limit the ability of Peru to meet or to fund its water needs.", annals.Meeting, 0, "", ""},
		{"a share of demand", "2023-04-10", "The Andean plant will produce enough power to meet 80% of national demand by 2030.", annals.Meeting, 0, "", ""},
		{"meets that balance", "2023-04-10", "Do you think the Andean plan meets that balance?", annals.Meeting, 0, "", ""},
		{"partners' requests", "2023-04-10", "The Peruvian navy will send ships to help meet partners’ requests for training.", annals.Meeting, 0, "", ""},
		{"guard: ministers must meet to discuss", "2023-04-10", "On Monday, Ana Ruiz said the ministers of Peru and Chile must meet to discuss the goals of the plan.", annals.Meeting, 1, "", ""},
		{"guard: the goals committee will meet", "2023-04-10", "On Monday, the Andean Council said the ministers will meet to set new goals.", annals.Meeting, 1, "", ""},
		{"guard: meet or talk with", "2023-04-10", "On Monday, Ana Ruiz will meet or talk with Foreign Minister Paul Weiss in Lima.", annals.Meeting, 1, "", "Paul Weiss"},
	})
}

// TestTalksAboutVerb covers "talks about" told of a subject right before
// it (a pronoun, an adverb, a person's name): the verb, no talks. Talks
// held about a matter stay a meeting.
func TestTalksAboutVerb(t *testing.T) {
	checkRules(t, []ruleCase{
		{"she talks about", "2023-04-10", "We just heard how passionately she talks about water in Peru.", annals.Meeting, 0, "", ""},
		{"a name still talks about", "2023-04-10", "Minister Ana Ruiz still talks about the drought in Peru.", annals.Meeting, 0, "", ""},
		{"a bill that talks about", "2023-04-10", "The Andean Council passed a bill that talks about water rights.", annals.Meeting, 0, "", ""},
		{"a clause that also talks about", "2023-04-10", "The alert lists four steps airlines can take, and talks about the ways Peru can help.", annals.Meeting, 0, "", ""},
		{"guard: held talks about", "2023-04-10", "On Monday, Ana Ruiz held talks about water with Foreign Minister Paul Weiss in Lima.", annals.Meeting, 1, "2023-04-10", "Paul Weiss"},
		{"guard: the talks about the border", "2023-04-10", "On Monday, the talks about the border between Peru and Chile opened in Lima.", annals.Meeting, 1, "2023-04-10", ""},
	})
}

// TestGatheringAcronymSeriesName: the gathering a series' acronym tells
// takes the series' full name after its own ordinal, and the bodies that
// name holds: "The 45th AEM will be held in Lima" after "The 44th Andean
// Economic Ministers' Meeting (AEM)" had the title "45th AEM" and no
// participant.
func TestGatheringAcronymSeriesName(t *testing.T) {
	const first = "The 44th Andean Community Economic Ministers' Meeting (AEM) was held on 12 September 2025 in Quito.\n\n"
	for _, tc := range []struct {
		name, text, title, part string
	}{
		{"a meeting's series", first + "The 45th AEM will be held in Lima in 2026.", "45th Andean Community Economic Ministers' Meeting", "Andean Community"},
		{"a summit's series", "The 46th Andean Community Summit (ACS) was held in May 2025 in Quito.\n\nThe 47th ACS will take place in Lima in 2026.", "47th Andean Community Summit", "Andean Community"},
		// guard: the gathering that defines the acronym keeps its name
		{"guard: the defining gathering", first + "The 45th AEM will be held in Lima in 2026.", "44th Andean Community Economic Ministers' Meeting", "Andean Community"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, "2025-09-14")
			for _, e := range d.Events {
				if string(e.Title) == tc.title {
					if !contains(e.Participants, tc.part) {
						t.Errorf("%q: %q has participants %v, want %q", tc.text, tc.title, e.Participants, tc.part)
					}
					return
				}
			}
			t.Errorf("%q: no event titled %q: %+v", tc.text, tc.title, d.Events)
		})
	}
}

// TestLeadersSession: a session of the leaders of states is a summit, as
// their meeting is: "at the Andean Forum leaders session in Lima on
// November 10" told no gathering (with "Forum Dialogue Partners" after
// it, "Forum" had made one, which a forum's name going on no longer
// does). Two leaders' session stays no event.
func TestLeadersSession(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a forum's leaders session", "2023-11-07", "Ambassador Ana Ruiz will represent the President at the Andean Islands Forum leaders session in Lima, Peru, on November 10.", annals.Conference, 1, "2023-11-10", ""},
		{"guard: with the forum's partners", "2023-11-07", "Ambassador Ana Ruiz will represent the President at the Andean Islands Forum leaders session with Forum Dialogue Partners in Lima, Peru, on November 10.", annals.Conference, 1, "2023-11-10", ""},
		{"guard: the two leaders' session", "2023-11-07", "The two leaders’ session with reporters ran long.", annals.Conference, 0, "", ""},
	})
}

// TestMarginsOfAGatheringPlace: a meeting with no place of its own, told
// on the margins of a gathering the story named by an acronym, is held
// where that gathering is: "the Andean Recovery Conference (ARC) next
// month in Lima" ... "the Committee will hold its next meeting on the
// margins of the ARC in June" had no place.
func TestMarginsOfAGatheringPlace(t *testing.T) {
	checkEventPlaces(t, "2023-05-26", []placeCase{
		{"on the margins of the acronym", "Minister Ana Ruiz said the Andean Recovery Conference (ARC) next month in Lima will be a crucial moment. The Steering Committee will hold its next meeting on the margins of the ARC in June.", "meeting", "Lima"},
		{"guard: a place of its own", "Minister Ana Ruiz said the Andean Recovery Conference (ARC) next month in Lima will be a crucial moment. The Steering Committee will hold its next meeting in Quito in June.", "meeting", "Quito"},
	})
}

// TestThingsMeetTextsTalk: things that join ("six rivers meet") and a
// text that tells ("the factsheet talks about") hold no meeting; people
// who meet and talks held about a thing stay meetings.
func TestThingsMeetTextsTalk(t *testing.T) {
	checkRules(t, []ruleCase{
		{name: "rivers meet", pub: "2024-03-06", text: "Six rivers meet at the confluence near the capital.", typ: annals.Meeting, n: 0},
		{name: "where the borders meet", pub: "2024-03-06", text: "The town lies where the borders meet, in the high valley.", typ: annals.Meeting, n: 0},
		{name: "the factsheet talks about", pub: "2024-03-06", text: "The factsheet talks about the benefits of the programme.", typ: annals.Meeting, n: 0},
		{name: "the report talks about", pub: "2024-03-06", text: "The report talks about the risks of the plan.", typ: annals.Meeting, n: 0},
		// guards
		{name: "guard: held talks about", pub: "2024-03-06", text: "The Andean ministers held talks about water in Lima on Monday.", typ: annals.Meeting, n: 1, date: "2024-03-04"},
		{name: "guard: delegations meet", pub: "2024-03-06", text: "Delegations from the two countries met in Lima on Monday.", typ: annals.Meeting, n: 1, date: "2024-03-04"},
	})
}

// TestTalksOnTheSidelines: "On the sidelines of the meeting, X held
// bilateral talks with Y" (or "On the sidelines, X held ...") tells talks
// of their own beside the meeting the story told, with its day and place;
// not more people at that meeting.
// Made-up sentences.
func TestTalksOnTheSidelines(t *testing.T) {
	for _, tc := range []struct {
		text string
		n    int // meetings
		with string
	}{
		{"BAKU, 1 November 2024 – Secretary General Ali Kemal attended the 11th Meeting of the Council of Foreign Ministers held in Baku on 1 November 2024.\n\nOn the sidelines of the meeting, Secretary General Kemal held bilateral talks with Minister Jon Bay and with the Deputy Foreign Minister of Hungary, Levente Magyar.", 2, "Levente Magyar"},
		{"The ministers met in Tunis on 3 May 2024 to review the plan.\n\nOn the margins of the meeting, Minister Sara Lind held talks with Minister Omar Haddad.", 2, "Omar Haddad"},
		// "On the sidelines," with no gathering named: the one just told
		{"The Council of Ministers held its regular meeting in Tunis on 3 May 2024.\n\nOn the sidelines, Minister Sara Lind held bilateral talks with the Foreign Minister of Peru, Omar Haddad.", 2, "Omar Haddad"},
		{"The ministers met in Tunis on 3 May 2024 to review the plan. On its margins, Minister Sara Lind met Minister Omar Haddad.", 2, "Omar Haddad"},
		{"guard: the meeting told again is one: The ministers met in Tunis on 3 May 2024 to review the plan.\n\nThe meeting was chaired by Minister Sara Lind.", 1, ""},
	} {
		d := run(t, "x.txt", tc.text, "2024-11-02")
		ms := eventsOf(d, annals.Meeting)
		if len(ms) != tc.n {
			t.Errorf("%q: %d meetings, want %d: %v", tc.text, len(ms), tc.n, ms)
			continue
		}
		if tc.with == "" {
			continue
		}
		if slices.Contains(ms[0].Participants, tc.with) || !slices.Contains(ms[1].Participants, tc.with) {
			t.Errorf("%q: %s should be in the second meeting only: %v", tc.text, tc.with, ms)
		}
		if ms[1].Date != ms[0].Date || ms[1].Place != ms[0].Place {
			t.Errorf("%q: talks beside the meeting take its day and place: %v", tc.text, ms)
		}
	}
}

// TestSittingOfABody: "the 40th Regular Meeting of the Conference of
// Heads of Government, held in Saint Lucia from 3 to 5 July 2019" is one
// meeting, of a body called a conference, dated by the participle set
// off after the whole name; a head of government chairing it holds no
// office of the sitting. Made-up sentences.
func TestSittingOfABody(t *testing.T) {
	for _, tc := range []struct {
		text               string
		meetings, confs    int
		date, end, notRole string
	}{
		{"The decision was taken at the 40th Regular Meeting of the Conference of Heads of Government, held in Saint Lucia from 3 to 5 July 2019 and chaired by Prime Minister Allen Kastan.", 1, 0, "2019-07-03", "2019-07-05", "Allen Kastan"},
		{"The decision was taken at the 12th Regular Meeting of the Heads of Government, held in Saint Lucia from 3 to 5 July 2019.", 1, 0, "2019-07-03", "2019-07-05", ""},
		{"The Extraordinary Meeting of the Conference of Ministers opened in Dakar on 2 May 2019.", 1, 0, "2019-05-02", "", ""},
		{"guard: a session of a conference is the conference: The talks will go on at the 28th Session of the Conference of the Parties in Dubai on 2 December 2023.", 0, 1, "", "", ""},
		{"guard: a conference of its own: Ministers met in Dakar on 2 May 2019 ahead of the Conference of Ministers, to be held on 9 May 2019.", 1, 1, "2019-05-02", "", ""},
	} {
		d := run(t, "x.txt", tc.text, "2019-07-06")
		ms, cs := eventsOf(d, annals.Meeting), eventsOf(d, annals.Conference)
		if len(ms) != tc.meetings || len(cs) != tc.confs {
			t.Errorf("%q: %d meetings and %d conferences, want %d and %d: %v", tc.text, len(ms), len(cs), tc.meetings, tc.confs, d.Events)
			continue
		}
		if len(ms) > 0 && (string(ms[0].Date) != tc.date || string(ms[0].DateEnd) != tc.end) {
			t.Errorf("%q: dated %s..%s, want %s..%s", tc.text, ms[0].Date, ms[0].DateEnd, tc.date, tc.end)
		}
		for _, r := range d.Roles {
			if tc.notRole != "" && r.Person == tc.notRole {
				t.Errorf("%q: unwanted role %+v", tc.text, r)
			}
		}
	}
}

// TestMetAtAGathering: "The ministers met at the Fifth Session of the
// Regional Forum" tells one gathering, not a meeting beside it; someone
// met there ("with President X") is a meeting of its own. Made-up
// sentences.
func TestMetAtAGathering(t *testing.T) {
	checkGatherings(t, "2022-07-10", []gatheringCase{
		{"Ministers met at the Fifth Session of the Andean Regional Forum in Lima on 12 June 2022.", 0, 1},
		{"Ministers met at the 12th Andean Ministerial Conference in Quito on 3 May 2024.", 0, 1},
		{"The ministers met at the Annual Meeting, held in Lima on 3 July 2022.", 1, 0},
		{"Leaders met during the Andean Summit in Quito on 30 October 2021.", 0, 1},
		{"Leaders met at the Andean Summit in Quito on 30 October 2021 with President Ana Ruiz.", 1, 1},
		{"The ministers met on the margins of the Andean Summit in Quito on 30 October 2021.", 1, 1},
	})
}

// TestMeetingReferredWithOthers: "his meeting with Z in Dushanbe on 13
// April" after "In Astana, X met Y" is another meeting, not the first
// one told again (its date and Z are not the first meeting's); the same
// counterpart in the same city is the first told again. Made-up
// sentences.
func TestMeetingReferredWithOthers(t *testing.T) {
	for _, tc := range []struct {
		text     string
		meetings int
	}{
		{"In Astana, Osmani met President Aibek Tolen.\n\nAfter his meeting with President Emil Rahmanov in Dushanbe on 13 April, Osmani spoke to the press.", 2},
		{"In Astana, Osmani met President Aibek Tolen.\n\nOsmani spoke to the press in Dushanbe on 13 April, after his meeting with President Emil Rahmanov.", 2},
		{"In Astana, Osmani met President Aibek Tolen.\n\nAfter his meeting with President Tolen on 13 April, Osmani spoke to the press.", 1},
	} {
		d := run(t, "x.txt", tc.text, "2023-04-14")
		ms := eventsOf(d, annals.Meeting)
		if len(ms) != tc.meetings {
			t.Errorf("%q: %d meetings, want %d: %v", tc.text, len(ms), tc.meetings, ms)
			continue
		}
		for _, p := range ms[0].Participants {
			if tc.meetings == 2 && p == "Emil Rahmanov" {
				t.Errorf("%q: the first meeting has %s: %v", tc.text, p, ms[0])
			}
		}
	}
}

// TestSessionOfHeadsOfState: "The Authority of Heads of State and
// Government held its 64th Ordinary Session" is a summit, a conference;
// "ECOWAS Heads of State" in a headline is no place. Made-up sentences.
func TestSessionOfHeadsOfState(t *testing.T) {
	checkGatherings(t, "2023-12-10", []gatheringCase{
		{"The Authority of Heads of State and Government held its 64th Ordinary Session on Sunday in Abuja.", 0, 1},
		{"The Council of Ministers held its 64th Ordinary Session on Sunday in Abuja.", 1, 0},
	})
	d := run(t, "x.md", "---\ntitle: ECOWAS Heads of State hold 64th Ordinary Session in Abuja\n---\nThe leaders met in Abuja.", "2023-12-10")
	if names := entityNames(d, annals.Place); has(names, "ECOWAS Heads of State") {
		t.Errorf("places %v", names)
	}
}

// TestAlsoMetIsAnotherMeeting: "She also met Z" after a meeting with Y
// tells another meeting, with Z, on the day of the one before (not the
// story's day), not Z joining the first; "X met Y on Monday. X will also
// meet Z" keeps its own time. Made-up sentences.
func TestAlsoMetIsAnotherMeeting(t *testing.T) {
	checkApart(t, "2025-03-14", []apartCase{
		{"she also met", "Foreign Minister Ana Berg met with her Peruvian counterpart, Tom Vale, on Monday to discuss energy links. She also met the Secretary General of the Council, Paul Weiss.", annals.Meeting, 2, "Tom Vale", "Paul Weiss"},
		{"will also meet", "On Thursday, President Ana Ruiz will meet with President Paul Weiss of Chile at the Palace. Vice President Eva Lind will also meet separately with President Weiss at the Palace.", annals.Meeting, 2, "Ana Ruiz", "Eva Lind"},
		// guard: the same meeting told again
		{"guard: no also", "President Ana Ruiz met today with President Paul Weiss of Chile. Ruiz and Weiss met for two hours.", annals.Meeting, 1, "", ""},
	})
	cases := []struct{ name, text, pub, who, other, date string }{
		{"the day of the meeting before", "Foreign Minister Ana Berg met with her Peruvian counterpart, Tom Vale, on Monday to discuss energy links. She also met the Secretary General of the Council, Paul Weiss.", "2025-03-14", "Paul Weiss", "Tom Vale", "2025-03-10"},
		{"the day of the meeting to come", "On Thursday, September 26, President Ana Ruiz will meet with President Paul Weiss of Chile at the Palace. Vice President Eva Lind will also meet separately with President Weiss at the Palace.", "2024-12-02", "Eva Lind", "Ana Ruiz", "2024-09-26"},
		{"a meeting to come after one held keeps its time", "President Ana Ruiz met with President Paul Weiss of Chile on Monday. Ruiz will also meet with Prime Minister Eva Lind of Peru.", "2025-03-14", "Eva Lind", "Paul Weiss", "2025-03"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, annals.Date(tc.pub))
			for _, e := range d.Events {
				if e.Type == annals.Meeting && contains(e.Participants, tc.who) && !contains(e.Participants, tc.other) {
					if string(e.Date) != tc.date {
						t.Errorf("%q: meeting with %s dated %s, want %s", tc.text, tc.who, e.Date, tc.date)
					}
					return
				}
			}
			t.Fatalf("%q: no meeting with %s without %s: %+v", tc.text, tc.who, tc.other, d.Events)
		})
	}
}

// TestMeetAndExceed covers "meet" sharing a goal as its object with a
// verb of going beyond it: no meeting; and with a verb of talking
// together: a meeting ("meet and discuss the emission targets").
func TestMeetAndExceed(t *testing.T) {
	checkRules(t, []ruleCase{
		{"meet and exceed the standards", "2023-04-10", "Peru will attract the best candidates, who will meet and exceed the effective, accountable policing standards set by the Andean Council.", annals.Meeting, 0, "", ""},
		{"meet and surpass the targets", "2023-04-10", "The Andean Council said its members would meet and surpass the emission targets of the Lima Accord by 2030.", annals.Meeting, 0, "", ""},
		{"meet and discuss", "2023-04-10", "The ministers of the Andean Council will meet and discuss the emission targets in Lima on Monday.", annals.Meeting, 1, "", "Andean Council"},
	})
}
