package extract

import (
	"strings"

	"annals"
	"annals/internal/text"
)

// Visits: someone goes to a place, or is welcomed there.
//
// The rule accepts "visited Peru", "a visit to Washington", "an upcoming
// trip", "travelled to Lima", "arrived in Quito", "a tour of the region",
// and "welcome Foreign Minister X to the United States". It rejects a web
// address or page visited ("visit HealthCare.gov", "visit www.example.org",
// "please visit the CDC website", "visit:"),
// travel or arrival anywhere but a named place, "tour" that is no tour of
// somewhere, a visit one is invited to make ("an invitation for X to
// visit") or urged on others ("encourage leaders ... to visit Hiroshima"),
// a patient's "visit with a medical provider", "visiting appointments",
// visitors in general ("tourists visiting our parks", "families can
// visit", "citizens living in or visiting Kenya"), and a
// welcome of no person to a place: "welcome Finland as
// NATO's 31st Ally" is an accession (an agreement), "The Council welcomed
// the decision" a statement.
var visitWords = []string{
	"visit", "visited", "visits", "visiting", "trip",
	"welcome", "welcomed", "welcomes", "welcoming",
	"travel", "travelled", "traveled", "tour", "arrived",
}

// visitAt returns the event type the visit word w at token i signals in
// its context, or "".
func (s *state) visitAt(i int, w string) annals.EventType {
	t := annals.Visit
	next, prev := s.lw(i+1), s.lw(i-1)
	if s.visitsAWebPage(i) {
		return ""
	}
	if w == "visiting" && s.visitingInAName(i) {
		// "the Early Childhood Home Visiting Program", "the Fulbright
		// Visiting Scholarship Program": a word of a programme's name
		return ""
	}
	if next == "upon" && w != "trip" {
		// "the violence visited upon transgender women": inflicted, no
		// one's visit
		return ""
	}
	if w == "trip" && tripQualified.has(next) {
		// "improve reliability and trip times": the word qualifies a
		// measure of travel, no one's trip
		return ""
	}
	if s.visitCalledOff(i) {
		// "had to postpone his trip to Australia", "the visit was
		// cancelled": a visit not made
		return ""
	}
	if s.invitedToVisit(i) {
		// "extended an invitation for President X to visit the ROK",
		// "invited Prime Minister Y to visit Washington": an invitation, no
		// visit yet
		return ""
	}
	if p := s.lw(i - 1); w == "visiting" && (p == "those" || s.word(i-1) == p && strings.HasSuffix(p, "s") && !auxiliaries.has(p) && p != "his" && p != "its" && p != "this") {
		// "foreign tourists visiting our national parks", "those visiting
		// government buildings": visitors in general
		return ""
	}
	if (w == "visits" || w == "visit") && (serviceVisits.has(s.word(i-1)) || next == "with" && s.providerAfter(i+2)) {
		// "telehealth care visits", "emergency room visits", "prenatal
		// visits": a service given, no one's visit to a place
		return ""
	}
	if w == "visiting" && serviceVisits.has(s.word(i-1)) {
		// "expand home visiting services", "nurse home visiting": the
		// service named by the gerund
		return ""
	}
	if w == "visits" && s.serviceVisitsBefore(i) {
		// "a 24 percent increase in emergency room visits ..., and a 30
		// percent increase in visits for those between 12 and 17": the
		// same service told again
		return ""
	}
	if s.visitorsAtLarge(i) {
		// "more families can visit these natural treasures", "Survivors
		// can visit Disaster Recovery Centers", "citizens living in or
		// visiting Kenya": what people in general may do, no one's visit
		return ""
	}
	if s.visitsKin(i) {
		// "able to visit their loved ones", "to visit friends and
		// family", "comfortable visiting with loved ones": a private
		// visit of people in general, no one's visit of a place
		return ""
	}
	if w == "visiting" && s.is(i+1, cVisitingThings) {
		// "the visiting committee for the museum", "visiting hours": a
		// body, a post or a time named by the word
		return ""
	}
	if (w == "visiting" || w == "visit") && s.officeNamedBy(i) {
		// "a Visiting Professor at Columbia", "visiting scholar": an office
		return ""
	}
	// "the most heavily visited wilderness area": the visited qualifies a
	// place, no one's visit
	if w == "visited" && (strings.HasSuffix(prev, "ly") || prev == "most" || prev == "least" || prev == "often" || prev == "much") &&
		isLowerWord(s.word(i+1)) && !functionWords.has(next) && next != "by" {
		return ""
	}
	// "the exhibition visited 41 states", "a ship that visits the United
	// States": things that travel, no one's visit
	if (w == "visited" || w == "visits" || w == "visit") && (thingsArriving.has(prev) || thingsVisiting.has(prev) || (prev == "that" || prev == "which") && (s.is(i-2, cThingsArriving) || s.is(i-2, cThingsVisiting))) {
		return ""
	}
	switch w {
	case "travel", "travelled", "traveled", "arrived":
		if next != "to" && next != "in" {
			return ""
		}
		// "The first U.S.-donated vaccine doses arrived in Nigeria":
		// things delivered, no one's visit
		if s.is(i-1, cThingsArriving) {
			return ""
		}
		if m := s.mentAt(i + 2); m == nil || m.ent.typ != annals.Place {
			return ""
		}
	case "tour":
		if next != "of" || prev != "a" && prev != "the" && prev != "his" && prev != "her" {
			return ""
		}
	case "welcome", "welcomed", "welcomes", "welcoming":
		// "welcome Finland as NATO's 31st Ally": a state joins a body
		if s.welcomesAMember(i) {
			return annals.Agreement
		}
		// "Congressman X welcomed me to the Congressional Black Caucus": a
		// member received into a body, no visit and no statement
		if k := i + 3; (next == "me" || next == "him" || next == "her" || next == "them" || next == "us") && s.lw(i+2) == "to" {
			if s.lw(k) == "the" {
				k++
			}
			if m := s.mentAt(k); m != nil && m.ent.typ == annals.Org {
				return ""
			}
		}
		// "welcome Foreign Minister X to the United States"
		// otherwise "The Council welcomed the decision" is a statement
		p := s.personAfter(i+1, 6)
		if p == nil {
			return s.statementType(i)
		}
		k := p.b
		// "welcome President X of the Republic of Colombia to the White
		// House": the guest's country between
		if s.lw(k) == "of" {
			j := k + 1
			if s.lw(j) == "the" {
				j++
			}
			if m := s.mentAt(j); (m == nil || m.a != j) && s.is(j, cPlaceNouns) && s.lw(j+1) == "of" {
				j += 2
			}
			if m := s.mentAt(j); m != nil && m.a == j && m.ent.isCountry() {
				k = m.b
			}
		}
		if s.lw(k) != "to" {
			return s.statementType(i)
		}
		// the place, or a seat of government or a venue ("the White
		// House", "the Kremlin")
		m := s.mentAt(k + 1)
		if m == nil && s.lw(k+1) == "the" {
			m = s.mentAt(k + 2)
		}
		if m == nil || m.ent.typ != annals.Place && !(m.ent.typ == annals.Org && isVenue(m.ent)) {
			return s.statementType(i)
		}
	}
	return s.notANameWord(i, t)
}

// tripQualified are the nouns "trip" qualifies as a measure of travel:
// "trip times", "trip length".
var tripQualified = set("time", "times", "length", "lengths", "counts", "count", "rates", "data", "planner", "planners")

// webPages are what one visits on the web: "visit the CDC website".
var webPages = set("website", "websites", "webpage", "page", "portal", "here")

// visitsAWebPage reports whether the visit word at token i points the
// reader to the web: "please visit AI.gov", "visit www.example.gov to learn
// more", "visit* [*www.example.gov" (emphasis and brackets between), "you
// can visit PAVE.hud.gov", "visit the U.S. CDC website", "To review the
// report, visit:", a citation's "(last visited July 14, 2022)", or a
// word of a web address itself ("whitehouse.gov/visit").
func (s *state) visitsAWebPage(i int) bool {
	if s.inURL[i] || s.lw(i-1) == "please" || s.lw(i-1) == "last" && s.word(i-2) == "(" {
		return true
	}
	// "whitehouse.gov/visit": a word of a web address's path
	if i > 0 && s.word(i-1) == "/" && s.toks[i-1].End == s.toks[i].Start {
		return true
	}
	k := i + 1
	for k < len(s.toks) && k <= i+3 && (s.word(k) == "*" || s.word(k) == "[" || s.word(k) == "(" || s.word(k) == "_") {
		k++
	}
	if k >= len(s.toks) {
		return false
	}
	if s.inURL[k] || s.webAddressAt(k) || s.word(i+1) == ":" {
		return true
	}
	for j := i + 1; j < len(s.toks) && j <= i+6; j++ {
		if s.is(j, cWebPages) {
			return true
		}
		// "visit the FHA Disaster Relief site to learn more", "visit this
		// link": a site the reader is sent to for what it tells (not "the
		// site of the flood", nor a site visited "to learn" without "more")
		if w := s.lw(j); j < s.sentTok[s.sentOf[i]][1] && ((w == "link" || w == "links") && s.lw(j+1) != "of" || (w == "site" || w == "sites") && s.sentToLearnMore(j+1)) {
			return true
		}
		if s.toks[j].Kind == text.Punct && s.word(j) != "." && s.word(j) != "’" && s.word(j) != "'" {
			break
		}
	}
	// "the websites we visit", "websites visited": pages people visit
	// (not "the sites we visited in Lima")
	if w := s.lw(i - 1); w == "websites" || w == "webpages" || (s.lw(i-2) == "websites" || s.lw(i-2) == "webpages" || s.lw(i-2) == "pages") && pronounSubjects.has(w) {
		return true
	}
	// "355 million visits": a site's count of visitors
	if s.lw(i) == "visits" && (s.lw(i-1) == "million" || s.lw(i-1) == "billion" || s.lw(i-1) == "thousand") {
		return true
	}
	// "visit Help for Families | The Office (families.example.gov)": the
	// reader told to visit a page whose address the sentence gives
	if s.lw(i) == "visit" && s.imperativeAt(i) {
		end := s.sentTok[s.sentOf[i]][1]
		for j := i + 1; j < end && j <= i+16; j++ {
			if s.inURL[j] || s.webAddressAt(j) {
				return true
			}
		}
	}
	return false
}

// pronounSubjects are the subjects of a relative clause without "that":
// "the websites we visit".
var pronounSubjects = set("we", "you", "they", "i", "people", "users")

// sentToLearnMore reports whether the words from token k send the reader
// on for more: "to learn more", "for more information", "for updates".
func (s *state) sentToLearnMore(k int) bool {
	switch s.lw(k) {
	case "to":
		return (s.lw(k+1) == "learn" || s.lw(k+1) == "find" || s.lw(k+1) == "read") && s.lw(k+2) == "more"
	case "for":
		return s.lw(k+1) == "updates" || s.lw(k+1) == "more" || s.lw(k+1) == "information" || s.lw(k+1) == "additional" && s.lw(k+2) == "information"
	}
	return false
}

// imperativeAt reports whether the verb at token i tells the reader what
// to do: it opens its sentence or a clause after a comma, colon, "and" or
// "or", or follows "please" ("Visit this link", "To apply, visit").
func (s *state) imperativeAt(i int) bool {
	if i == s.sentTok[s.sentOf[i]][0] {
		return true
	}
	switch s.word(i - 1) {
	case ",", ":", ";", "and", "or", "please", "Please":
		return true
	}
	return false
}

// webAddressAt reports whether token k is a web address written without
// its scheme: "AI.gov", "PAVE.hud.gov", "www.example.org/path".
func (s *state) webAddressAt(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	w := strings.ToLower(s.text[s.toks[k].Start:s.toks[k].End])
	if strings.HasPrefix(w, "www") {
		return true
	}
	// words and periods with no space between, ending in a top-level
	// domain
	for k+2 < len(s.toks) && s.word(k+1) == "." && s.toks[k+1].Start == s.toks[k].End && s.toks[k+2].Start == s.toks[k+1].End {
		// "whitehouse.gov/visit": the domain before a path
		tld, _, _ := strings.Cut(s.lw(k+2), "/")
		switch tld {
		case "gov", "com", "org", "net", "edu", "int", "mil":
			return true
		}
		k += 2
	}
	return false
}

// invitedToVisit reports whether the visit word at token i is what
// someone is invited to do: "an invitation for Prime Minister X to visit
// the White House", "invited him to visit", "accepted the invitation to
// pay an official visit to Italy".
func (s *state) invitedToVisit(i int) bool {
	start := s.sentTok[s.sentOf[i]][0]
	for k := i - 1; k >= start && k >= i-10; k-- {
		switch s.lw(k) {
		case "invitation", "invitations", "invite", "invites", "invited", "inviting":
			return true
		}
		if s.toks[k].Kind == text.Punct && s.word(k) != "’" && s.word(k) != "'" && s.word(k) != "." {
			break
		}
	}
	// "We encourage other leaders, youth and people from around the world
	// to visit Hiroshima": a visit urged on others, none made
	if s.lw(i-1) == "to" {
		for k := i - 2; k >= start && k >= i-16; k-- {
			switch s.lw(k) {
			case "encourage", "encourages", "encouraged", "encouraging", "urge", "urges", "urged", "urging":
				return true
			}
			if s.toks[k].Kind == text.Punct && s.word(k) != "," && s.word(k) != "’" && s.word(k) != "'" {
				return false
			}
		}
	}
	return false
}

// serviceVisits are the services whose visits are a patient's or a
// client's, no one's visit to a place: "emergency room visits", "care
// visits", "an emergency department visit", "home visits" (lower case:
// "the Oval Office visit", "a State Department visit" are one).
var serviceVisits = set("care", "room", "doctor", "doctor’s", "doctor's", "clinic", "hospital", "office",
	"patient", "prenatal", "postpartum", "wellness", "well-child", "telehealth", "checkup", "medical",
	"dental", "outpatient", "inpatient", "follow-up", "ER", "ED", "department", "home", "nurse", "sick")

// serviceVisitsBefore reports whether a service's visits ("emergency
// room visits") stand before the plural "visits" at token i in its
// sentence: the bare plural tells the same service again.
func (s *state) serviceVisitsBefore(i int) bool {
	start := s.sentTok[s.sentOf[i]][0]
	for k := i - 1; k > start && k >= i-40; k-- {
		if (s.lw(k) == "visits" || s.lw(k) == "visit") && serviceVisits.has(s.word(k-1)) {
			return true
		}
	}
	return false
}

// visitingThings are named by "visiting" before them: a body, a post, a
// time.
var visitingThings = set("committee", "committees", "board", "fellowship", "fellow", "fellows", "scholar",
	"scholars", "professor", "professors", "researcher", "researchers", "lecturer", "faculty", "hours",
	"nurse", "nurses", "privileges", "rights", "room", "appointment", "appointments", "position", "positions",
	"professorship", "professorships", "chair", "student", "students", "artist", "artists", "assistant")

// thingsArriving arrive without visiting: "vaccine doses arrived in".
var thingsArriving = set("doses", "shipment", "shipments", "supplies", "vaccines", "aid", "assistance",
	"equipment", "cargo", "goods", "deliveries", "delivery", "funds", "weapons", "packages", "containers",
	"vessels", "ships", "flights", "planes", "trucks", "convoy", "convoys")

// thingsVisiting are things told as visiting places: a touring show, a
// ship.
var thingsVisiting = set("exhibition", "exhibit", "exhibitions", "exhibits", "ship", "vessel", "show", "tour",
	"submarine", "submarines", "carrier", "warship", "warships")

// providerAfter reports whether a care provider is named within a few
// words from token k: "a visit with a medical provider", "visits with
// your doctor" are a patient's.
func (s *state) providerAfter(k int) bool {
	for j := k; j < len(s.toks) && j <= k+3; j++ {
		switch s.lw(j) {
		case "provider", "providers", "doctor", "doctors", "nurse", "nurses", "clinician", "clinicians",
			"physician", "physicians", "pharmacist", "pharmacists", "therapist", "therapists", "dentist":
			return true
		}
		if s.toks[j].Kind == text.Punct {
			return false
		}
	}
	return false
}

// kin are the people one visits in private.
var kin = set("loved", "friends", "family", "families", "relatives", "grandchildren", "grandparents", "parents",
	"children", "kids", "relative", "friend")

// visitsKin reports whether the visit word at token i visits one's own
// people: "visit their loved ones", "visit friends and family", "visiting
// with loved ones" (not "visited families affected by the storm": no
// possessive, no "friends").
func (s *state) visitsKin(i int) bool {
	k := i + 1
	if s.lw(k) == "with" {
		k++
	}
	switch s.lw(k) {
	case "their", "his", "her", "your", "our", "my":
		return s.is(k+1, cKin)
	case "loved", "friends", "relatives":
		return true
	}
	return false
}

// peopleAtLarge are people in general, a visit's subject when a story
// tells what anyone of them may do.
var peopleAtLarge = set("people", "families", "individuals", "survivors", "residents", "citizens", "visitors",
	"tourists", "travelers", "travellers", "americans", "veterans", "patients", "customers", "applicants",
	"homeowners", "consumers", "seniors", "parents", "children", "kids", "youth", "members", "communities")

// visitorsAtLarge reports whether the visit verb at token i is what
// people in general may do: a subject of people at large and a modal of
// possibility ("families can visit", "individuals can also visit",
// "survivors may visit"), or "living in or visiting" ("American citizens
// living in or visiting Kenya").
func (s *state) visitorsAtLarge(i int) bool {
	modal := false
	for k := i - 1; k >= 0 && k >= i-5 && s.sentOf[k] == s.sentOf[i]; k-- {
		switch w := s.lw(k); w {
		case "can", "could", "may", "might":
			modal = true
		case "also", "still", "now", "easily", "then", "safely", "freely":
		case "or":
			if s.lw(k-1) == "in" && s.lw(k-2) == "living" {
				return true
			}
			return false
		default:
			return modal && peopleAtLarge.has(w)
		}
	}
	return false
}

// calledOffWords postpone or cancel what was to come, or set it anew.
var calledOffWords = set("postpone", "postpones", "postponed", "postponing", "postponement", "cancel", "cancels",
	"canceled", "cancelled", "canceling", "cancelling", "cancellation", "scrapped", "scrap", "scraps",
	// "looks forward to rescheduling his trip": put off, its day not yet known
	"reschedule", "rescheduling")

// visitCalledOff reports whether the visit word at token i is postponed
// or cancelled: "had to postpone his trip to Australia", "the
// cancellation of her visit", "The visit was postponed", "his trip has
// been cancelled". A visit put off is none made (nor, with no new date
// known, one to come).
func (s *state) visitCalledOff(i int) bool {
	start, end := s.sentTok[s.sentOf[i]][0], s.sentTok[s.sentOf[i]][1]
	// before: the verb or noun, then the visit's determiners and modifiers
	for k := i - 1; k >= start && k >= i-4; k-- {
		if calledOffWords.has(s.lw(k)) {
			return true
		}
		if s.toks[k].Kind == text.Punct {
			break
		}
	}
	// after: "the visit was postponed", "the trip has been cancelled"
	k := i + 1
	// "the visit to Lima was cancelled": past the destination
	if w := s.lw(k); w == "to" || w == "in" {
		if m := s.mentAt(k + 1); m != nil && m.a == k+1 {
			k = m.b
		}
	}
	first := k
	for n := 0; n < 3 && k < end && (s.is(k, cPassiveBe) || s.lw(k) == "has" || s.lw(k) == "had" || s.lw(k) == "have" || s.lw(k) == "be" || s.lw(k) == "been"); n++ {
		k++
	}
	return k > first && k < end && calledOffWords.has(s.lw(k))
}

// visitingInAName reports whether the capitalized "Visiting" at token i
// stands inside a name that ends with a programme's word, in its
// sentence: "Home Visiting Program", "Visiting Scholarship Program",
// "Second Chance Visiting Fellowship Program" (not "Visiting Lima, the
// Minister said").
func (s *state) visitingInAName(i int) bool {
	if !text.IsCap(s.word(i)) || !s.capLike(i+1) {
		return false
	}
	end := s.sentTok[s.sentOf[i]][1]
	for k := i + 1; k < end && k <= i+5 && s.capLike(k); k++ {
		if s.is(k, cProgrammeNames) {
			return true
		}
	}
	return false
}

// programmeNames end the name of a programme: "Program", "Fellowship".
var programmeNames = set("program", "programme", "programs", "programmes", "fellowship", "fellowships", "scholarship", "scholarships", "initiative")
