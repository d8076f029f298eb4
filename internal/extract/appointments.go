package extract

import (
	"strings"

	"annals"
	"annals/internal/text"
)

// Appointments: a person takes, is given or leaves an office — appointed,
// elected, nominated, sworn in, succeeds, takes office, steps down.
//
// The rule accepts "was appointed", "elected", "intent to nominate Dr. Ana
// Ruiz as ...", "appoints Mr. Kalu", "the nomination of X", "will become
// PPO's new Director", "X succeeds Y", "took office", "took over as
// Secretary-General", "assumed the presidency", "will step down", "will
// hand over to X", "the election of", the extension of a mandate, and an
// office given by a vote ("voted in favor of Kazakhstan's chairmanship").
// It rejects naming, designating, becoming or replacing that is not of a
// person or an office ("named after", "nominated for an Emmy", "holds a
// joint appointment", "became the first president to speak", "the
// designated areas", "designated eight cartels", "became a member", "the
// new Council replaces the Dialogue"), a participle that qualifies a noun
// ("elected officials", "an elected member of", "members appointed by the
// President"), a time counted from taking office ("Since President Biden
// took office", "Since he assumed office", "than when the Administration
// took office", "When I became President"), "the election results" (a
// noun the election qualifies) and a vote on anything but an office.
var appointmentWords = []string{
	"appointed", "designated", "elected", "appointment", "replaces", "succeeds",
	"resign", "resigned", "sworn", "nominated", "re-elected", "reappointed", "election",
	"candidacy", "extension", "named", "step", "took", "take", "replaced", "succeeded",
	"assumed", "assumes", "nominate", "nominates", "nomination", "appoint",
	"appoints", "designate", "become", "becomes", "became", "succeed",
	"takes", "taking", "hand", "hands", "handed", "voted",
}

// appointmentAt returns the event type the appointment word w at token i
// signals in its context, or "".
func (s *state) appointmentAt(i int, w string) annals.EventType {
	t := annals.Appointment
	next, prev := s.lw(i+1), s.lw(i-1)
	if s.attributiveParticiple(i) || s.membersAppointed(i) || s.newlyAppointedTitle(i) {
		// "elected officials", "an elected member of", "in certain
		// designated energy communities": a kind of thing, no one given
		// an office
		return ""
	}
	// "Since the President was elected, ...", "since being sworn in as
	// Vice President": a time the sentence counts from, no event
	if (w == "elected" || w == "sworn") && auxiliaries.has(prev) && s.sinceClause(i) && s.agoSince(i) == "" && !s.sentenceNamesDate(i) {
		return ""
	}
	// "When I was elected President, I knew ...", "since I got elected":
	// the same, told by another word of time or with "got"; and "those
	// elected to office", whoever they are
	if w == "elected" && !s.sentenceNamesDate(i) && ((auxiliaries.has(prev) || prev == "got" || prev == "get") && s.is(s.passiveSubject(i), cPersonalPronouns) && s.timeClause(i) || generalPeople.has(prev)) {
		return ""
	}
	if s.choseTo(i) {
		// "Canada has elected to discriminate against ...": a choice
		// made, no one elected
		return ""
	}
	if (w == "resign" || w == "step") && s.demandedOrRefused(i) {
		// "called on the Governor to resign", "urged X to step down",
		// "refused to resign": a departure asked for or refused, none made
		return ""
	}
	// "Prior to her appointment to the Board, she served ...", "Before
	// their appointment to the bench": a time the sentence counts from,
	// told with no date of its own
	if (w == "appointment" || w == "nomination" || w == "election") && s.sinceOwnAct(i) && !s.sentenceNamesDate(i) {
		return ""
	}
	switch w {
	case "voted":
		// "all 56 member States voted in favor of Kazakhstan's
		// chairmanship": an office given by a vote
		if !s.votesForAnOffice(i) {
			return ""
		}
		return t
	case "assumed", "assumes":
		ok := false
		for k := i + 1; k <= i+4 && k < len(s.toks); k++ {
			switch s.lw(k) {
			case "role", "office", "post", "position", "duties", "presidency", "chairmanship", "functions", "mandate":
				ok = true
			}
		}
		if !ok {
			return ""
		}
		// "Since he assumed office nearly three years ago, ...": a time
		// the sentence counts from
		if s.timeClause(i) {
			return ""
		}
	case "appointment", "nominated":
		// "holds a joint appointment at the University": a post held, no
		// appointment told
		for k := i - 1; w == "appointment" && k >= 0 && k >= i-3; k-- {
			switch s.lw(k) {
			case "holds", "held", "hold", "holding":
				return ""
			}
		}
		// "schedule an appointment or walk-in for their booster shot",
		// "set up an appointment", "by making an appointment and coming
		// to a port of entry", "an appointment scheduled through CBP
		// One": a booking of a service, no office given
		if w == "appointment" && s.bookedAppointment(i) {
			return ""
		}
		// "was nominated for a Lone Star Emmy": an award, no office
		if w == "nominated" && next == "for" {
			for k := i + 2; k < len(s.toks) && k <= i+7; k++ {
				if s.is(k, cAwardWords) {
					return ""
				}
				if s.toks[k].Kind == text.Punct {
					break
				}
			}
		}
	case "named", "nominate", "nominates", "appoint", "appoints", "designate":
		// "intent to nominate Dr. Ana Ruiz as ...", "appoints Mr. Kalu",
		// "his intent to appoint her as the next Executive Director"
		// (or the passive of a person named to an office: "Dr Ana Ruiz
		// has been named Director of the Regional Office")
		if s.personAfter(i+1, 4) == nil && !((next == "her" || next == "him") && s.lw(i+2) == "as") && !(w == "named" && s.namedToOffice(i)) {
			return ""
		}
		// "It’s named after Kate Hendricks Thomas": a thing named for
		// a person
		if w == "named" && (next == "after" || next == "for") {
			return ""
		}
		// "a fugitive named Leonard Francis, who fled": called so, after a
		// noun, unless an office follows the name ("the firm named Ann
		// Vole as its Director")
		if p := s.personAfter(i+1, 4); w == "named" && p != nil && i > 0 && s.toks[i-1].Kind == text.Word && !text.IsCap(s.word(i-1)) && !auxiliaries.has(prev) &&
			!bioSkips.has(prev) && s.mentAt(i-1) == nil && s.lw(p.b) != "as" && s.lw(p.b) != "to" && !s.officeAfter(p.b) {
			return ""
		}
	case "elected":
		// "The American people elected President X to drain the swamp":
		// what X was elected to do, told as a mandate, not an election
		// of the story's day
		if p := s.personAfter(i+1, 4); p != nil && s.lw(p.b) == "to" && s.purposeVerb(p.b+1) {
			return ""
		}
	case "sworn":
		// "was sworn in as", not "an officer sworn to protect", "the sworn
		// enemy"
		if next != "in" {
			return ""
		}
	case "designated":
		// a person designated ("has designated Nassir Al-Nasser as", "Ana
		// Ruiz was designated", "designated as the Special Envoy"), not the
		// areas, cartels or projects one designates
		passive := prev == "was" || prev == "were" || prev == "been" || prev == "is" || prev == "be"
		// "OFAC designated X for being a leader of ...", "designated X
		// pursuant to E.O. 13818": a sanction, no office; "designated X
		// as a national monument": a place the tagger took for a person
		if p := s.personAfter(i+1, 4); p != nil && (s.sanctioned(p.b) || s.designatedAsPlace(p.b)) {
			return ""
		}
		if s.personAfter(i+1, 4) == nil && !(passive && (s.personBefore(i, 4) != nil || s.is(i-2, cPersonalPronouns))) &&
			!((next == "as" || next == "to") && s.officeAfter(i+2)) && !((next == "her" || next == "him") && s.lw(i+2) == "as") {
			return ""
		}
	case "nomination":
		// "the nomination of Ana Ruiz", "her nomination as ..."
		if !(next == "of" && s.personAfter(i+2, 4) != nil) && !(next == "as" && (prev == "his" || prev == "her")) {
			return ""
		}
	case "become", "becomes", "became":
		// "will become PPO’s new Director", "became president of the
		// Commission": taking an office, not any change of state
		if !s.officeAfter(i + 1) {
			return ""
		}
		// "When I became President, ...", "shortly after I became
		// President": a time the sentence counts from, no event;
		// "become an apprentice, become an Ambassador": an invitation
		if s.timeClause(i) || w == "become" && (i == s.sentTok[s.sentOf[i]][0] || s.toks[i-1].Kind == text.Punct) {
			return ""
		}
		// "became the first president to speak at this convention",
		// "became the first U.S. President to issue a proclamation": a
		// first told, not an office taken
		if s.firstToDo(i + 1) {
			return ""
		}
	case "step":
		if next != "down" {
			return ""
		}
	case "replaces", "replaced", "succeeds", "succeeded", "succeed":
		// a person taking over from a person, not "the new Council replaces
		// the Dialogue"
		if s.personBefore(i, 3) == nil && s.personAfter(i+1, 4) == nil {
			return ""
		}
		// "what it needs to succeed", "succeeded in passing the bill": to
		// do well, no one succeeded (succession names whom: "succeeds X",
		// "succeeded him", "was succeeded by X")
		if strings.HasPrefix(w, "succeed") && next != "him" && next != "her" && next != "them" && !s.personNamedAfter(i, 4) {
			return ""
		}
		// "the Rangers succeeded in retrieving First Lieutenant X": did
		// what they set out to do ("was succeeded in 2010 by X" is a
		// succession)
		if strings.HasPrefix(w, "succeed") && next == "in" && !auxiliaries.has(prev) && s.dateAt(i+2) < 0 {
			return ""
		}
	case "took", "take", "takes", "taking":
		// "took office", "took up office", "took over as Secretary-General"
		if next != "office" && !(next == "up" && s.lw(i+2) == "office") && !(next == "over" && (s.lw(i+2) == "as" || s.lw(i+2) == "from")) {
			return ""
		}
		// "Since President Biden took office, ...", "Immediately upon
		// taking office", "than when the President took office", "Shortly
		// after taking office": a time the sentence counts from, no event
		if s.timeClause(i) || s.lw(i-1) == "upon" || s.lw(i-2) == "upon" {
			return ""
		}
	case "hand", "hands", "handed":
		// "will hand over to X"
		if next != "over" || s.personAfter(i+2, 4) == nil && s.lw(i+2) != "to" {
			return ""
		}
	case "election":
		if next != "of" && prev != "the" && prev != "upcoming" {
			return ""
		}
		// "the election results", "election observers": a noun the
		// election qualifies, not an appointment told again
		if electionNouns.has(next) {
			return ""
		}
	case "extension":
		if next != "of" && !strings.HasSuffix(prev, "'s") && !strings.HasSuffix(prev, "’s") {
			return ""
		}
		// "the extension of the ceasefire": of a term of office only
		if next == "of" && !s.termAfter(i+2) {
			return ""
		}
	}
	return s.notANameWord(i, t)
}

// sentenceNamesDate reports whether the sentence of token i holds a date
// expression, resolved or not ("on July 3" in a story with no date).
func (s *state) sentenceNamesDate(i int) bool {
	si := s.sentOf[i]
	for k := s.sentTok[si][0]; k < s.sentTok[si][1]; k++ {
		if s.dateAt(k) >= 0 {
			return true
		}
	}
	return false
}

// termAfter reports whether the words from token k name a term of office
// or an office ("the mandate of", "her term", "the chairmanship").
func (s *state) termAfter(k int) bool {
	for j := k; j < k+4 && j < len(s.toks); j++ {
		switch w := s.lw(j); w {
		case "mandate", "mandates", "term", "terms", "tenure", "chairmanship", "presidency", "appointment", "service", "contract":
			return true
		case "the", "a", "an", "his", "her", "its", "their":
		default:
			if !s.officeAfter(j) && !s.capLike(j) && s.word(j) != "-" {
				return false
			}
			if s.officeAfter(j) {
				return true
			}
		}
	}
	return false
}

// officeAfter reports whether an office follows token i within a few
// words: "the new Director", "PPO’s next Secretary-General", "its chair".
func (s *state) officeAfter(i int) bool {
	for k := i; k < len(s.toks) && k < i+6; k++ {
		w := s.lw(k)
		if titleHeads.has(w) && !titleModifiers.has(w) && w != "general" && w != "leader" && w != "expert" && w != "diplomat" && w != "economist" {
			return true
		}
		switch {
		case w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "his" || w == "her" || w == "new" || w == "next" || w == "first" || titleModifiers.has(w):
		case w == "’" || w == "'" || w == "s" || w == "’s" || w == "'s":
		case s.mentAt(k) != nil && s.mentAt(k).ent.typ == annals.Org, s.capLike(k):
			// the organization, named or not yet known: "PPO’s new Director"
		default:
			return false
		}
	}
	return false
}

// awardWords name awards one is nominated for: "nominated for a Lone
// Star Emmy", "nominated for the Nobel Peace Prize".
var awardWords = set("award", "awards", "prize", "prizes", "emmy", "emmys", "grammy", "grammys", "oscar",
	"oscars", "tony", "medal", "medals", "trophy", "honor", "honors", "honour", "honours")

// firstToDo reports whether the office after token k is a first, only or
// youngest one to do something: "the first president to speak at this
// convention", "the first U.S. President to issue a proclamation".
func (s *state) firstToDo(k int) bool {
	for j := k; j < len(s.toks) && j <= k+2; j++ {
		switch s.lw(j) {
		case "first", "only", "youngest", "oldest", "last":
			for e := j + 1; e < len(s.toks) && e <= j+6; e++ {
				if s.lw(e) == "to" {
					return true
				}
				if s.toks[e].Kind == text.Punct && s.word(e) != "." && s.word(e) != "-" {
					return false
				}
			}
			return false
		}
	}
	return false
}

// electionNouns follow "election" when it qualifies them.
var electionNouns = set("results", "result", "observers", "observer", "monitors", "monitoring", "commission",
	"committee", "fraud", "day", "law", "laws", "campaign", "process", "officials", "violence", "irregularities")

// personalPronouns stand for people: a subject or an object.
var personalPronouns = set("i", "we", "he", "she", "they", "you", "it", "him", "her", "them", "us", "me")

// auxiliaries before a participle make it a verb: "has appointed", "was
// elected".
var auxiliaries = set("has", "have", "had", "having", "was", "were", "is", "are", "be", "been", "being",
	"will", "would", "shall", "should", "can", "could", "may", "might", "must")

// clauseOfTime words open a clause that tells a time another clause is
// counted from: "since", "when", "before", "after", "until", "within one
// month of".
var clauseOfTime = set("since", "when", "before", "after", "until", "till", "within")

// timeClause reports whether the trigger at token i stands in a clause of
// time ("Since President Biden took office", "than when the Administration
// took office", "Shortly after taking office", "From the day I took
// office"): the time the sentence counts from, told in passing.
func (s *state) timeClause(i int) bool {
	start := s.sentTok[s.sentOf[i]][0]
	for k := i - 1; k >= start && k >= i-8; k-- {
		// "From the day I took office"
		if s.is(k, cClauseOfTime) || s.lw(k) == "day" && s.lw(k-1) == "the" {
			return true
		}
		if s.toks[k].Kind == text.Punct {
			return false
		}
	}
	return false
}

// generalPeople stand for whoever is meant, no one named: "those elected
// to office".
var generalPeople = set("those", "anyone", "everyone", "whoever", "anybody", "everybody")

// passiveSubject returns the token before the auxiliary (or the
// auxiliary and "not") before token i: the subject of a passive "I was
// elected", "we got elected".
func (s *state) passiveSubject(i int) int {
	k := i - 1
	if s.lw(k) == "not" || s.lw(k) == "never" {
		k--
	}
	return k - 1
}

// attributiveParticiple reports whether the participle at token i
// ("elected", "appointed", "designated", "nominated") qualifies the noun
// after it rather than telling an act: "elected officials", "an elected
// member of", "the democratically elected government", "in certain
// designated energy communities". The word before is no subject (no
// name, no pronoun) and the word after a common noun: not a name, an
// office ("was elected president"), a pronoun, a number or a word of
// grammar ("appointed to", "designated as", "elected unanimously").
func (s *state) attributiveParticiple(i int) bool {
	switch s.lw(i) {
	case "elected", "appointed", "designated", "nominated", "re-elected", "reappointed":
	default:
		return false
	}
	// "Appointed leaders to the Department": a list's verb, capitalized
	if i+1 >= len(s.toks) || s.toks[i+1].Kind != text.Word || s.capLike(i+1) || text.IsCap(s.word(i)) {
		return false
	}
	next := s.lw(i + 1)
	if functionWords.has(next) || personalPronouns.has(next) || strings.HasSuffix(next, "ly") || isNumber(next) || smallNumbers[next] > 0 ||
		titleHeads.has(next) || titleModifiers.has(next) || next == "by" || next == "after" || next == "under" || next == "twice" || next == "again" || next == "in" {
		return false
	}
	if i == 0 {
		return true
	}
	prev := s.lw(i - 1)
	if personalPronouns.has(prev) || auxiliaries.has(prev) || prev == "who" || prev == "which" || prev == "that" || s.mentAt(i-1) != nil || s.dateAt(i-1) >= 0 {
		return false
	}
	return true
}

// newlyAppointedTitle reports whether the participle at token i, after
// "newly", qualifies the title of someone the sentence tells of for
// something else: "met the newly appointed Ambassador of Nigeria",
// "bilateral meetings with his counterparts: newly elected President
// X". The appointment was made before, on a day the sentence does not
// tell ("X was newly appointed" tells it).
func (s *state) newlyAppointedTitle(i int) bool {
	if s.lw(i-1) != "newly" || !s.capLike(i+1) {
		return false
	}
	p := s.lw(i - 2)
	return !auxiliaries.has(p) && !personalPronouns.has(p) && p != "who" && p != "been" && s.mentAt(i-2) == nil
}

// membersAppointed reports whether the participle at token i tells how
// the members of a body are chosen, in general: "a Board made up of 24
// members appointed by the President", "judges elected by the people",
// "private citizens appointed by the President", "Appointed by the
// President, the Board meets quarterly".
func (s *state) membersAppointed(i int) bool {
	switch s.lw(i) {
	case "elected", "appointed", "nominated", "designated":
	default:
		return false
	}
	p := s.lw(i - 1)
	if s.lw(i+1) == "by" && s.word(i-1) == p && (strings.HasSuffix(p, "s") || p == "leadership" || p == "staff") && !functionWords.has(p) && !auxiliaries.has(p) && !personalPronouns.has(p) && s.personBefore(i, 8) == nil {
		// "a group of eminent private citizens appointed by the
		// President", "senior agency leadership appointed by the
		// President": who is chosen so, named by a common noun
		return true
	}
	if start := s.sentTok[s.sentOf[i]][0]; i == start && s.lw(i+1) == "by" {
		// "Appointed by the President, the 12-member Board meets
		// quarterly": how a body's members are chosen
		for k := i + 2; k < len(s.toks) && k <= i+10 && s.sentOf[k] == s.sentOf[i]; k++ {
			if s.word(k) == "," {
				m := s.mentAt(k + 1)
				if m == nil && s.lw(k+1) == "the" {
					m = s.mentAt(k + 2)
				}
				return m == nil || m.ent.typ != annals.Person
			}
		}
	}
	if s.word(i-1) != p || !strings.HasSuffix(p, "s") {
		return false
	}
	return p == "members" || p == "officials" || p == "individuals" || p == "people" || p == "persons" || titleHeads.has(strings.TrimSuffix(p, "s"))
}

// personNamedAfter reports whether a person is named within n tokens
// after token i in its sentence: "succeeded Ana Ruiz", "was succeeded by
// Paul Weiss" (not "what it needs to succeed. Weiss's trip ...").
func (s *state) personNamedAfter(i, n int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+n && s.sentOf[k] == s.sentOf[i]; k++ {
		if m := s.mentAt(k); m != nil && m.ent.typ == annals.Person {
			return true
		}
	}
	return false
}

// bookingVerbs book or keep an appointment with a service.
var bookingVerbs = set("schedule", "scheduled", "scheduling", "book", "booked", "booking", "make", "making",
	"made", "set", "setting", "request", "requesting", "cancel", "cancelled", "canceled", "keep", "missed", "get")

// bookedAppointment reports whether "appointment" at token i is a booking
// of a service: after a verb of booking and "an" ("schedule an
// appointment", "set up an appointment"), or before "scheduling",
// "scheduled", "or walk-in", "slots", "times".
func (s *state) bookedAppointment(i int) bool {
	if s.lw(i-1) == "an" {
		v := s.lw(i - 2)
		if v == "up" {
			v = s.lw(i - 3)
		}
		if bookingVerbs.has(v) {
			return true
		}
		// "Within hours, he had an appointment": one to keep, not "had an
		// appointment as Ambassador", "to the Board"
		if (v == "had" || v == "has" || v == "have") && s.lw(i+1) != "as" && s.lw(i+1) != "to" && s.lw(i+1) != "with" {
			return true
		}
	}
	switch s.lw(i + 1) {
	case "scheduling", "scheduled", "slots", "slot", "times", "reminders":
		return true
	case "or":
		return strings.HasPrefix(s.lw(i+2), "walk")
	}
	return false
}

// sinceOwnAct reports whether the appointment, nomination or election
// at token i is what a clause of time counts from, after a possessive:
// "prior to her appointment", "before their appointment", "since his
// election".
func (s *state) sinceOwnAct(i int) bool {
	switch s.lw(i - 1) {
	case "his", "her", "their", "its":
	default:
		return false
	}
	switch s.lw(i - 2) {
	case "before", "after", "since", "until", "following", "upon":
		return true
	case "to":
		return s.lw(i-3) == "prior"
	}
	return false
}

// sanctioned reports whether the words from token k, after a person
// designated, tell a sanction: "for being", "for his role", "pursuant
// to", "under E.O.".
func (s *state) sanctioned(k int) bool {
	if s.word(k) == "," {
		k++
	}
	switch s.lw(k) {
	case "pursuant":
		return true
	case "for":
		switch s.lw(k + 1) {
		case "being", "having", "his", "her", "their", "its", "acting", "engaging", "operating", "involvement", "providing", "materially":
			return true
		}
	}
	return false
}

// designatedAsPlace reports whether "as" at token k names a kind of place:
// "designated X as a national monument".
func (s *state) designatedAsPlace(k int) bool {
	if s.lw(k) != "as" {
		return false
	}
	for j := k + 1; j < len(s.toks) && j <= k+4; j++ {
		if s.is(j, cDesignatedPlaces) {
			return true
		}
		if s.toks[j].Kind == text.Punct {
			break
		}
	}
	return false
}

// designatedPlaces are what a place is designated as.
var designatedPlaces = set("monument", "monuments", "landmark", "landmarks", "site", "sites", "park", "parks", "sanctuary",
	"wilderness", "preserve", "refuge", "memorial", "heritage", "area", "areas", "zone", "zones", "corridor")

// purposeVerb reports whether the word at token k, after "elected X to",
// is a verb of what X is to do ("to drain", "to restore"), not the
// office's grammar ("to serve", "to lead", "to the Senate", "to
// Congress", "to a second term").
func (s *state) purposeVerb(k int) bool {
	w := s.lw(k)
	if w == "" || !isLowerWord(s.word(k)) || s.toks[k].Kind != text.Word {
		return false
	}
	switch w {
	case "serve", "lead", "head", "chair", "represent", "succeed", "become", "be", "fill", "replace", "sit", "hold",
		"the", "a", "an", "his", "her", "their", "its", "office", "another", "two", "three", "four", "five", "six",
		"second", "third", "fourth", "fifth", "congress", "parliament", "lead,":
		return false
	}
	return true
}

// choseTo reports whether "elected" at token i, in the active voice and
// before "to" and a verb, tells a choice: "Canada has elected to
// discriminate", "the company elected to pay" (not "was elected to serve",
// "elected to the Senate", "elected to office").
func (s *state) choseTo(i int) bool {
	if s.lw(i) != "elected" || s.lw(i+1) != "to" {
		return false
	}
	switch s.lw(i - 1) {
	case "was", "were", "been", "be", "being", "is", "are", "get", "got", "gets", "newly", "first", "then", "later", "subsequently", "and", "who", "successfully", "democratically", "unanimously", "overwhelmingly", "twice", "once":
		return false
	}
	v := s.word(i + 2)
	if v != s.lw(i+2) || functionWords.has(v) || s.mentAt(i+2) != nil || s.dateAt(i+2) >= 0 {
		return false
	}
	switch v {
	case "office", "membership", "serve", "lead", "represent", "chair", "head", "parliament", "congress", "council", "seats", "power":
		return false
	}
	return true
}

// demandVerbs ask another to leave an office, or refuse to: "called on X
// to resign", "refused to step down".
var demandVerbs = set("called", "call", "calls", "calling", "urged", "urge", "urges", "urging", "asked", "ask", "asks",
	"asking", "refused", "refuse", "refuses", "refusing", "demanded", "demand", "demands", "demanding", "pressed",
	"pressing", "declined", "declines", "declining")

// demandedOrRefused reports whether the bare departure verb at token i
// ("resign", "step down") is what a verb of demand or refusal a few words
// before asks or refuses: "called on Governor X to resign", "Peru
// demanded that Minister X resign", "He refused to resign".
func (s *state) demandedOrRefused(i int) bool {
	start := s.sentTok[s.sentOf[i]][0]
	for k := i - 1; k >= start && k >= i-8; k-- {
		if s.is(k, cDemandVerbs) {
			return true
		}
		if s.toks[k].Kind == text.Punct && s.word(k) != "’" && s.word(k) != "'" {
			return false
		}
	}
	return false
}

// officeStartDate reports whether the date at token k, after the
// appointment at token i, is the day an office starts that the sentence
// tells after the appointment ("has been appointed Director, and will
// take office on 1 May", "appointed X as Director, effective 1 May
// 2025"): the appointment was made, news of the story's day, and the
// start of office is not its date. An appointment still to come keeps
// the date ("will be appointed Director, effective 1 May").
func (s *state) officeStartDate(i, k int) bool {
	if k <= i {
		return false
	}
	for j := i + 1; j < k; j++ {
		if k-j > 6 {
			continue
		}
		if !s.officeStart(j) && !(s.lw(j) == "effective" && k-j <= 3) {
			continue
		}
		for v := i - 1; v >= 0 && v >= i-3; v-- {
			switch s.lw(v) {
			case "will", "would", "shall", "to":
				return false
			}
		}
		return true
	}
	return false
}

// namedToOffice reports whether the "named" at token i is the passive of
// a person named to an office: "Dr Ana Ruiz has been named Director of
// the Regional Office", "she was named as the Fund's next President"
// (not "the park was named Yellowstone", "was named one of the most
// influential", "was named Chief Financial Officer of the Year").
func (s *state) namedToOffice(i int) bool {
	switch s.lw(i - 1) {
	case "been", "was", "were", "is", "be":
	default:
		return false
	}
	if s.personBefore(i, 4) == nil && !s.is(i-2, cPersonalPronouns) {
		return false
	}
	// "was named Chief Financial Officer of the Year": an award
	for k := i + 1; k+2 < len(s.toks) && k <= i+8; k++ {
		if s.lw(k) == "of" && s.lw(k+1) == "the" && s.lw(k+2) == "year" {
			return false
		}
	}
	if s.lw(i+1) == "as" {
		return s.officeAfter(i + 2)
	}
	return s.officeAfter(i + 1)
}
