package extract

import (
	"slices"
	"testing"

	"annals"
)

// partCase is a made-up sentence, the event it tells and who must and
// must not take part in it.
type partCase struct {
	name, text string
	typ        annals.EventType
	want, not  []string
}

// checkParts extracts each case's text, published on pub, and checks that
// an event of the case's type has every wanted participant and none of
// the unwanted ones.
func checkParts(t *testing.T, pub annals.Date, cases []partCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, pub)
			for _, e := range d.Events {
				if e.Type != tc.typ {
					continue
				}
				for _, w := range tc.want {
					if !contains(e.Participants, w) {
						t.Errorf("%q: %s participants %q lack %q", tc.text, e.Type, e.Participants, w)
					}
				}
				for _, w := range tc.not {
					if contains(e.Participants, w) {
						t.Errorf("%q: %s participants %q hold %q", tc.text, e.Type, e.Participants, w)
					}
				}
				return
			}
			t.Fatalf("%q: events %+v, want a %s", tc.text, d.Events, tc.typ)
		})
	}
}

// TestParticipantLists covers the countries of a long list: every one
// takes part, a country after a country being the next item, not the
// place's country.
func TestParticipantLists(t *testing.T) {
	checkParts(t, "2021-05-07", []partCase{
		{"ministers from a list", "Foreign ministers from Belize, the Bahamas, Grenada, Jamaica and Suriname took part in the call.",
			annals.Meeting, []string{"Belize", "Bahamas", "Grenada", "Jamaica", "Suriname"}, nil},
		{"ampersand names", "The Prime Minister of St. Vincent & the Grenadines and ministers from Antigua & Barbuda and Trinidad & Tobago participated in the call.",
			annals.Meeting, []string{"St. Vincent & the Grenadines", "Antigua & Barbuda", "Trinidad & Tobago"}, nil},
		{"a list far from the trigger", "Governments and organizations from every region, including the Andean Council, the Nordic Council, the African Union, the European Union and the World Bank, have come together today to condemn the attack.",
			annals.Speech, []string{"Andean Council", "Nordic Council", "African Union", "European Union", "World Bank"}, nil},
		{"countries after in stay places", "The Andean Council held talks with its partners in Austria, Hungary and Slovakia.",
			annals.Meeting, []string{"Andean Council"}, []string{"Austria", "Hungary", "Slovakia"}},
		{"a city and its country", "The ministers met in Rarotonga, Cook Islands, on Monday.",
			annals.Meeting, nil, []string{"Cook Islands"}},
	})
}

// TestCompoundSides covers the sides a hyphenated compound names in an
// event's name: each takes part, a region too, and none is the place.
func TestCompoundSides(t *testing.T) {
	checkParts(t, "2023-10-25", []partCase{
		{"summit", "Leaders reaffirmed the plan at the U.S.-EU summit on October 20, 2023.",
			annals.Conference, []string{"U.S.", "EU"}, nil},
		{"a region", "Kenya wants closer ties with the Caribbean region. The President will attend the Kenya-Caribbean Leaders Meeting on June 8.",
			annals.Meeting, []string{"Kenya", "Caribbean"}, nil},
		{"an agreement named by its sides", "Peru and Chile disagree on quotas. The ministry will suspend the 2015 Chile-Peru Fisheries Agreement.",
			annals.Agreement, []string{"Chile", "Peru"}, nil},
	})
	d := run(t, "x.txt", "Leaders reaffirmed the plan at the U.S.-EU summit on October 20, 2023.", "2023-10-25")
	for _, e := range d.Events {
		if e.Place == "U.S." || e.Place == "United States" {
			t.Errorf("%s place %q: a side of the compound is not the place", e.Type, e.Place)
		}
	}
}

// TestSentenceSubject covers the subject that opens a sentence after a
// fronted time and a long title: it takes part however far the trigger.
func TestSentenceSubject(t *testing.T) {
	checkParts(t, "2023-05-26", []partCase{
		{"after today and a long title", "Today, Deputy National Security Advisor for International Economics Mia Hart, together with officials of many governments and agencies and with the support of lenders, co-chaired the third meeting of the Steering Committee.",
			annals.Meeting, []string{"Mia Hart"}, nil},
	})
}

// TestParticipantClauses covers names in other clauses of the sentence:
// an event told in an aside or a fronted clause has that clause's names
// only, and an event told outside leaves out an aside's names.
func TestParticipantClauses(t *testing.T) {
	checkParts(t, "2023-04-04", []partCase{
		{"founding between dashes", "Fifty years ago today—as Kenya and nine other nations came together to form the Andean Council—President Ruto said that peace was near.",
			annals.Founding, []string{"Kenya", "Andean Council"}, []string{"Ruto"}},
		{"speech outside the dashes", "Fifty years ago today—as Kenya and nine other nations came together to form the Andean Council—President Ruto said that peace was near.",
			annals.Speech, []string{"Ruto"}, []string{"Kenya", "Andean Council"}},
		{"aside after a comma", "Ambassador Mia Hart's trip, as announced at the September 25th Kenya-African Union Summit in Nairobi, reaffirms President Ruto's commitment to Kenya.",
			annals.Conference, []string{"Kenya", "African Union"}, []string{"Mia Hart", "Ruto"}},
		{"a relative clause hangs on its name", "The Andean Council replaced the Nairobi Commission (NC), which had been founded in Nairobi on 25 May 1963.",
			annals.Founding, []string{"Nairobi Commission"}, nil},
		{"a relative clause with a possessive", "The Andean Council was founded in Lima, where its Charter was signed on 16 November 1969.",
			annals.Agreement, []string{"Andean Council"}, nil},
		{"fronted clause", "Noting the success of the Nairobi Ministerial held in Kenya, Mia Hart and Paul Weiss discussed closer cooperation.",
			annals.Meeting, nil, []string{"Mia Hart", "Paul Weiss"}},
		{"fronted verb of the subject", "Since signing the Nairobi Accord in 1994, Kenya has doubled its exports.",
			annals.Agreement, []string{"Kenya"}, nil},
		{"fronted clause about the subject", "In his April 2010 meeting with President Ruto, President Anders agreed to open the route.",
			annals.Meeting, []string{"Ruto", "Anders"}, nil},
		{"people far from the trigger", "The Andean Council says there have only been 12 deaths in Kenya so far, but there are 3,000 confirmed cases and 30,000 more Kenyans are sick.",
			annals.Speech, []string{"Andean Council"}, []string{"Kenya"}},
	})
}

// TestVisitHostAndWriter covers the country a visit is made to, which
// takes part unless the trip is to attend a gathering, and the writer who
// tells their own part in the first person.
func TestVisitHostAndWriter(t *testing.T) {
	checkParts(t, "2010-05-19", []partCase{
		{"visited country", "Foreign Minister Ayla Demir visited Kenya in May.",
			annals.Visit, []string{"Ayla Demir", "Kenya"}, nil},
		{"a city's country", "Kenya and Ghana are partners. Today I honor Ayla Demir, the Prime Minister of Ghana, on the occasion of her visit to Nairobi.",
			annals.Visit, []string{"Kenya"}, nil},
		{"a trip to attend", "Kenya and Ghana are partners. The minister will travel to Kenya on June 8 to participate in the Andean Council Leaders Meeting.",
			annals.Visit, nil, []string{"Kenya"}},
		{"a gathering's own name", "Ayla Demir will attend the Peru Recovery Conference in Lima next month.",
			annals.Conference, []string{"Ayla Demir"}, []string{"Peru Recovery Conference"}},
		{"a body named for its conferences", "Ayla Demir thanked the Peru Conference Secretariat on Saturday.",
			annals.Conference, []string{"Peru Conference Secretariat"}, nil},
		{"names of its own sentence first", "Today, the Andean Council added its voice to the chorus. I urge Peru’s military leaders to immediately release all those detained and restore the institutions associated with the transitional government, in line with the 2020 Lima Peace Agreement.",
			annals.Agreement, []string{"Peru"}, []string{"Andean Council"}},
		{"the office's holder in the possessive", "Vice President Ayla Demir met President Tomas Brenner today. The talks come before the Vice President’s upcoming trip to Kenya on June 8.",
			annals.Visit, []string{"Ayla Demir"}, []string{"Tomas Brenner"}},
	})
	d := run(t, "x.md", "# TRIBUTE\n\n`Mr. BEGICH — 19 May 2010`\n\n---\n\nI am honored to meet with Prime Minister Ayla Demir to discuss our mutual support for democracy.\n", "2010-05-19")
	for _, e := range d.Events {
		if e.Type == annals.Meeting {
			if !contains(e.Participants, "BEGICH") && !contains(e.Participants, "Begich") {
				t.Errorf("meeting participants %q lack the writer", e.Participants)
			}
			return
		}
	}
	t.Errorf("no meeting in %+v", d.Events)
}

// TestFoundingsListTheirSentence covers issue 9: a founding or an
// appointment lists only those its own clause gives, not the parties of
// the sentence's main clause ("no EU among ASEAN's 1967 founders") nor a
// later office holder the story names elsewhere; a back-reference brings
// the organization and the members listed with it, no one else.
func TestFoundingsListTheirSentence(t *testing.T) {
	checkParts(t, "2022-11-12", []partCase{
		{"no later holder in an appointment", "Secretary-General Paul Weiss of the Andean Council opened the session. It was also the first summit for the Secretary-General, a Kenyan diplomat appointed in 2018.",
			annals.Appointment, nil, []string{"Paul Weiss"}},
		{"the group and its members", "Kenya works with the United States within the Lake Basin Council, which is comprised of Kenya, Uganda, Rwanda and Tanzania. The group was created as a political and economic alliance.",
			annals.Founding, []string{"Lake Basin Council", "Uganda", "Rwanda", "Tanzania"}, []string{"United States"}},
	})
	checkParts(t, "2020-01-01", []partCase{
		{"founded in a clause after the main one", "Relations between the Andean Council and the European Union were formally established in 1977, ten years after the Council was founded in Lima on 8 August 1967 by Peru, Chile, Bolivia and Ecuador.",
			annals.Founding, []string{"Peru", "Chile", "Bolivia", "Ecuador"}, []string{"European Union"}},
		{"the founding's circumstance", "The Andean Council was founded on August 8, 1967, when representatives of Peru, Chile and Bolivia signed the Lima Declaration.",
			annals.Founding, []string{"Andean Council", "Peru", "Chile", "Bolivia"}, nil},
		{"the main event leaves the clause out", "Envoys of the Andean Council and the European Union met in Brussels in 1977, ten years after the Council was founded in Lima in 1967 by Peru and Chile.",
			annals.Meeting, []string{"European Union"}, []string{"Peru", "Chile"}},
	})
}

// TestOfficesAndOrgans covers an office named like an organization, whose
// organization takes part, and an organ acting for its parent.
func TestOfficesAndOrgans(t *testing.T) {
	checkParts(t, "2024-05-13", []partCase{
		{"an office held by a participant", "Foreign Minister Ayla Demir met with the United Nations High Commissioner for Refugees, Paul Weiss, on Friday.",
			annals.Meeting, []string{"Ayla Demir", "Paul Weiss", "United Nations"}, []string{"United Nations High Commissioner for Refugees", "Office of the United Nations High Commissioner for Refugees"}},
		{"a board for its bank", "The Andean Development Bank will lend more. Today, the Andean Development Bank Board voted to approve the establishment of a new Drought Fund.",
			annals.Founding, []string{"Andean Development Bank"}, nil},
	})
}

// TestFramesAndHosts covers the teller of an event ("announced that") and
// the one who reacts to it ("welcomes the appointment of"), who take no
// part, and the host of a gathering, who does though it is the place.
func TestFramesAndHosts(t *testing.T) {
	checkParts(t, "2021-08-24", []partCase{
		{"announced that", "Today, Foreign Minister Ayla Demir announced in Nairobi that Kenya is offering to host the African Union summit in 2023.",
			annals.Conference, []string{"Kenya", "African Union"}, []string{"Ayla Demir"}},
		{"announced that he", "Mr. Weiss also announced that he has designated Mia Hart as High Representative for the Andean Council.",
			annals.Appointment, []string{"Weiss", "Mia Hart"}, nil},
		{"welcomes the appointment", "Kenya welcomes the appointment of Paul Weiss as the next Executive Director of the Andean Council.",
			annals.Appointment, []string{"Paul Weiss", "Andean Council"}, []string{"Kenya"}},
		{"a city hosts", "Kenya joined the alliance in 2004. In April 2008, Nairobi hosted the largest African Union Summit in history.",
			annals.Conference, []string{"Kenya", "African Union"}, nil},
		{"the host is the subject", "China, which takes over the chairmanship from Kazakhstan, will host the next Andean Council summit next year.",
			annals.Conference, []string{"China"}, []string{"Kazakhstan"}},
	})
}

// TestSidesAndEnvoys covers a body named for its sides, whose sides take
// part in its meetings, and a person an envoy represents, who stays away
// while the country they lead takes part.
func TestSidesAndEnvoys(t *testing.T) {
	checkParts(t, "2023-11-01", []partCase{
		{"a body named for its sides", "Kenya and the European Union agreed to cooperate. Ministers backed the meeting next week of the Kenya-EU Trade Council, which will work on supply chains.",
			annals.Meeting, []string{"Kenya", "European Union"}, nil},
		{"an envoy represents a president", "President Paul Weiss of Kenya thanked the delegates. Ambassador Mia Hart will represent President Weiss at the African Union summit in Addis Ababa on November 10.",
			annals.Conference, []string{"Mia Hart", "Kenya"}, []string{"Paul Weiss"}},
	})
}

// TestTopicModifiers covers a name that only says what a thing is about
// or whose it is ("draft EU rules"): it takes no part.
func TestTopicModifiers(t *testing.T) {
	checkParts(t, "2022-10-19", []partCase{
		{"rules of a body", "The Andean Council adopted its position on draft EU rules on charging stations.",
			annals.Speech, []string{"Andean Council"}, []string{"EU", "European Union"}},
		{"leaders act", "EU leaders and the Andean Council met in Lima on Monday.",
			annals.Meeting, []string{"Andean Council", "EU"}, nil},
	})
}

// TestParticipationCues: those named after "convened by", "chaired by" or
// "with the participation of" take part, however far from the trigger.
func TestParticipationCues(t *testing.T) {
	checkParts(t, "2024-05-03", []partCase{
		{"convened and participation", "The Nordic-Pacific Task Force on Water Security met for the third time on May 2, 2024, convened by co-chairs Jane Roe, Special Envoy for Water and Sanitation of the Nordic Council, and Mark Poe, Head of Cabinet of the Pacific Commission, with the participation of Ann Doe, Senior Director for Climate and Energy at the National Security Council, and Kim Low, Director-General for Energy of the Pacific Commission.",
			annals.Meeting, []string{"Jane Roe", "Mark Poe", "Ann Doe", "Kim Low"}, nil},
	})
}

// TestHonorificOfMajesty covers "His Holiness" and "His Majesty" before a
// title and a name: honorifics, no part of the participant's name.
func TestHonorificOfMajesty(t *testing.T) {
	checkRules(t, []ruleCase{
		{"His Holiness", "2023-04-10", "On Monday, President Ana Ruiz met with His Holiness Pope Mateo in Lima.", annals.Meeting, 1, "2023-04-10", "Mateo"},
		{"His Majesty", "2023-04-10", "On Monday, President Ana Ruiz and His Majesty King Abdullah II met in Lima.", annals.Meeting, 1, "2023-04-10", "Abdullah II"},
	})
}

// TestToldAndPossessedNames: names in what an event is to show ("to
// highlight how X is ...") or after a possessive that makes them the
// qualifier of a thing ("her Ruizonomics agenda", "his State of the Union
// address") take no part; people after a possessive may ("our NATO
// allies").
func TestToldAndPossessedNames(t *testing.T) {
	checkParts(t, "2024-05-02", []partCase{
		{"how a president invests", "Today, Secretary Paul Weiss will travel to Lima to highlight how President Ana Ruiz is making investments in cities.", annals.Visit, []string{"Paul Weiss"}, []string{"Ana Ruiz"}},
		{"how a coined term works", "Today, President Ana Ruiz will visit Andean Steel in Lima to highlight how her Ruizonomics agenda is creating jobs.", annals.Visit, []string{"Ana Ruiz"}, []string{"Ruizonomics"}},
		{"a possessed address", "In his State of the Union address, President Paul Weiss called on Congress to act.", annals.Speech, []string{"Paul Weiss"}, []string{"State of the Union"}},
		{"guard: possessed allies", "President Paul Weiss met with our NATO allies in Lima on Monday.", annals.Meeting, []string{"Paul Weiss", "NATO"}, nil},
	})
}

// TestContrastClauseParties: the names of a clause about others set
// against the main one ("while lawmakers in Congress refuse ...", "even
// though the Supreme Court is ...") take no part in the main clause's
// event; "while in Lima", "while serving" refer to the subject.
func TestContrastClauseParties(t *testing.T) {
	checkParts(t, "2023-10-25", []partCase{
		{"a fronted while clause", "While extreme lawmakers in Congress have proposed cutting the grants, Secretary Ana Ruiz met with the Andean Labor Council on Monday.",
			annals.Meeting, []string{"Ana Ruiz", "Andean Labor Council"}, []string{"Congress"}},
		{"while others will", "Today, Secretary Ana Ruiz will meet with local leaders in Lima, while Labor Secretary Paul Weiss will tour the Andean Steel plant.",
			annals.Meeting, []string{"Ana Ruiz"}, []string{"Paul Weiss", "Andean Steel"}},
		{"while others refuse", "President Ana Ruiz signed the Andean Health Accord on Monday, while Republicans in Congress refuse to protect access to care.",
			annals.Agreement, []string{"Ana Ruiz"}, []string{"Congress"}},
		{"even though", "Advisor Ana Ruiz stressed that even though the Supreme Court is siding with special interests, the Andean Climate Council will meet in Lima next week.",
			annals.Meeting, []string{"Andean Climate Council"}, []string{"Supreme Court"}},
		{"guard: while in a country", "While in Peru, Secretary Ana Ruiz met with President Paul Weiss.",
			annals.Meeting, []string{"Ana Ruiz", "Paul Weiss"}, nil},
	})
}

// TestNoActorsFromTheSentenceBefore checks that an event whose sentence
// names organizations or people, none of whom takes part, does not take
// the sentence before's instead; a sentence naming no one still does.
func TestNoActorsFromTheSentenceBefore(t *testing.T) {
	checkParts(t, "2024-05-01", []partCase{
		{"a gathering's own name", "The Andean Council thanked Lima State University for its work. The beta version of the database will launch at the White House Andean Nations Summit.", annals.Conference, nil, []string{"Andean Council", "Lima State University"}},
		{"no one named", "The Andean Council met in Lima. Called “Represent Yourself,” the Twitter campaign urges people to vote.", annals.Campaign, []string{"Andean Council"}, nil},
		// a programme named by its own name, with no one in its sentence,
		// is only mentioned: those before run other things
		{"a named programme mentioned", "The Budget also invests $500 million in the Andean Housing Fund. The Rural Water Partnerships Program was launched to build wells in Peru.", annals.Programme, nil, []string{"Andean Housing Fund"}},
		{"a named programme described", "Ana Ruiz thanked the Lima Rotary Club for its grants. The Special Financial Assistance Program, launched last year, will protect millions of workers in Peru.", annals.Programme, nil, []string{"Ana Ruiz", "Lima Rotary Club"}},
		{"guard: a programme launched by the one named", "The Andean Council launched the Rural Water Partnerships Program in Lima in March 2024.", annals.Programme, []string{"Andean Council"}, nil},
		// the first person acts, not those named before
		{"I signed", "The Andean Council thanked Ana Ruiz for her work in Lima. I signed the Andean Safety Accord to improve hate crimes reporting in Peru.", annals.Agreement, nil, []string{"Andean Council", "Ana Ruiz"}},
	})
}

// TestNamedProgrammesApart checks that two programmes of two names stay
// two events when one of them has no participant to tell them apart by:
// "the Weatherization Assistance Program" is no report of "the State
// Energy Program" told before.
func TestNamedProgrammesApart(t *testing.T) {
	d := run(t, "x.txt", "On Monday the Andean Council launched the State Energy Program in Lima. The Rural Weatherization Assistance Program, launched in 2020, helps families in Peru reduce their energy bills.", "2024-05-01")
	var titles []string
	for _, e := range d.Events {
		if e.Type == annals.Programme {
			titles = append(titles, string(e.Title))
		}
	}
	if !has(titles, "State Energy Program") || !has(titles, "Rural Weatherization Assistance Program") {
		t.Errorf("programme titles %q, want both programmes", titles)
	}
}

// TestTwoLeadersAreNoOrganizations checks that "the two leaders" and
// "both leaders" bring in no organization: they are two people, not the
// two organizations the story names most (which "the two organizations"
// and "both sides" still bring in).
func TestTwoLeadersAreNoOrganizations(t *testing.T) {
	const before = "The Andean Water Fund and the Lima Rotary Club gave grants to farmers. The Andean Water Fund and the Lima Rotary Club thanked the farmers. "
	checkParts(t, "2023-11-01", []partCase{
		{"the two leaders", before + "President Ana Ruiz of Peru thanked President Paul Weiss of Chile for the grants. This will be the third meeting between the two leaders, building on their November 2022 meeting in Bali.",
			annals.Meeting, []string{"Ana Ruiz", "Paul Weiss"}, []string{"Andean Water Fund", "Lima Rotary Club"}},
		{"both leaders", before + "Both leaders agreed to launch a High Level Climate Ministerial between Peru and Chile.",
			annals.Meeting, []string{"Peru", "Chile"}, []string{"Andean Water Fund", "Lima Rotary Club"}},
		{"guard: the two organizations", before + "The two organizations agreed to hold a water conference in Lima next year.",
			annals.Conference, []string{"Andean Water Fund", "Lima Rotary Club"}, nil},
	})
}

// TestLawTakesNoPart checks that a law the tagger reads as an
// organization ("the Bipartisan Infrastructure Law") takes no part in an
// event, in its sentence or from the sentence before, while a body named
// for the law ("the Lima School of Law") does.
func TestLawTakesNoPart(t *testing.T) {
	checkParts(t, "2023-11-01", []partCase{
		{"a law's money", "Today, President Ana Ruiz and Minister Paul Weiss announced 391 awards of $1 billion from the Andean Infrastructure Law.", annals.Speech, []string{"Ana Ruiz"}, []string{"Andean Infrastructure Law"}},
		{"a law the sentence before named", "The Andean Infrastructure Law funds water projects in Peru. Meeting participants included mayors and governors.", annals.Meeting, nil, []string{"Andean Infrastructure Law"}},
		{"guard: a school of law", "Today, the Lima School of Law launched the Tenant Help Program in Lima.", annals.Programme, []string{"Lima School of Law"}, nil},
	})
}

// TestSummitTakesNoPart checks that a summit the tagger reads as an
// organization ("the Summit of the Andes") takes no part in another
// event: it is a gathering, no one who gathers.
func TestSummitTakesNoPart(t *testing.T) {
	checkParts(t, "2023-11-01", []partCase{
		{"during a summit", "During the Summit of the Andes, President Ana Ruiz and Minister Paul Weiss announced a new water fund for Peru.", annals.Speech, []string{"Ana Ruiz"}, []string{"Summit of the Andes"}},
		{"a summit the sentence before named", "The Summit of the Andes ended in Lima. Meeting participants included mayors and governors.", annals.Meeting, nil, []string{"Summit of the Andes"}},
	})
}

// TestDemonymOfAThing checks that a demonym that only says whose
// something is ("Chilean companies", "Chilean families") brings in no
// country, while one of a people or a body of the state does ("Chilean
// officials", "Chileans", "Peruvian and Chilean partners").
func TestDemonymOfAThing(t *testing.T) {
	const before = "Chile and Peru signed a water treaty. "
	checkParts(t, "2023-11-01", []partCase{
		{"companies", before + "Today, Minister Ana Ruiz of Peru met with CEOs of four Chilean companies in Lima.", annals.Meeting, []string{"Ana Ruiz"}, []string{"Chile"}},
		{"families", before + "Today, Minister Ana Ruiz of Peru warned that Chilean families face high water prices.", annals.Speech, []string{"Ana Ruiz"}, []string{"Chile"}},
		{"guard: officials", before + "Today, Minister Ana Ruiz of Peru met with Chilean officials in Lima.", annals.Meeting, []string{"Ana Ruiz", "Chile"}, nil},
		{"guard: the people", before + "Today, Minister Ana Ruiz of Peru met with Chileans living in Lima.", annals.Meeting, []string{"Chile"}, nil},
		{"guard: partners in a list", before + "Today, Minister Ana Ruiz will meet with our Bolivian and Chilean partners in Lima.", annals.Meeting, []string{"Chile"}, nil},
	})
}

// TestFrontedPronounSubject covers "he" or "she" as the subject after a
// fronted phrase: the person named before it in its paragraph takes part,
// not one an honorific tells of the other gender nor one joined to
// another pronoun.
func TestFrontedPronounSubject(t *testing.T) {
	checkParts(t, "2023-05-26", []partCase{
		{"after an adverb", "President Anders arrived in Warsaw on Monday. Later, he met President Duda.",
			annals.Meeting, []string{"Anders", "Duda"}, nil},
		{"after a place", "President Anders arrived in Poland on Monday. In Warsaw, he will meet with students of the Andean Council.",
			annals.Meeting, []string{"Anders"}, nil},
		{"not a second gentleman", "Vice President Mia Hart will travel to Bangkok. Second Gentleman Paul Weiss will also travel to Bangkok. In Manila, she will meet with government leaders.",
			annals.Meeting, []string{"Mia Hart"}, []string{"Paul Weiss"}},
		{"not one joined to a pronoun", "Mia Hart leads the fight. She and President Ruto have championed three orders. Additionally, she spoke at a 2022 meeting of the Andean Council.",
			annals.Meeting, []string{"Mia Hart"}, []string{"Ruto"}},
	})
}

// TestGatheringsSubject covers the country a gathering's name is about
// ("the Conference on X"): its subject, not a party.
func TestGatheringsSubject(t *testing.T) {
	checkParts(t, "2024-04-20", []partCase{
		{"conference on a country", "On Monday, Peru and Chile took part in the Andean Conference on Bolivia.",
			annals.Conference, []string{"Peru"}, []string{"Bolivia"}},
		{"conference for a country", "We welcome the outcomes of the Lima Conference for Bolivia, where donors pledged $2 billion.",
			annals.Conference, nil, []string{"Bolivia"}},
	})
}

// TestOpeningPronounSubject checks the person a "He" or "She" opening a
// sentence stands for: the subject of the sentence before when the others
// it names are objects of prepositions (the pronoun had been the last
// person named), and still the last named when that one is a verb's
// object, which the pronoun may stand for.
func TestOpeningPronounSubject(t *testing.T) {
	checkParts(t, "2024-03-12", []partCase{
		{"a call's counterpart", "Minister Juan Ruiz of Peru spoke today with Chilean Foreign Minister Pedro Soto. He condemned the attacks on the border.",
			annals.Speech, []string{"Juan Ruiz"}, []string{"Pedro Soto"}},
		{"a list after with", "Mr. Ruiz met with President Ana Soto, Minister of Defense Pedro Vidal, and other officials. He condemned the attacks on the border.",
			annals.Speech, []string{"Ruiz"}, []string{"Pedro Vidal"}},
		{"through another pronoun", "Minister Juan Ruiz of Peru spoke today with Foreign Minister Pedro Soto of Chile. He underlined the ties between the two countries. He condemned the attacks on the border.",
			annals.Speech, []string{"Juan Ruiz"}, []string{"Pedro Soto"}},
		// guards: a person in a fronted phrase is no subject; a verb's
		// object may be the one the pronoun stands for
		{"a fronted phrase", "In his audience with Pope Leo today, President Juan Ruiz of Peru thanked His Holiness. He condemned the attacks on the border.",
			annals.Speech, []string{"Juan Ruiz"}, []string{"Pope Leo"}},
		{"an invited guest", "Minister Ana Ruiz of Peru has invited Foreign Minister Pedro Soto of Chile to Lima. He will then visit Cusco on March 14.",
			annals.Visit, []string{"Pedro Soto"}, []string{"Ana Ruiz"}},
	})
}

// TestCountriesNamedAreActors: a sentence that names countries acting
// ("under the leadership of Peru, Chile and Bolivia, leaders gathered")
// takes no actors from the paragraph before; countries named as places
// ("in Lima, Peru") or qualifying people ("must be Peruvian citizens")
// do not stop it.
func TestCountriesNamedAreActors(t *testing.T) {
	checkParts(t, "2022-05-20", []partCase{
		{"countries leading", "Ana Ruiz and the Andean Liberation Front were responsible for many attacks.\n\nOn May 12, under the leadership of the United States, Belize, Germany, Indonesia, and Senegal, global leaders from across the world’s economies, civil society, and the private sector gathered for the 2<sup>nd</sup> Global Health Summit.",
			annals.Conference, nil, []string{"Ana Ruiz", "Andean Liberation Front"}},
		{"guard: a city's country", "President Ana Ruiz and President Paul Weiss will meet on Monday. This will be their third meeting, building on their 2021 meeting in Quito, Ecuador.",
			annals.Meeting, []string{"Ana Ruiz", "Paul Weiss"}, nil},
	})
}

// TestTwoOfficeHolders: "The two foreign ministers co-chaired ...", "the
// ministers signed ..." are the two people the story named with that
// office, not another met between; not "the ministers of the member
// states".
func TestTwoOfficeHolders(t *testing.T) {
	const two = "Foreign Minister Ana Ruiz of Peru paid an official visit to Chile on 12 March 2025 at the invitation of Foreign Minister Paul Weiss of Chile.\n\nDuring the visit, Minister Ruiz was received by President Eva Lind.\n\n"
	checkParts(t, "2025-03-14", []partCase{
		{"the ministers", two + "The ministers signed a Memorandum of Understanding on trade.", annals.Agreement, []string{"Ana Ruiz", "Paul Weiss"}, []string{"Eva Lind"}},
		{"guard: the ministers of the states", two + "The ministers of the member states signed a Memorandum of Understanding on trade.", annals.Agreement, nil, []string{"Paul Weiss"}},
	})
	d := run(t, "x.txt", two+"The two foreign ministers co-chaired the fourth session of the Peru-Chile Joint Commission.", "2025-03-14")
	found := false
	for _, e := range d.Events {
		if contains(e.Participants, "Peru-Chile Joint Commission") {
			found = true
			if !contains(e.Participants, "Ana Ruiz") || !contains(e.Participants, "Paul Weiss") || contains(e.Participants, "Eva Lind") {
				t.Errorf("the session's participants %q, want Ana Ruiz and Paul Weiss", e.Participants)
			}
		}
	}
	if !found {
		t.Errorf("no session in %+v", d.Events)
	}
}

// TestBorrowedParticipants covers the names a sentence telling no one
// takes from the sentence before: a guess that an event already told with
// its own participants does not take, unless the event was told in that
// very sentence.
func TestBorrowedParticipants(t *testing.T) {
	checkParts(t, "2024-09-02", []partCase{
		{"a close after another sentence", "NAIROBI, 2 September 2024 – UNICEF today appointed a new youth envoy at the opening of the Africa Youth Climate Summit. The envoy will work with the EU and the African Union on climate finance. The summit closes on 4 September.",
			annals.Conference, []string{"UNICEF"}, []string{"EU", "African Union"}},
		{"a later mention after another sentence", "The Nordic Council held its annual forum in Reykjavik on Monday. Later, Greenpeace and the Red Cross praised the Arctic statement. The forum ended with a dinner.",
			annals.Conference, []string{"Nordic Council"}, []string{"Greenpeace", "Red Cross"}},
		{"the names of the event's own sentence", "Yesterday, officials Maria Lindqvist, Deputy Director of the Arctic Policy Office at the Nordic Council, and Tomas Berg, Senior Adviser for Fisheries, as well as Minister Karin Holm, hosted the first-ever roundtable with fishing communities. The roundtable celebrated the Day of the Sea.",
			annals.Meeting, []string{"Karin Holm", "Maria Lindqvist"}, nil},
	})
}

// TestHeadingLabels covers a heading that opens a line and ends in a
// colon before the sentence it labels: its names take no part, unless it
// names who speaks (a transcript's label) or is the subject of what
// follows.
func TestHeadingLabels(t *testing.T) {
	checkParts(t, "2024-05-02", []partCase{
		{"a newspaper's name", "The Springfield Tribune: The Nordic Council announced new grants for coastal towns.",
			annals.Speech, []string{"Nordic Council"}, []string{"Springfield Tribune"}},
		{"a broadcaster with its city", "KXYZ (NBC Springfield, IL): Governor Ana Ruiz met with the Nordic Council on Monday.",
			annals.Meeting, []string{"Ana Ruiz", "Nordic Council"}, []string{"NBC Springfield"}},
		{"a heading naming a programme", "Arctic Fisheries Partnership: The Nordic Council signed an agreement with Greenland on May 1.",
			annals.Agreement, []string{"Nordic Council"}, []string{"Arctic Fisheries Partnership"}},
		{"a country of the heading", "Fisheries Partnership with Chile: Today, President Ana Ruiz and Prime Minister Lars Berg signed an agreement on fisheries.",
			annals.Agreement, []string{"Chile", "Ana Ruiz", "Lars Berg"}, nil},
		{"the label is the subject", "Andean Council: Will convene a meeting of ministers in June.",
			annals.Meeting, []string{"Andean Council"}, nil},
		{"a speaker's label", "Secretary Lars Halvorsen: We met with the Andean Council yesterday.",
			annals.Meeting, []string{"Lars Halvorsen", "Andean Council"}, nil},
		{"a colon after a verb", "The Harbour Daily Courier noted: The talks with the Nordic Council went well.",
			annals.Meeting, []string{"Nordic Council"}, nil},
	})
}

// TestAheadOfGathering covers a gathering named only as the time of
// another act ("ahead of the Summit", "in the leadup to the Summit"):
// those who act before it take no part in it as told, the names of its own
// name do.
func TestAheadOfGathering(t *testing.T) {
	checkParts(t, "2023-06-05", []partCase{
		{"in the leadup to", "The Vice President conveyed her intention to work with Nordic Bank shareholders and President Ruiz in the leadup to the September G20 Leaders Summit.",
			annals.Conference, []string{"G20"}, []string{"Nordic Bank", "Ruiz"}},
		{"in advance of", "President Ana Ruiz spoke today with Prime Minister Lars Berg of Norway in advance of the Arctic Council Summit in Tromso.",
			annals.Conference, []string{"Arctic Council"}, []string{"Ana Ruiz", "Lars Berg", "Norway"}},
		{"at the summit", "Prime Minister Lars Berg of Norway met President Ana Ruiz at the Arctic Council Summit in Tromso.",
			annals.Conference, []string{"Arctic Council", "Lars Berg"}, nil},
	})
}

// TestSpeakerCapacity covers the office a speaker names themselves by,
// down to the body its body sits in: no party to the event; an office
// that is no speaker's own ("to serve as") names a body that is.
func TestSpeakerCapacity(t *testing.T) {
	checkParts(t, "2023-06-05", []partCase{
		{"a subcommittee in a council", "I rise today as Chairman of the Subcommittee on Europe in the Nordic Council, to welcome Chilean Foreign Minister Pablo Soto to Norway.",
			annals.Visit, []string{"Pablo Soto"}, []string{"Nordic Council"}},
		{"the speaker's own body", "I rise today as Chairman of the Nordic Council to welcome Chilean Foreign Minister Pablo Soto to Norway.",
			annals.Visit, []string{"Pablo Soto"}, []string{"Nordic Council"}},
	})
}

// TestVisitorsCountry covers the visitor's side of a visit abroad: the
// country whose office a visiting person holds takes part with the
// country visited; not on a trip to a place the story does not place, or
// to attend a gathering.
func TestVisitorsCountry(t *testing.T) {
	checkParts(t, "2025-03-14", []partCase{
		{"an apposed office", "Today I honor Madame Ana Kovac, the Prime Minister of Slovenia, on the occasion of her visit to Washington, DC, the capital of the United States.",
			annals.Visit, []string{"Ana Kovac", "Slovenia", "United States"}, nil},
		{"an office told before", "Prime Minister Ana Kovac of Slovenia spoke on Monday. Kovac later travelled to Berlin, where she met Chancellor Otto Brandt of Germany.",
			annals.Visit, []string{"Ana Kovac", "Slovenia", "Germany"}, nil},
		{"a possessive office", "Chile's Foreign Minister Pablo Soto paid an official visit to Senegal on 12 March.",
			annals.Visit, []string{"Pablo Soto", "Chile", "Senegal"}, nil},
		{"a place unplaced", "Prime Minister Ana Kovac of Slovenia spoke on Monday. Kovac will visit the Krka Dairy Farm today.",
			annals.Visit, []string{"Ana Kovac"}, []string{"Slovenia"}},
		{"a trip to a gathering", "Prime Minister Ana Kovac of Slovenia spoke on Monday. Kovac will travel to Nairobi, Kenya to attend the Forum.",
			annals.Visit, []string{"Ana Kovac"}, []string{"Slovenia"}},
	})
}

// TestVisitorBy covers a visit whose noun names its visitor after "by"
// ("an upcoming trip to Portugal by President X"): the visitor takes
// part, not the one who tells of it nor those of another clause.
func TestVisitorBy(t *testing.T) {
	checkParts(t, "2025-03-14", []partCase{
		{"a trip told by another", "Secretary Anna Berg announced an upcoming trip to Portugal by President Tom Vale, and together with Portuguese Minister of Foreign Affairs Jon Park released a Joint Statement.",
			annals.Visit, []string{"Tom Vale", "Portugal"}, []string{"Anna Berg", "Jon Park"}},
		{"a visit noted", "President Ana Ruiz also noted the November visit by Vice President Tom Vale to Paris as a key opportunity to deepen cooperation.",
			annals.Visit, []string{"Tom Vale"}, []string{"Ana Ruiz"}},
		{"a visit welcomed", "The Ministry of Foreign Affairs of Ghana welcomed a visit to Ghana by Sweden's Foreign Minister Lena Holm next week.",
			annals.Visit, []string{"Lena Holm", "Sweden", "Ghana"}, []string{"Ministry of Foreign Affairs of Ghana"}},
		{"by bus", "Governor Ann Lee made a trip to Toledo by bus with Mayor Tom Vale.",
			annals.Visit, []string{"Ann Lee"}, nil},
	})
}

// TestOwnSpeechOfAPronoun covers a speech its maker owns, told by a
// pronoun ("she said in her acceptance speech", "In his acceptance
// speech, he thanked"): the one the pronoun stands for makes it, not the
// body the sentence before names beside them.
func TestOwnSpeechOfAPronoun(t *testing.T) {
	checkParts(t, "2025-03-14", []partCase{
		{"said in her speech", "Dr. Maria Lind received the prize from the Nordic Foundation on Monday. \"This honour belongs to my team,\" she said in her acceptance speech.",
			annals.Speech, []string{"Maria Lind"}, []string{"Nordic Foundation"}},
		{"a preposition's object before", "The prize was awarded on Monday by the Nordic Foundation to Tom Vale, a doctor from Chile. \"This honour belongs to my team,\" he said in his acceptance speech.",
			annals.Speech, []string{"Tom Vale"}, []string{"Nordic Foundation"}},
		{"a fronted speech", "President Ana Ruiz received the prize from the Nordic Foundation on Monday. In her acceptance speech, she thanked the Andean Council.",
			annals.Speech, []string{"Ana Ruiz"}, []string{"Nordic Foundation"}},
		{"no pronoun subject", "The Nordic Foundation thanked Tom Vale for his speech on Monday.",
			annals.Speech, []string{"Tom Vale"}, nil},
	})
}

// TestAideServesNoParty covers an aide's office that names the one
// served ("Assistant to the President", "Senior Advisor to the
// Minister"): that one takes no part in what the aide does; "the
// President" on its own is still the story's President.
func TestAideServesNoParty(t *testing.T) {
	checkParts(t, "2025-03-14", []partCase{
		{"an aide's title before the name", "President Ana Ruiz of Peru spoke on Monday. Assistant to the President for National Security Affairs Tom Vale met with Foreign Minister Lin Bo of Chile on August 11.",
			annals.Meeting, []string{"Lin Bo"}, []string{"Ana Ruiz"}},
		{"an aide's title after the name", "President Ana Ruiz of Peru spoke on Monday. Yesterday, Lena Holm, Deputy Assistant to the President and Senior Advisor, met with business leaders in Ohio.",
			annals.Meeting, []string{"Lena Holm"}, []string{"Ana Ruiz"}},
		{"the President herself", "President Ana Ruiz of Peru spoke on Monday. The President met with Foreign Minister Lin Bo of Chile on August 11.",
			annals.Meeting, []string{"Lin Bo", "Ana Ruiz"}, nil},
	})
}

// TestVisitOwner covers a visit its owner's possessive names ("the
// President's recent travel", "Prime Minister X's visit"): the owner
// makes it, not the subject of the verb that tells of it; an owner "of"
// a country is the one named before "of".
func TestVisitOwner(t *testing.T) {
	checkParts(t, "2025-03-14", []partCase{
		{"a name's visit", "The Nordic Council discussed Secretary Tom Vale's upcoming trip to Chile.",
			annals.Visit, []string{"Tom Vale", "Chile"}, []string{"Nordic Council"}},
		{"another's visit told", "President Ana Ruiz spoke today with Prime Minister Tom Vale of Chile about the Prime Minister's recent visit to Kenya.",
			annals.Visit, []string{"Tom Vale"}, []string{"Ana Ruiz"}},
		{"one of a country", "The Minister took the opportunity of His Majesty King Karl of Sweden's visit to the Andean Council to invite him to the talks.",
			annals.Visit, []string{"Karl"}, nil},
		{"a visit of one's own", "President Ana Ruiz welcomed Prime Minister Tom Vale of Chile for his official visit to Lima.",
			annals.Visit, []string{"Tom Vale", "Chile"}, nil},
	})
}

// TestLeaderPossessiveNoParticipant: a leader named in the possessive
// before his war or his rule ("because of Putin’s war") is what the
// event is about; he takes no part in it. Made-up sentences.
func TestLeaderPossessiveNoParticipant(t *testing.T) {
	checkParts(t, "2023-05-01", []partCase{
		{"because of a war", "On Sunday, the First Lady will meet with Ukrainian mothers and children who have been forced to flee their home country because of Putin’s war.",
			annals.Meeting, nil, []string{"Putin"}},
		{"a visit", "The Secretary will travel to Poland on Friday to visit families displaced by Putin’s invasion.",
			annals.Visit, []string{"Poland"}, []string{"Putin"}},
		{"guard: the leader meets", "President Putin will meet Prime Minister Ana Ruiz of Peru in Moscow on Friday.",
			annals.Meeting, []string{"Putin"}, nil},
	})
}

// TestFrontedFrame covers a fronted frame of time or cause ("Under
// President X, ...", "Thanks to X's agenda, ...", "Since X took office,
// ..."): its names take no part in the event told after its comma; those
// "under the leadership of" whom it is done do.
func TestFrontedFrame(t *testing.T) {
	checkParts(t, "2025-03-14", []partCase{
		{"under a president", "Under President Ana Ruiz, the Andean Council has signed an agreement with the Nordic Council.",
			annals.Agreement, []string{"Andean Council", "Nordic Council"}, []string{"Ana Ruiz"}},
		{"since taking office", "Since President Ana Ruiz took office, the Andean Council has hosted a summit on water in Lima.",
			annals.Conference, []string{"Andean Council"}, []string{"Ana Ruiz"}},
		{"thanks to an agenda", "Thanks to President Ana Ruiz's agenda, the Andean Council will visit Chile next week.",
			annals.Visit, []string{"Andean Council"}, []string{"Ana Ruiz"}},
		{"under the leadership of", "Under the leadership of the Andean Council, Chile and Peru signed an agreement on water.",
			annals.Agreement, []string{"Andean Council", "Chile", "Peru"}, nil},
	})
}

// TestTitledPeopleList covers a list of people each named with an office
// (and a country after "of"): all take part when one of them stands near
// the trigger, as a list of bare names does. Made-up sentences.
func TestTitledPeopleList(t *testing.T) {
	checkParts(t, "2024-05-01", []partCase{
		{"leaders of countries", "President Tom Vale will take part in the third Nordic Leaders' meeting with Prime Minister Ana Ruiz of Chile, Prime Minister Jon Park of Portugal, and Prime Minister Lena Holm of Sweden.",
			annals.Conference, []string{"Ana Ruiz", "Chile", "Lena Holm", "Sweden"}, nil},
		{"a subject of offices", "Today, Environment Agency Administrator Tom Vale, Secretary of the Interior Ana Ruiz, Agriculture Secretary Jon Park and Director Lena Holm announced a Memorandum of Understanding to further their joint work on wildfire smoke.",
			annals.Agreement, []string{"Tom Vale", "Ana Ruiz", "Lena Holm"}, nil},
		{"set off by dashes", "Today, we—Prime Minister Ana Ruiz of Chile, Prime Minister Jon Park of Portugal, Prime Minister Lena Holm of Sweden, and President Tom Vale of Kenya—met for the fourth Nordic Leaders Summit in Nairobi.",
			annals.Meeting, []string{"Ana Ruiz", "Chile", "Jon Park", "Portugal", "Tom Vale", "Kenya"}, nil},
		{"guard: others in another sentence", "Prime Minister Ana Ruiz of Chile met President Tom Vale of Kenya in Nairobi on Monday. Foreign Minister Jon Park of Portugal said that the talks on trade and fisheries between the two leaders, who had spoken by phone in March, went well, according to Trade Minister Lena Holm of Sweden.",
			annals.Meeting, []string{"Ana Ruiz", "Tom Vale"}, []string{"Jon Park", "Portugal"}},
	})
}

// TestNextOfASeries: the coming gathering of a series ("The next Global
// Forum will take place in Riyadh") is the series' bodies', those of the
// one the story told before; not the countries or people the sentence
// before names (who founded the body, who opened this one).
func TestNextOfASeries(t *testing.T) {
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"The Alpine Alliance held its 10th Global Forum in Cascais, opened by Chair Anna Moreau. The Alliance was established in 2005 at the initiative of Spain and Portugal. The next Global Forum will take place in Riyadh in 2026.",
			[]string{"Alpine Alliance"}, []string{"Spain", "Portugal", "Anna Moreau"}},
		{"The Nordic Council held its annual summit in Oslo with Iceland. Its next summit will be held in Reykjavik in 2027.",
			[]string{"Nordic Council"}, []string{"Iceland"}},
		{"The Baltic Youth Forum, organized by the Harbour League and UNICEF, gathered 200 young people in Riga. In her speech, Ms. Laine Ozola urged them to vote. The next edition of the Forum will be held in Tallinn in 2026.",
			[]string{"Harbour League", "UNICEF"}, []string{"Laine Ozola"}},
		{"The Coral Council held its annual conference in Suva, opened by Chair Mele Tonga. The following session of the Conference will take place in Apia in 2027.",
			[]string{"Coral Council"}, []string{"Mele Tonga"}},
	} {
		checkLastPlannedParts(t, "2024-11-28", tc.text, tc.want, tc.not)
	}
}

// checkLastPlannedParts extracts text, published on pub, and checks that
// the last planned event it tells has the participants want and none of
// not.
func checkLastPlannedParts(t *testing.T, pub annals.Date, text string, want, not []string) {
	t.Helper()
	d := run(t, "x.txt", text, pub)
	var last *annals.Event
	for i := range d.Events {
		if d.Events[i].Status == annals.Planned {
			last = &d.Events[i]
		}
	}
	if last == nil {
		t.Errorf("%q: no planned event in %v", text, d.Events)
		return
	}
	for _, w := range want {
		if !slices.Contains(last.Participants, w) {
			t.Errorf("%q: %s not in %v", text, w, last.Participants)
		}
	}
	for _, n := range not {
		if slices.Contains(last.Participants, n) {
			t.Errorf("%q: %s in %v", text, n, last.Participants)
		}
	}
}

// TestPluralOfficeParticipants covers the countries whose officers in the
// plural take part: "the Ministers of Austria and Hungary met" is a
// meeting of Austria and Hungary, "attended by Heads of State and
// Government from" brings the countries named after "from". Made-up
// sentences.
func TestPluralOfficeParticipants(t *testing.T) {
	checkParts(t, "2024-05-01", []partCase{
		{"ministers of countries", "The Ministers of Austria and Hungary met in Vienna on Monday to discuss the Danube.",
			annals.Meeting, []string{"Austria", "Hungary"}, []string{"Ministers of Austria"}},
		{"heads of state from countries", "The summit was attended by Heads of State and Government from Austria, Chile and Kenya.",
			annals.Conference, []string{"Austria", "Chile", "Kenya"}, []string{"Heads of State and Government"}},
		{"guard: visitors from countries", "The summit in Vienna on Monday was attended by tourists from Chile and Kenya.",
			annals.Conference, nil, []string{"Chile", "Kenya"}},
	})
}

// TestTheTwoCountries: "the two countries", "both governments" stand for
// the story's two countries named before them, when it names exactly
// two, told together in one sentence; with three named, or two never told
// together, not those.
func TestTheTwoCountries(t *testing.T) {
	checkParts(t, "2023-03-09", []partCase{
		{"two named", "Deputy Minister Omer Balik received the Ambassador of Kazakhstan to Türkiye on 8 March. Mr. Balik also welcomed the agreement on road transport signed by the two countries in Istanbul in October 2022.",
			annals.Agreement, []string{"Kazakhstan", "Türkiye"}, nil},
		{"both governments", "Chile and Peru held talks on water. Minister Ana Ruiz said the agreement on fisheries was signed by both governments in Lima in May.",
			annals.Agreement, []string{"Chile", "Peru"}, nil},
		{"two never told together", "The United States opened a school in Texas. Minister Ana Ruiz toured Chile in May. Minister Ana Ruiz said the agreement on fisheries was signed by both governments in Lima in May.",
			annals.Agreement, nil, []string{"Chile", "United States"}},
		{"three named", "Chile, Peru and Bolivia held talks on water. Minister Ana Ruiz said the agreement on fisheries was signed by the two countries in Lima in May.",
			annals.Agreement, nil, []string{"Chile", "Peru", "Bolivia"}},
	})
}

// TestTitledListOfCountries covers a long list of offices each of a
// country ("the Foreign Minister of Austria, the Minister of Trade of
// Chile, ..."): every country takes part, however far the list runs from
// the trigger. Made-up sentences.
func TestTitledListOfCountries(t *testing.T) {
	checkParts(t, "2024-05-06", []partCase{
		{"five offices of countries", "Secretary Lena Holm met on Tuesday in Geneva with the Foreign Minister of Austria, the Minister of Trade of Chile, the Minister of Energy of Kenya, the Deputy Foreign Minister of Peru and the Foreign Minister of Sweden to discuss energy security.",
			annals.Meeting, []string{"Lena Holm", "Austria", "Chile", "Kenya", "Peru", "Sweden"}, nil},
		{"offices and names", "Minister Tom Vale hosted a meeting in Lima on Monday with the Minister of Foreign Affairs of Bolivia, the Minister of Finance of Ecuador, the Vice Minister of Trade of Paraguay and the Minister of Mines of Uruguay on the lithium trade.",
			annals.Meeting, []string{"Tom Vale", "Bolivia", "Ecuador", "Paraguay", "Uruguay"}, nil},
		{"guard: short list", "Secretary Lena Holm met the Foreign Minister of Austria and the Minister of Trade of Chile on Tuesday.",
			annals.Meeting, []string{"Lena Holm", "Austria", "Chile"}, nil},
		{"guard: a place after a title's body", "Secretary Lena Holm met the Foreign Minister of Austria on Tuesday, ahead of a long tour of the Museum of Modern Art of Chile by her delegation to see its collection of photographs of Kenya.",
			annals.Meeting, []string{"Lena Holm", "Austria"}, []string{"Kenya"}},
	})
}

// TestFrontedEventApart covers a fronted clause that tells an event of
// its own: "Following his speech at X, President A met B" is a speech of
// A's alone (what is done after it is not part of it) and a meeting of A
// and B (not of X); "As A called for at the Summit, B and C signed" is
// B's and C's agreement. What is done "during" a trip is part of it.
// Made-up sentences.
func TestFrontedEventApart(t *testing.T) {
	checkParts(t, "2024-05-07", []partCase{
		{"speech before a meeting", "Following his speech at the University of Vienna, President Tom Vale of Chile met Chancellor Anna Berg of Austria on Monday.",
			annals.Speech, []string{"Tom Vale"}, []string{"Anna Berg", "Austria"}},
		{"meeting after a speech", "Following his speech at the University of Vienna, President Tom Vale of Chile met Chancellor Anna Berg of Austria on Monday.",
			annals.Meeting, []string{"Tom Vale", "Anna Berg", "Austria"}, []string{"University of Vienna"}},
		{"remarks before joining others", "After her remarks, Minister Lena Holm joined Tom Vale and Anna Berg to answer questions from mayors on Monday.",
			annals.Speech, []string{"Lena Holm"}, []string{"Tom Vale", "Anna Berg"}},
		{"agreement after a summit's call", "As Minister Tom Vale called for at last year's Andean Leaders' Summit, Chile and Peru signed an agreement on fisheries on Monday.",
			annals.Agreement, []string{"Chile", "Peru"}, []string{"Tom Vale"}},
		{"guard: during a visit", "During his visit to Lima on Monday, President Tom Vale signed trade agreements with Peru and Bolivia.",
			annals.Visit, []string{"Tom Vale", "Peru", "Bolivia"}, nil},
		{"guard: during their meeting", "During their meeting in Lima on Monday, President Tom Vale and President Ana Ruiz discussed the ties between Chile and Peru.",
			annals.Meeting, []string{"Tom Vale", "Ana Ruiz", "Chile", "Peru"}, nil},
		{"guard: a possessive with no subject", "Following his trip to Lima on Monday, newspapers across Chile covered President Tom Vale's remarks on trade.",
			annals.Visit, []string{"Tom Vale"}, nil},
	})
}

// TestHomonymCountryAtHome covers a country's name that is also a place
// of another country, in a story that names that other country's places
// and none of the homonym's country: "travel to Georgia" in a story of
// Pittsburgh and Ohio is a trip within the United States, Georgia no
// party to it; with Tbilisi named, or "the President of Georgia", or no
// other place, the country. Made-up sentences.
func TestHomonymCountryAtHome(t *testing.T) {
	checkParts(t, "2024-05-07", []partCase{
		{"a state among the story's cities", "The Vice President will travel to Georgia on Friday to highlight investments in clean energy. On Monday she visited Pittsburgh and Columbus.",
			annals.Visit, nil, []string{"Georgia"}},
		{"a governor's state", "Administrator Anna Berg held calls with Governor Tom Vale of Georgia and Governor Jon Park of Ohio, and she visited Ohio on Monday.",
			annals.Visit, []string{"Anna Berg"}, []string{"Georgia"}},
		{"guard: the country's capital named", "Secretary Lena Holm will travel to Georgia on Friday. She will meet President Tom Vale in Tbilisi. On Monday she visited Pittsburgh.",
			annals.Visit, []string{"Lena Holm", "Georgia"}, nil},
		{"guard: the country's president", "Secretary Lena Holm will travel to Georgia on Friday to meet the President of Georgia. She visited Ohio on Monday.",
			annals.Visit, []string{"Lena Holm", "Georgia"}, nil},
		{"guard: no other place", "Secretary Lena Holm will travel to Georgia on Friday to meet Prime Minister Tom Vale.",
			annals.Visit, []string{"Lena Holm", "Georgia"}, nil},
	})
}

// TestPronounNotTheOneMet covers a "he" or "she" after a sentence in
// which its person met another named as the verb's object: "Secretary X
// met Prime Minister Y in Tbilisi. Later, she visited Yerevan" is X's
// trip, as "met with Y" already was; one welcomed is still the next
// sentence's traveller. Made-up sentences.
func TestPronounNotTheOneMet(t *testing.T) {
	cases := []struct {
		name, text, place string
		want, not         []string
	}{
		{"fronted pronoun after met", "Secretary Lena Holm met Prime Minister Tom Vale in Tbilisi on Monday. Later, she visited Yerevan.",
			"Yerevan", []string{"Lena Holm"}, []string{"Tom Vale"}},
		{"opening pronoun after meet", "Secretary Lena Holm will travel to Georgia on Monday to meet Prime Minister Tom Vale. She will visit Armenia on Tuesday.",
			"Armenia", []string{"Lena Holm"}, []string{"Tom Vale"}},
		{"the one met named after an office", "Minister Anna Berg met the Foreign Minister of Hungary, Jon Park, in Vienna on Monday. Later, she visited Linz.",
			"Linz", []string{"Anna Berg"}, []string{"Jon Park"}},
		{"guard: the guest welcomed", "Secretary Lena Holm welcomed President Tom Vale to Washington on Monday. He will travel to New York on Tuesday.",
			"New York", []string{"Tom Vale"}, []string{"Lena Holm"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, "2024-05-07")
			for _, e := range d.Events {
				if e.Type != annals.Visit || string(e.Place) != tc.place {
					continue
				}
				for _, w := range tc.want {
					if !slices.Contains(e.Participants, w) {
						t.Errorf("%q: visit to %s %q lacks %q", tc.text, tc.place, e.Participants, w)
					}
				}
				for _, n := range tc.not {
					if slices.Contains(e.Participants, n) {
						t.Errorf("%q: visit to %s %q holds %q", tc.text, tc.place, e.Participants, n)
					}
				}
				return
			}
			t.Fatalf("%q: events %+v, want a visit to %s", tc.text, d.Events, tc.place)
		})
	}
}

// TestWhatIsMadeTakesNoPart: a body a sentence sets up ("a decision to
// establish the X Fund") is no party of the gathering the sentence tells
// far from its name. Made-up sentences.
func TestWhatIsMadeTakesNoPart(t *testing.T) {
	checkParts(t, "2024-11-02", []partCase{
		{"decision to establish",
			"The Ministers adopted the draft agenda of the upcoming Summit of Heads of State, scheduled to take place in Bishkek on 6 November 2024, and approved 14 documents, including a decision to establish the Steppe Investment Fund.",
			annals.Conference, nil, []string{"Steppe Investment Fund"}},
		{"agreed to set up",
			"The leaders will meet again at the Lakes Summit in Kampala on 3 March 2025, where they agreed to set up the Great Lakes Water Council.",
			annals.Conference, nil, []string{"Great Lakes Water Council"}},
		{"a founder far from the trigger stays",
			"I urge Sudan's military leaders to return to the table in line with the 2020 Juba Peace Agreement.",
			annals.Agreement, []string{"Sudan"}, nil},
	})
}

// TestTellerOfALongClause: the one who says that an event will be held
// takes no part in it, however long the clause told after "that" before
// the event's word; a reaction far from its object, a clause cut by a
// comma and the teller named as a party keep theirs. Made-up sentences.
func TestTellerOfALongClause(t *testing.T) {
	checkParts(t, "2025-03-14", []partCase{
		{"said that, far",
			"Minister Tom Vale said that the Andean Council would adopt a joint declaration on river transport at its next meeting in Lima.",
			annals.Meeting, []string{"Andean Council"}, []string{"Tom Vale"}},
		{"announced that, far",
			"Minister Ana Berg announced that the members of the Nordic Council and the Baltic Assembly will review the new rules on fishing quotas at a summit in Riga next month.",
			annals.Conference, []string{"Nordic Council"}, []string{"Ana Berg"}},
		// guards: the teller a party; a comma in the clause; a reaction
		// verb far back
		{"guard: the teller hosts",
			"Minister Tom Vale said that he would host the members of the Andean Council at a meeting in Lima next month.",
			annals.Meeting, []string{"Tom Vale"}, nil},
		{"guard: welcomed far back",
			"Minister Tom Vale welcomed Foreign Minister Ana Berg of Peru to Lima on Monday and the two ministers then held a long meeting.",
			annals.Meeting, []string{"Tom Vale", "Ana Berg"}, nil},
	})
}

// TestAlsoTookPart covers people and bodies a sentence after a meeting or
// a conference, in its paragraph, names as also taking part: they are its
// participants, with the countries of the sentence's subject.
func TestAlsoTookPart(t *testing.T) {
	checkParts(t, "2024-05-10", []partCase{
		{"also took part",
			"Minister Tom Vale of Peru met Foreign Minister Ana Berg of Chile in Lima on Monday. The Minister of Defence of Bolivia, Paul Weiss, and the Ambassador of Ecuador, Maria Soto, also took part.",
			annals.Meeting, []string{"Tom Vale", "Ana Berg", "Paul Weiss", "Maria Soto", "Bolivia", "Ecuador"}, nil},
		{"were also present",
			"The Andean Council held a conference on water security in Lima on 3 May. Health ministers from Ghana, Kenya and Uruguay were also present.",
			annals.Conference, []string{"Andean Council", "Ghana", "Kenya", "Uruguay"}, nil},
		{"also participated in the talks",
			"Foreign ministers of the Andean Council met in Quito on Tuesday to discuss the floods. Paul Weiss and Maria Soto also participated in the talks.",
			annals.Meeting, []string{"Andean Council", "Paul Weiss", "Maria Soto"}, nil},
		{"the gathering told again in another paragraph",
			"Minister Tom Vale of Peru today opened a conference on water security in Lima.\n\nThe conference brings together 150 experts from Chile and Peru. The Secretary General of the Andean Council, Paul Weiss, also took part.",
			annals.Conference, []string{"Tom Vale", "Paul Weiss"}, nil},
		// guards: another event told between; another thing taken part in
		{"guard: another event between",
			"Minister Tom Vale met Foreign Minister Ana Berg in Lima on Monday. On Tuesday, Vale visited a school in Cusco. Paul Weiss also took part.",
			annals.Meeting, []string{"Tom Vale"}, []string{"Paul Weiss"}},
		{"guard: another thing",
			"Minister Tom Vale met Foreign Minister Ana Berg in Lima on Monday. Paul Weiss also took part in the march.",
			annals.Meeting, []string{"Tom Vale"}, []string{"Paul Weiss"}},
	})
}

// TestNextOfASeriesOfItsKind: "The next ministerial session", "the next
// annual meeting": a word of the gathering's kind between "next" and its
// noun still tells the coming one of a series, the series' bodies' (those
// of the gathering told with that noun), not the people of the sentence
// before. Made-up sentences.
func TestNextOfASeriesOfItsKind(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"next ministerial session", "The Foreign Ministers of the Andean Council met in Lima on Thursday for the annual ministerial session.\n\nPresident Tom Vale of Peru visited the Congress on Friday.\n\nThe next ministerial session will be held in Quito in 2026.",
			[]string{"Andean Council"}, []string{"Tom Vale", "Peru", "Congress"}},
		{"next annual meeting", "The Foreign Ministers of the Andean Council met in Lima on Thursday for the annual ministerial session.\n\nPresident Tom Vale of Peru visited the Congress on Friday.\n\nThe next annual meeting will take place in Quito in 2026.",
			nil, []string{"Tom Vale", "Peru", "Congress"}},
		// guard: no "next", the sentence before's chair
		{"guard: a second session", "The Andean Council opened its annual ministerial session in Lima on Thursday. Foreign Minister Tom Vale of Peru chaired it. A second ministerial session will be held in Quito in June.",
			[]string{"Tom Vale"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkLastPlannedParts(t, "2025-03-14", tc.text, tc.want, tc.not)
		})
	}
}

// TestSignersEachWithTheirBody: "X, Title of A, and Y, Title of B,
// signed": each signer's body is a party, also when the first signer's
// body is named before the office ("WHO Director-General X and Y, Chair
// of B"), when the sentence opens with a time and a place ("On 3 May
// 2019, in Geneva, X, ..."), and an organ's parent the story names is a
// party of what its head signs. Made-up sentences.
func TestSignersEachWithTheirBody(t *testing.T) {
	checkParts(t, "2019-05-10", []partCase{
		{"first body before the office",
			"On 3 May 2019, Andean Council Secretary General Maria Soto and Paul Weiss, Chairperson of the Sahel Water Commission, signed a memorandum of understanding.",
			annals.Agreement, []string{"Andean Council", "Maria Soto", "Paul Weiss", "Sahel Water Commission"}, nil},
		{"fronted time and place",
			"On 3 May 2019, in Geneva, Maria Soto, Secretary General of the Andean Council, and Paul Weiss, Chairperson of the Sahel Water Commission, signed a memorandum of understanding.",
			annals.Agreement, []string{"Maria Soto", "Andean Council", "Paul Weiss", "Sahel Water Commission"}, nil},
		{"an organ signs for its parent",
			"The African Union and the Andean Council have cooperated since 2015.\n\nOn 3 May 2019, Andean Council Secretary General Maria Soto and Paul Weiss, Chairperson of the African Union Commission, signed a memorandum of understanding.",
			annals.Agreement, []string{"Andean Council", "Paul Weiss", "African Union"}, nil},
		{"a meeting's organ, no parent",
			"The African Union and the Andean Council have cooperated since 2015.\n\nOn 3 May 2019, Andean Council Secretary General Maria Soto and Paul Weiss, Chairperson of the African Union Commission, met in Lima.",
			annals.Meeting, []string{"Andean Council", "Paul Weiss", "African Union Commission"}, []string{"African Union"}},
		// guard: one signer
		{"guard: one signer",
			"On 3 May 2019, Paul Weiss, Chairperson of the Sahel Water Commission, signed a memorandum of understanding with Peru.",
			annals.Agreement, []string{"Paul Weiss", "Sahel Water Commission", "Peru"}, nil},
	})
}

// TestDelegatesTookPart: a sentence after a gathering whose subject is
// the delegates of a list of countries or bodies, with a verb of taking
// part and nothing after it but the gathering ("Ministers from A, B and
// C took part.", "Delegations of A and B attended, along with observers
// from C."), or "It was attended by ...": all of them take part in the
// gathering told before. Made-up sentences.
func TestDelegatesTookPart(t *testing.T) {
	const held = "The Andean Council held a ministerial meeting in Lima on 4 March 2024. "
	checkParts(t, "2024-03-05", []partCase{
		{"ministers from took part", held + "Ministers from Chile, Peru, Ecuador and Bolivia took part.",
			annals.Meeting, []string{"Andean Council", "Chile", "Peru", "Ecuador", "Bolivia"}, nil},
		{"delegations attended, along with observers", held + "Delegations of Chile, Peru, Ecuador and Bolivia attended, along with observers from the European Union.",
			annals.Meeting, []string{"Andean Council", "Chile", "Bolivia", "European Union"}, nil},
		{"it was attended by", held + "It was attended by delegations from Chile, Peru, Ecuador and Bolivia.",
			annals.Meeting, []string{"Andean Council", "Chile", "Peru", "Ecuador", "Bolivia"}, nil},
		// guards: the gathering named again (its own event); another thing
		// taken part in; a verb after "along with"
		{"guard: the gathering named again", held + "Foreign ministers of Chile, Peru, Ecuador and Bolivia participated in the meeting.",
			annals.Meeting, []string{"Andean Council", "Chile", "Peru", "Ecuador", "Bolivia"}, nil},
		{"guard: another thing", held + "Ministers from Chile and Peru took part in a protest.",
			annals.Meeting, []string{"Andean Council"}, []string{"Chile", "Peru"}},
		{"guard: along with a clause", held + "Delegations of Chile and Peru attended, along with observers who signed a statement with the European Union.",
			annals.Meeting, []string{"Andean Council"}, []string{"European Union"}},
	})
}

// TestPastTextInPassing: a text made in an earlier year and named in
// passing ("the declarations signed in Warsaw in 2016", "the 1995
// accord") was made by none of the people the story tells acting today;
// those its own phrase names ("signed in 1995 by X and Y") and the
// countries of the sentence stay. Made-up sentences.
func TestPastTextInPassing(t *testing.T) {
	const met = "President Tom Vale of Peru and Chancellor Ana Berg of Austria met in Vienna on Monday. "
	checkParts(t, "2024-05-08", []partCase{
		{"declarations signed in an earlier year", met + "The leaders reaffirmed their commitment to the declarations signed in Warsaw in 2016.",
			annals.Agreement, nil, []string{"Tom Vale", "Ana Berg"}},
		{"the year before the noun", met + "They discussed the implementation of the 1995 accord.",
			annals.Agreement, nil, []string{"Tom Vale", "Ana Berg"}},
		{"people of the sentence", "On Monday, Minister Tom Vale and Minister Ana Berg recalled the Vienna Accord, signed in 1995, and pledged new funds.",
			annals.Agreement, nil, []string{"Tom Vale", "Ana Berg"}},
		// guards: its own signers; the sentence's own act of an earlier
		// year; a text of this year
		{"guard: its own signers", met + "They recalled the Vienna Accord, signed in 1995 by Paul Weiss and Maria Soto.",
			annals.Agreement, []string{"Paul Weiss", "Maria Soto"}, []string{"Tom Vale", "Ana Berg"}},
		{"guard: signed by its subject", "In 1995, President Tom Vale of Peru signed the Vienna Accord with Austria.",
			annals.Agreement, []string{"Tom Vale"}, nil},
		{"guard: this year's text", met + "They welcomed the accord signed in March by Peru and Austria.",
			annals.Agreement, []string{"Peru", "Austria"}, nil},
	})
}

// TestLeadersSummit: "President X's Water Summit": the gathering a
// leader hosts is the country's whose office the leader holds. Made-up
// sentences.
func TestLeadersSummit(t *testing.T) {
	checkParts(t, "2021-09-23", []partCase{
		{"a president's summit", "President Tom Vale of Peru thanked the delegates. Minister Ana Berg praised the agenda announced at President Vale's Water Summit on 22 September.",
			annals.Conference, []string{"Tom Vale", "Peru"}, nil},
		// guard: a leader with no country's office
		{"guard: no country", "Tom Vale thanked the delegates. Minister Ana Berg praised the agenda announced at Vale's Water Summit on 22 September.",
			annals.Conference, nil, []string{"Peru"}},
	})
}

// TestEventNotItsOwnParty: a gathering's or a text's name read as a body
// takes no part in the event it names; a body the gazetteer knows does
// take part in a gathering named after it.
func TestEventNotItsOwnParty(t *testing.T) {
	checkParts(t, "2026-09-18", []partCase{
		{name: "a forum opened by", text: "More than 300 young leaders from 40 countries took part in the fifth Andean Youth Forum for Peace, organized by UNESCO and the Peruvian Ministry of Youth in Lima from 15 to 17 September.\n\nThe forum was opened by the Director-General of UNESCO, Ana Ruiz, and the Deputy Minister of Youth of Peru, Pedro Salas.", typ: annals.Conference, want: []string{"UNESCO", "Ana Ruiz"}, not: []string{"Andean Youth Forum for Peace"}},
		{name: "guard: a known body's meeting", text: "Leaders of the Pacific Islands Forum met in Apia for the Pacific Islands Forum on 15 September.", typ: annals.Meeting, want: []string{"Pacific Islands Forum"}},
	})
}

// TestOtherGatheringsBody: a body that opens another gathering's name in
// the sentence ("the 2022 UN Ocean Conference") takes no part in the
// gathering the sentence tells of; it does take part in its own.
func TestOtherGatheringsBody(t *testing.T) {
	opened := "Ministers from 31 countries opened a two-day Andean Conference on Ocean Action in Lima on Tuesday, hosted by the Government of Peru.\n\n"
	checkParts(t, "2026-06-09", []partCase{
		{name: "a conference builds on another", text: opened + "The conference builds on the Lima Declaration adopted at the 2022 UN Ocean Conference.", typ: annals.Conference, want: []string{"Government of Peru"}, not: []string{"UN"}},
		{name: "a meeting on the sidelines", text: "Leaders met on the sidelines of the G20 Summit in Rome on 30 October.", typ: annals.Meeting, not: []string{"G20"}},
		// guards: the gathering they met for; the gathering's own name
		{name: "guard: met for the summit", text: "Today, the leaders of Peru and Chile met for the fourth in-person Quad Leaders Summit, hosted by President Ana Ruiz in Lima.", typ: annals.Meeting, want: []string{"Quad"}},
		{name: "guard: its own body", text: "The 2022 UN Ocean Conference opened in Lisbon on 27 June.", typ: annals.Conference, want: []string{"UN"}},
	})
}

// TestDelegatesIncludedAndAsDid: "Participants included ministers from A,
// B and C" after a gathering, and "..., as did delegations of D and E"
// after those it brought together, make every country and body named its
// participant, however far from the trigger. Made-up sentences.
func TestDelegatesIncludedAndAsDid(t *testing.T) {
	const opened = "The Regional Conference on Fisheries Policy opened in Bangkok on 6 February 2024. "
	checkParts(t, "2024-02-07", []partCase{
		{"participants included", opened + "Participants included ministers from Thailand, Viet Nam and Indonesia, as well as representatives of the World Bank.",
			annals.Conference, []string{"Thailand", "Viet Nam", "Indonesia", "World Bank"}, nil},
		{"the participants included people", opened + "The participants included Foreign Minister Tom Vale of Peru and senior officials from Chile.",
			annals.Conference, []string{"Tom Vale", "Chile"}, nil},
		{"as did delegations of", "The regional seminar on border management, held in Tashkent on 14 March 2024, brought together senior officials of Uzbekistan and Tajikistan, as did delegations of Kazakhstan and Kyrgyzstan.",
			annals.Programme, []string{"Uzbekistan", "Tajikistan", "Kazakhstan", "Kyrgyzstan"}, nil},
		// guards: what participants did is no list of them; "as did" with
		// no delegates after it; a city among those included
		{"guard: participants discussed", opened + "Participants discussed quotas with ministers from Thailand and Viet Nam.",
			annals.Conference, nil, []string{"Thailand", "Viet Nam"}},
		{"guard: participants included a city", opened + "Participants included fishers from Songkhla and officials of Thailand.",
			annals.Conference, nil, []string{"Thailand"}},
		{"guard: as did prices", "The regional seminar on border management, held in Tashkent on 14 March 2024, brought together senior officials of Uzbekistan and Tajikistan after long delays in the talks with the traders of Kazakhstan, as did the prices paid in Kyrgyzstan.",
			annals.Programme, []string{"Uzbekistan", "Tajikistan"}, []string{"Kyrgyzstan"}},
	})
}

// TestSignedByEveryAgent: every agent after "signed by" signs, with the
// body of their office, however long the titles between them ("X,
// Director of A, and the FAO Regional Director for Asia, Y") and past a
// date between the verb and "by"; not a name in a phrase after the
// agents. Made-up sentences.
func TestSignedByEveryAgent(t *testing.T) {
	checkParts(t, "2024-02-06", []partCase{
		{"an appositive after and the title", "The letter of intent was signed by Maria Lopez, Director of the Andean Council Secretariat, and the FAO Regional Director for Asia, Jong-Jin Kim.",
			annals.Agreement, []string{"Maria Lopez", "Andean Council Secretariat", "Jong-Jin Kim", "FAO"}, nil},
		{"a date before by", "The memorandum was signed on 5 February 2024 by Tom Vale, Director-General of the Andean Water Council, and Ana Berg, Secretary-General of ASEAN.",
			annals.Agreement, []string{"Tom Vale", "Ana Berg", "ASEAN"}, nil},
		{"a date and a place before by", "The memorandum was signed in Lima on 5 February 2024 by Tom Vale, Director-General of the Andean Water Council, and the Secretary-General of ASEAN, Ana Berg.",
			annals.Agreement, []string{"Tom Vale", "Ana Berg", "ASEAN"}, nil},
		// guards: a name in a phrase after the agents; one signer
		{"guard: a phrase after the agents", "The memorandum was signed by Maria Lopez, Director of the Andean Council Secretariat, and Paul Weiss, Director of the Nordic Council Secretariat, and will help fishers in Peru sell their catch to buyers such as the World Food Programme.",
			annals.Agreement, []string{"Maria Lopez", "Paul Weiss"}, []string{"World Food Programme"}},
		{"guard: one signer", "The letter of intent was signed by Maria Lopez, Director of the Andean Council Secretariat.",
			annals.Agreement, []string{"Maria Lopez", "Andean Council Secretariat"}, nil},
	})
}

// TestVisitToListedCountries: "a visit to Fiji, Samoa and Tonga" is hosted
// by the three countries (its place is the first); a country after the
// list that is no part of it ("to Fiji and Samoa, and then flew home to
// Ghana") hosts nothing.
func TestVisitToListedCountries(t *testing.T) {
	checkParts(t, "2026-08-28", []partCase{
		{name: "three countries",
			text: "The Secretary-General, Patricia Mensa, concluded on Friday a week-long visit to Fiji, Samoa and Tonga.",
			typ:  annals.Visit, want: []string{"Patricia Mensa", "Fiji", "Samoa", "Tonga"}},
		{name: "two countries",
			text: "Patricia Mensa made a visit to Fiji and Samoa last week, and then flew home to Ghana.",
			typ:  annals.Visit, want: []string{"Fiji", "Samoa"}, not: []string{"Ghana"}},
		// guard: one country
		{name: "one country",
			text: "Patricia Mensa made a visit to Fiji last week.",
			typ:  annals.Visit, want: []string{"Patricia Mensa", "Fiji"}},
	})
}

// TestBodyOfItsSession: the body whose numbered session the sentence
// tells meets in it ("the 78th session of the UN General Assembly");
// the Assembly where a debate is told stays a venue.
func TestBodyOfItsSession(t *testing.T) {
	checkParts(t, "2026-06-13", []partCase{
		{name: "session of the assembly",
			text: "Ministers met at the 78th session of the UN General Assembly.",
			typ:  annals.Meeting, want: []string{"UN General Assembly"}},
		{name: "session of the board",
			text: "The election took place on 13 June at the 352nd Session of the Governing Body of the ILO.",
			typ:  annals.Meeting, want: []string{"ILO"}},
	})
}

// TestAttackTargetTakesNoPart: the one an attack or a war is against
// ("condemned the attack against Norland", "in response to the war of
// aggression against Norland", "the attack on the United Nations
// compound") is what the event is about, not who takes part in it.
// Made-up sentences.
func TestAttackTargetTakesNoPart(t *testing.T) {
	checkParts(t, "2024-04-15", []partCase{
		{"attack against", "President Tom Vale and the G7 condemned the attack against Israel on Sunday.",
			annals.Speech, []string{"Tom Vale", "G7"}, []string{"Israel"}},
		{"war of aggression against", "Leaders of the Andean Council met in Lima on Monday in response to the war of aggression against Ukraine.",
			annals.Meeting, []string{"Andean Council"}, []string{"Ukraine"}},
		{"attack on the", "The Andean Council strongly condemns the attack on the United Nations compound in Herat.",
			annals.Speech, []string{"Andean Council"}, []string{"United Nations"}},
		// guards: a country met, and one acting "on" something else
		{"guard: met on", "President Tom Vale met with Ukraine on Monday to discuss the attack.",
			annals.Meeting, []string{"Tom Vale", "Ukraine"}, nil},
		{"guard: agreed on", "Chile and Peru signed an agreement on trade on Monday.",
			annals.Agreement, []string{"Chile", "Peru"}, nil},
	})
}

// TestPronounOfAWhereClause: "She then travelled to Apia, where she
// signed a Memorandum ...": the "she" of the clause is the sentence's,
// the one the sentence before names.
func TestPronounOfAWhereClause(t *testing.T) {
	checkParts(t, "2026-08-28", []partCase{
		{name: "where she signed",
			text: "The Secretary-General, Patricia Mensa, arrived in Fiji on Monday. She then travelled to Apia, where she signed a Memorandum of Understanding with the Government of Samoa.",
			typ:  annals.Agreement, want: []string{"Patricia Mensa", "Government of Samoa"}},
		{name: "when he met",
			text: "The Commissioner, Mark Olden, arrived in Lima on Monday. He then travelled to Cusco, when he met the Governor of Cusco, Ana Quispe.",
			typ:  annals.Meeting, want: []string{"Mark Olden", "Ana Quispe"}},
		// guard: another pronoun in the clause
		{name: "he of another",
			text: "The Secretary-General, Patricia Mensa, arrived in Fiji on Monday. She then met the Minister, Tom Vale, who said he signed a Memorandum of Understanding with the Government of Samoa.",
			typ:  annals.Agreement, not: []string{"Patricia Mensa"}},
	})
}
