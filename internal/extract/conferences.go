package extract

import (
	"strings"

	"annals"
	"annals/internal/gazetteer"
	"annals/internal/text"
)

// Conferences: gatherings many attend — conferences, forums, summits,
// symposiums, congresses, expos — and an organization's gathering hosted.
//
// The rule accepts a gathering named or told ("the 8th Global Forum", "a
// high-level conference on tolerance", "the Global Summit on AI Safety"),
// a numbered dialogue or assembly ("the Seventieth World Health
// Assembly"), a numbered replenishment (a pledging conference: "the Seventh
// Replenishment of the Global Fund") and hosting an organization ("Peru
// will host the Andean Council"). It rejects an organ or an organization
// named like a gathering ("the General Conference of UNESCO", "Pacific
// Islands Forum", "the Congress", "the 113th Congress", "Chair of the
// Conference Board", "Executive Director, National Women’s Forum", "the
// Conference of Catholic Bishops", "Representative to the Conference on
// Disarmament"), a forum a body serves as or provides ("serves as the lead
// forum"), "congress members", and hosting a gathering named right after
// (that gathering is the event); a press conference is a statement.
var conferenceWords = []string{
	"conference", "forum", "summit", "symposium", "congress", "conferences", "summits", "expo",
	"host", "hosts", "hosted", "hosting", "dialogue", "assembly", "replenishment",
}

// conferenceAt returns the event type the conference word w at token i
// signals in its context, or "".
func (s *state) conferenceAt(i int, w string) annals.EventType {
	t := annals.Conference
	if s.officeHeldAt(i) && !s.numberedName(i) {
		// "Secretary of the Conference of State Bank Supervisors", "past
		// Chair of the Conference Board", "Commissioner General at Expo
		// Milano": where an office was held
		return ""
	}
	// "Nominee for U.S. Representative to the Conference on Disarmament":
	// the body an envoy's office is held at
	if s.envoyTo(i) {
		return ""
	}
	next, prev := s.lw(i+1), s.lw(i-1)
	// "met President X to discuss the preparations for the Forum": the
	// gathering the story told is what a meeting was about, no report
	// of it (its participants are the meeting's)
	if prev == "the" && s.preparationOf(i-2) {
		return ""
	}
	// "has presented at over 500 conferences", "many summits": gatherings
	// counted, none told; "conference papers", "forum series": a thing of
	// gatherings
	if (w == "conferences" || w == "summits") && s.countedPlural(i) || (w == "conference" || w == "forum" || w == "summit") && !text.IsCap(s.word(i)) && conferenceThings.has(next) {
		return ""
	}
	switch w {
	case "replenishment":
		// "the Seventh Replenishment of the Global Fund": a pledging
		// conference
		if !s.numberedName(i) && next != "conference" {
			return ""
		}
		return t
	case "dialogue", "assembly":
		// a numbered gathering: "the 5th Riga Water Dialogue", "the
		// Seventieth World Health Assembly"
		if !s.numberedName(i) {
			return ""
		}
		// "the 78th Assembly District": a noun the gathering's name only
		// qualifies
		if assemblyQualified.has(next) {
			return ""
		}
		return annals.Conference
	case "host", "hosts", "hosted", "hosting":
		// "The first QZSS Hosted Payload will launch": a word inside a
		// name hosts nothing
		if m := s.mentAt(i); m != nil && m.a < i {
			return ""
		}
		// hosting an organization's gathering or an event
		k := i + 1
		if s.lw(k) == "the" || s.lw(k) == "a" || s.lw(k) == "an" || s.lw(k) == "this" || s.lw(k) == "next" {
			k++
		}
		for j := k; j < k+4 && j < len(s.toks); j++ {
			if tt := triggers[s.lw(j)]; tt == annals.Conference || tt == annals.Meeting {
				return ""
			}
		}
		m := s.mentAt(k)
		if m == nil || m.ent.typ != annals.Org {
			return ""
		}
		// "a country hosting UN peacekeepers", "hosting U.S.
		// servicemembers": people stationed, no gathering
		if s.is(m.b, cHostedPeople) {
			return ""
		}
		// "continuing to host the Secretariat", "hosts the headquarters
		// of ...": an organization's seat, no gathering
		if s.is(m.b-1, cHostedSeats) {
			return ""
		}
		// "will host European Commission Executive Vice Presidents X
		// and Y", "hosted the UN Independent Expert on ...": people the
		// organization's offices name, met, no gathering of the
		// organization
		if s.officeHoldersAfter(m.b) {
			return annals.Meeting
		}
	case "conference":
		// "the General Conference of UNESCO" is an organ, not a gathering
		if prev == "general" && text.IsCap(s.word(i)) && !s.numberedName(i) {
			return ""
		}
		// "the Administrative Conference of the United States": a body
		// of a country, named by its country at the end
		if s.countrysBody(i) {
			return ""
		}
		// "the US Conference of Catholic Bishops", "the National
		// Conference of State Legislators": a body of its members
		if text.IsCap(s.word(i)) && next == "of" && !s.numberedName(i) {
			for k := i + 2; k < len(s.toks) && k <= i+5 && s.capLike(k); k++ {
				if s.is(k, cConferenceMembers) {
					return ""
				}
			}
		}
	case "forum", "summit":
		if ft, ok := s.forumAt(i, w); ok {
			return ft
		}
		if w == "forum" && s.forumAsFunction(i) {
			return ""
		}
		if w == "forum" && s.bodyForum(i) {
			return ""
		}
	case "congress":
		if (s.mentAt(i) != nil || text.IsCap(s.word(i))) && !s.numberedName(i) {
			return ""
		}
		// "congress members": a legislature's members, no gathering
		if peopleMet.has(next) || personSuffix(next) {
			return ""
		}
		// "for the 113th Congress": a legislature's term, not a gathering
		// ("the 20th Party Congress", "the 11th Congress of the Union")
		if p := s.lw(i - 1); (isOrdinal(p) || ordinalWords.has(p)) && next != "of" {
			return ""
		}
		return t
	}
	return s.notANameWord(i, t)
}

// forumAt checks a forum, summit or roundtable: "Pacific Islands Forum"
// the organization is not an event (""), a numbered one is a conference
// ("the 8th Global Forum"); ok is false when neither holds and the
// trigger's own type stands. A name ending in "Summit" is a gathering's
// even when tagged as a name ("the Global Summit on AI Safety").
func (s *state) forumAt(i int, w string) (t annals.EventType, ok bool) {
	if m := s.mentAt(i); m != nil && m.ent.typ == annals.Org && !s.numberedName(i) && w != "summit" {
		// "1,200 participants from 95 countries attended the Global
		// Forum on Migration and Development in Geneva": a forum
		// attended is a gathering, whatever the tagger made of its name
		if s.attendedName(m) {
			return annals.Conference, true
		}
		return "", true
	}
	if s.numberedName(i) {
		// "the 54th Pacific Islands Forum Leaders Meeting": the forum
		// only qualifies the gathering named by a later word, which
		// tells the event
		if s.gatheringWordAfter(i) {
			return "", true
		}
		return annals.Conference, true
	}
	return "", false
}

// gatheringWordAfter reports whether the capitalized name going on after
// the forum or summit at token i ends in another word of a gathering:
// "Forum Leaders Meeting", "Forum Ministerial Conference".
func (s *state) gatheringWordAfter(i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+4 && s.capLike(k) && s.dateAt(k) < 0; k++ {
		switch triggers[s.lw(k)] {
		case annals.Meeting, annals.Conference:
			return !s.capLike(k + 1)
		}
	}
	return false
}

// bodyForum reports whether the capitalized "Forum" at token i ends the
// name of a standing body, not a gathering: a "Permanent Forum", a name
// that goes on past the word ("a Forum Dialogue Partner", "Forum
// Mobility"), or a forum's name told with nothing of a gathering ("a
// member of the Urban Design Forum", "Carbon Leadership Forum announces",
// "$17 million for Belmont Forum grants", "support for the Global CBPR
// Forum"). A gathering is told at its time or place ("at the Andean
// Business Forum", "the June 2022 Andean Forum", "the Andean Forum in
// Lima on 4 May"), as one of a series ("the annual Andean Forum") or by
// a verb of gathering in its sentence (held, hosted, convened, attended,
// took place, brought together). A bare "the Forum" is left to the
// story's other names.
func (s *state) bodyForum(i int) bool {
	if !text.IsCap(s.word(i)) || s.numberedName(i) {
		return false
	}
	if s.lw(i-1) == "permanent" {
		return true
	}
	// "a Forum Dialogue Partner": the name goes on, the forum only
	// qualifying it (a gathering's word after it is its own event: "the
	// Pacific Islands Forum Leaders Meeting")
	if i+1 < len(s.toks) && s.capLike(i+1) && s.dateAt(i+1) < 0 && !s.sentenceStart(i+1) {
		j := i + 1
		for j+1 < len(s.toks) && j < i+6 && s.capLike(j+1) && s.dateAt(j+1) < 0 {
			j++
		}
		if triggers[s.lw(j)] == "" {
			return true
		}
	}
	prev := i - 1
	if s.word(prev) == ")" && s.word(prev-2) == "(" {
		// "the Mineral Security Partnership (MSP) Forum"
		prev -= 3
	}
	if s.lw(i-1) == "the" && !s.capLike(i-2) {
		// "The Forum adopted a strategy", after the story named the
		// Andean Forum, a body: the body again
		// ("The Forum and FAO signed a Letter of Intent": a body
		// named beside another as a party, no gathering)
		return s.forumBodyNamed(i) || s.besideABody(i)
	}
	if !s.capLike(prev) || s.is(prev, cSentenceOpeners) {
		return false
	}
	si := s.sentOf[i]
	a, b := s.sentTok[si][0], s.sentTok[si][1]
	st := prev + 1
	for st > a && st > i-12 && !s.is(st-1, cFunctionWords) && !s.is(st-1, cSentenceOpeners) && !forumCues.has(s.lw(st-1)) && (s.capLike(st-1) || s.hyphenAt(st-1) || s.word(st-1) == "&" || s.pluralApostrophe(st-1) || isPossessive(s.word(st-1)) || s.connectorAt(st-1) && s.capLike(st-2)) {
		st--
	}
	en := i + 1
	if (s.lw(en) == "on" || s.lw(en) == "for" || s.lw(en) == "to") && s.capLike(en+1) {
		en++
		for en < b && (s.capLike(en) || s.connectorAt(en) && s.capLike(en+1) || s.word(en) == ",") {
			en++
		}
	}
	// the time, place or series right before the name
	for k := st - 1; k >= a && k >= st-3; k-- {
		if s.dateAt(k) >= 0 || isOrdinal(s.lw(k)) || s.is(k, cOrdinalWords) || forumSeries.has(s.lw(k)) {
			return false
		}
		if s.lw(k) != "the" && s.lw(k) != "this" && s.lw(k) != "a" && s.lw(k) != "an" && !isPossessive(s.word(k)) && s.lw(k) != "year" {
			if forumCues.has(s.lw(k)) {
				return false
			}
			break
		}
	}
	// its time or place right after it: "in Lima", "on 4 May", "(ABF) in"
	k := en
	if s.word(k) == "(" && s.word(k+2) == ")" {
		k += 3
	}
	if s.word(k) == "," {
		k++
	}
	if w := s.lw(k); w == "in" || w == "on" || w == "at" {
		if m := s.mentAt(k + 1); m != nil && m.ent.typ == annals.Place || s.dateAt(k+1) >= 0 || s.lw(k+1) == "the" && s.dateAt(k+2) >= 0 {
			return false
		}
	}
	if s.dateAt(k) >= 0 {
		return false
	}
	for k := a; k < b; k++ {
		if forumCues.has(s.lw(k)) && (k < st || k >= en) {
			return false
		}
		if (s.lw(k) == "place" && (s.lw(k-1) == "take" || s.lw(k-1) == "took" || s.lw(k-1) == "takes")) || s.lw(k) == "together" && bringVerbs.has(s.lw(k-1)) {
			return false
		}
	}
	return true
}

// forumBodyNamed reports whether the forum the story named last before
// token i is a body, which a bare "the Forum" at i tells again: "The
// Andean Forum welcomed new members. The Forum also adopted ..." (a
// name the rules read as no gathering: an organization's not numbered
// nor attended, or bodyForum's), not "The 8th Global Forum on Water was
// held in Lima. The Forum adopted a declaration."
func (s *state) forumBodyNamed(i int) bool {
	if !s.forumNamesRead {
		s.forumNamesRead = true
		for k := 1; k < len(s.toks); k++ {
			if s.lw(k) == "forum" && text.IsCap(s.word(k)) && s.capLike(k-1) && !s.is(k-1, cSentenceOpeners) {
				s.forumNames = append(s.forumNames, k)
			}
		}
	}
	for n := len(s.forumNames) - 1; n >= 0; n-- {
		k := s.forumNames[n]
		if k >= i {
			continue
		}
		if m := s.mentAt(k); m != nil && m.ent.typ == annals.Org {
			return !s.numberedName(k) && !s.attendedName(m)
		}
		return s.bodyForum(k)
	}
	return false
}

// forumSeries tell a forum that recurs or is one of a series: "the annual
// Andean Forum".
var forumSeries = set("annual", "inaugural", "biennial", "next", "upcoming", "first-ever", "virtual", "ministerial", "high-level")

// forumCues tell a gathering around a forum's name: a preposition of its
// time ("at the Andean Forum", "during the", "ahead of the") or a verb of
// holding or attending it anywhere in the sentence.
var forumCues = set("at", "during", "ahead", "following", "after", "before", "since", "held", "hold", "holds", "holding",
	"host", "hosts", "hosted", "hosting", "co-host", "co-hosts", "co-hosted", "co-hosting", "convene", "convenes",
	"convened", "convening", "reconvene", "reconvened", "attend", "attends", "attended", "attending", "opened",
	"opens", "closed", "concluded", "met", "meets", "meet", "gathered", "organized", "organised", "organize", "organise", "sidelines", "margins")

// bringVerbs bring people together at a gathering.
var bringVerbs = set("bring", "brings", "brought", "bringing")

// attendedName reports whether the name of mention m is the whole object
// of a verb of attending: "attended the Global Forum on Migration and
// Development in Geneva", "took part in the Andean Forum", not "attended
// the Pacific Islands Forum Leaders Meeting" (the meeting is the event).
func (s *state) attendedName(m *mention) bool {
	if s.capLike(m.b) {
		return false
	}
	k := m.a - 1
	if k > 0 && (s.dateAt(k) >= 0 || isPossessive(s.word(k))) && (s.lw(k-1) == "at" || s.lw(k-1) == "the") {
		// "at today's Forum", "at the June Forum"
		k--
	}
	if s.lw(k) == "the" {
		k--
	}
	switch s.lw(k) {
	case "attended", "attend", "attends", "attending":
		return true
	case "at":
		return s.presentAt(k, m.b) >= 0
	case "in":
		switch s.lw(k - 1) {
		case "participated", "participate", "participates", "participating":
			return true
		case "part":
			switch s.lw(k - 2) {
			case "took", "take", "takes", "taking":
				return true
			}
		}
	}
	return false
}

// presentAt reports whether "at" at token k, before a forum's name that
// ends before token e, tells people present at a gathering: a verb of
// speaking, announcing or meeting before it in its sentence ("spoke about
// forests at the Oslo Tropical Forest Forum in Norway", "commitments made
// at the Andean Business Forum") or the sentence opening with it ("At the
// Andean Business Forum, the ministers announced ..."), not a place of
// work ("served as a director at the Andean Forum": no such verb). It
// returns the verb's token (k itself for the opening), or -1.
func (s *state) presentAt(k, e int) int {
	a := s.sentTok[s.sentOf[k]][0]
	if k == a || k == a+1 && !text.IsCap(s.word(a)) && !isLowerWord(s.word(a)) {
		if s.word(e) == "," || s.word(e) == "(" || s.lw(e) == "in" || s.lw(e) == "on" {
			return k
		}
		return -1
	}
	for j := k - 1; j >= a && j >= k-15; j-- {
		if s.word(j) == ";" || workVerbs.has(s.lw(j)) {
			return -1
		}
		if presentVerbs.has(s.lw(j)) {
			return j
		}
	}
	return -1
}

// presentVerbFuture reports whether the gathering whose name ends at
// token i is told after "at" and a verb of being there told in the
// future: "Next week X will speak about forests at the Oslo Tropical
// Forest Forum" (the verb far from the name, its modal maybe further
// back, before a verb it is coordinated with: "will share ... and speak").
func (s *state) presentVerbFuture(i int) bool {
	if !text.IsCap(s.word(i)) {
		return false
	}
	a := s.sentTok[s.sentOf[i]][0]
	st, e := i, i+1
	if m := s.mentAt(i); m != nil {
		st, e = m.a, m.b
	} else {
		for st > a && st > i-8 && (s.capLike(st-1) || s.hyphenAt(st-1)) {
			st--
		}
	}
	k := st - 1
	if s.lw(k) == "the" {
		k--
	}
	if s.lw(k) != "at" {
		return false
	}
	j := s.presentAt(k, e)
	if j < 0 || j == k {
		return false
	}
	for h := j - 1; h >= a && h >= j-12; h-- {
		if modalWill(s.lw(h)) || s.lw(h) == "shall" || s.lw(h) == "to" && s.is(h-1, cIntentVerbs) {
			return true
		}
		if s.toks[h].Kind == text.Punct {
			break
		}
	}
	return false
}

// presentVerbs tell people present at a gathering told after "at":
// "spoke at", "remarks at", "announced at", "commitments made at".
var presentVerbs = set("spoke", "speak", "speaks", "speaking", "remarks", "speech", "keynote", "address", "addressed",
	"said", "says", "announced", "announce", "announces", "announcing", "announcement", "launched", "launch",
	"unveiled", "pledged", "met", "meet", "meets", "gathered", "gather", "convened", "presented", "present",
	"participated", "participate", "participates", "participating", "delegates", "delegation", "made", "signed",
	"represent", "represents", "represented", "discussed", "discuss", "panel", "panelist", "session")

// hostedPeople are people a country hosts for a stay, not a gathering:
// "hosting UN peacekeepers", "NATO troops".
var hostedPeople = set("peacekeepers", "peacekeeping", "troops", "forces", "servicemembers", "service", "personnel",
	"soldiers", "refugees", "students", "staff", "bases", "base", "missions", "mission")

// conferenceMembers are the members of a standing body named a
// conference: "the Conference of Catholic Bishops", "the Conference of
// Mayors".
var conferenceMembers = set("bishops", "mayors", "legislators", "legislatures", "governors", "justices", "judges",
	"attorneys", "supervisors", "presidents", "churches", "rabbis", "commissioners", "administrators", "officials",
	"secretaries", "chiefs", "superintendents", "treasurers")

// forumAsFunction reports whether the lower-case "forum" at token i names
// what a body serves as or provides, not a gathering: "the Council of
// Governors serves as the lead forum to strengthen partnerships",
// "provides a forum to promote cooperation", "the annual dialogue as the
// foremost bilateral defense forum", "is a forum for", "The meeting will
// be a forum for Coalition Members".
func (s *state) forumAsFunction(i int) bool {
	if text.IsCap(s.word(i)) {
		return false
	}
	start := s.sentTok[s.sentOf[i]][0]
	for k := i - 1; k >= start && k >= i-5; k-- {
		w := s.lw(k)
		switch w {
		case "as":
			return true
		case "provides", "provide", "provided", "providing", "offers", "offer", "offered", "offering",
			"is", "are", "be", "remains", "remain", "serves", "serve", "becomes", "become":
			return true
		}
		if !isLowerWord(s.word(k)) && s.word(k) != "-" || metObjectEnds.has(w) && w != "in" || w == "and" || w == "or" || w == "of" {
			return false
		}
	}
	return false
}

// assemblyQualified are nouns a numbered assembly's name qualifies, no
// gathering: "the 78th Assembly District", "12th Assembly seat".
var assemblyQualified = set("district", "districts", "seat", "seats", "member", "members", "constituency",
	"race", "candidate", "election", "elections", "speaker", "majority", "minority", "leader", "caucus")

// countrysBody reports whether the capitalized "Conference" at token i
// names a standing body of a country by the country its name ends with:
// "the Administrative Conference of the United States" (a federal
// agency), not "the Conference of the Parties" or "the Conference on
// Sudan", nor a numbered gathering.
func (s *state) countrysBody(i int) bool {
	k := s.ofComplement(i)
	if !text.IsCap(s.word(i)) || k < 0 || s.numberedName(i) {
		return false
	}
	// the country, a place of its own or a word of the body's name
	ai := s.atomIdx(k)
	if ai < 0 || s.atoms[ai].Entry.Kind != gazetteer.Country || s.atoms[ai].Demonym {
		return false
	}
	e := k
	for e < len(s.toks) && s.toks[e].Start < s.atoms[ai].End {
		e++
	}
	return !s.capLike(e) && s.lw(e) != "and" && s.word(e) != "-"
}

// hostedSeats are what an organization has where a country hosts it, no
// gathering: "host the Secretariat", "hosting the Naval Support
// Activity".
var hostedSeats = set("secretariat", "headquarters", "office", "offices", "seat", "embassy", "consulate",
	"activity", "station", "facility", "installation", "garrison", "depot", "airfield", "airbase")

// officeHoldersAfter reports whether the words from token k are the
// capitalized title of an office (after an organization's name) and the
// person who holds it: "European Commission Executive Vice Presidents
// Margrethe Vestager", "the UN Independent Expert on ...".
func (s *state) officeHoldersAfter(k int) bool {
	j := k
	for j < len(s.toks) && j < k+6 && s.capLike(j) && s.mentAt(j) == nil {
		j++
	}
	if j == k {
		return false
	}
	if m := s.mentAt(j); m != nil && m.ent.typ == annals.Person && m.a == j {
		return true
	}
	// "the UN Independent Expert on Sexual Orientation": an office
	// without its holder's name
	return s.is(j-1, cTitleHeads) && (s.lw(j) == "on" || s.lw(j) == "for")
}

// conferenceThings are nouns "conference", "forum" or "summit" qualifies:
// "conference papers", "best paper conference awards", "a town hall and forum series", "the
// formal conference process", "conference rooms": a thing of
// gatherings, none told.
var conferenceThings = set("paper", "papers", "proceedings", "presentation", "presentations", "circuit", "speaker", "speakers",
	"award", "awards", "series", "process", "room", "rooms", "committee", "committees", "call", "calls", "report", "reports",
	"facility", "facilities", "center", "centers", "centre", "centres")

// countedPlural reports whether the plural gathering word at token i is
// counted or quantified: "over 500 conferences", "many summits",
// "hundreds of conferences".
func (s *state) countedPlural(i int) bool {
	k := i - 1
	for k > 0 && (s.lw(k) == "international" || s.lw(k) == "national" || s.lw(k) == "academic" || s.lw(k) == "scientific" || s.lw(k) == "professional") {
		k--
	}
	if s.lw(k) == "of" {
		k--
	}
	w := s.lw(k)
	switch w {
	case "many", "several", "numerous", "various", "countless", "dozens", "hundreds", "thousands", "multiple":
		return true
	}
	return isNumber(s.word(k)) && s.dateAt(k) < 0
}

// preparationOf reports whether the preposition at token k follows the
// preparations an event was about: "to discuss the preparations for",
// "briefed him on preparations for" (not "In preparation for the Summit,
// the United States developed ...": those preparing take part).
func (s *state) preparationOf(k int) bool {
	if s.lw(k) != "for" && s.lw(k) != "of" {
		return false
	}
	if w := s.lw(k - 1); w != "preparations" && w != "preparation" {
		return false
	}
	p := k - 2
	if s.lw(p) == "the" {
		p--
	}
	switch s.lw(p) {
	case "discuss", "discussed", "discussing", "discusses", "on", "about", "regarding", "review", "reviewed", "reviewing":
		return true
	}
	return false
}

// How a sentence names a gathering in passing (gatheringInPassing).
const (
	notPassing   = iota
	passingAhead // "ahead of the G20 Summit": still to come
	passingPast  // "commitments made at the G7 Summit": gone by
	passingNamed // "the role of the Summit of the Future": named only
)

// gatheringInPassing returns where the name of the gathering whose
// trigger is token i begins in sentence [a,...), and how the sentence
// names it in passing, not as what it tells: a phrase that looks ahead to
// it (see aheadOf: "conveyed the intention to work with X in the leadup
// to the G20 Leaders Summit", "look forward to their conclusion ahead of
// the 47th Summit"), a participle of what was done there ("reaffirm
// commitments made at the G7 Hiroshima Summit", "the Fund – announced at
// the second Summit for Democracy –"), what comes after it ("Following
// the U.S.-Pacific Islands Forum Summit, the two countries reaffirmed",
// "build on the Wales Summit pledge"), or a thing of it ("recalled the
// role of the Summit of the Future", "welcomed the outcomes of the 46th
// ASEAN Summit"); else -1 and notPassing. The sentence tells another act:
// its dates before the name or past the gathering's phrase, its people
// and bodies outside the phrase (passingPhraseEnd) are that act's, and
// the gathering has a date only when its own phrase gives one.
func (s *state) gatheringInPassing(i, a int) (int, int) {
	j := i
	for ; j-1 >= a && j > i-8; j-- {
		w := s.word(j - 1)
		numeral := isOrdinal(s.lw(j - 1)) // "the 75th Anniversary NATO Summit", "the 47th ASEAN Summit"
		if !s.capLike(j-1) && s.dateAt(j-1) < 0 && w != "-" && !numeral && !s.pluralApostrophe(j-1) {
			break
		}
	}
	if s.aheadOf(j) {
		return j, passingAhead
	}
	// the rest holds for a gathering named ("the 46th ASEAN Summit"), not
	// "the summit" told before, whose sentence may tell of it
	if !text.IsCap(s.word(i)) {
		return -1, notPassing
	}
	k := j - 1
	for n := 0; n < 2 && k > a && s.is(k, cPassingAdjectives); n++ {
		k-- // "the historic Camp David Summit", "the second Summit for Democracy"
	}
	if s.is(k, cBackDeterminers) || s.lw(k) == "a" || s.lw(k) == "an" || s.lw(k) == "its" || s.lw(k) == "their" || s.lw(k) == "our" {
		k--
	}
	if k < a {
		return -1, notPassing
	}
	switch s.lw(k) {
	case "of":
		if s.is(k-1, cPassingHeads) {
			return j, passingNamed
		}
	case "at", "during":
		// "commitments made at", "as announced at", "– announced at": a
		// participle after a noun, "as" or a dash (not "President X
		// announced at the Summit", what the sentence tells)
		if s.is(k-1, cPassingParticiples) {
			p := k - 2
			if p < a || s.lw(p) == "as" || s.toks[p].Kind == text.Punct && (s.word(p) == "," || s.word(p) == "–" || s.word(p) == "—" || s.word(p) == "-") ||
				isLowerWord(s.word(p)) && !s.is(p, cPersonalPronouns) && !s.is(p, cPeopleMet) && !s.is(p, cPassiveBe) && !s.is(p, cRelativeOpeners) && !participleAux.has(s.lw(p)) ||
				s.namedObjectEndsAt(p) {
				return j, passingPast
			}
		}
	case "following", "since":
		return j, passingPast
	case "on":
		switch s.lw(k - 1) {
		case "build", "builds", "building", "built":
			return j, passingPast
		}
	}
	return -1, notPassing
}

// namedObjectEndsAt reports whether token p ends the name of a thing or a
// body (capitalized words, "the", "for", "of" between) that is the object
// of a word before it, after a determiner: "X praised the U.S.-EU Agenda
// for Beating the Global Pandemic announced at the Summit" (not "The Fund
// announced at the Summit", the sentence's subject, nor a person or a
// country, who act).
func (s *state) namedObjectEndsAt(p int) bool {
	if !s.capLike(p) {
		return false
	}
	st := s.sentTok[s.sentOf[p]][0]
	q := p
	for ; q >= st && q > p-16; q-- {
		if m := s.mentAt(q); m != nil && (m.ent.typ == annals.Person || m.ent.isCountry() && m.b == p+1) {
			return false
		}
		if !s.capLike(q) && !s.is(q, cConnectors) && s.lw(q) != "the" && s.word(q) != "-" {
			break
		}
	}
	if q < st || q == p {
		return false
	}
	switch s.lw(q + 1) {
	case "the", "a", "an", "its", "their", "our", "his", "her":
	default:
		return false
	}
	w := s.lw(q)
	return isLowerWord(s.word(q)) && !s.is(q, cRelativeOpeners) && w != "and" && w != "or" && w != "but"
}

// passingAdjectives stand between a determiner and a gathering's name:
// "the historic Camp David Summit", "the second Summit for Democracy".
var passingAdjectives = set("historic", "successful", "landmark", "recent", "first", "second", "third", "fourth", "fifth", "inaugural", "annual")

// passingHeads are things of a gathering a sentence names it by: "the role
// of the Summit", "the outcomes of the Conference" (not "held a food
// security event last year as part of the Summit of the Americas": the
// part's date is the gathering's).
var passingHeads = set("role", "importance", "significance", "success", "successes", "outcome", "outcomes", "result", "results",
	"legacy", "spirit", "goals", "goal", "agenda", "theme", "themes", "mandate", "decisions", "decision", "conclusions",
	"recommendations", "implementation", "follow-up", "framework", "momentum", "commitments", "commitment",
	"pledges", "deliverables", "achievements", "declarations", "objectives", "priorities", "vision", "principles")

// participleAux make a participle after them a verb of the sentence: "will
// be launched at the Summit", "has announced at".
var participleAux = set("be", "being", "have", "has", "had", "having", "will", "would", "to", "can", "could", "may", "might", "shall", "should", "must")

// passingParticiples tell what was done at a gathering as a participle
// after a noun: "commitments made at", "the Fund announced at".
var passingParticiples = set("made", "taken", "reached", "adopted", "agreed", "undertaken", "launched", "announced", "unveiled",
	"pledged", "endorsed", "presented", "expressed", "outlined", "issued", "established", "secured", "set", "affirmed", "reaffirmed")

// pluralApostrophe reports whether token k is the apostrophe of a plural
// possessive inside a gathering's name, written as a token of its own:
// "the North American Leaders’ Summit", "the Quad leaders' Summit".
func (s *state) pluralApostrophe(k int) bool {
	if !apostrophe(s.word(k)) || !strings.HasSuffix(s.lw(k-1), "s") {
		return false
	}
	return s.capLike(k-1) || (s.lw(k-1) == "leaders" || s.lw(k-1) == "ministers") && s.capLike(k-2)
}

// passingPhraseEnd returns where the phrase of a gathering named in
// passing, whose trigger is token i, ends in a sentence ending at b: at
// a punctuation mark, a clause word or "and" before a word in lower case
// ("recalled the role of the Summit of the Americas in shaping digital
// cooperation, and announced that UNESCO will ...": UNESCO is the
// teller's).
func (s *state) passingPhraseEnd(i, b int) int {
	// (past the rest of the name: "the International Expert Conference
	// on the Recovery, Reconstruction and Modernisation of Ukraine on
	// October 25")
	e := i + 1
	for e < b && e < i+16 {
		switch w := s.lw(e); {
		case s.capLike(e):
			e++
			continue
		case (w == "of" || w == "on" || w == "for" || w == "and" || w == ",") && s.capLike(e+1):
			e++
			continue
		case (w == "of" || w == "on" || w == "for") && s.lw(e+1) == "the" && s.capLike(e+2):
			e += 2
			continue
		}
		break
	}
	for k := e; k < b && k <= e+12; k++ {
		// "in Washington, D.C. next year", "in Vilnius, Lithuania": a
		// place's own comma
		if m := s.mentAt(k); m != nil && m.a < k || s.word(k) == "," && s.placeAt(k+1) {
			continue
		}
		switch w := s.lw(k); {
		case s.toks[k].Kind == text.Punct && !apostrophe(w) && w != "-" && w != ".":
			return k
		case w == "that" || w == "which" || w == "who" || w == "where" || w == "while":
			return k
		case w == "and" && isLowerWord(s.word(k+1)) && !s.is(k+1, cBackDeterminers):
			return k
		}
	}
	return min(b, e+13)
}

// passingDateEnd returns where the dates of a gathering named in passing,
// whose trigger is token i, end in a sentence ending at b: its phrase
// (passingPhraseEnd), and a relative clause that tells when it is held
// ("preparations for the NATO Summit, which will be held in Madrid on
// June 29-30", "the agenda of the Summit, to be held in Quito in
// November").
func (s *state) passingDateEnd(i, b int) int {
	e := s.passingPhraseEnd(i, b)
	// "the Fellowship Summit in Washington, DC, in October": a date after
	// its place
	j := e
	for n := 0; n < 2 && s.word(j) == "," && s.capLike(j+1) && s.word(j+2) == ","; n++ {
		j += 2
	}
	if s.word(j) == "," && (s.lw(j+1) == "in" || s.lw(j+1) == "on") && j+2 < b && s.dateAt(j+2) >= 0 {
		return j + 3
	}
	k := e
	if s.word(k) == "," {
		k++
	}
	switch s.lw(k) {
	case "which", "that", "to":
	case "scheduled", "set", "slated", "planned", "due", "held", "taking":
		// ", scheduled for June 5", ", held on 3 May"
		return b
	default:
		return e
	}
	for j := k + 1; j < b && j <= k+4; j++ {
		switch s.lw(j) {
		case "was", "were", "scheduled", "held", "take", "takes", "took", "taking", "convene", "convenes", "convened", "meet", "meets", "met", "opens", "opened", "begins", "began", "starts", "started", "run", "runs", "ran", "hosted":
			return b
		}
	}
	return e
}

// placeAt reports whether token k opens a place's mention.
func (s *state) placeAt(k int) bool {
	m := s.mentAt(k)
	return m != nil && m.a == k && m.ent.typ == annals.Place
}

// gatheringModifier reports whether the gathering word at token i only
// qualifies a noun of what the gathering has or yields: "Summit
// participants committed to ...", "all Summit goals", "the Conference
// outcomes", "the Summit’s themes".
func (s *state) gatheringModifier(i int) bool {
	if !gatheringNouns.has(trimPossessive(s.lw(i))) || i+1 >= len(s.toks) || s.toks[i+1].Kind != text.Word || text.IsCap(s.word(i+1)) {
		return false
	}
	return gatheringThings.has(s.lw(i + 1))
}

// gatheringThings are the nouns of what a gathering has or yields that
// its name qualifies (gatheringModifier).
var gatheringThings = set("participants", "participant", "attendees", "delegates", "delegations", "partners",
	"goals", "goal", "objectives", "priorities", "agenda", "themes", "theme", "outcomes", "outcome",
	"commitments", "pledges", "deliverables", "declaration", "communique", "communiqué", "documents",
	"organizers", "organisers", "preparations", "process", "website", "venue", "sherpa", "sherpas")

// besideABody reports whether the bare "the Forum" at token i is
// coordinated with an organization, one more party beside it: "The
// Forum and FAO signed a Letter of Intent", "FAO and the Forum", "the
// Forum, FAO and UNEP" (not a gathering "the Forum" names, which the
// story tells with its time or place: "the Forum and its side events").
func (s *state) besideABody(i int) bool {
	org := func(k int) bool {
		if s.lw(k) == "the" {
			k++
		}
		m := s.mentAt(k)
		return m != nil && m.ent.typ == annals.Org && s.triggerAt(m.b-1) == ""
	}
	if w := s.lw(i + 1); (w == "and" || w == ",") && org(i+2) {
		return true
	}
	// "FAO and the Forum": the organization's mention ends before "and"
	if s.lw(i-2) == "and" || s.word(i-2) == "," {
		if m := s.mentAt(i - 3); m != nil && m.ent.typ == annals.Org && s.triggerAt(m.b-1) == "" {
			return true
		}
	}
	return false
}
