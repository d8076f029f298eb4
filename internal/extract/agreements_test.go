package extract

import (
	"slices"
	"testing"

	"annals"
)

// TestAgreementRule covers the agreement family: texts signed, adopted,
// agreed and numbered, and the words that name no agreement.
func TestAgreementRule(t *testing.T) {
	checkRules(t, []ruleCase{
		{"an executive order signed alone", "2021-03-10", "In March, President Ana Ruiz signed an Executive Order directing the Attorney General to act.", annals.Agreement, 0, "", ""},
		{"proclamations signed alone", "2021-03-10", "Today, President Ana Ruiz signed Proclamations modifying two national monuments.", annals.Agreement, 0, "", ""},
		{"a memorandum of understanding signed", "2021-03-10", "On Monday the Andean Council and Peru signed a Memorandum of Understanding on water.", annals.Agreement, 1, "2021-03-08", "Peru"},
		{"a treaty's word in an organization's name", "2021-05-28", "The United States raised the matter on May 23 at the North Atlantic Treaty Organization (NATO).", annals.Agreement, 0, "", ""},
		{"two numbered resolutions", "2007-11-16", "Resolution 1737, passed in December 2006, targeted trade. When that failed, the Andean Council passed Resolution 1747, which targeted officials.", annals.Agreement, 2, "", ""},
		{"document agreed to", "2007-11-16", "Peru and Chile reaffirmed the principles enshrined in the Shared Vision document agreed to in July 2006.", annals.Agreement, -1, "2006-07", "Chile"},
		{"convention created", "2007-11-16", "In 1951, the Andean Refugee Convention was created to address the issue.", annals.Agreement, -1, "1951", ""},
		{"agreed to act", "2007-11-16", "Ministers agreed to set national targets.", "", 0, "", ""},
		{"Parliament alone", "2020-12-18", "On Friday, Parliament adopted measures to ensure road connections between Peru and Chile.", annals.Agreement, -1, "2020-12-18", "Parliament"},
		{"passive after an adoption", "2020-12-18", "On Friday, Parliament adopted measures to ensure road connections.\n\nAviation safety: the regulation on certificates was adopted with 680 votes in favour.", annals.Agreement, -1, "2020-12-18", "Parliament"},
		{"a letter of intent is no statement", "2010-11-18", "In 2009 the Andean Council and the Pacific Alliance signed a Letter of Intent in Lima.", annals.Speech, 0, "", ""},
		{"a letter sent is a statement", "2010-11-18", "Senator Ana Ruiz sent a letter to President Paul Weiss on the delays.", annals.Speech, -1, "", "Ana Ruiz"},
		{"a position adopted beside a rapporteur's statement", "2022-10-19", "On Wednesday, the Andean Parliament adopted its position on draft rules for ports.\n\nAndean Parliament rapporteur Ana Ruiz (S&D, DE) said: “We need more ports.”", annals.Speech, 2, "", ""},
		{"signing up is enrolling", "2023-06-02", "Of those newly signing up for HealthCare.gov coverage in 2023, 15% were new customers.", annals.Agreement, 0, "", ""},
	})
}

// TestAdoptionParties: the body that adopts a text is the adoption's
// party, not what the text is about.
func TestAdoptionParties(t *testing.T) {
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

// TestAgreementsNamedForCities: an agreement named for a city was made
// there; one named for countries has no place from its name.
func TestAgreementsNamedForCities(t *testing.T) {
	for _, tc := range []struct{ text, place string }{
		{"The parties must act in line with the 2020 Juba Peace Agreement.", "Juba"},
		{"Both countries signed the Paris Agreement on climate in 2016.", "Paris"},
		{"The U.S.-Peru Trade Promotion Agreement entered into force.", ""},
	} {
		d := run(t, "x.txt", tc.text, "2021-10-28")
		found := false
		for _, e := range d.Events {
			if e.Type == annals.Agreement {
				found = true
				if string(e.Place) != tc.place {
					t.Errorf("%q: place %q, want %q", tc.text, e.Place, tc.place)
				}
			}
		}
		if !found {
			t.Errorf("%q: no agreement in %+v", tc.text, d.Events)
		}
	}
}

// TestUnilateralTexts covers texts one signs or issues alone, told by
// their own word or before the verb: no agreement.
func TestUnilateralTexts(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a presidential memorandum to a secretary", "2023-04-10", "Today, President Ana Ruiz signed a Presidential Memorandum to the Minister of Water to protect the rivers of Peru.", annals.Agreement, 0, "", ""},
		{"a national security memorandum issued", "2023-04-10", "Today, President Ana Ruiz will issue a new National Security Memorandum on dams in Peru.", annals.Agreement, 0, "", ""},
		{"a disaster declaration approved", "2023-04-10", "Yesterday, President Ana Ruiz approved a Major Disaster Declaration for the province of Cusco.", annals.Agreement, 0, "", ""},
		{"this executive order", "2023-04-10", "President Ana Ruiz signed this Executive Order after consultations with farmers in Peru.", annals.Agreement, 0, "", ""},
		{"a series of executive actions", "2023-04-10", "In 2021, President Ana Ruiz signed a series of executive actions on wages in Peru.", annals.Agreement, 0, "", ""},
		{"an order told before the verb", "2023-04-10", "The plan builds on an Executive Order President Ana Ruiz signed in February in Lima.", annals.Agreement, 0, "", ""},
		{"guard: a memorandum of understanding signed", "2023-04-10", "On Monday, Peru and Chile signed a Memorandum of Understanding on water in Lima.", annals.Agreement, 1, "2023-04-10", "Chile"},
		{"guard: a declaration signed by states", "2023-04-10", "On Monday, Peru and Chile signed the Lima Declaration on water.", annals.Agreement, 1, "2023-04-10", "Chile"},
	})
}

// TestSigningQualifies: "signing" qualifying a noun ("signing bonuses", "a
// signing statement") tells no text signed; "a signing ceremony" and
// "signing agreements" do.
func TestSigningQualifies(t *testing.T) {
	checkRules(t, []ruleCase{
		{"signing bonuses", "2024-05-02", "The Andean Navy offered signing bonuses of up to $50,000 to new recruits in May.", annals.Agreement, 0, "", ""},
		{"a signing statement", "2024-05-02", "President Ana Ruiz issued a signing statement on the defense bill in May.", annals.Agreement, 0, "", ""},
		{"guard: signing agreements", "2024-05-02", "In May, Chile and Peru celebrated the signing of an agreement on water.", annals.Agreement, 1, "2024-05", ""},
	})
}

// TestUnilateralTextsCounted checks that texts one signs alone stay so
// when counted or ranked before their noun ("signed more than 300
// executive orders", "the first-ever proclamation"), while agreements
// counted stay agreements.
func TestUnilateralTextsCounted(t *testing.T) {
	checkRules(t, []ruleCase{
		{"more than 300 executive orders", "2024-05-01", "This president has, again, signed more than 300 executive orders.", annals.Agreement, 0, "", ""},
		{"the first-ever proclamation", "2024-05-01", "Just this month, the President also signed the first-ever proclamation designating April as Andean Care Month.", annals.Agreement, 0, "", ""},
		{"two agreements counted", "2024-05-01", "Today, President Ana Ruiz signed two agreements with Peru.", annals.Agreement, 1, "", "Peru"},
	})
}

// TestSignedOrLawQualifies checks that "signed" qualifying a thing ("a
// signed copy of the letter") and "law" qualifying another noun ("adopt
// smart law enforcement models") tell no agreement.
func TestSignedOrLawQualifies(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a signed copy", "2021-02-11", "To view a signed copy of President Ana Ruiz’s letter to Peru, visit the website.", annals.Agreement, 0, "", ""},
		{"law enforcement models", "2022-03-21", "The Andean Council is helping more cities in Peru adopt smart law enforcement models like the one in Lima.", annals.Agreement, 0, "", ""},
		{"guard: signed an agreement", "2021-02-11", "Peru and Chile signed an agreement on water on Monday.", annals.Agreement, 1, "", "Peru"},
		{"guard: adopt a law", "2022-03-21", "On Monday the Andean Parliament voted to adopt a new law on water rights.", annals.Agreement, 1, "", ""},
	})
}

// TestAgreementsNamedInPassing covers a named agreement as the object of
// a preposition: named in passing, no event, whatever the sentence's
// other dates (an agreement dated by its name, "in line with the 2020
// Juba Peace Agreement", is TestAgreementsNamedForCities').
func TestAgreementsNamedInPassing(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a commitment to it", "2022-01-19", "On Monday, they will re-affirm their commitment to the Lima Accord.", annals.Agreement, 0, "", ""},
		{"targets under it", "2022-01-19", "Peru and Chile will raise their 2030 targets under the Andean Trade Agreement.", annals.Agreement, 0, "", ""},
		{"years of it", "2022-01-19", "Today, Peru and Chile marked 15 years of the Peru-Chile Trade Promotion Agreement.", annals.Agreement, 0, "", ""},
		{"its anniversary", "2022-01-19", "Ana Ruiz met today with Paul Weiss in Lima to mark the 70th anniversary of the Mutual Defense Treaty.", annals.Agreement, 0, "", ""},
	})
}

// TestUnilateralMemorandaAndPardons covers more texts one signs alone: a
// memorandum addressed to those who carry it out, a pardon.
func TestUnilateralMemorandaAndPardons(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a memorandum to do", "2025-02-21", "President Ana Ruiz signed a Memorandum to safeguard Andean innovation.", annals.Agreement, 0, "", ""},
		{"a memorandum directing", "2025-02-21", "On May 18, 2021, President Ana Ruiz issued a Memorandum directing the expansion of the service.", annals.Agreement, 0, "", ""},
		{"a pardon", "2025-02-21", "Today, I signed a pardon for my son Paul.", annals.Agreement, 0, "", ""},
		{"guard: a memorandum of understanding to do", "2025-02-21", "Peru and Chile signed a Memorandum of Understanding to expand trade.", annals.Agreement, -1, "", ""},
	})
}

// TestSignedNames: a book of condolences, autographs or a petition
// signed hold a name written, no text agreed.
func TestSignedNames(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a condolences book", "2025-02-21", "The President signed the official condolences book at the Embassy of Japan.", annals.Agreement, 0, "", ""},
		{"autographs", "2025-02-21", "After the game, Ana Ruiz signed autographs for the children.", annals.Agreement, 0, "", ""},
		{"guard: the official agreement", "2025-02-21", "Peru and Chile signed the official agreement on trade on 3 February 2025.", annals.Agreement, 1, "2025-02-03", "Peru"},
	})
}

// TestSignedLaws: a law its executive signs is passed, no agreement
// between parties: named as the object ("signed the Clean Rivers Act"),
// "into law", in the passive or before its signer; a law's name holding
// an agreement's word ("the PACT Act") is none either. Treaties called
// acts and agreements signed beside a law still are agreements.
func TestSignedLaws(t *testing.T) {
	checkRules(t, []ruleCase{
		{"an act named as the object", "2023-05-10", "In March, President Ana Ruiz signed the Clean Rivers Act to protect drinking water.", annals.Agreement, 0, "", ""},
		{"an act signed into law", "2023-05-10", "Governor Paul Weiss signed the bipartisan Safe Bridges Act of 2023 into law on Monday.", annals.Agreement, 0, "", ""},
		{"into law before the law", "2023-05-10", "Today, I have signed into law H.R. 1234, which funds rural clinics.", annals.Agreement, 0, "", ""},
		{"legislation signed", "2023-05-10", "Last year, I signed bipartisan legislation to improve reporting of hate crimes.", annals.Agreement, 0, "", ""},
		{"several laws signed", "2023-05-10", "President Ana Ruiz signed several new laws to help survivors protect their privacy.", annals.Agreement, 0, "", ""},
		{"a law signed in the passive", "2023-05-10", "Thirty years ago today, the Safe Homes Act was signed, becoming the first federal law of its kind.", annals.Agreement, 0, "", ""},
		{"a law before its signer", "2023-05-10", "The visit highlights the Clean Rivers Law that Ruiz signed in November 2021.", annals.Agreement, 0, "", ""},
		{"an agreement's word in a law's name", "2023-05-10", "Since the enactment of the PACT Act in August 2022, the agency has completed 1,000 claims.", annals.Agreement, 0, "", ""},
		{"a bill signed by", "2023-05-10", "It was first authorized in a bill signed by President Ana Ruiz in 1962.", annals.Agreement, 0, "", ""},
		{"signed, opening the sentence", "2023-05-10", "Signed nearly one year ago, President Ana Ruiz’s Clean Rivers Law has made large investments.", annals.Agreement, 0, "", ""},
		{"guard: a treaty called an act", "2023-05-10", "In 2000, the heads of state signed the Constitutive Act of the Andean Union in Lima.", annals.Agreement, 1, "2000", ""},
		{"guard: an agreement to carry out a law", "2023-05-10", "On Monday Peru and Chile signed an agreement to implement the Clean Rivers Act.", annals.Agreement, 1, "2023-05-08", "Peru"},
	})
}

// TestPassedBills: a legislature passing a bill votes a law of its own,
// no text agreed between parties ("the Senate passed an historic bill",
// "passed legislation", "the bill was approved by the Assembly"); a
// resolution, a regulation, measures or legislation a body adopts stay
// agreements.
func TestPassedBills(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a bill passed", "2024-05-10", "Today the Senate of Peru passed an historic bill that will lower costs.", annals.Agreement, 0, "", ""},
		{"bills passed", "2024-05-10", "The House and Senate of Peru have each passed bills to invest in research.", annals.Agreement, 0, "", ""},
		{"legislation passed", "2024-05-10", "Tonight, members of the Congress of Peru passed legislation to address gun violence.", annals.Agreement, 0, "", ""},
		{"a bill approved in the passive", "2024-05-10", "The bill was approved by the National Assembly of Peru on 3 May 2024.", annals.Agreement, 0, "", ""},
		{"guard: a resolution passed", "2024-05-10", "The Andean Council passed Resolution 1747 in March 2007.", annals.Agreement, 1, "2007-03", ""},
		{"guard: a regulation adopted", "2024-05-10", "On 3 May 2024, the Council of the Andean Union adopted the regulation on batteries.", annals.Agreement, 1, "2024-05-03", ""},
		{"guard: legislation adopted", "2024-05-10", "The Andean Parliament adopted legislation on batteries on 3 May 2024.", annals.Agreement, 1, "2024-05-03", ""},
	})
}

// TestAnyAgreement: "any agreement" is whatever agreement there may be,
// none told: "agreed that any budget agreement would need to be
// bipartisan"; a named agreement signed beside it still is one.
func TestAnyAgreement(t *testing.T) {
	checkRules(t, []ruleCase{
		{"any budget agreement", "2024-05-10", "On Monday, the President and the Speaker agreed that any budget agreement would need to be bipartisan.", annals.Agreement, 0, "", ""},
		{"any trade agreement", "2024-05-10", "The committee advises on the operation of any trade agreement once entered into.", annals.Agreement, 0, "", ""},
		{"guard: an agreement signed", "2024-05-10", "On Monday, Peru and Chile signed a trade agreement that any member may join.", annals.Agreement, 1, "2024-05-06", "Peru"},
	})
}

// TestAimedAgreements: an agreement only urged, sought or required is
// none told ("urged X to conclude a deal", "efforts to reach a
// ceasefire"); one managed, agreed to or done stays.
func TestAimedAgreements(t *testing.T) {
	checkRules(t, []ruleCase{
		{"urged to conclude a deal", "2024-05-10", "He said an immediate ceasefire is essential, and he urged the Prime Minister to empower his negotiators to conclude a deal without delay.", annals.Agreement, 0, "", ""},
		{"efforts to reach a ceasefire", "2024-05-10", "President Ana Ruiz commended the mediation efforts by Peru and Chile to reach a lasting and sustainable ceasefire.", annals.Agreement, 0, "", ""},
		{"must work to reach agreement", "2024-05-10", "We must work with other countries to reach agreement by the 2025 Andean Summit on a new fund.", annals.Agreement, 0, "", ""},
		{"required to sign", "2024-05-10", "Millions of workers are required to sign non-compete agreements as a condition of getting a job.", annals.Agreement, 0, "", ""},
		{"directed them to reach an agreement", "2024-05-10", "The President directed the negotiators to reach an agreement on the border by June.", annals.Agreement, 0, "", ""},
		{"guard: managed to reach an agreement", "2024-05-10", "On Monday, Peru and Chile managed to reach an agreement on water after long talks.", annals.Agreement, 1, "2024-05-06", "Peru"},
		{"guard: agreed to sign", "2024-05-10", "On Monday, Peru and Chile agreed to sign the Water Accord in Lima.", annals.Agreement, 1, "", "Peru"},
		{"guard: the work done to reach it", "2024-05-10", "Ana Ruiz thanked the caucus for the work they had done to reach the budget agreement announced on Monday.", annals.Agreement, 1, "", ""},
		{"guard: signed after efforts", "2024-05-10", "On Monday, Peru and Chile signed a trade agreement after years of efforts to reach one.", annals.Agreement, 1, "2024-05-06", "Peru"},
	})
}

// TestDocumentTitleTopic: a text's name goes on with its topic in Title
// Case after "on" or "for" ("the Lima Declaration on Climate Action", an
// agreement "on Reciprocal, Fair, and Balanced Trade"); after "of" its
// kind stays as the other rules read it, and a date after "on" is no
// topic.
func TestDocumentTitleTopic(t *testing.T) {
	for _, tc := range []struct{ text, title string }{
		{"The summit closed with the adoption of a Lima Youth Declaration on Climate Action.", "Lima Youth Declaration on Climate Action"},
		{"Peru and Chile signed an Agreement on Reciprocal, Fair, and Balanced Trade.", "Agreement on Reciprocal, Fair, and Balanced Trade"},
		{"The ministers signed the Lima Agreement on Monday.", "Lima Agreement"},
		{"Peru and Chile signed a Memorandum of Understanding on health.", "Memorandum of Understanding on health"},
	} {
		d := run(t, "x.txt", tc.text, "2024-09-05")
		found := false
		for _, e := range d.Events {
			found = found || e.Type == annals.Agreement && string(e.Title) == tc.title
		}
		if !found {
			t.Errorf("%q: events %+v, want an agreement titled %q", tc.text, d.Events, tc.title)
		}
	}
}

// TestExecutiveOrdersSigned: executive orders, actions and joint
// resolutions signed by one executive are no agreement, whatever words
// qualify them and whether told before or after "signed".
func TestExecutiveOrdersSigned(t *testing.T) {
	checkRules(t, []ruleCase{
		{"several key executive orders", "2023-04-10", "President Ana Ruiz signed several key Executive Orders to expand nuclear capacity in Peru.", annals.Agreement, 0, "", ""},
		{"signed today an executive order", "2023-04-10", "President Ana Ruiz signed today an Executive Order on military service in Peru.", annals.Agreement, 0, "", ""},
		{"an unprecedented executive order", "2023-04-10", "On her first day in office, President Ana Ruiz signed an unprecedented Executive Order on equity.", annals.Agreement, 0, "", ""},
		{"a first-of-its-kind executive order", "2023-04-10", "President Ana Ruiz also signed a first-of-its-kind Executive Order on women’s health research.", annals.Agreement, 0, "", ""},
		{"a joint resolution", "2023-04-10", "In June 2025, President Ana Ruiz signed a joint resolution to end the mandates in Peru.", annals.Agreement, 0, "", ""},
		{"an order named before signed", "2023-04-10", "Executive Order 14017, America’s Supply Chains, signed in February 2021, began a strategy.", annals.Agreement, 0, "", ""},
		{"orders listed before signed", "2023-04-10", "The plan revokes additional Executive Orders, Presidential Proclamations, Memoranda, and Permits signed over the past 4 years.", annals.Agreement, 0, "", ""},
		{"orders the president has signed", "2023-04-10", "Through the major laws and executive orders the President has signed, Peru has grown.", annals.Agreement, 0, "", ""},
		{"guard: an agreement signed after an order", "2023-04-10", "Following the Executive Order, Peru and Chile signed a trade agreement on Monday.", annals.Agreement, 1, "2023-04-10", "Chile"},
		{"guard: a treaty signed in a year", "2023-04-10", "The Andean Water Treaty, signed in 1995 by Peru and Chile, set quotas.", annals.Agreement, 1, "1995", "Chile"},
	})
}

// TestUnderNegotiation: a text still negotiated is no agreement: the
// object of "negotiations on", "talks for", "negotiate", or a list after
// "negotiations, including"; negotiations concluded made one.
func TestUnderNegotiation(t *testing.T) {
	checkRules(t, []ruleCase{
		{"launch negotiations on", "2024-11-15", "The two countries also agreed to launch negotiations on a Bilateral Investment Treaty in 2025.", annals.Agreement, 0, "", ""},
		{"negotiations on a named agreement", "2024-07-27", "The two sides agreed to launch negotiations on an ASEAN-EU Comprehensive Air Transport Agreement follow-up protocol.", annals.Agreement, 0, "", ""},
		{"to negotiate", "2024-11-15", "Peru and Chile agreed to negotiate a free trade agreement by 2026.", annals.Agreement, 0, "", ""},
		{"steps to conclude", "2024-11-15", "In Lima, the delegation discussed next steps to conclude negotiations on a shiprider agreement and a Defense Cooperation Agreement.", annals.Agreement, 0, "", ""},
		{"talks for", "2024-11-15", "Peru and Chile held talks for a fisheries agreement in Lima on Monday.", annals.Agreement, 0, "", ""},
		{"a list after negotiations, including", "2024-11-15", "She has been involved in many trade negotiations, including the Andean Trade Agreement (ATA), the Pacific Partnership Agreement (PPA), the Lima Accord of 2007, and the Peru-Chile Free Trade Agreement.", annals.Agreement, 0, "", ""},
		{"guard: negotiations concluded", "2024-11-15", "In 2019 Peru and Chile concluded negotiations on the Comprehensive Economic Partnership Agreement.", annals.Agreement, 1, "2019", "Chile"},
		{"guard: a treaty signed", "2024-11-15", "Peru and Chile signed the Bilateral Investment Treaty on Monday.", annals.Agreement, 1, "2024-11-11", "Chile"},
		{"guard: an agreement on talks", "2024-11-15", "Peru and Chile signed an agreement on talks for a ceasefire on Monday.", annals.Agreement, 1, "2024-11-11", "Chile"},
	})
}

// TestSigningWitnesses covers the onlookers of a signing ("in a ceremony
// attended by", "witnessed by", "in the presence of"): they are no
// parties to what is signed. Made-up sentences.
func TestSigningWitnesses(t *testing.T) {
	checkParts(t, "2024-05-01", []partCase{
		{"a ceremony told next", "Austria and Chile signed an agreement on cultural cooperation in Vienna on Monday. The signing ceremony was attended by Ministers from Kenya, Peru and Sweden.",
			annals.Agreement, []string{"Austria", "Chile"}, []string{"Kenya", "Peru", "Sweden"}},
		{"a ceremony in the sentence", "The Foreign Ministers of Austria and Chile signed an agreement on cultural cooperation in Vienna on Monday, in a ceremony attended by the Ambassadors of Kenya and Peru.",
			annals.Agreement, []string{"Austria", "Chile"}, []string{"Kenya", "Peru"}},
		{"in the presence of", "Austria and Chile signed an agreement on fisheries in Vienna on Monday in the presence of the Secretary-General of the Andean Council.",
			annals.Agreement, []string{"Austria", "Chile"}, []string{"Andean Council"}},
		{"attended and witnessed", "Chile and Kenya today signed a Memorandum of Understanding on renewable energy. The signing ceremony was attended by Ministers from Ethiopia, Tanzania and Uganda, and witnessed by the Director-General of the Andean Energy Agency, Mr. Lars Berg.",
			annals.Agreement, []string{"Chile", "Kenya"}, []string{"Ethiopia", "Andean Energy Agency", "Lars Berg"}},
		{"guard: a conference attended", "The conference in Vienna on Monday, attended by Austria and Chile, adopted a declaration on water.",
			annals.Agreement, []string{"Austria", "Chile"}, nil},
	})
}

// TestTextsOfTwoNames: a text's name goes on over "in the Field of" (no
// place), and two texts of two names signed by the same parties on one
// day are two agreements, each with its own title; a text told again by
// a shorter name stays one.
func TestTextsOfTwoNames(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		titles     []string
		place      string
	}{
		{"in the Field of", "Chile and Peru signed the Memorandum of Understanding on Cooperation in the Field of Renewable Energy on Monday.", []string{"Memorandum of Understanding on Cooperation in the Field of Renewable Energy"}, ""},
		{"two texts of one day", "Chile and Vietnam signed the Agreement on Trade in Goods in Hanoi on 4 March 2024.\n\nThe two countries signed the Memorandum of Understanding on Cooperation in Renewable Energy on Monday.", []string{"Agreement on Trade in Goods", "Memorandum of Understanding on Cooperation in Renewable Energy"}, "Hanoi"},
		{"of, and a region", "Andorra signed the Treaty of Amity and Cooperation in Southeast Asia on Monday.", []string{"Treaty of Amity and Cooperation in Southeast Asia"}, ""},
		{"of and", "Chile and Peru signed the Treaty of Friendship and Cooperation on Monday.", []string{"Treaty of Friendship and Cooperation"}, ""},
		{"a text for a body", "The two ministers signed a Host Country Agreement for the Andean Centre on Monday.", []string{"Host Country Agreement"}, ""},
		// guards
		{"guard: a person's title after and", "Chile and Peru signed the Treaty of Friendship and President Ana Ruiz spoke on Monday.", []string{"Treaty of Friendship"}, ""},
		{"guard: of a city", "Chile and Peru signed the Treaty of Lima on Monday.", []string{"Treaty of Lima"}, ""},
		{"guard: Trade in Goods", "Chile and Vietnam signed the Agreement on Trade in Goods in Hanoi on 4 March 2024.", []string{"Agreement on Trade in Goods"}, "Hanoi"},
		{"guard: the text told again", "Chile and Vietnam signed the Agreement on Trade in Goods in Hanoi on 4 March 2024.\n\nThe Agreement was signed by the two trade ministers.", []string{"Agreement on Trade in Goods"}, "Hanoi"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := run(t, "x.txt", tc.text, "2024-03-06")
			var got []string
			for _, e := range d.Events {
				if e.Type == annals.Agreement {
					got = append(got, string(e.Title))
					if e.Title == annals.NullString(tc.titles[0]) && string(e.Place) != tc.place {
						t.Errorf("%q: %q in %q, want %q", tc.text, e.Title, e.Place, tc.place)
					}
				}
			}
			if !slices.Equal(got, tc.titles) {
				t.Errorf("%q: agreements %q, want %q", tc.text, got, tc.titles)
			}
		})
	}
}

// TestTextForABody: "a Host Country Agreement for the Centre", "the
// Headquarters Agreement with the Institute" name a text made for or
// with a body: no organization of that name (and no gathering), the body
// after it may be one. Made-up sentences.
func TestTextForABody(t *testing.T) {
	checkNotOfType(t, annals.Org, []string{
		"The two ministers signed a Host Country Agreement for the Centre at the ceremony.",
		"The two ministers signed the Agreement for the Centre at the ceremony.",
	}, "Host Country Agreement for the Centre", "Agreement for the Centre")
	checkNames(t, []nameCase{
		{"The two ministers signed a Headquarters Agreement with the Andean Institute of Oceanography.", "Andean Institute of Oceanography", "Headquarters Agreement with the Andean Institute of Oceanography"},
	})
	d := run(t, "x.txt", "The two ministers signed a Host Country Agreement for the Centre at the ceremony.", "2019-09-05")
	if n := len(eventsOf(d, annals.Conference)); n != 0 {
		t.Errorf("%d conferences: %v", n, d.Events)
	}
}

// TestLetterOfIntentTitle: "the Letter of Intent on Fisheries
// Cooperation" is a text's name, its title; "a Letter of Intent" names
// none.
func TestLetterOfIntentTitle(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The Andean Bank and FAO signed the Letter of Intent on Fisheries Cooperation in Suva on Tuesday.", "Letter of Intent on Fisheries Cooperation"},
		{"The Andean Bank and FAO signed a Letter of Intent for Ocean Science Cooperation in Suva on Tuesday.", "Letter of Intent for Ocean Science Cooperation"},
		// guards: no name; a memorandum's name
		{"The Andean Bank and FAO signed a Letter of Intent in Suva on Tuesday.", ""},
		{"The Andean Bank and FAO signed the Memorandum of Understanding on Fisheries Cooperation in Suva on Tuesday.", "Memorandum of Understanding on Fisheries Cooperation"},
	}
	for _, tc := range tests {
		d := run(t, "x.txt", tc.text, "2025-03-12")
		var got []string
		for _, e := range d.Events {
			if e.Type == annals.Agreement {
				got = append(got, string(e.Title))
			}
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q: agreement titles %q, want [%q]", tc.text, got, tc.want)
		}
	}
}
