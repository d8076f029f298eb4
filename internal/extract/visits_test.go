package extract

import (
	"strings"
	"testing"

	"annals"
)

// TestVisitRule covers the visit family: a visit and a trip to come, a
// visitor welcomed, a state welcomed as a member (an accession), and web
// addresses visited.
func TestVisitRule(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a visit and an upcoming trip", "2009-03-10", "Secretary Ana Ruiz visited Peru last week. During the visit, Secretary Ruiz announced an upcoming trip to Peru by President Paul Weiss.", annals.Visit, 2, "", ""},
		{"one visitor's visit told twice", "2010-05-19", "Today I honor Prime Minister Ana Ruiz of Peru on the occasion of her visit to Washington. Peru is a friend. Its people are proud. Its economy grows. Please join me in welcoming Prime Minister Ruiz to the United States.", annals.Visit, 1, "", ""},
		{"welcome as a member", "2023-04-04", "Today, I am proud to welcome Andorra as the Andean Council's 13th member.", annals.Agreement, -1, "2023-04-04", "Andorra"},
		{"one accession told twice", "2023-04-04", "Today, I welcome Andorra as the Andean Council's 13th member. It has been a long road. Talks took years. Less than a year later, we are welcoming Andorra as a member.", annals.Agreement, 1, "", ""},
		{"a web address", "2023-06-02", "For more information, visit WhiteHouse.gov/HungerHealthConference.", annals.Visit, 0, "", ""},
		{"a web address with www", "2023-06-02", "To volunteer, visit www.partnershipstudentsuccess.org today.", annals.Visit, 0, "", ""},
		{"a visit to a country", "2023-06-02", "Secretary Ana Ruiz will visit Peru on Monday.", annals.Visit, 1, "", ""},
		{"travelled to a place", "2023-06-02", "Secretary Ana Ruiz travelled to Lima on Monday.", annals.Visit, 1, "2023-05-29", ""},
		{"travel in general", "2023-06-02", "The rules make travel easier for students.", annals.Visit, 0, "", ""},
		{"a web address of three parts", "2023-06-02", "To stay up to date on the work of the Task Force, you can visit PAVE.hud.gov.", annals.Visit, 0, "", ""},
		{"a web address after emphasis", "2023-06-02", "For up-to-date information, visit* [*www.example.gov](https://www.example.gov)*.", annals.Visit, 0, "", ""},
		{"a website", "2023-06-02", "To learn more about mpox, please visit the Andean Health Agency website.", annals.Visit, 0, "", ""},
		{"visit and a colon", "2023-06-02", "To view the letter from the Physician to the President, visit:", annals.Visit, 0, "", ""},
		{"a citation", "2023-06-02", "See Andean Council, Fees, https://www.example.gov/fees (last visited July 14, 2022).", annals.Visit, 0, "", ""},
		{"the site of a facility", "2023-06-02", "Secretary Ana Ruiz also visited the site of a vaccine facility in Dakar on Monday.", annals.Visit, 1, "2023-05-29", ""},
		{"a visiting professor", "2023-06-02", "Paul Weiss has taught as a visiting professor at Lima Law School.", annals.Visit, 0, "", ""},
		{"a Visiting Fellow", "2023-06-02", "Ana Ruiz is also a Visiting Fellow at the Andean Center on Law.", annals.Visit, 0, "", ""},
		{"an invitation to visit", "2023-06-02", "President Ana Ruiz extended an invitation for Prime Minister Paul Weiss to visit Lima soon.", annals.Visit, 0, "", ""},
		{"invited to visit", "2023-06-02", "Some volunteers may be invited to visit the Andean Council in July.", annals.Visit, 0, "", ""},
		{"tourists visiting", "2023-06-02", "The order raises fees for foreign tourists visiting national parks in Peru.", annals.Visit, 0, "", ""},
		{"a visit after an invitation was accepted", "2023-06-02", "Paul Weiss accepted the invitation. On Monday he visited Lima.", annals.Visit, 1, "2023-05-29", "Paul Weiss"},
	})
}

// TestContractedFuture: "’ll" tells an event to come, and a contraction
// is no word of an event's title.
func TestContractedFuture(t *testing.T) {
	checkRules(t, []ruleCase{
		{"the ministers’ll meet", "2024-01-10", "The ministers’ll meet in Oslo to sign the accord.", annals.Meeting, 1, "2024-01", ""},
		{"the ministers will meet", "2024-01-10", "The ministers will meet in Oslo to sign the accord.", annals.Meeting, 1, "2024-01", ""},
	})
	d := run(t, "x.txt", "Next month we’ll visit Romania and Slovakia.", "2024-01-10")
	for _, e := range d.Events {
		if strings.Contains(string(e.Title), "’ll") {
			t.Errorf("title %q holds a contraction", e.Title)
		}
	}
}

// TestServiceVisits covers "visits" a service gives and "visiting" that
// names a body, a post or a time: no one's visit to a place.
func TestServiceVisits(t *testing.T) {
	checkRules(t, []ruleCase{
		{"emergency room visits", "2023-04-10", "During the June 2022 heat wave in Peru, hospitals in Lima reported thousands of emergency room visits.", annals.Visit, 0, "", ""},
		{"telehealth care visits", "2023-04-10", "Today, the ministry of Peru announced it will end fees for all telehealth care visits, building on its May announcement.", annals.Visit, 0, "", ""},
		{"a visiting committee", "2023-04-10", "Ana Ruiz serves on the visiting committee for the Lima Museum of Art.", annals.Visit, 0, "", ""},
		{"guard: a state visit", "2023-04-10", "President Ana Ruiz paid a state visit to Chile on Monday.", annals.Visit, 1, "2023-04-10", "Ana Ruiz"},
		{"guard: visiting a country", "2023-04-10", "President Ana Ruiz is visiting Chile this week.", annals.Visit, 1, "", "Ana Ruiz"},
	})
}

// TestVisitInPassing covers visit words that tell no visit: a visit urged
// on others, a patient's visit with a provider, a visiting appointment.
func TestVisitInPassing(t *testing.T) {
	checkRules(t, []ruleCase{
		{"encouraged to visit", "2023-04-10", "We encourage other leaders, youth and people from around the world to visit Cusco and Lima.", annals.Visit, 0, "", ""},
		{"a visit with a medical provider", "2023-04-10", "The initiative creates more places where people can get a test, a visit with a medical provider, and free treatment.", annals.Visit, 0, "", ""},
		{"visiting appointments", "2023-04-10", "During that time, he also held visiting appointments at Lima University and Cusco University.", annals.Visit, 0, "", ""},
		{"guard: visited Lima", "2023-04-10", "On Monday, President Ana Ruiz visited Lima and Cusco.", annals.Visit, 1, "2023-04-10", "Ana Ruiz"},
		{"guard: a visit with the minister", "2023-04-10", "On Monday, President Ana Ruiz made a visit with Foreign Minister Paul Weiss to Lima.", annals.Visit, 1, "2023-04-10", "Ana Ruiz"},
	})
}

// TestVisitOfThingsOrPages covers things that arrive and a web address
// with a path: no visit.
func TestVisitOfThingsOrPages(t *testing.T) {
	checkRules(t, []ruleCase{
		{"doses arrived", "2023-04-10", "The first donated vaccine doses arrived in Peru in August.", annals.Visit, 0, "", ""},
		{"a web address with a path", "2023-04-10", "Members of the public are encouraged to contact their Member of Congress or visit andean.gov/visit.", annals.Visit, 0, "", ""},
		{"guard: the minister arrived", "2023-04-10", "On Monday, Foreign Minister Ana Ruiz arrived in Lima.", annals.Visit, 1, "2023-04-10", "Ana Ruiz"},
	})
}

// TestVisitToCome: a visit named in a phrase opened by "during" before a
// main clause told in the future is planned, and so is one someone
// "looked forward to"; a visit during which something was done was held.
func TestVisitToCome(t *testing.T) {
	checkStatus(t, "2024-05-02", []statusCase{
		{"During his visit to the Lima Hospital in Peru, the President will announce a new contribution.", annals.Visit, annals.Planned},
		{"The President said he looked forward to visiting Chile in the near future.", annals.Visit, annals.Planned},
		{"During his visit to the Lima Hospital in Peru, the President announced a new contribution.", annals.Visit, annals.Held},
	})
}

// TestVisitedPlacesAndTravellingThings: a place "most heavily visited"
// and things that travel ("the exhibition visited 41 states", "a ship
// that visits the United States") tell no one's visit.
func TestVisitedPlacesAndTravellingThings(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a heavily visited area", "2024-05-02", "The Andean Park is the most heavily visited wilderness area in Peru.", annals.Visit, 0, "", ""},
		{"an exhibition visited", "2024-05-02", "Launched in fall 2021, the exhibition visited 41 states, reaching more than 330,000 visitors.", annals.Visit, 0, "", ""},
		{"a ship that visits", "2024-05-02", "They talked about a port fee on a ship that visits Peru.", annals.Visit, 0, "", ""},
		{"guard: a president visited", "2024-05-02", "President Ana Ruiz visited Lima in May 2021.", annals.Visit, 1, "2021-05", "Ana Ruiz"},
	})
}

// TestVisitOnTheWeb: a reader sent to a web site, a link or an address
// given later in the sentence, the sites people visit and a site's count
// of visits tell no one's visit; a site of the ground visited does.
func TestVisitOnTheWeb(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a relief site to learn more", "2024-05-02", "Homeowners can also call the Andean Housing Center for additional information and visit the Andean Disaster Relief site to learn more about relief options.", annals.Visit, 0, "", ""},
		{"this link", "2024-05-02", "Visit this link to see the state-by-state breakdown.", annals.Visit, 0, "", ""},
		{"an address after a page's name", "2024-05-02", "To find information about your state’s program, visit Help for Families | The Andean Family Office (families.andean.gov).", annals.Visit, 0, "", ""},
		{"the websites we visit", "2024-05-02", "Big companies collect huge amounts of data on the things we buy, the websites we visit, and the places we go.", annals.Visit, 0, "", ""},
		{"a site's millions of visits", "2024-05-02", "With more than 355 million visits in 2022, StudentAid.gov provides critical information to students.", annals.Visit, 0, "", ""},
		{"guard: the site of the flood", "2024-05-02", "On Monday, President Ana Ruiz visited the site of the flood in Lima.", annals.Visit, 1, "2024-04-29", "Ana Ruiz"},
		{"guard: a plant site", "2024-05-02", "Secretary Ana Ruiz will visit the Andean Steel plant site in Lima on Friday to learn more about its new furnace.", annals.Visit, 1, "", "Ana Ruiz"},
	})
}

// TestVisitOfKinOrReadiness: a private visit of one's own people ("able to
// visit their loved ones", "to visit friends and family") and a readiness
// ("ready to meet any time", "eager to travel") tell no event; an
// official visit of families stays.
func TestVisitOfKinOrReadiness(t *testing.T) {
	checkRules(t, []ruleCase{
		{"their loved ones", "2024-05-02", "Today, more people in Peru are once again able to visit their loved ones.", annals.Visit, 0, "", ""},
		{"friends and family", "2024-05-02", "Every day, 2.9 million passengers traveling for work or to visit friends and family entrust their lives to the Andean Aviation Agency.", annals.Visit, 0, "", ""},
		{"with loved ones", "2024-05-02", "Most Peruvians are comfortable visiting with loved ones and eating out.", annals.Visit, 0, "", ""},
		{"ready to meet", "2024-05-02", "Let’s be clear: the Andean Council's team is ready to meet any time.", annals.Meeting, 0, "", ""},
		{"guard: families affected", "2024-05-02", "On Monday, President Ana Ruiz visited families affected by the flood in Lima.", annals.Visit, 1, "2024-04-29", "Ana Ruiz"},
		{"guard: able to sign", "2024-05-02", "In the last two years, President Ana Ruiz has been able to sign the Andean Safety Accord.", annals.Agreement, 1, "", ""},
	})
}

// TestWelcomedIntoABody: someone welcomed into a body ("welcomed me to
// the Andean Black Caucus") is received as a member: no visit, no
// statement.
func TestWelcomedIntoABody(t *testing.T) {
	checkRules(t, []ruleCase{
		{"welcomed me to a caucus", "2024-05-02", "Congressman Paul Weiss welcomed me to the Andean Black Caucus when I was still new to the Senate.", "", 0, "", ""},
		{"guard: welcomed a minister to a country", "2024-05-02", "President Ana Ruiz welcomed Foreign Minister Paul Weiss to Peru on Monday.", annals.Visit, 1, "2024-04-29", "Paul Weiss"},
		{"a guest of a country welcomed to a seat of government", "2024-05-02", "President Ana Ruiz of Chile will welcome President Paul Weiss of the Republic of Peru to the Presidential Palace on 20 May 2024.", annals.Visit, 1, "2024-05-20", "Paul Weiss"},
		{"guard: welcomed to a body", "2024-05-02", "President Ana Ruiz welcomed President Paul Weiss of Andorra to the Andean Council on Monday.", annals.Visit, 0, "", ""},
	})
}

// TestVisitorsAtLarge checks that what people in general may do ("more
// families can visit", "survivors can visit", "citizens living in or
// visiting Kenya") is no one's visit, while a group's own visit stays.
func TestVisitorsAtLarge(t *testing.T) {
	checkRules(t, []ruleCase{
		{"families can visit", "2024-05-01", "We are repairing the roads that lead to our parks so more families can visit these natural treasures.", annals.Visit, 0, "", ""},
		{"individuals can also visit", "2024-05-01", "Impacted individuals can also visit the Andean Recovery Center in Lima.", annals.Visit, 0, "", ""},
		{"living in or visiting", "2024-05-01", "Our Consular Section provides services to American citizens living in or visiting Peru.", annals.Visit, 0, "", ""},
		{"students will visit", "2024-05-01", "On Monday, the students will visit Lima with Minister Ana Ruiz.", annals.Visit, 1, "", ""},
	})
}

// TestVisitedUponAndTripTimes checks that "visited upon" (inflicted) and
// "trip" qualifying a measure of travel ("trip times") tell no visit.
func TestVisitedUponAndTripTimes(t *testing.T) {
	checkRules(t, []ruleCase{
		{"visited upon", "2022-06-22", "The Andean Council noted that poverty drives the violence visited upon women in Peru.", annals.Visit, 0, "", ""},
		{"trip times", "2022-06-22", "The new bridge in Lima will improve reliability and trip times for Peru's railways.", annals.Visit, 0, "", ""},
		{"guard: a trip", "2022-06-22", "Minister Ana Ruiz of Peru will make a trip to Lima on June 25.", annals.Visit, 1, "", ""},
		{"guard: visited", "2022-06-22", "Minister Ana Ruiz of Peru visited Lima on June 20.", annals.Visit, 1, "", ""},
	})
}

// TestVisitsToOtherPlaces: a visit told again without a date merges into
// a visit of the same person only when their places agree: "will then
// travel to Manila" after "will travel to Bangkok" is a second trip.
func TestVisitsToOtherPlaces(t *testing.T) {
	for _, tc := range []struct {
		text   string
		places []string
	}{
		{"Vice President Ana Ruiz will travel to Bangkok, Thailand to attend the November 18-19 Andean Leaders Meeting. Paul Weiss will also travel to Bangkok and participate in the spousal program. Ana Ruiz will then travel to Manila, the Philippines. Her visit will strengthen the U.S.-Philippines Alliance. Paul Weiss will also travel to Manila.", []string{"Bangkok", "Bangkok", "Manila"}},
		{"Vice President Ana Ruiz will travel to Bangkok, Thailand on November 18. During her visit to Bangkok, Ana Ruiz will meet Thai leaders.", []string{"Bangkok"}},
	} {
		d := run(t, "x.txt", tc.text, "2022-11-10")
		var got []string
		for _, e := range d.Events {
			if e.Type == annals.Visit {
				got = append(got, string(e.Place))
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.places, "|") {
			t.Errorf("%q: visits to %v, want %v", tc.text, got, tc.places)
		}
	}
}

// TestVisitCalledOff: a visit postponed or cancelled is none made.
func TestVisitCalledOff(t *testing.T) {
	checkRules(t, []ruleCase{
		{"had to postpone his trip", "2023-06-02", "After President Ana Ruiz had to postpone her trip to Australia, the leaders agreed to meet in Lima.", annals.Visit, 0, "", ""},
		{"the visit was cancelled", "2023-06-02", "Prime Minister Paul Weiss's visit to Lima was cancelled because of the storm.", annals.Visit, 0, "", ""},
		{"the cancellation of her visit", "2023-06-02", "Peru regretted the cancellation of her visit to Santiago on Monday.", annals.Visit, 0, "", ""},
		{"a trip to be rescheduled", "2023-06-02", "President Ana Ruiz thanks Prime Minister Paul Weiss for his flexibility, and she looks forward to rescheduling her trip.", annals.Visit, 0, "", ""},
		{"guard: a visit after a postponed vote", "2023-06-02", "On Monday, President Ana Ruiz visited Lima, where the vote had been postponed.", annals.Visit, 1, "2023-05-29", "Ana Ruiz"},
		{"guard: a visit made", "2023-06-02", "On Monday, Prime Minister Paul Weiss's visit to Lima was a success.", annals.Visit, 1, "2023-05-29", "Paul Weiss"},
	})
}

// TestVisitingInAName covers "Visiting" as a word of a programme's name:
// no visit.
func TestVisitingInAName(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a home visiting programme", "2023-04-10", "The Andean Council has doubled funding for the Early Childhood Home Visiting Program in Peru.", annals.Visit, 0, "", ""},
		{"a visiting scholarship programme", "2023-04-10", "The ministry will double the size of the Andean Visiting Scholarship Program in Lima.", annals.Visit, 0, "", ""},
		{"guard: visiting a city", "2023-04-10", "Visiting Lima on Monday, Ana Ruiz met farmers.", annals.Visit, -1, "", ""},
	})
}

// TestServiceVisitsTold covers a care service told by "visits" or
// "visiting" after its place or kind ("an emergency department visit",
// "home visits", "home visiting services") and told again by the bare
// plural in its sentence: no one's visit to a place.
func TestServiceVisitsTold(t *testing.T) {
	checkRules(t, []ruleCase{
		{"an emergency department visit", "2023-04-10", "Residents of the new homes in Lima were 9% more likely to have a preventable emergency department visit.", annals.Visit, 0, "", ""},
		{"home visits", "2023-04-10", "The ministry of Peru has doubled its funding for home visits from $4 million in 2022 to $8 million.", annals.Visit, 0, "", ""},
		{"home visiting services", "2023-04-10", "The Andean Council will expand home visiting services, doulas and community health workers in Peru.", annals.Visit, 0, "", ""},
		{"the service told again", "2023-04-10", "In 2020, Peru saw a 20 percent increase in emergency room visits for asthma, and a 30 percent increase in visits for those over 65.", annals.Visit, 0, "", ""},
		{"guard: a department's visit", "2023-04-10", "The State Department visit to Lima on Monday went well, Ana Ruiz said.", annals.Visit, -1, "", ""},
		{"guard: two visits", "2023-04-10", "President Ana Ruiz visited Chile on Monday, and the visits of her ministers to Peru followed.", annals.Visit, -1, "", "Ana Ruiz"},
	})
}
