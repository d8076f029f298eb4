package extract

import (
	"fmt"
	"slices"
	"strings"

	"annals"
	"annals/internal/gazetteer"
	"annals/internal/numex"
	"annals/internal/text"
	"annals/internal/timex"
)

// event is an event under construction.
type event struct {
	typ      annals.EventType
	title    string
	date     annals.Date
	dateEnd  annals.Date
	explicit bool // the date was written in the event's sentence
	place    string
	parts    []*ent
	status   annals.Status
	figures  []int // indexes into s.figures
	sent     int
	anchor   int // trigger token
	// opens and closes mark a gathering told at its opening ("at the
	// opening of the Summit") or at its close ("The summit closes on 4
	// September"): the day of the one and the end of the other
	opens, closes bool
	// borrowed marks participants taken from sentence from before, the
	// event's own naming no one ("The summit closes on 4 September"):
	// a guess, which an event already told with its own does not take
	// unless the sentence it was told in is the one they came from
	borrowed bool
	from     int
	// passing marks a gathering its sentence names only by a thing of it
	// (gatheringInPassing, passingNamed: "the role of the X Meeting"):
	// "the meeting" of a later sentence is not it (but "the summit" after
	// "ahead of the NATO Summit" or "Following the Summit" is)
	passing bool
}

// eventFamilies are the families of event rules, each with its trigger
// words. A family's file (agreements.go, conferences.go, meetings.go,
// visits.go, programmes.go, speeches.go, appointments.go, campaigns.go,
// foundings.go) holds its words and the checks of their context; a word
// belongs to one family, whose check may still tell another type ("launched
// a task force" is a founding).
var eventFamilies = []struct {
	typ   annals.EventType
	words []string
}{
	{annals.Agreement, agreementWords},
	{annals.Conference, conferenceWords},
	{annals.Meeting, meetingWords},
	{annals.Visit, visitWords},
	{annals.Programme, programmeWords},
	{annals.Speech, speechWords},
	{annals.Appointment, appointmentWords},
	{annals.Campaign, campaignWords},
	{annals.Founding, foundingWords},
}

// triggers maps each trigger word, lower-cased, to the event type of its
// family. Most need their context checked (see triggerAt).
var triggers = func() map[string]annals.EventType {
	m := map[string]annals.EventType{}
	for _, f := range eventFamilies {
		for _, w := range f.words {
			m[w] = f.typ
		}
	}
	return m
}()

// circumstance words open phrases that tell when or where, not what:
// "on the margins of", "on the occasion of", "on the eve of".
var circumstance = set("margins", "margin", "sidelines", "occasion", "eve", "basis", "behalf", "part", "way", "day", "morning", "evening", "afternoon")

// complementEnds end the complement of an event's noun in its title:
// the parties ("Memorandum of Understanding on health between Indonesia
// and ..."), a purpose ("establishment of a Committee of Enquiry to
// investigate ..."), a place, a clause.
var complementEnds = set("held", "in", "which", "that", "and", "between", "among", "with", "by", "at", "from", "during", "after", "before", "when", "where", "who", "while", "as",
	"is", "are", "was", "were", "will", "would", "has", "have", "had") // "Treaty of Baden was signed"

// purposeAt reports whether "to" at token k opens the purpose of an
// event, after its noun's complement ("meeting of the Task Force to
// discuss", "establishment of a mechanism to review"), which ends the
// title: not after a gerund or a word that takes "to" ("training on
// responding to suspicious behaviors", "issues related to", "how to
// use"), nor a visit's destination ("visit of Pope Francis to Iraq").
func (s *state) purposeAt(t annals.EventType, k int) bool {
	if s.lw(k) != "to" || t == annals.Visit {
		return false
	}
	p, n := s.lw(k-1), s.word(k+1)
	// a verb follows: not a capital ("Workshop on Climate Services to
	// Support Adaptation", "appointment of members to the Committee")
	if n == "" || text.IsCap(n) || s.is(k+1, cBackDeterminers) || s.lw(k+1) == "a" || s.lw(k+1) == "an" {
		return false
	}
	return !strings.HasSuffix(p, "ing") && p != "related" && p != "how" && p != "due" && p != "devoted" && p != "dedicated"
}

// eventNouns are the trigger words that are nouns: their noun phrase can
// title the event ("ministerial meeting of the Alliance's Group of Friends").
var eventNouns = set("memorandum", "agreement", "accord", "treaty", "cease-fire", "ceasefire", "pact",
	"conference", "forum", "summit", "symposium", "congress", "meeting", "meetings", "talks", "consultations",
	"roundtable", "visit", "trip", "program", "programme", "exchange", "exchanges", "training", "workshop",
	"seminar", "fellowship", "course", "project", "remarks", "speech", "address", "keynote", "lecture",
	"statement", "appointment", "election", "candidacy", "extension", "campaign", "campaigns", "founding",
	"establishment")

// determiners before a trigger that point back to an event already told.
var backDeterminers = set("the", "this", "that", "his", "her", "its", "their", "such", "said")

// triggerWords holds every word triggerAt reads further: the triggers,
// and the statement and point verbs of statementType. One lookup tells a
// token that signals nothing (most of them) from one to look at.
var triggerWords = func() map[string]bool {
	m := map[string]bool{}
	for _, ws := range []map[string]bool{statementVerbs.m, pointVerbs.m} {
		for w := range ws {
			m[w] = true
		}
	}
	for w := range triggers {
		m[w] = true
	}
	return m
}()

// triggerTable holds the words of triggerWords for findEvents, which looks
// every token of a story up: a Go map hashes each word, where the table's
// bitmap of lengths and first and last bytes turns most words away
// unhashed (text.WordTable). The rules' checks read triggerWords.
var triggerTable = func() *text.WordTable {
	ids := make(map[string]int32, len(triggerWords))
	for w := range triggerWords {
		ids[w] = 0
	}
	return text.NewWordTable(ids)
}()

// triggerAt returns the event type token i signals in its context, or "".
// The checks every trigger meets are here; each family's own checks are
// in its file, called by the family of the word (agreementAt in
// agreements.go, meetingAt in meetings.go, ...).
func (s *state) triggerAt(i int) annals.EventType {
	w := s.lw(i)
	if !triggerWords[w] {
		return ""
	}
	if m := s.mentAt(i); m != nil && m.ent.typ == annals.Person && m.a < i && text.IsCap(s.word(i)) && !eventNouns.has(w) {
		// "His Majesty Haitham bin Tariq Al Said": a verb's word in a
		// person's name tells nothing the person did (a noun may be the
		// tagger's slip: "his First Inaugural Address Washington stated")
		return ""
	}
	t, ok := triggers[w]
	if !ok {
		return s.statementType(i)
	}
	if s.negatedOrConditional(i) {
		return ""
	}
	if s.quoteHeader(i) {
		// "Revolutionary Love Project:** “Throughout our history ...”",
		// "X, The Kennedy Forum: “...”": the name of whoever is quoted
		return ""
	}
	next, prev := s.lw(i+1), s.lw(i-1)
	if venueHeads.has(next) && s.word(i+1) == next && !text.IsCap(s.word(i)) {
		// "a meeting place between Europe and Asia", "the conference
		// room": a place for events, no event
		return ""
	}
	if roomHeads.has(next) && text.IsCap(s.word(i)) && text.IsCap(s.word(i+1)) {
		// "119 (Conference Room), 590 Lipoa Pkwy", "the Summit Hall": a
		// room named for its use
		return ""
	}
	if (eventNouns.has(w) || w == "expo") && s.companyNamedBy(i) {
		// "Summit Ridge Energy announced a solar project", "Forum
		// Capital": a company the event word names
		return ""
	}
	if eventNouns.has(w) && s.officeNamedBy(i) {
		// "National Black Leadership Roundtable Chief", "Summit
		// Coordinator": an office named by the event
		return ""
	}
	if genericPlurals.has(w) && !s.sentenceHasDate(i) && (prev == "" || !backDeterminers.has(prev) && prev != "two" && prev != "three" && prev != "several" && !isNumber(prev)) && !text.IsCap(s.word(i)) && !s.withSomeoneNamed(i) {
		// "as evidenced by high level visits as well as trilateral
		// meetings": visits in general, no event (but "consultations with
		// Ambassador X" are held with someone)
		return ""
	}
	switch t {
	case annals.Agreement:
		return s.agreementAt(i, w)
	case annals.Conference:
		return s.conferenceAt(i, w)
	case annals.Meeting:
		return s.meetingAt(i, w)
	case annals.Visit:
		return s.visitAt(i, w)
	case annals.Programme:
		return s.programmeAt(i, w)
	case annals.Speech:
		return s.speechAt(i, w)
	case annals.Appointment:
		return s.appointmentAt(i, w)
	case annals.Campaign:
		return s.campaignAt(i, w)
	case annals.Founding:
		return s.foundingAt(i, w)
	}
	return t
}

// quoteHeader reports whether the capitalized trigger at token i is a
// word of a name that heads a quotation: the name ends right before a
// colon, and a quotation mark opens after it (past emphasis marks), as a
// round-up of reactions writes "Digital First Project:** “We are
// encouraged ...”".
func (s *state) quoteHeader(i int) bool {
	if !text.IsCap(s.word(i)) {
		return false
	}
	e := i + 1
	for e < len(s.toks) && (s.capLike(e) || s.connectorAt(e) && s.capLike(e+1)) {
		e++
	}
	if s.word(e) != ":" {
		return false
	}
	for k := e + 1; k < len(s.toks) && k <= e+4; k++ {
		switch s.word(k) {
		case "“", "\"", "‘":
			return true
		case "*", "**", "_":
			continue
		}
		return false
	}
	return false
}

// companyNamedBy reports whether the capitalized event noun at token i
// opens or stands inside a company's name: Title Case words go on from it and
// the last is a company's word ("Summit Ridge Energy", "Congress Street
// Holdings", "Expo Digital Inc").
func (s *state) companyNamedBy(i int) bool {
	if !text.IsCap(s.word(i)) || text.IsAllCaps(s.word(i)) {
		return false
	}
	e := i + 1
	for e < len(s.toks) && s.capLike(e) {
		e++
	}
	return e > i+1 && (companyHeads.has(s.lw(e-1)) || companySuffixes.has(s.lw(e-1)))
}

// companyHeads end companies' names: "Summit Ridge Energy", "Forum
// Capital" ("Partners" is not one: "the Forum Dialogue Partners" are
// countries).
var companyHeads = set("energy", "capital", "holdings", "technologies", "solutions", "industries",
	"ventures", "labs", "pharmaceuticals", "properties", "realty", "brands", "motors", "airlines", "logistics",
	"enterprises", "investments", "insurance", "bancorp", "semiconductor", "semiconductors", "therapeutics")

// roomHeads are rooms and halls an event word names in Title Case.
var roomHeads = set("room", "rooms", "hall", "halls")

// notANameWord is the last check of a trigger its family's rule lets
// through with the family's type t: a word of an organization's name
// ("World Food Programme") tells no event, except a gathering's ("the
// Global Summit on AI Safety"), and a press conference is a statement ("he
// said at a press conference").
func (s *state) notANameWord(i int, t annals.EventType) annals.EventType {
	if m := s.mentAt(i); m != nil && m.ent.typ == annals.Org && t != annals.Conference && t != annals.Meeting {
		return ""
	}
	if prev := s.lw(i - 1); t == annals.Conference && (prev == "press" || prev == "news") {
		return annals.Speech
	}
	return t
}

// datelineDate reports whether d is the date of the dateline opening
// sentence si ("GENEVA, 12 March 2024 – Ministers said last week's summit
// ..."): the day the story was filed, not the day of what it tells.
func (s *state) datelineDate(si int, d timex.Expr) bool {
	if si != s.dateline || d.Relative {
		return false
	}
	rest := strings.TrimLeft(s.text[d.End:], " \t")
	return hasAnyPrefix(rest, "–", "—", "-", ":", "|")
}

// boundOfAPeriod reports whether the date at token k bounds a period the
// event opens or closes, not when the event happened: "access extended
// until 31 December 2021", "extends the hiring freeze through July 15,
// 2025", "no later than May 1", "the five-year term starting in 2005"
// (not "Beginning in", "Starting in" opening the sentence).
func (s *state) boundOfAPeriod(k int) bool {
	j := k - 1
	if p := s.lw(j); p == "in" || p == "on" || p == "the" {
		j--
	}
	p := s.lw(j)
	if (p == "beginning" || p == "starting") && j >= 0 && s.sentenceStart(j) {
		// "Beginning in November 2021, VA launched a campaign": the
		// start of what the sentence tells, when it happened
		return false
	}
	switch p {
	case "until", "till", "through", "starting", "beginning", "expiring", "ending", "ends", "ended", "expires", "expired":
		return true
	case "than":
		// "to make all adults eligible for vaccination no later than May 1"
		return s.lw(k-2) == "later" || s.lw(k-2) == "earlier"
	}
	return false
}

// deadlineOfAnother reports whether the date at token k is a deadline
// set after "by" for what the words right before it do ("released a
// strategy to end hunger by 2030", "to cut emissions 30 percent by 2030",
// "by the end of 2024"), not for the event triggered at token i: an
// event is due by the date only when its trigger stands a few words
// before "by" ("will hold a coordination meeting by summer 2025", "will
// host a Democracy Summit by the end of the year"), or "By" opens the
// sentence.
func (s *state) deadlineOfAnother(i, k int) bool {
	if k == i {
		return false
	}
	by := k - 1
	if s.lw(by) == "the" {
		by--
	}
	if s.lw(by) == "of" && (s.lw(by-1) == "end" || s.lw(by-1) == "middle" || s.lw(by-1) == "beginning" || s.lw(by-1) == "start") && s.lw(by-2) == "the" {
		by -= 3
	}
	if s.lw(by) != "by" {
		return false
	}
	if k < i {
		// "..., from 2019 levels, by 2025, recalling Article 9 of the
		// Paris Agreement": a deadline before the trigger, set off by a
		// comma, is another's, unless it opens the sentence ("By 2025, the
		// Council will ..."); "by the 2023 Spring Meetings" names the event
		if by == s.sentTok[s.sentOf[k]][0] {
			return false
		}
		for j := k + 1; j < i; j++ {
			if s.word(j) == "," && s.dateAt(j) < 0 {
				return true
			}
		}
		return false
	}
	return by-i > 4
}

// isNumber reports whether w is written in digits.
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// genericPlurals are trigger nouns that, in the plural with no date,
// determiner or number, tell of such events in general.
var genericPlurals = set("visits", "meetings", "conferences", "summits", "workshops", "exchanges", "seminars", "campaigns", "consultations")

// withSomeoneNamed reports whether the plural event noun at token i is
// held with someone the story names: "conducted consultations with
// Ambassador Misri", "meetings with Foreign Minister X".
func (s *state) withSomeoneNamed(i int) bool {
	if s.lw(i+1) != "with" {
		return false
	}
	for k := i + 2; k < len(s.toks) && k <= i+6; k++ {
		if m := s.mentAt(k); m != nil && (m.ent.typ == annals.Person || m.ent.typ == annals.Org || m.ent.isCountry()) {
			return true
		}
		if s.toks[k].Kind == text.Punct {
			return false
		}
	}
	return false
}

// visitingOffices are what a "visiting" person is besides the offices:
// "Visiting Fellow", "visiting scholar".
var visitingOffices = set("fellow", "scholar", "lecturer", "instructor", "faculty")

// officeNamedBy reports whether the trigger at token i names an office
// with the words after it: "Program Manager", "Campaign Senior Director",
// "project coordinator", "Visiting Professor". Such a word tells no
// programme, campaign or visit.
func (s *state) officeNamedBy(i int) bool {
	k := i + 1
	for n := 0; n < 2 && s.is(k, cTitleModifiers) && !s.is(k, cTitleHeads); n++ {
		k++
	}
	w := s.lw(k)
	if visitingOffices.has(w) && strings.HasPrefix(s.lw(i), "visit") {
		return true
	}
	// a word both ("Chief") is the head when no title word follows
	head := titleHeads.has(w) && (!titleModifiers.has(w) || !s.is(k+1, cTitleHeads) && !s.is(k+1, cTitleModifiers))
	return head && w != "general" && w != "leader" && w != "expert" && w != "diplomat" && w != "economist" && w != "head"
}

// sinceClause reports whether the trigger at token i stands in a clause
// opened by "since" ("It has been 11 years since the OSCE held a summit"):
// a past event, never one of the day the story was published.
func (s *state) sinceClause(i int) bool {
	start := s.sentTok[s.sentOf[i]][0]
	for k := i - 1; k >= start && k >= i-8; k-- {
		if s.lw(k) == "since" {
			return true
		}
		if s.toks[k].Kind == text.Punct && !apostrophe(s.word(k)) {
			// (not the apostrophe of "Since the last Quad Leaders’
			// Summit")
			return false
		}
	}
	return false
}

// apostrophe reports whether w is an apostrophe written alone.
func apostrophe(w string) bool {
	return w == "'" || w == "’"
}

// priorOccurrence reports whether the trigger at token i names the
// gathering before this one: "after the last Fed meeting", "At the
// previous summit, the leaders agreed", "since its last meeting". It
// happened in a past the story does not date, never on its day.
func (s *state) priorOccurrence(i int) bool {
	start := s.sentTok[s.sentOf[i]][0]
	for k := i - 1; k > start && k >= i-5; k-- {
		if s.toks[k].Kind == text.Punct && !apostrophe(s.word(k)) || s.dateAt(k) >= 0 {
			return false
		}
		switch s.lw(k) {
		case "last", "previous", "prior":
			return s.is(k-1, cBackDeterminers) || s.lw(k-1) == "our"
		}
	}
	return false
}

// smallNumbers are counts written in words, for "eleven years since".
var smallNumbers = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50}

// agoSince returns the year the "since" clause of the trigger at token i
// dates, when a count of years stands before "since" ("It has been 11
// years since the OSCE held a summit" is published year - 11), else "".
func (s *state) agoSince(i int) annals.Date {
	start := s.sentTok[s.sentOf[i]][0]
	k := i - 1
	for k >= start && s.lw(k) != "since" {
		k--
	}
	if k < start+2 || s.lw(k-1) != "years" || len(s.published) < 4 {
		return ""
	}
	n, ok := smallNumbers[s.lw(k-2)]
	if !ok {
		if !isNumber(s.word(k-2)) || len(s.word(k-2)) > 3 {
			return ""
		}
		fmt.Sscanf(s.word(k-2), "%d", &n)
	}
	if n <= 0 {
		return ""
	}
	return yearsBefore(s.published[:4], n)
}

// toldSetting returns the gathering told before whose word is at token
// k after "on the margins of the", "on the sidelines of this", "at the
// end of the", or the
// visit after "During the" set off by a comma (the setting of what the
// sentence tells), the latest event of its type told with the same word;
// else nil. A gathering named ("the Global Summit")
// is its own unless the story told it by that name.
func (s *state) toldSetting(k int) *event {
	t := triggers[s.lw(k)]
	if !s.is(k-1, cBackDeterminers) {
		return nil
	}
	switch {
	case t == annals.Visit && s.lw(k-2) == "during" && s.word(k+1) == ",":
		// "During the visit, Minister X was received by President Y":
		// the visit told before, ended by the comma (not "during his
		// visit to Accra", which tells its own)
	case t != annals.Conference && t != annals.Meeting || s.lw(k-2) != "of":
		return nil
	default:
		// ("At the end of the session, the ministers signed ...")
		if !settingNouns.has(s.lw(k - 3)) {
			return nil
		}
	}
	if text.IsCap(s.word(k)) && (s.capLike(k+1) || s.lw(k+1) == "of" && s.capLike(k+2)) {
		// "the Summit of the Americas": a name of its own
		return nil
	}
	for j := len(s.events) - 1; j >= 0; j-- {
		e := s.events[j]
		if e.typ != t || e.anchor >= k {
			continue
		}
		// "progress since the third session held in Oslo": a gathering
		// before the one told, no setting
		if s.sinceClause(e.anchor) || priorWords.has(s.lw(e.anchor-1)) {
			continue
		}
		if text.IsCap(s.word(k)) {
			// "the Forum": the event told with that word, capitalized, in
			// its title (not the "CEO summit")
			if slices.Contains(strings.Fields(e.title), s.word(k)) {
				return e
			}
			continue
		}
		if sameTrigger(s.lw(e.anchor), s.lw(k)) {
			return e
		}
	}
	return nil
}

// bareSidelines returns the gathering told last before token i when
// "sidelines" or "margins" at token k is set off with no gathering of its
// own ("On the sidelines, X held talks with Y", "On its margins, ..."):
// the setting is the gathering the story just told; else nil.
func (s *state) bareSidelines(k, i int) *event {
	if w := s.lw(k); w != "sidelines" && w != "margins" || s.word(k+1) != "," || !s.is(k-1, cBackDeterminers) && !possessiveDets.has(s.lw(k-1)) || s.lw(k-2) != "on" {
		return nil
	}
	for j := len(s.events) - 1; j >= 0; j-- {
		e := s.events[j]
		if e.anchor < k && (e.typ == annals.Conference || e.typ == annals.Meeting) && e.status == annals.Held {
			return e
		}
	}
	return nil
}

// bodyOfGathering reports whether the gathering word at token i names
// the body whose gathering the words before it tell: "the 40th Regular
// Meeting of the Conference of Heads of Government" is one meeting, of
// a body called a conference, not a conference besides.
func (s *state) bodyOfGathering(i int) bool {
	if !text.IsCap(s.word(i)) {
		return false
	}
	k := i - 1
	for k > 0 && i-k <= 3 && s.capLike(k) && s.lw(k) != "the" {
		k--
	}
	if s.lw(k) != "the" || s.lw(k-1) != "of" {
		return false
	}
	// (a session is no event of its own: "the 28th Session of the
	// Conference of the Parties" is the conference)
	return text.IsCap(s.word(k-2)) && (s.lw(k-2) == "meeting" || s.lw(k-2) == "meetings")
}

// settingIn returns the gathering told before that the sentence of ev
// names as its setting ("on the sidelines of the meeting", "on the
// margins of the Forum"; see toldSetting), or nil.
func (s *state) settingIn(ev *event) *event {
	if ev.sent < 0 || ev.sent >= len(s.sentTok) {
		return nil
	}
	a, b := s.sentTok[ev.sent][0], s.sentTok[ev.sent][1]
	for k := a; k+3 < b; k++ {
		if !settingNouns.has(s.lw(k)) {
			continue
		}
		if s.lw(k+1) != "of" || !s.is(k+2, cBackDeterminers) {
			// ("On the sidelines, X held talks with Y": the gathering
			// just told)
			if e := s.bareSidelines(k, ev.anchor); e != nil {
				return e
			}
			continue
		}
		if e := s.toldSetting(k + 3); e != nil {
			return e
		}
	}
	return nil
}

// sameTrigger reports whether two trigger words name the same kind of
// event ("call" told as "spoke with", "meeting" as "met").
func sameTrigger(a, b string) bool {
	group := func(w string) string {
		switch w {
		case "call", "spoke":
			return "call"
		case "met", "meet", "meets", "meeting", "meetings":
			return "meeting"
		case "visit", "visited", "visits", "visiting", "trip":
			return "visit"
		}
		return w
	}
	return group(a) == group(b)
}

// peopleApart reports whether events a and b both name people and none
// in common ("Soares was appointed by President Obama" and "Following
// her eight-year appointment, Landkamer was re-elected in 2019").
func (s *state) peopleApart(a, b *event) bool {
	pa, pb := map[*ent]bool{}, false
	for _, p := range a.parts {
		if p.typ == annals.Person {
			pa[s.resolveEnt(p)] = true
		}
	}
	for _, p := range b.parts {
		if p.typ == annals.Person {
			if pa[s.resolveEnt(p)] {
				return false
			}
			pb = true
		}
	}
	return len(pa) > 0 && pb
}

// sameStem reports whether trigger words a and b share a stem: a common
// start of four letters at least, missing at most three of the shorter
// ("elected" and "election", "appointed" and "appointment", "signed" and
// "signing"; not "nominated" and "appointment").
func sameStem(a, b string) bool {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n >= 4 && n >= min(len(a), len(b))-3
}

// negatedOrConditional reports whether the trigger at token i is denied or
// only supposed: "urging them not to travel", "never met", "if an
// agreement is reached", "unless the talks resume", "whether he would
// meet", "could be elected". Such sentences tell no event.
func (s *state) negatedOrConditional(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch s.lw(k) {
		case "not", "never", "n't", "no", "without", "could", "might":
			// "I could be elected Taoiseach", "we might meet": supposed
			return true
		}
	}
	// "does not want to travel to Miami", "has no plans to visit": an
	// intent denied
	if s.lw(i-1) == "to" && (s.is(i-2, cIntentVerbs) || s.lw(i-2) == "plans") {
		switch s.lw(i - 3) {
		case "not", "n't", "never", "no":
			return true
		}
	}
	if s.askedToCome(i) {
		return true
	}
	// "The President's team is ready to meet any time", "families eager
	// to travel": a readiness told, no event (not "have been able to
	// sign", which did)
	if s.lw(i-1) == "to" && s.is(i-2, cDispositions) {
		return true
	}
	start := s.sentTok[s.sentOf[i]][0]
	for k := i - 1; k >= start && k >= i-16; k-- {
		w := s.lw(k)
		if w == "-" || w == "/" {
			continue // "high-level", "U.S.-CARICOM"
		}
		if w == "if" || w == "unless" || w == "case" && s.lw(k-1) == "in" {
			return true
		}
		// "talked about whether he would meet with Putin": asked, not
		// told (not "..., whether it was the conference we just had", nor a
		// named event: "whether the Air Quality Agreement ... works")
		if w == "whether" && s.toks[k-1].Kind != text.Punct && !text.IsCap(s.word(i)) {
			return true
		}
		// "Kazakhstan's proposal to hold a meeting of heads of state",
		// "proposed regular engagement, including a meeting": an idea, not
		// an event
		if w == "proposal" || w == "proposed" || w == "propose" || w == "proposes" || w == "proposing" {
			return true
		}
		if s.toks[k].Kind == text.Punct && w != "’" && w != "'" && w != "(" && w != ")" && !(w == "," && s.lw(k+1) == "including") {
			// "proposed regular engagement, including a meeting": the list
			// goes on with what was proposed
			return false
		}
	}
	return false
}

// dispositions, before "to" and a trigger verb, tell a readiness, not an
// act.
var dispositions = set("ready", "willing", "prepared", "eager", "open", "happy", "keen", "unwilling")

// askedToCome reports whether the trigger at token i is a bare verb asked
// about as what may come: "Does President Biden plan to visit the
// border?", "would the President sign a version of that ...?", "Will the
// President meet with any of them?" ask, and tell no event. An event a
// question names is still told ("Will this endanger the nuclear talks?",
// "can you talk about the state visit?"), and so is one in a question
// quoted in a statement.
func (s *state) askedToCome(i int) bool {
	// the verb, not the noun: "to invite for a state visit"
	if p := s.lw(i - 1); !s.is(i, cBaseVerbs) || backDeterminers.has(p) || p == "a" || p == "an" || p == "state" || p == "official" || p == "working" || p == "first" || p == "next" || p == "upcoming" {
		return false
	}
	a, b := s.sentTok[s.sentOf[i]][0], s.sentTok[s.sentOf[i]][1]
	if s.word(b-1) != "?" {
		return false
	}
	for k := a; k < i; k++ {
		switch s.lw(k) {
		case "would", "will", "could", "should", "can", "plan", "plans", "going":
			if s.lw(k+1) != "you" {
				return true
			}
		}
	}
	return false
}

// numberedName reports whether token i ends a capitalized event name with an
// ordinal ("8th Global Forum", "Seventieth World Health Assembly",
// "23rd Annual Congress", "first session").
func (s *state) numberedName(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		w := s.lw(k)
		if isOrdinal(w) || ordinalWords.has(w) || strings.HasSuffix(w, "tieth") || strings.HasSuffix(w, "teenth") {
			return true
		}
		if !s.capLike(k) && !(s.mentAt(k) != nil) {
			return false
		}
	}
	return false
}

// sentenceHasDate reports whether the sentence of token i has a resolved date.
func (s *state) sentenceHasDate(i int) bool {
	si := s.sentOf[i]
	for k := s.sentTok[si][0]; k < s.sentTok[si][1]; k++ {
		if d := s.dateAt(k); d >= 0 && s.dates[d].Value != "" {
			return true
		}
	}
	return false
}

// sentenceHas reports whether the sentence of token i contains one of words
// (outside quotations).
func (s *state) sentenceHas(i int, words ...string) bool {
	si := s.sentOf[i]
	for k := s.sentTok[si][0]; k < s.sentTok[si][1]; k++ {
		if s.inQuote[k] {
			continue
		}
		for _, w := range words {
			if s.low[k] == w {
				return true
			}
		}
	}
	return false
}

// mentionBefore returns the mention ending within n tokens before i.
func (s *state) mentionBefore(i, n int) *mention {
	for k := i - 1; k >= 0 && k >= i-n; k-- {
		if m := s.mentAt(k); m != nil {
			return m
		}
		if s.toks[k].Kind == text.Punct {
			return nil
		}
	}
	return nil
}

// orgNear reports whether an organization is mentioned within n tokens of
// i (n < 0 looks backwards).
func (s *state) orgNear(i, n int) bool {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for k, c := i, 0; k >= 0 && k < len(s.toks) && c < n; k, c = k+step, c+1 {
		if m := s.mentAt(k); m != nil && m.ent.typ == annals.Org {
			return true
		}
		if s.toks[k].Kind == text.Punct && s.word(k) != "’" && s.word(k) != "'" {
			return false
		}
	}
	return false
}

// findEvents reads the events of the story sentence by sentence. One
// sentence gives at most one event of each type; a later sentence that
// refers back to an event ("The Conference, co-organized by ...") adds to
// it rather than making a new one. The headline is read last and only
// adds to events the body reports, unless the body reports none of its type.
func (s *state) findEvents() {
	s.inQuote = s.quotedTokens()
	headline := -1
	if s.bodyStart > 0 {
		headline = 0
	}
	order := make([]int, 0, len(s.sents))
	for si := range s.sents {
		if si != headline {
			order = append(order, si)
		}
	}
	if headline >= 0 {
		order = append(order, headline)
	}
	// the tokens whose word may signal an event or a statement, in text
	// order (triggerAt reads no other): most sentences have a few
	var words []int
	acr := s.gatheringAcronyms()
	for i := range s.toks {
		if _, ok := triggerTable.GetString(s.lw(i)); ok {
			words = append(words, i)
		} else if acr != nil && acr[s.word(i)].typ != "" && s.acronymTold(i) {
			words = append(words, i)
		}
	}
	for _, si := range order {
		a, b := s.sentTok[si][0], s.sentTok[si][1]
		lo, _ := slices.BinarySearch(words, a)
		hi, _ := slices.BinarySearch(words, b)
		cands := words[lo:hi]
		// a sentence with no trigger word tells of no event (whether or
		// not it is page furniture, which costs more to ask)
		if len(cands) == 0 || s.furniture(si) {
			continue
		}
		seen := map[annals.EventType]*event{}
		s.sentTriggers = s.sentTriggers[:0]
		trig := func(i int) annals.EventType {
			if g := acr[s.word(i)]; g.typ != "" {
				return g.typ
			}
			return s.triggerAt(i)
		}
		for _, i := range cands {
			if !s.inQuote[i] && !s.appos[i] && s.dateAt(i) < 0 && trig(i) != "" {
				s.sentTriggers = append(s.sentTriggers, i)
			}
		}
		for _, i := range cands {
			// "the President of the Assembly’s 66th session": an office, not
			// a gathering the sentence tells of
			if s.inQuote[i] || s.appos[i] || s.dateAt(i) >= 0 {
				continue
			}
			t := trig(i)
			if t == "" || (t == annals.Conference || t == annals.Meeting) && s.bodyOfGathering(i) {
				continue
			}
			ev := s.buildEvent(t, i, si)
			if g := acr[s.word(i)]; g.typ != "" && s.acronymTold(i) {
				s.seriesNamed(ev, i, g)
			}
			if careerTypes[t] && !ev.explicit && s.careerAct(i, si) {
				// "He also created the National Ocean Sciences Bowl" in a
				// nominee's biography: a step of a career the sentence
				// does not date, no event of the story's day
				continue
			}
			if t == annals.Appointment && !ev.explicit && careerAppointing.has(s.lw(i)) && !newlyDone(s.lw(i-1)) && (s.bioElsewhere(si) || s.bioOwnCue(i, si)) && s.careerAct(i, si) {
				// "Ehrlich was appointed to serve on a Commission", "he was
				// also elected by his peers to serve as President of X" in
				// a biography: a step of a career the story does not date,
				// not an appointment of the story's day
				ev.date, ev.dateEnd, ev.status = "", "", annals.Held
			}
			if t == annals.Appointment && !ev.explicit && (s.bioObject(i, si) || s.beforeAppointment(i, si) || s.frontedAppointed(i, si)) {
				// "Governor X appointed her to serve as Y" in a biography,
				// "Prior to his appointment as Z, he served as ...",
				// "Appointed Chair of the Committee, he led ...": a step
				// of a past the story does not date
				ev.date, ev.dateEnd, ev.status = "", "", annals.Held
			}
			if prev := seen[t]; prev != nil {
				// a second event of the same type in one sentence only when it
				// has a date of its own: "next week at the NATO Summit in
				// Vilnius, and ahead of the 75th Anniversary NATO Summit in
				// Washington, D.C. next year"
				// "During the visit, she announced an upcoming trip": one
				// event held, the other planned, are two
				// (but two names are two: "including the Treaty of Amity,
				// signed in 1966, and the Trade and Investment Framework
				// Agreement (TIFA), signed in 2002")
				// (not into the gathering a phrase of setting refers back to:
				// "On the sidelines of the meeting, X held bilateral talks
				// with Y" tells the talks, the meeting was told before)
				if (!ev.explicit || prev.date.Compatible(ev.date) || i-prev.anchor < 4) && (prev.status == ev.status || !s.futureMarked(i)) && !s.twoNames(prev, ev) && !(s.toldSetting(prev.anchor) != nil && !prev.explicit) {
					prev.merge(ev)
					continue
				}
			}
			seen[t] = ev
			s.addEvent(ev, si == headline)
		}
	}
	s.marginsPlaces()
	s.headingDates()
	s.headingsJoined()
	s.alsoTookPart()
}

// marginsPlaces gives an event with no place of its own, told on the
// margins of a gathering the story named by an acronym, that gathering's
// place: "the Ukraine Recovery Conference (URC) next month in London"
// ... "the Steering Committee will hold its next meeting on the margins
// of the URC in June" is a meeting in London.
func (s *state) marginsPlaces() {
	for _, e := range s.events {
		if e.place != "" || e.sent < 0 || e.sent >= len(s.sentTok) {
			continue
		}
		a, b := s.sentTok[e.sent][0], s.sentTok[e.sent][1]
		for k := a; k+3 < b; k++ {
			if !settingNouns.has(s.lw(k)) || s.lw(k+1) != "of" {
				continue
			}
			j := k + 2
			if s.is(j, cBackDeterminers) {
				j++
			}
			if !allCapsAcronym(s.word(j)) {
				continue
			}
			for _, o := range s.events {
				if o != e && o.place != "" && (o.typ == annals.Conference || o.typ == annals.Meeting) && s.word(o.anchor+1) == "(" && s.word(o.anchor+2) == s.word(j) && s.word(o.anchor+3) == ")" {
					e.place = o.place
					break
				}
			}
			break
		}
	}
}

// careerTypes are the events a biography tells as steps of a career:
// what its person founded, launched, ran or took part in.
// careerAppointing are the appointment words a biography tells a past
// step with ("was appointed", "was elected to", "a presidential
// appointment"); a departure ("resigned") and "newly appointed" are news.
var careerAppointing = set("appointed", "appointment", "become", "became", "elected", "re-elected", "reelected", "named", "nominated", "selected", "chosen", "designated")

var careerTypes = map[annals.EventType]bool{annals.Founding: true, annals.Programme: true, annals.Campaign: true}

// futureMarked reports whether the event noun at token i is marked as
// one to come by the word before it or the one before that: "an upcoming
// trip", "the next regular meeting".
func (s *state) futureMarked(i int) bool {
	for k := i - 1; k >= i-2 && k >= 0; k-- {
		switch s.lw(k) {
		case "upcoming", "forthcoming", "next", "planned", "coming", "future", "proposed":
			return true
		}
	}
	return false
}

// baseVerbs are trigger verbs in their bare form: after "to" or "and"
// they tell an act to come, not one done.
var baseVerbs = set("launch", "sign", "adopt", "meet", "visit", "travel", "host", "form", "establish", "create",
	"appoint", "nominate", "designate", "convene", "hold", "attend", "deliver", "ratify", "conclude")

// intentVerbs take an act to come as their infinitive: "intends to
// launch", "committed to sign".
var intentVerbs = set("intend", "intends", "intended", "plan", "plans", "planned", "commit", "commits", "committed",
	"pledge", "pledges", "pledged", "promise", "promises", "promised", "vow", "vows", "vowed", "aim", "aims",
	"seek", "seeks", "hope", "hopes", "want", "wants", "wish", "wishes", "expect", "expects", "expected", "prepare", "prepares",
	"intending", "planning", "committing", "pledging", "promising", "aiming", "seeking", "hoping", "preparing",
	"intent", "intention", "plans", // "announced his intent to nominate", "has no plans to visit"
	"going", "will", "would", "shall")

// intendedAct reports whether the bare trigger verb at token i is an act
// someone intends, told as the infinitive of a verb of intent, alone or
// after another one it is coordinated with: "intends to provide $500,000
// to engage entrepreneurs and launch the Network", "committed to sign the
// accord" (not "came together to form the Council", "helped launch").
func (s *state) intendedAct(i int) bool {
	if !s.is(i, cBaseVerbs) {
		// "will tour a factory and deliver remarks": the bare verb whose
		// object the event noun is
		if i = s.bareVerbOf(i); i < 0 {
			return false
		}
	}
	prev := s.lw(i - 1)
	if prev != "to" && prev != "and" {
		return false
	}
	start := s.sentTok[s.sentOf[i]][0]
	for k := i - 1; k > start && k >= i-24; k-- {
		w := s.lw(k)
		if w == "to" && (k == i-1 || s.toks[k+1].Kind == text.Word && !text.IsCap(s.word(k+1))) {
			if s.is(k-1, cIntentVerbs) {
				return true
			}
			// a headline's future: "Vice President Harris to deliver
			// remarks at White House Summit"
			if m := s.mentAt(k - 1); k == i-1 && m != nil && m.ent.typ == annals.Person && s.opensSentence(m.a) {
				return true
			}
			if prev == "to" {
				return false
			}
		} else if k == i-1 {
			// "and launch": the verbs it is coordinated with
		} else if s.toks[k].Kind == text.Punct && w != "," && w != "$" && w != "-" && w != "’" && w != "'" {
			return false
		} else if modalWill(w) {
			return true
		}
	}
	return false
}

// frontedFuture reports whether the event noun at token i stands in a
// phrase opened by "during" before its sentence's main clause, told in the
// future: "During his visit to the hospital in East Jerusalem, the
// President will announce ..." (not "During the visit, she announced").
func (s *state) frontedFuture(i int) bool {
	// "During the Summit for Democracy’s Year of Action, we will ...": the
	// phrase names another time than the event's
	if !s.is(i, cEventNouns) {
		return false
	}
	for k := i + 1; k < len(s.toks) && k <= i+6 && s.word(k) != ","; k++ {
		if isPossessive(s.word(k)) || s.word(k) == "’s" || s.word(k) == "'s" {
			return false
		}
	}
	a, b := s.sentTok[s.sentOf[i]][0], s.sentTok[s.sentOf[i]][1]
	open := -1
	for k := i - 1; k >= a && k >= i-6; k-- {
		w := s.lw(k)
		if w == "during" {
			open = k
			break
		}
		if s.toks[k].Kind == text.Punct && w != "’" && w != "'" {
			return false
		}
	}
	if open < 0 || open != a && s.word(open-1) != "," {
		return false
	}
	for k := i + 1; k < b && k <= i+14; k++ {
		if s.word(k) != "," {
			continue
		}
		for j := k + 1; j < b && j <= k+6; j++ {
			if modalWill(s.lw(j)) || contractionTail(s.lw(j)) == "ll" {
				return true
			}
			if s.toks[j].Kind == text.Punct {
				return false
			}
		}
		return false
	}
	return false
}

// opensSentence reports whether only capitalized words (a title) stand
// before token k in its sentence: "Vice President Harris to deliver ...".
func (s *state) opensSentence(k int) bool {
	for j := s.sentTok[s.sentOf[k]][0]; j < k; j++ {
		if !s.capLike(j) {
			return false
		}
	}
	return true
}

// actVerbs are bare verbs whose object is an event noun: "deliver
// remarks", "give a speech", "hold talks".
var actVerbs = set("deliver", "give", "make", "hold", "host", "sign", "convene", "attend", "conclude", "launch", "join")

// bareVerbOf returns the token of the bare verb whose object is the event
// noun at token i ("deliver remarks", "give a keynote speech"), or -1.
func (s *state) bareVerbOf(i int) int {
	if !s.is(i, cEventNouns) {
		return -1
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := s.lw(k)
		if actVerbs.has(w) || baseVerbs.has(w) {
			return k
		}
		if s.toks[k].Kind != text.Word || text.IsCap(s.word(k)) && !functionWords.has(w) || triggers[w] != "" {
			return -1
		}
	}
	return -1
}

// modalWill reports whether w is a modal of the future: "will", "would",
// "shall".
func modalWill(w string) bool {
	return w == "will" || w == "would" || w == "shall"
}

// dateNextTo reports whether a date follows the trigger at token i within
// two words: "the meeting next week", "met yesterday with".
func (s *state) dateNextTo(i int) bool {
	for k := i + 1; k <= i+2 && k < len(s.toks); k++ {
		if s.dateAt(k) >= 0 {
			return true
		}
	}
	return false
}

// quotedTokens marks tokens inside quotation marks (direct speech and
// quoted titles): trigger words there do not make events.
func (s *state) quotedTokens() []bool {
	in := make([]bool, len(s.toks))
	depth := false
	for i := range s.toks {
		w := s.word(i)
		switch {
		case w == "“" || w == "«":
			depth = true
			continue
		case w == "”" || w == "»":
			depth = false
			continue
		case w == "\"":
			depth = !depth
			continue
		case w == "'" && s.word(i+1) == "'" && s.toks[i+1].Start == s.toks[i].End:
			// '' used as a quotation mark
			depth = !depth
			continue
		}
		in[i] = depth || s.quoteZone[i]
		// a paragraph break closes an unbalanced quote
		if i+1 < len(s.toks) && s.paraBreak(i, i+1) {
			depth = false
		}
	}
	return in
}

// buildEvent fills an event of type t triggered at token i of sentence si.
func (s *state) buildEvent(t annals.EventType, i, si int) *event {
	ev := &event{typ: t, sent: si, anchor: i, status: annals.Held}
	if t == annals.Conference || t == annals.Meeting {
		ev.opens, ev.closes = s.openingAt(i), s.closingAt(i)
	} else if t == annals.Campaign || t == annals.Programme {
		// "The campaign, which runs until 30 April, ...": the end of a
		// campaign launched before
		ev.closes = s.runsUntilAt(i)
	}
	a, b := s.sentTok[si][0], s.sentTok[si][1]
	// a gathering named in passing ("ahead of the G20 Summit", "commitments
	// made at the G7 Summit"): the dates of its sentence before its name,
	// or far after it, are the other act's
	// "The visit followed the OSCE Ministerial Council ...": the verb
	// after which the sentence tells another event (see sequelAt)
	sequel := s.sequelAt(i)
	pj, passing := -1, notPassing
	if t == annals.Conference || t == annals.Meeting {
		pj, passing = s.gatheringInPassing(i, a)
	}
	ev.passing = passing == passingNamed
	passEnd := b
	if passing != notPassing {
		passEnd = s.passingDateEnd(i, b)
	}
	// date: the nearest date of the sentence, counting a quoted title as
	// one word and preferring dates after the trigger
	best, bestD := -1, 1<<30
	// stretch: the sentence tells of "the past year", twelve months up
	// to the story, which the TimeML value puts in the calendar year
	// before it; no event's date, and a held event it may hold is not of
	// the day of the story either
	stretch := false
	tellingDay := false   // a date skipped as the day of a telling (toldAhead)
	beforePhrase := false // "Prior to her appointment, she was ... from 2011 to 2018"
	var cands []int       // the dates the sentence may give the event
	for di, d := range s.dates {
		k := s.tokAt(d.Start)
		if k >= a && k < b && d.Value != "" && s.beforeItsPhrase(i, k) {
			beforePhrase = true
			continue
		}
		// (a gathering's own end is its date: "the summit ends on 14
		// September", as "closes on" is)
		if sequel > 0 && k > sequel {
			// "The visit followed the OSCE Ministerial Council in Skopje
			// on 30 November": the date of what came before it
			continue
		}
		if k < a || k >= b || d.Value == "" || s.quoteZone[k] || s.boundOfAPeriod(k) && !(ev.closes && k > i) && !s.whenOfDate(k, i) && !(spanTypes(t) && s.spanBound(i, k)) || s.deadlineOfAnother(i, k) || t == annals.Appointment && s.officeStartDate(i, k) || s.datelineDate(si, d) || s.inOtherClause(i, k) || s.yearOfANoun(k, i) || s.dayOfAThing(k, i) || s.markedDate(k, i) || s.toldContent(t, i, k) || s.sinceDate(k) && t != annals.Programme && t != annals.Campaign && !s.whenOfDate(k, i) {
			continue
		}
		if strings.EqualFold(d.Text, "the past year") {
			stretch = true
			continue
		}
		if passing != notPassing && (k < pj || k >= passEnd) {
			continue
		}
		dist := s.distance(i, k)
		// a date right by another event's trigger is that event's: "the MoU
		// was the Aquifer Fellows Programme, launched in 2015"
		claimed := false
		for _, j := range s.sentTriggers {
			// a gathering right after the trigger shares its date: "addressed
			// at the Ministerial meeting ... held on 28 September"
			attached := j > i && j-i <= 10 && (s.lw(i+1) == "at" || s.lw(i+1) == "to" || s.lw(i+1) == "during" || s.lw(i+2) == "at" || s.lw(i+2) == "to") ||
				s.foundedBy(t, i, j) || s.foundedObject(t, i, j) || t == annals.Speech && s.addressedGathering(i, j)
			// (a trigger right next to this one tells the same event:
			// "The Forum met this spring in Geneva")
			if j != i && j != i+1 && j != i-1 && !attached && triggers[s.lw(j)] != "" && s.triggerAt(j) != t && s.distance(j, k) <= 4 && s.distance(j, k) < dist && (j < k) == (i < k) {
				claimed = true
			}
		}
		if claimed {
			continue
		}
		if k < i {
			dist = dist*3/2 + 1
		}
		// "announced today that its Forum will take place ... from 15 to 17
		// April": the date of the telling is not the event's (but "met
		// today with X to discuss the June 14 Summit": the date right after
		// the event's own verb is its own, though "met" also introduces
		// a speaker)
		if v := k - 1; t != annals.Speech && k < i && v > 0 && (s.lw(v) != "on" || v-1 != i) && s.toldAhead(k, i) {
			if s.lw(v) == "on" {
				v--
			}
			if s.is(v, cSpeechVerbs) || s.lw(v) == "announced" {
				// "The Ministry said yesterday it would host a conference",
				// "X announced on Monday that it will launch an initiative":
				// the day of the telling, and the act is still to come
				tellingDay = true
				continue
			}
		}
		if t != annals.Speech && d.Relative && k > 0 && k-1 != i && (s.is(k-1, cSpeechVerbs) || s.lw(k-1) == "announced") {
			dist += 20
		}
		if dist < bestD {
			best, bestD = di, dist
		}
		cands = append(cands, di)
	}
	if best >= 0 {
		best = s.finerThanCount(best, i, cands)
		ev.date, ev.dateEnd, ev.explicit = s.dates[best].Value, s.dates[best].ValueEnd, true
		if d, ok := s.offsetDate(i, s.tokAt(s.dates[best].Start), ev.date); ok {
			ev.date, ev.dateEnd = d, ""
		} else if from, to, ok := s.pairedDays(best); ok {
			ev.date, ev.dateEnd = from, to
		} else if from, to, ok := s.spanOfDays(i, s.tokAt(s.dates[best].Start), ev.date); ok && spanTypes(t) && ev.dateEnd == "" {
			// "concluded on Thursday a four-day visit": the four days
			// ending Thursday
			ev.date, ev.dateEnd = from, to
		} else if from, to, ok := s.openCloseDays(t, i, best); ok {
			// "The conference opened on Monday and runs until Friday":
			// Monday to Friday
			ev.date, ev.dateEnd = from, to
		}
	} else if d, ok := s.offsetDate(i, -1, ""); ok {
		ev.date, ev.explicit = d, true
	}
	// place: a place after "in", "at" or "to", nearest the trigger
	ev.place = s.eventPlace(i, a, b)
	if t == annals.Meeting && (s.lw(i) == "spoke" || s.lw(i) == "call" || s.lw(i) == "calls") {
		// "spoke today with Prime Minister X to discuss the situation in
		// Gaza", "a call ... in advance of the NATO Summit in Vilnius": a
		// call is held from afar, and the places its sentence names are
		// what it was about
		ev.place = ""
	}
	switch s.lw(i) {
	case "visit", "visited", "visiting", "visits":
		// "visit Iraq": the object of the verb
		if m := s.mentAt(i + 1); m != nil && m.ent.typ == annals.Place {
			ev.place = clean(s.text[m.start:m.end])
		}
	}
	// "Bucharest hosted the NATO Summit", "the United States is offering to
	// host APEC": the host is the place
	for k := a; k < b; k++ {
		// (not "the Conference on Sudan, hosted by France, Germany and
		// ...": the passive's host follows "by", and what comes before is
		// the event's name)
		if w := s.lw(k); (w == "hosted" || w == "host" || w == "hosts" || w == "hosting") && absInt(k-i) <= 6 && s.lw(k+1) != "by" {
			if m := s.mentionBefore(k, 5); m != nil && m.ent.typ == annals.Place {
				ev.place = clean(s.text[m.start:m.end])
			} else {
				for j := k - 1; j >= a && j >= k-6; j-- {
					if m := s.mentAt(j); m != nil && m.ent.typ == annals.Place {
						ev.place = clean(s.text[m.start:m.end])
						break
					}
				}
			}
		}
	}
	// "the 2020 Juba Peace Agreement", "the Rome Declaration": an agreement
	// named for a city was made there
	if t == annals.Agreement && ev.place == "" {
		for k := i - 1; k >= a && k >= i-6 && (s.capLike(k) || s.dateAt(k) >= 0); k-- {
			if ai := s.atomIdx(k); ai >= 0 && s.atoms[ai].Entry.Kind == gazetteer.City && !s.atoms[ai].Demonym {
				if m := s.mentAt(k); m != nil && m.ent.typ == annals.Place {
					ev.place = clean(s.text[m.start:m.end])
				} else {
					ev.place = clean(s.text[s.atoms[ai].Start:s.atoms[ai].End])
				}
				break
			}
		}
	}
	s.eventParts(ev, t, i, si)
	if sequel > 0 {
		// "The visit followed the OSCE Ministerial Council": the bodies
		// named after the verb are the other event's
		after := map[*ent]bool{}
		for k := sequel + 1; k < b; k++ {
			if m := s.mentAt(k); m != nil && m.a == k {
				after[m.ent] = true
			}
		}
		for k := a; k < sequel; k++ {
			if m := s.mentAt(k); m != nil {
				delete(after, m.ent)
			}
		}
		ev.parts = slices.DeleteFunc(ev.parts, func(e *ent) bool { return after[e] })
	}
	if t == annals.Founding {
		if end, body := s.foundedAside(i); body != nil {
			// "The Colombo Plan (founded in 1951) held its meeting in
			// Delhi": the aside tells the founding; the rest of the
			// sentence is another act, with its own place and parties
			ev.place = s.eventPlace(i, i, end)
			ev.parts = ev.parts[:0]
			ev.addPart(body)
		}
	}
	if adopter, alone := s.adopterOf(i); adopter != nil {
		// "Parliament adopted measures to ensure ... EU-UK relations",
		// "the regulation was adopted with 680 votes": the body that
		// adopts takes part, with those whose proposal it adopts; what the
		// text is about does not
		if alone {
			ev.parts = ev.parts[:0]
		}
		ev.addPart(adopter)
		for _, e := range s.proposers(i) {
			ev.addPart(e)
		}
	}
	if t == annals.Speech {
		// "the IAEA's report on Iran was released": the report's author
		// speaks; what the report is about takes no part
		if e := s.reportAuthor(i); e != nil {
			ev.parts = ev.parts[:0]
			ev.addPart(e)
		}
	}
	ev.title = s.eventTitle(t, i, a, b)
	for fi, f := range s.figures {
		k := s.tokAt(f.Start)
		if k >= a && k < b && !s.inQuote[k] && !s.countOfAnother(t, i, k, f) {
			ev.figures = append(ev.figures, fi)
		}
	}
	// status: after the publication date, "next week", or told in the
	// future tense when the date does not say otherwise
	switch {
	case ev.date != "" && s.published != "" && laterThan(ev.date, s.published):
		ev.status = annals.Planned
	case ev.explicit && best >= 0 && s.dates[best].Relative && (hasAnyWord(s.dates[best].Text, "next", "coming", "tomorrow") || hasAnyWord(s.dates[best].Text, "later") && hasAnyWord(s.dates[best].Text, "this", "today", "tonight")):
		// (and "later this year": "proud to host the Replenishment
		// Conference later this year")
		ev.status = annals.Planned
	case best >= 0 && s.published != "" && !s.is(i, cSpeechVerbs) && periodAhead(s.dates[best].Timex, s.published):
		// "training workshops this fall", read in July: the season is
		// ahead, though the event's date is only the year (not a verb
		// of telling in the past: "said ... in the spring" was said)
		ev.status = annals.Planned
	case !ev.explicit || s.published == "" || ev.date.Compatible(s.published):
		// the future tense near the trigger ("will hold", "is scheduled"),
		// not in reported speech elsewhere in the sentence; after a verb
		// ("said the meeting would ..."), only what comes before it counts
		hi := min(b, i+7)
		if !s.is(i, cEventNouns) {
			hi = i
		}
		// (counted from the start of the event's own name: "We will also
		// launch an annual Trilateral Indo-Pacific Dialogue")
		from := i
		for from-1 >= a && from > i-8 && text.IsCap(s.word(i)) && (s.capLike(from-1) || s.word(from-1) == "-" || s.word(from-1) == "–") {
			from--
		}
		for k := max(a, from-6); k < hi; k++ {
			w := s.lw(k)
			if k > i && (s.is(k+1, cEventNouns) || s.is(k+2, cEventNouns) && s.toks[k+1].Kind == text.Word) {
				// "During the visit, she announced an upcoming trip": the
				// cue before the next event's noun is that event's
				break
			}
			// "look forward to another Summit": the event to come
			lookForward := (w == "look" || w == "looks" || w == "looking" || w == "looked") && s.lw(k+1) == "forward" && s.lw(k+2) == "to" && k < i
			// "I’ll be headed to", "the ministers’ll meet"
			if contractionTail(w) == "ll" && k < i {
				ev.status = annals.Planned
				break
			}
			if w == "later" && (s.offsetUnitBefore(k) || s.narrativeLater(k)) {
				continue // "Just 11 minutes later, Truman announced"
			}
			if futureCues.has(w) && !(w == "set" || w == "plan" || w == "look" || w == "looks" || w == "decided") || lookForward || w == "to" && s.lw(k+1) == "be" && s.lw(k+2) == "held" || w == "decided" && s.lw(k+1) == "to" ||
				aimCues.has(w) && k < i && !text.IsCap(s.word(k)) {
				ev.status = annals.Planned
				break
			}
		}
		if ev.status == annals.Held && (s.intendedAct(i) || s.frontedFuture(i) || t == annals.Conference && s.presentVerbFuture(i)) {
			ev.status = annals.Planned
		}
	}
	// "ahead of the G20 Summit": a gathering still to come; "commitments
	// made at the G7 Summit": one gone by (whatever the tense of the act
	// the sentence tells)
	switch {
	case passing == passingAhead && !(ev.explicit && s.published != "" && !laterThan(ev.date, s.published) && !ev.date.Compatible(s.published)):
		ev.status = annals.Planned
	case passing == passingPast && !(ev.explicit && s.published != "" && laterThan(ev.date, s.published)):
		ev.status = annals.Held
	}
	// "That year the Bureau and the Alliance signed ...", "It was signed by
	// ...": the date is the one the story just gave
	if !ev.explicit && passing == notPassing {
		if d, ok := s.anaphoricDate(si); ok {
			ev.date, ev.dateEnd, ev.explicit = d, "", true
			if ev.date != "" && s.published != "" && laterThan(ev.date, s.published) {
				ev.status = annals.Planned
			}
		}
	}
	// "On the margins of the meeting, X and Y signed a Memorandum": the
	// day and place of the gathering the story told (see toldSetting);
	// not of "an upcoming trip" announced there
	if !ev.explicit && !s.futureMarked(i) && passing == notPassing {
		for k := s.sentTok[si][0]; k < s.sentTok[si][1]; k++ {
			// (not the setting's own word: that gathering is the one told,
			// and those who signed beside it took no part in it)
			if k == i {
				continue
			}
			e := s.toldSetting(k)
			if e == nil {
				e = s.bareSidelines(k, i)
			}
			if e != nil && e.explicit {
				ev.date, ev.dateEnd, ev.explicit, ev.status = e.date, e.dateEnd, true, e.status
				if ev.place == "" {
					ev.place = e.place
				}
				break
			}
		}
	}
	// with no date of its own, an event in a dated news story happened about
	// when it was reported (a planned one in the same month)
	pastPerfect := s.pluperfect(i) || s.sinceClause(i) ||
		// "where he previously served as Chief Judge", "the Vice
		// President previously met with all three leaders": a past the
		// story does not date
		s.lw(i-1) == "previously" || s.lw(i-1) == "formerly" ||
		// "after the last Fed meeting", "At the previous summit"
		(t == annals.Meeting || t == annals.Conference) && s.priorOccurrence(i) ||
		// "the role of the Summit of the Future", "reaffirm commitments
		// made at the G7 Summit": a gathering the sentence does not date
		passing != notPassing ||
		// "Summit participants committed to ...", "in support of all
		// Summit goals": a gathering named only to qualify what it has
		// or yields, which the story tells no act of
		t == annals.Conference && s.gatheringModifier(i)
	if !ev.explicit && s.published != "" && s.sinceClause(i) {
		// "It has been 11 years since the OSCE held a summit": 11 years
		// before the story
		if d := s.agoSince(i); d != "" {
			ev.date, ev.explicit = d, true
		}
	}
	// "this 65th anniversary of the founding of the Peace Corps": 65
	// years before the day the sentence gives, or the story's year (the
	// story may be written on the day, or not)
	// ("Today, on the 32nd anniversary of the signing of X", "installed
	// in 2008 to mark the tenth anniversary of the Agreement"; a date
	// elsewhere in the sentence is another thing's: "the second
	// anniversary of the signing of the Abraham Accords, along with ...
	// the October 2022 ... agreement")
	months := 0
	if s.anniversaryYears(i) == 0 {
		// "the six-month anniversary of the ceasefire agreement": six
		// months before the month of the anniversary
		months = s.anniversaryMonths(i)
	}
	if n := max(s.anniversaryYears(i), months); n > 0 && (ev.explicit || s.published != "") {
		base := annals.Date(string(s.published)[:min(4, len(s.published))])
		if months > 0 {
			base = s.published
		}
		own := false
		if ev.explicit && best >= 0 {
			k, ak := s.tokAt(s.dates[best].Start), s.anniversaryAt(i)
			if k < ak && ak-k <= 8 || ak > i && k > ak && k-ak <= 3 {
				// (or right after an anniversary told after the trigger:
				// "which celebrated its 10th anniversary in May 2022")
				base = ev.date
			}
			// "the 25th anniversary of the 1998 Agreement": the date the
			// sentence gives the event itself
			own = k > ak && k < i && ak < i
			if ak >= 0 && ak < i && k > i && k-i <= 12 && !s.inOtherClause(i, k) {
				// a date after the act's name: the anniversary's when it
				// is about the story's time ("the 250th anniversary of the
				// signing of the Declaration of Independence on July 4,
				// 2026", read in 2021: 1776-07-04), the act's own when it
				// is about as far back as the years counted ("the 75th
				// anniversary of the signing of the UN Charter on June 26,
				// 1945")
				switch y, py := yearOf(ev.date), yearOf(s.published); {
				case py > 0 && y >= py-1:
					base = ev.date
				case py > 0 && y > 0 && y <= py-n+1:
					own = true
				}
			}
		}
		// (no base: no date, rather than the day of the anniversary)
		if !own && months > 0 {
			ev.date, ev.dateEnd, ev.explicit, ev.status = monthsBefore(base, months), "", true, annals.Held
		} else if !own {
			ev.date, ev.dateEnd, ev.explicit, ev.status = yearsBefore(base, n), "", true, annals.Held
		}
	} else if ak := s.anniversaryAt(i); ak >= 0 && !s.ownDateAfter(ak, i, best) {
		// "Today, on the anniversary of the signing of the PACT Act": the
		// signing was some years before the day of the anniversary, how
		// many the story does not say; no date rather than that day
		ev.date, ev.dateEnd, ev.explicit, ev.status = "", "", false, annals.Held
		pastPerfect = true
	}
	// "He also founded the Coalition", "During his first term, X
	// established Y": a founding of a past the story does not date has no
	// date, not the story's
	if !ev.explicit && t == annals.Founding && s.foundedLongAgo(i, si) {
		pastPerfect = true
	}
	if !ev.explicit && s.habitual(i, a, b) {
		// "the Board meets quarterly", "has met regularly", "as Mrs. Bush
		// often said", "visit Peru annually", "each time I traveled to
		// X", "met him on several occasions over the years": what recurs
		// has no one date, and none is the story's day
		pastPerfect = true
	}
	if !ev.explicit && ev.status == annals.Held && s.pastTermTold(a, b) {
		// "On his first day in office, President X signed the Order",
		// "Y signed the Act during his first term", "my first
		// Administration took bold action": a past the term gives, not
		// the day of the story
		pastPerfect = true
	}
	if !ev.explicit && ev.status == annals.Held && s.historyTold(i, si) {
		// "In 1948, the General Assembly adopted the Declaration. The
		// Assembly later established the Commission.": the history the
		// paragraph dated, not the news of the story's day
		pastPerfect = true
	}
	if !ev.explicit && ev.status == annals.Held && s.careerTold(i, a, b) {
		// "Early in her career, X wrote a letter", "George Washington—
		// whom Congress later appointed as the Commander in Chief—":
		// a past told in passing, not the news of the story's day
		pastPerfect = true
	}
	if tellingDay && !ev.explicit && ev.status == annals.Held {
		// "DOL announced on April 10 it will award $65 million in X
		// grants", read as done: not on the story's day either
		pastPerfect = true
	}
	if beforePhrase && !ev.explicit {
		// the event came after the dates its sentence gives: when, the
		// story does not say
		pastPerfect = true
	}
	if stretch && !ev.explicit && ev.status == annals.Held {
		// "VA has delivered $1.85 billion over the past year", "meeting
		// with 250 legislators in the past year": some time in the
		// twelve months before the story, no date
		pastPerfect = true
	}
	if !ev.explicit && ev.status == annals.Held && s.tallied(i, a, b) {
		// "The Agency has signed 40 agreements", "56 nations have signed
		// the Declaration": many acts up to the story, none dated
		pastPerfect = true
	}
	recent := false
	if !ev.explicit && s.published != "" && !pastPerfect && ev.status == annals.Held {
		// "DOT recently launched a partnership", "has been meeting with
		// senators in recent weeks": some days or weeks before the story,
		// the story's year, not its day; "in recent years", "in the
		// past": a past the story does not date
		switch s.pastRefOf(a, b) {
		case pastRefRecent:
			recent = true
		case pastRefLong:
			pastPerfect = true
		}
	}
	if !ev.explicit && s.published != "" && !pastPerfect {
		if recent {
			ev.date = annals.Date(string(s.published)[:min(4, len(s.published))])
		} else if ev.status == annals.Held {
			ev.date = s.written
		} else {
			ev.date = annals.Date(string(s.published)[:min(7, len(s.published))])
		}
	}
	// the story's own words: "my remarks", "our statement"
	if t == annals.Speech && (s.lw(i-1) == "my" || s.lw(i-1) == "our") {
		ev.date, ev.explicit, ev.status = s.published, s.published != "", annals.Held
		ev.parts = nil
		if sp := s.speaker(); sp != nil {
			ev.parts = []*ent{sp}
		}
	}
	return ev
}

// The pasts a sentence's PAST_REF expressions tell (pastRefOf).
const (
	pastRefNone   = iota
	pastRefRecent // "recently", "in recent weeks", "the past few days"
	pastRefLong   // "in recent years", "in the past", "years ago"
)

// pastRefOf returns the past that tokens [a,b) tell with an expression
// TimeML values PAST_REF, outside quotes: a long one when any names years,
// decades or the past alone, else a recent one.
func (s *state) pastRefOf(a, b int) int {
	out := pastRefNone
	for _, d := range s.dates {
		k := s.tokAt(d.Start)
		if k < a || k >= b || d.Timex != "PAST_REF" || s.quoteZone[k] {
			continue
		}
		t := strings.ToLower(d.Text)
		// ("a couple of months ago" is PAST_REF when the months it may
		// mean straddle a new year: no year of the story's)
		if strings.Contains(t, "year") || strings.Contains(t, "decade") || strings.Contains(t, "centur") || t == "the past" || t == "past" || strings.HasSuffix(t, " ago") {
			return pastRefLong
		}
		out = pastRefRecent
	}
	return out
}

// ownDateAfter reports whether the date best of the sentence (-1: none)
// stands between the anniversary at token ak and the trigger at token i:
// "the anniversary of the 1998 Agreement" gives the act its own date.
func (s *state) ownDateAfter(ak, i, best int) bool {
	if best < 0 {
		return false
	}
	k := s.tokAt(s.dates[best].Start)
	return k > ak && k < i
}

// frequencyWords tell that an act recurs: "meets quarterly", "often said".
var frequencyWords = set("quarterly", "annually", "monthly", "weekly", "biannually", "biweekly", "regularly", "routinely",
	"frequently", "often", "periodically", "yearly")

// frequencyAdjectives are frequency words that, before a noun, name one
// of a series ("in his weekly radio address"), not a recurrence.
var frequencyAdjectives = set("quarterly", "monthly", "weekly", "biweekly", "yearly")

// afterFrequency are the words that may follow a frequency word used as
// an adverb ("meets quarterly in Washington", "meet monthly to discuss").
var afterFrequency = set("in", "at", "on", "to", "and", "or", "with", "for", "by", "since", "until", "through", "during", "throughout")

// habitual reports whether the trigger at token i, in sentence tokens
// [a,b), is told as recurring: a word of frequency, or "every" or "each"
// before a unit of time, within three words of it with no punctuation
// between ("the Board meets quarterly", "has regularly met with",
// "meeting regularly", "visit Peru annually", "meets every month"; not
// "said in his weekly radio address").
func (s *state) habitual(i, a, b int) bool {
	for k := max(a, i-3); k < b && k <= i+4; k++ {
		if k == i {
			continue
		}
		lo, hi := min(i, k), max(i, k)
		broken := false
		for j := lo + 1; j < hi; j++ {
			if s.toks[j].Kind != text.Word {
				broken = true
			}
		}
		if broken {
			continue
		}
		w := s.lw(k)
		if frequencyWords.has(w) && k <= i+3 && !(frequencyAdjectives.has(w) && k+1 < len(s.toks) && s.toks[k+1].Kind == text.Word && !afterFrequency.has(s.lw(k+1))) {
			return true
		}
		if (w == "every" || w == "each") && k > i {
			switch s.lw(k + 1) {
			case "year", "month", "week", "day", "quarter", "spring", "summer", "autumn", "fall", "winter":
				return true
			}
		}
	}
	return s.eachTime(i, a) || s.timesOver(i, b)
}

// eachTime reports whether "each time" or "every time" opens the clause
// of the trigger at token i, a few words before it: "Each time I
// traveled to Michigan with him", "every time her family travelled to
// Tulsa".
func (s *state) eachTime(i, a int) bool {
	for k := i - 2; k >= a && k >= i-5; k-- {
		if s.toks[k].Kind != text.Word {
			return false
		}
		if (s.lw(k) == "each" || s.lw(k) == "every") && s.lw(k+1) == "time" {
			return true
		}
	}
	return false
}

// timesOver reports whether the clause the trigger at token i opens
// (up to b, or the first mark of punctuation) tells it many times over:
// "to meet and spend time with him on several occasions over the years",
// "we had the honor to meet and get to know him over the years".
func (s *state) timesOver(i, b int) bool {
	for k := i + 1; k < b && k <= i+maxTimesOverReach && s.toks[k].Kind == text.Word; k++ {
		switch s.lw(k) {
		case "over":
			if s.lw(k+1) == "the" && (s.lw(k+2) == "years" || s.lw(k+2) == "decades") {
				return true
			}
		case "several", "many", "numerous", "countless":
			if n := s.lw(k + 1); n == "occasions" || n == "times" {
				return true
			}
		}
	}
	return false
}

// maxTimesOverReach is how far after its trigger a clause may say that
// an act recurred.
const maxTimesOverReach = 16

// pastTerms are the spans of office a possessive and an ordinal of the
// past place an act in ("his first term", "her previous mandate").
var pastTerms = set("term", "terms", "administration", "presidency", "tenure", "mandate")

// termBegun reports whether tokens [x, y) tell a term begun: "became"
// before a title ("became President", "became Prime Minister"), "took
// office", "was sworn in", "was inaugurated".
func (s *state) termBegun(x, y int) bool {
	for k := x; k < y; k++ {
		switch s.lw(k) {
		case "became":
			return text.IsCap(s.word(k+1)) || s.is(k+1, cTitleHeads)
		case "took":
			return s.lw(k+1) == "office"
		case "sworn", "inaugurated":
			return true
		}
		if s.toks[k].Kind != text.Word || s.dateAt(k) >= 0 {
			return false
		}
	}
	return false
}

// pastTermTold reports whether tokens [a,b) place what they tell in a
// term of office gone by: a possessive ("his", "my", "President Bush's")
// or, before days or years, "the", then "first", "previous", "earlier",
// "prior" or "former", then a term ("his first term", "my first
// Administration", "her previous mandate") or days or years of one ("his
// first day in office", "the first hundred days of his administration",
// "her first year as Director-General").
func (s *state) pastTermTold(a, b int) bool {
	for k := a; k+1 < b; k++ {
		if s.quoteZone[k] {
			continue
		}
		// "On the campaign trail, the President warned": the campaign
		// before the term
		if s.lw(k) == "campaign" && s.lw(k+1) == "trail" {
			return true
		}
		// "When I became President, he was the first foreign leader I
		// spoke with": the term's first days
		if s.is(k, cSubordinators) && s.termBegun(k+1, min(b, k+6)) {
			return true
		}
	}
	for k := a + 1; k+1 < b; k++ {
		switch s.lw(k) {
		case "first", "previous", "earlier", "prior", "former":
		default:
			continue
		}
		p := s.lw(k - 1)
		owner := possessiveDets.has(p) || possessive(p) || p == "'s" || p == "’s"
		if !owner && p != "the" {
			continue
		}
		h := k + 1
		if owner && pastTerms.has(s.lw(h)) {
			return true
		}
		if w := s.lw(h); w == "hundred" || w == "100" {
			h++
		}
		switch s.lw(h) {
		case "day", "days", "week", "weeks", "month", "months", "year", "years":
		default:
			continue
		}
		if s.lw(h+1) == "as" {
			// "in his first year as Director-General"
			return true
		}
		if w := s.lw(h + 1); w != "in" && w != "of" {
			continue
		}
		j := h + 2
		if w := s.lw(j); possessiveDets.has(w) || w == "the" {
			j++
		}
		if s.lw(j) == "office" || pastTerms.has(s.lw(j)) {
			return true
		}
	}
	return false
}

// possessiveDets are the possessive determiners.
var possessiveDets = set("his", "her", "their", "my", "its", "our", "your")

// tellingVerbs tell a statement whose content follows them.
var tellingVerbs = set("announced", "announces", "announce", "said", "says", "declared", "stated", "unveiled")

// toldContent reports whether the date at token k, after the verb of
// telling at token i that triggers a statement, dates what is told rather
// than the telling: a clause opens between them ("that", a modal, an
// infinitive, a verb of its own). "Meta announced it will provide training
// to 500 million people in 2024" was told on the story's day, not in 2024;
// "announced on Monday that ...", "announced up to $475 million in March
// 2024 for 5 projects" are dated by the telling.
func (s *state) toldContent(t annals.EventType, i, k int) bool {
	if t != annals.Speech || k <= i || !s.is(i, cTellingVerbs) {
		return false
	}
	if d := s.dateAt(k); d >= 0 && s.published != "" && pastTelling(s.lw(i)) && !modalWill(s.lw(i-1)) && s.lw(i-1) != "to" &&
		(s.dates[d].Relative && k > i+1 && s.lw(k-1) != "on" || s.lw(k-1) == "for") &&
		(laterThan(s.dates[d].Value, s.published) || periodAhead(s.dates[d].Timex, s.published)) {
		// "Today, HHS announced a plan for administering booster shots
		// later this fall", "announced $95 million for 2022": a time after
		// the story is what was told (a date the text writes in full, "in
		// March 2024", is left to the cues above, and one right after the
		// verb or after "on" is the telling's: "said Tuesday", "said in an
		// editorial on Saturday, April 25", read the day before)
		return true
	}
	for j := i + 1; j < k; j++ {
		if s.dateAt(j) >= 0 {
			continue
		}
		w := s.lw(j)
		if (w == "plans" || w == "plan") && j == i+1 {
			continue // "announced plans earlier on Monday": the verb's object
		}
		if w == "that" || modalWill(w) || s.tense(j) != 0 {
			return true
		}
	}
	return false
}

// pastTelling reports whether w is a verb of telling in the past tense.
func pastTelling(w string) bool {
	switch w {
	case "announced", "said", "declared", "stated", "unveiled":
		return true
	}
	return false
}

// finerThanCount returns the date of the event at trigger i among the
// sentence's candidate dates cands: best, unless best is a year that
// counts the event among others of that year ("her second meeting of
// 2024", right after the trigger) and another candidate names a day or
// month within that year ("Today, the Vice President convened her second
// meeting of 2024": today), or best is the year of the event's own name
// and another candidate a day or month of that year ("the 2021 Summit of
// the Americas, held in September": 2021-09), or best is the year ending
// another name ("The August 25, 2022 Executive Order on the CHIPS Act of
// 2022 established the Council": 2022-08-25).
func (s *state) finerThanCount(best, i int, cands []int) int {
	b := s.dates[best]
	kb := s.tokAt(b.Start)
	// (or the year of the event's own name: "the 2021 Summit of the
	// Americas, held in Los Angeles in September")
	if len(b.Value) != 4 || b.ValueEnd != "" || !(s.lw(i+1) == "of" && kb == i+2 || kb < i && i-kb <= 7 && s.nameYearAt(kb) || s.yearEndsAName(kb, i)) {
		return best
	}
	out, outD := best, 1<<30
	for _, di := range cands {
		d := s.dates[di]
		if di == best || len(d.Value) <= 4 || string(d.Value[:4]) != string(b.Value) {
			continue
		}
		if dist := s.distance(i, s.tokAt(d.Start)); dist < outD {
			out, outD = di, dist
		}
	}
	return out
}

// yearEndsAName reports whether the year at token k ends a name after
// "of" that is not the name of the event at trigger i ("the CHIPS Act of
// 2022", "the Victim Compensation Fund of 2001").
func (s *state) yearEndsAName(k, i int) bool {
	return s.lw(k-1) == "of" && k-2 != i && k >= 2 && s.dateAt(k-2) < 0 && text.IsCap(s.word(k-2))
}

// periodAhead reports whether v, a season, quarter or half of a year
// ("2024-FA", "2024-Q3", "2024-H2"), starts after the month of ref: of
// ref's year and in a later month (a later year is later than ref as a
// date already). Winter, which straddles two years, says nothing.
func periodAhead(v annals.DateValue, ref annals.Date) bool {
	if len(v) != 7 || len(ref) < 7 || v[4] != '-' || string(v[:4]) != string(ref[:4]) {
		return false
	}
	start := 0
	switch p := string(v[5:]); p {
	case "SP":
		start = 3
	case "SU":
		start = 6
	case "FA":
		start = 9
	case "Q1", "Q2", "Q3", "Q4":
		start = 3*int(p[1]-'1') + 1
	case "H1", "H2":
		start = 6*int(p[1]-'1') + 1
	default:
		return false
	}
	return start > atoi(string(ref[5:7]))
}

// laterThan reports whether d starts after ref ends, comparing at the
// coarser of the two precisions.
func laterThan(d, ref annals.Date) bool {
	n := min(len(d), len(ref))
	return string(d[:n]) > string(ref[:n])
}

func hasAnyWord(s string, words ...string) bool {
	for _, f := range strings.Fields(strings.ToLower(s)) {
		for _, w := range words {
			if f == w {
				return true
			}
		}
	}
	return false
}

// anaphoricDate returns the date an undated sentence refers back to: after
// "that year", "the same day", "the following year", or in a sentence that
// opens with a pronoun ("It was signed by ..."), the latest date of the
// two sentences before it in the same paragraph.
func (s *state) anaphoricDate(si int) (annals.Date, bool) {
	a, b := s.sentTok[si][0], s.sentTok[si][1]
	cue, shift := false, 0
	for k := a; k+1 < b; k++ {
		w, n := s.lw(k), s.lw(k+1)
		if (w == "that" || w == "same") && (n == "year" || n == "month" || n == "day" || n == "week") {
			cue = true
		}
		if w == "following" && n == "year" || w == "next" && n == "year" && s.published == "" {
			cue, shift = true, 1
		}
	}
	if !cue && a < b && (s.lw(a) == "it" || s.lw(a) == "they" || s.lw(a) == "this") && s.published == "" {
		cue = true
	}
	if !cue {
		return "", false
	}
	for p := si - 1; p >= 0 && p >= si-2; p-- {
		pa, pb := s.sentTok[p][0], s.sentTok[p][1]
		if pb > pa && pa > 0 && s.paraBreak(pa-1, pa) {
			pb = pa // a new paragraph: stop after this sentence
		}
		for k := pb - 1; k >= pa; k-- {
			if d := s.dateAt(k); d >= 0 && s.dates[d].Value != "" {
				v := s.dates[d].Value
				if shift > 0 && len(v) >= 4 {
					var y int
					fmt.Sscanf(string(v[:4]), "%d", &y)
					v = annals.Date(fmt.Sprintf("%04d", y+shift))
				}
				return v, true
			}
		}
		if strings.Contains(s.text[s.sents[p].End:s.sents[p+1].Start], "\n\n") && p != si-1 {
			break
		}
	}
	return "", false
}

// distance counts the tokens between i and k, a quoted title as one.
func (s *state) distance(i, k int) int {
	if k < i {
		i, k = k, i
	}
	d := 0
	for j := i; j < k; j++ {
		if s.quoteZone[j] {
			if j == 0 || !s.quoteZone[j-1] {
				d++
			}
			continue
		}
		d++
	}
	return d
}

// eventPlace finds the place of an event triggered at token i in sentence
// tokens [a,b): a place named after "in", "at" or "to" nearest the trigger
// (a city before a country), or a venue ("in the UN General Assembly").
func (s *state) eventPlace(i, a, b int) string {
	best, bestScore := "", 1<<30
	sequel := s.sequelAt(i)
	for k := a; k < b; k++ {
		m := s.mentAt(k)
		if m == nil || m.a != k || s.inQuote[k] || s.joinedByHyphen(m.start, m.end) {
			// "at the U.S.-EU summit": a side, not the place
			continue
		}
		p := s.lw(k - 1)
		if p == "the" {
			p = s.lw(k - 2)
		}
		// "the visit of X to our ally, Turkey": the place set off after
		// a noun that stands for it
		if p == "," && s.lw(k-4) == "to" && (s.is(k-3, cBackDeterminers) || s.lw(k-3) == "our") && s.toks[k-2].Kind == text.Word && !text.IsCap(s.word(k-2)) && s.mentAt(k-2) == nil {
			p = "to"
		}
		// "visited Baku, where he met ...", "visited Tbilisi on 18
		// November, where he met ...": the place "where" stands for (of
		// "Albuquerque, New Mexico, where", the city)
		where := false
		if s.whereAfter(m.b, i) {
			where = !s.placeApposition(k)
		} else if n := s.mentAt(m.b + 1); s.word(m.b) == "," && n != nil && n.a == m.b+1 && s.placeApposition(n.a) {
			where = s.whereAfter(n.b, i)
		}
		if p != "in" && p != "at" && p != "to" && !where {
			continue
		}
		// (not a place of a clause the trigger is not in: "The Mekong
		// River Commission, created in 1995 in Vientiane, met ASEAN in
		// Bangkok")
		if sequel > 0 && k > sequel {
			continue
		}
		if s.placeInAName(i, k, m) || s.anothersPlace(i, k) || k > i && s.laterActClause(i, k) || k < i && s.inOtherClause(i, k) || k > i && s.speechTopicHolds(i, k) || k > i && s.occurrenceClauseHolds(i, k) {
			continue
		}
		// "a campaign to vaccinate children in Ethiopia, Kenya, Somalia
		// and Djibouti": the first of a list of countries is not where
		// the event is (a journey's first stop may be)
		if p == "in" && m.ent.isCountry() && s.countryListAfter(m) && s.triggerAt(i) != annals.Visit {
			continue
		}
		e := m.ent
		score := s.distance(i, k)
		if k < i {
			score = score*3/2 + 1
		}
		if s.nameRunsTo(i, k) {
			// "the Summit on Peace in Ukraine planned in Switzerland": a
			// place ending the event's name is likely its subject; another
			// place of the sentence is the venue
			score += 8
		}
		switch {
		case e.typ == annals.Place:
			if e.worldRegion() && p != "to" && !where {
				// "security in the Indo-Pacific", "a grant program in
				// Latin America", "Following the President's travel in
				// Asia, X will travel to Bangkok": a world region after
				// "in" or "at" is the area the event is about, not where
				// it is held; only a journey goes to one ("a trip to
				// Southeast Asia")
				continue
			}
			if !e.isCountry() {
				score -= 3
			}
			if p == "to" && !where && s.triggerAt(i) != annals.Visit && !s.visitNear(k) {
				continue
			}
		case e.typ == annals.Org && isVenue(e):
			// "MAGA Republicans in Congress": members of the body, no
			// venue
			if q := s.lw(k - 2); p == "in" && (q == "republicans" || q == "democrats" || peopleMet.has(q) || personSuffix(q)) {
				continue
			}
			score += 8
		default:
			continue
		}
		if score < bestScore {
			name := clean(s.text[m.start:m.end])
			best, bestScore = name, score
		}
	}
	return best
}

// countryListAfter reports whether the country mentioned at m goes on
// with another country after "," or "and" ("in Ghana, Togo and Benin",
// "in Ghana and Togo"; not "in Nairobi, Kenya", a city and its country).
func (s *state) countryListAfter(m *mention) bool {
	k := m.b
	if w := s.word(k); w != "," && s.lw(k) != "and" {
		return false
	}
	n := s.mentAt(k + 1)
	return n != nil && n.a == k+1 && n.ent.isCountry() && n.ent != m.ent
}

// sequelAt returns the token of a verb right after the event noun at
// token i that sets the event after or before another ("The visit
// followed the OSCE Ministerial Council in Skopje on 30 November", "the
// summit comes after ..."), or -1: what that verb's object tells (its
// date, its place) is the other's.
func (s *state) sequelAt(i int) int {
	if !s.is(i, cEventNouns) {
		return -1
	}
	switch s.lw(i + 1) {
	case "followed", "follows", "preceded", "precedes":
		// (not "The meeting follows through on the commitment")
		if s.lw(i+2) == "through" || s.lw(i+2) == "up" {
			return -1
		}
		return i + 1
	case "comes", "came":
		if w := s.lw(i + 2); w == "after" || w == "before" {
			return i + 1
		}
	}
	return -1
}

// whereAfter reports whether ", where" follows token e-1, before the
// trigger at token i, with at most a date between ("visited Tbilisi on 18
// November, where he met ...").
func (s *state) whereAfter(e, i int) bool {
	k := e
	if s.lw(k) == "on" || s.lw(k) == "in" {
		if d := s.dateAt(k + 1); d >= 0 {
			for k++; k < i && s.dateAt(k) == d; k++ {
			}
		}
	}
	return k+1 < i && s.word(k) == "," && s.lw(k+1) == "where"
}

// anothersPlace reports whether the place at token k, before the trigger
// at token i, is where another gathering told just before it happens: "the next UN Ocean Conference that will be held in France in
// 2025 and ... for the conclusion of the UN Treaty" (not the place of a
// fronted phrase, which is the whole sentence's: "At the Summit in Bali,
// the leaders signed ...").
func (s *state) anothersPlace(i, k int) bool {
	if k > i {
		return s.laterGatheringsPlace(i, k)
	}
	a := s.sentTok[s.sentOf[k]][0]
	if s.frontedPhrase(a, k, i) {
		return false
	}
	for j := k - 1; j >= a && j >= k-6; j-- {
		if j == i {
			return false
		}
		if s.triggerAt(j) == annals.Conference {
			return true
		}
	}
	return false
}

// citiesApart reports whether places a and b are two different cities
// ("Bangkok", "Manila") or countries, or a city outside the other's
// country: a visit to one is no visit to the other. A city and its
// country, a region, or a place no list knows, are not apart.
func (s *state) citiesApart(a, b string) bool {
	if a == "" || b == "" || strings.EqualFold(a, b) {
		return false
	}
	ea, eb := s.placeNamed(a), s.placeNamed(b)
	if ea == nil || eb == nil || ea == eb || ea.entry == nil || eb.entry == nil {
		return false
	}
	ka, kb := ea.entry.Kind, eb.entry.Kind
	switch {
	case ka == gazetteer.City && kb == gazetteer.City:
		return true
	case ka == gazetteer.Country && kb == gazetteer.Country:
		return true
	case ka == gazetteer.Country && kb == gazetteer.City || ka == gazetteer.City && kb == gazetteer.Country:
		// "Washington" and "the United States" are one visit; "Manila"
		// and "Thailand" two
		return ea.entry.Country != "" && eb.entry.Country != "" && ea.entry.Country != eb.entry.Country
	}
	return false
}

// placeNamed returns the place entity one of whose forms is name.
func (s *state) placeNamed(name string) *ent {
	for _, e := range s.ents {
		if e.typ != annals.Place {
			continue
		}
		if strings.EqualFold(e.name, name) {
			return e
		}
		for _, f := range e.forms {
			if strings.EqualFold(f, name) {
				return e
			}
		}
	}
	return nil
}

// countOfAnother reports whether the count at token k (people,
// countries: no money, no percentage) is that of another event of the
// sentence than the one of type t at trigger i: the nearest trigger
// before it, after i, is a gathering, programme or campaign of another
// type, and no word of type t follows the count closely ("its
// #SpreadNoHate campaign ... and its Young Peacebuilders programme for 25
// young people": the programme's, not the campaign's; "X addressed the
// youth forum, which brought together 300 participants": the forum's,
// not the speech's).
func (s *state) countOfAnother(t annals.EventType, i, k int, f numex.Figure) bool {
	if f.Unit == "percent" || isCurrencyCode(f.Unit) {
		return false
	}
	j := -1
	for _, x := range s.sentTriggers {
		if x < k && x > j && s.sentOf[x] == s.sentOf[k] {
			j = x
		}
	}
	if j < 0 || j <= i {
		return false
	}
	// "as part of a five-nation Latin American tour": a count before a
	// word of the event's own type is the event's
	for x := k + 1; x <= s.tokAt(f.End-1)+4 && x < len(s.toks) && s.sentOf[x] == s.sentOf[k]; x++ {
		if triggers[s.lw(x)] == t {
			return false
		}
	}
	// the other's name: "the Energy Security Ministerial and Business
	// Forum, which brought together 17 Ministers" is one name, the
	// event's own; a gathering that is the setting of the event ("a side
	// event during the 78th UN General Assembly ..., with over 20
	// countries") leaves the count to the event
	h := j - 1
	for h > i && (s.capLike(h) || s.lw(h) == "the" || s.word(h)[0] >= '0' && s.word(h)[0] <= '9' || s.is(h, cOrdinalWords) || (s.connectorAt(h) || s.lw(h) == "and") && s.capLike(h-1)) {
		h--
	}
	if h == i && s.capLike(i) || s.is(h, cSettingPreps) {
		return false
	}
	switch tj := s.triggerAt(j); tj {
	case annals.Conference, annals.Meeting, annals.Programme, annals.Campaign:
		return tj != t
	}
	return false
}

// settingPreps open the gathering an event takes place at or during.
var settingPreps = set("at", "during", "on", "in", "ahead", "before", "after", "around", "sidelines", "margins", "margin")

// isCurrencyCode reports whether unit is an ISO 4217 code ("USD").
func isCurrencyCode(unit string) bool {
	if len(unit) != 3 {
		return false
	}
	for _, c := range unit {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// laterGatheringsPlace reports whether the place at token k, after the
// trigger at token i, is where a gathering told between them will
// happen, the event at i being no future one: "Speaking at the closing
// session, X announced that the 9th Global Forum will take place in New
// York in 2020" (the speech was not given in New York). Not "will meet
// at the Summit that will be held in Paris" (both ahead), nor "addressed
// the Forum in Geneva" (no future between). A place right after another
// gathering told between them is that gathering's too ("the third session
// held in Oslo").
func (s *state) laterGatheringsPlace(i, k int) bool {
	// "co-chaired the fourth session, which reviewed progress since the
	// third session held in Oslo": the place of the gathering told right
	// before it
	for g := k - 1; g > i && g >= k-5; g-- {
		if t := s.triggerAt(g); t == annals.Conference || t == annals.Meeting {
			// (not "addressed the Andean Forum in Lima": the gathering
			// the trigger's act is at, no clause between)
			if s.clauseBetween(i, g) {
				return true
			}
			break
		}
		if !heldWords.has(s.lw(g)) {
			break
		}
	}
	for j := max(i-3, 0); j < i; j++ {
		if w := s.lw(j); w == "will" || w == "would" || w == "to" || w == "shall" {
			return false
		}
	}
	for j := k - 1; j > i && j >= k-8; j-- {
		if w := s.lw(j); w != "will" && w != "would" && w != "shall" {
			continue
		}
		for g := j - 1; g > i && g >= j-8; g-- {
			if t := s.triggerAt(g); t == annals.Conference || t == annals.Meeting {
				return true
			}
		}
		return false
	}
	return false
}

// priorWords mark a gathering before the one a story tells: "the
// previous session", "last year's summit".
var priorWords = set("previous", "preceding", "prior", "last", "past", "earlier", "former")

// clauseBetween reports whether the gathering at token j is told apart
// from the trigger at token i: "since" or a word of an earlier time
// between them ("the fourth session ..., which reviewed progress since
// the third session"), or a clause after a comma, the gathering not being
// where the trigger's act is (", whom she thanked for his leadership of
// the G7 Summit in Hiroshima"; not "signed December 6, 2023, at the
// Defense Conference in Washington").
func (s *state) clauseBetween(i, j int) bool {
	comma := false
	for k := i + 1; k < j; k++ {
		switch w := s.lw(k); {
		case w == "since" || priorWords.has(w):
			return true
		case w == "," && clauseOpeners.has(s.lw(k+1)):
			comma = true
		}
	}
	if !comma {
		return false
	}
	k := j - 1
	for k > i && (s.capLike(k) && !s.connectorAt(k) || isOrdinal(s.lw(k)) || s.is(k, cOrdinalWords) || s.dateAt(k) >= 0 || s.is(k, cBackDeterminers)) {
		k--
	}
	switch s.lw(k) {
	case "at", "during", "to":
		return false
	case "of":
		// "on the margins of the Summit" (not "his leadership of the G7
		// Summit in Hiroshima")
		return !settingNouns.has(s.lw(k - 1))
	}
	return true
}

// clauseOpeners after a comma open a clause of its own: ", whom she
// thanked for", ", to prepare for" (not a list's comma: "the East Asia
// Summit, and ASEAN Regional Forum meetings in Cambodia").
var clauseOpeners = set("which", "who", "whom", "whose", "where", "to")

// settingNouns before "of" place an act at a gathering: "on the margins
// of the Summit", "at the close of the session".
var settingNouns = set("margins", "margin", "sidelines", "end", "close", "conclusion")

// heldWords stand between a gathering and where it is held: "the third
// session held in Oslo", "a summit that took place in Bali".
var heldWords = set("held", "convened", "hosted", "organized", "organised", "took", "taking", "place", "in", "at", "the", "that", "which", "was")

// frontedPhrase reports whether token k stands in a phrase opening
// sentence tokens from a, closed by a comma before token i: "At the
// Summit in Bali, ...".
func (s *state) frontedPhrase(a, k, i int) bool {
	for j := a; j < k; j++ {
		if s.word(j) == "," {
			return false
		}
	}
	for j := k; j < i; j++ {
		if s.word(j) == "," {
			return true
		}
	}
	return false
}

// nameRunsTo reports whether the place at token k ends, after "in", the
// capitalized name of the event triggered at token i: "Summit on Peace in
// Ukraine".
func (s *state) nameRunsTo(i, k int) bool {
	return k >= i+3 && s.lw(k-1) == "in" && s.capLike(k-2) && s.inEventName(i, k)
}

// placeInAName reports whether the place mention m at token k is a word
// of another name, not where the event at token i happens: a place before
// a capitalized word of a name that is not the event's own ("aligned to
// the Paris Agreement" for a ministerial launched; "at the Paris Summit"
// is the summit's), or after "in" in a Title Case slogan ("the Investing
// in America tour", "Made in America").
func (s *state) placeInAName(i, k int, m *mention) bool {
	end := s.sentTok[s.sentOf[k]][1]
	if m.b < end && s.capLike(m.b) && s.toks[m.b].Kind == text.Word && !isPossessive(s.word(m.b-1)) && !isPossessive(s.lw(m.b)) {
		// the name runs over its connectors: "the White House
		// Conservation in Action Summit"
		e := m.b
		for e < end && (s.capLike(e) || s.is(e, cConnectors) && s.capLike(e+1) && e+1 < end) {
			e++
		}
		// "the Berlin Grand Prix athletics meeting": the name opens the
		// event's own noun phrase
		own := i >= k && i < e
		for j := e; !own && j <= i && j <= e+3; j++ {
			if j == i {
				own = true
			} else if !isLowerWord(s.word(j)) {
				break
			}
		}
		if !own {
			return true
		}
	}
	if s.topicAreaAt(k - 2) {
		// "on Cooperation in the Field of Renewable Energy": a topic
		return true
	}
	if s.lw(k-1) == "in" && text.IsCap(s.word(k-2)) && !s.sentenceStart(k-2) && s.mentAt(k-2) == nil && !(s.lw(k-3) == "of" && s.ownNameEndsAt(i, k-2)) {
		w := s.lw(k - 2)
		if strings.HasSuffix(w, "ing") && triggers[w] == "" || w == "made" || w == "invest" || w == "built" {
			return true
		}
	}
	return false
}

// ownNameEndsAt reports whether the capitalized name ending at token e
// holds the trigger at i: the event's own name ("signed a Memorandum of
// Understanding in Istanbul": the place is the signing's, where "the
// Investing in America agenda" and "an Agreement on Investing in Kenya"
// name one).
func (s *state) ownNameEndsAt(i, e int) bool {
	if i > e {
		return false
	}
	for k := e; k >= 0 && k >= e-8 && s.sentOf[k] == s.sentOf[e]; k-- {
		if k == i {
			return true
		}
		if !s.capLike(k) && !(s.is(k, cConnectors) && k > 0 && s.capLike(k-1)) {
			return false
		}
	}
	return false
}

// visitNear reports whether a visit word precedes token k closely ("visit to").
func (s *state) visitNear(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if triggers[s.lw(j)] == annals.Visit {
			return true
		}
	}
	return false
}

// isVenue reports whether an organization's name is also a place where
// events are held ("General Assembly", "UN Headquarters", "Parliament").
func isVenue(e *ent) bool {
	n := strings.ToLower(e.name)
	for _, w := range []string{"assembly", "headquarters", "parliament", "congress", "palace", "hall", "centre", "center",
		"kremlin", "capitol", "chancellery", "élysée", "elysee"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	// "the White House", "Blair House": a house of two words
	return strings.HasSuffix(n, " house") && strings.Count(n, " ") == 1
}

// eventTitle names an event: a quoted or announced title ("titled “...”",
// "dedicated to the theme of ..."), the capitalized name around the
// trigger ("8th Global Forum of the UNAOC"), the office of an appointment,
// or the noun phrase of the trigger ("ministerial meeting of the
// Alliance’s Group of Friends").
func (s *state) eventTitle(t annals.EventType, i, a, b int) string {
	// a capitalized event name around the trigger
	if (text.IsCap(s.word(i)) && !s.sentenceStart(i) || text.IsCap(s.word(i)) && s.lw(i) != "the" && t != annals.Appointment && s.mentAt(i) == nil && s.i1cap(i)) && !verbTriggers.has(s.lw(i)) {
		st := i
		// (not from inside a date: "the June 30th White House Summit" is
		// no "30th White House Summit")
		for st > a && !s.insideDate(st-1) {
			if (s.capLike(st-1) || isOrdinal(s.lw(st-1)) || s.mentAt(st-1) != nil && s.mentAt(st-1).ent.typ == annals.Org) && !s.is(st-1, cSentenceOpeners) || s.nameWordOpener(st-1) {
				st--
				continue
			}
			// "the U.S.-Africa Leaders Summit", "the US-PIF Summit": the
			// first side of a hyphenated name
			if st-2 >= a && s.hyphenAt(st-1) && s.capLike(st-2) && !s.is(st-2, cSentenceOpeners) {
				st -= 2
				continue
			}
			// "the Commonwealth Heads of Government Meeting", "the SADC
			// Ministers of Finance Meeting": holders of an office "of"
			// their portfolio inside the name
			if st-2 >= a && s.lw(st-1) == "of" && text.IsCap(s.word(st-2)) && pluralOfficeHeads.has(s.lw(st-2)) && text.IsCap(s.word(st)) {
				st -= 2
				continue
			}
			// "the North American Leaders’ Summit", "the Quad leaders'
			// Summit": a plural possessive's apostrophe written alone
			if st-2 >= a && s.pluralApostrophe(st-1) {
				st -= 2
				continue
			}
			break
		}
		st = s.stateOfTheUnionStart(st, a)
		// "Expanding the ... Program:", "Launch National Nursing Career
		// Pathways Campaign.": a heading's opening verb is no word of the
		// name
		if st < i && headingVerbs.has(s.lw(st)) && (s.sentenceStart(st) || s.lineStart[st]) {
			st++
		}
		en := i + 1
		for en < b && s.capLike(en) {
			en++
		}
		if (s.lw(en) == "of" || s.lw(en) == "on") && en+1 < b {
			k := en + 1
			if s.lw(k) == "the" {
				k++
			}
			if m := s.mentAt(k); m != nil && m.ent.typ == annals.Org {
				en = m.b
				// "the Twelfth Session of the WTO Ministerial Conference":
				// the name goes on after the body's
				// (not into a text named after the gathering: "the 2022
				// Summit of the Americas Declaration")
				for en < b {
					if en+1 < b && s.hyphenAt(en) && s.capLike(en+1) {
						// "the Joint Declaration on EU-NATO Cooperation":
						// the body joined to another by a hyphen
						en += 2
						if m := s.mentAt(en - 1); m != nil && m.b > en {
							en = m.b
						}
						continue
					}
					if !s.capLike(en) || s.mentAt(en) != nil || !s.is(i, cDocumentHeads) && s.is(en, cDocumentHeads) {
						break
					}
					en++
				}
			}
		}
		// ("the Nairobi Declaration on Climate Action", "the Agreement
		// on Reciprocal, Fair, and Balanced Trade": a text's topic after
		// "on" or "for"; after "of" its kind, "Memorandum of
		// Understanding", which another title may go on from)
		// ("the Treaty of Amity and Cooperation in Southeast Asia": a
		// text's name after "of")
		if en == i+1 && (s.is(i, cGatheringNouns) || s.is(i, cDocumentHeads) && (s.lw(en) == "on" || s.lw(en) == "for" || s.lw(en) == "of" && s.lw(en+1) != "understanding" && s.mentAt(en+1) == nil)) {
			en = s.topicInName(en, b)
		}
		// "the Memorandum of Understanding on Cooperation in the Field
		// of Renewable Energy": the kind, then the topic
		// (and "the Letter of Intent on Blue Food"; "a Letter of Intent"
		// is no name)
		if en == i+1 && (s.is(i, cDocumentHeads) && s.lw(en+1) == "understanding" || s.lw(i) == "letter" && s.lw(en+1) == "intent") && s.lw(en) == "of" && (s.lw(en+2) == "on" || s.lw(en+2) == "for") {
			if e := s.topicInName(en+2, b); e > en+2 {
				en = e
			}
		}
		if en-st >= 2 {
			return clean(s.text[s.toks[st].Start:s.toks[en-1].End])
		}
	}
	if t == annals.Agreement {
		for k := a; k < b; k++ {
			if s.lw(k) == "mou" || s.lw(k) == "mous" {
				return "Memorandum of Understanding"
			}
		}
		// "signed the Joint Framework for Enhanced Partnership in Peace
		// and Security": the text signed, named after the verb
		if q := s.signedText(i, b); q != "" {
			return q
		}
	}
	// a quoted title in the sentence, after the trigger if any
	if q := s.quotedTitle(i, a, b); q != "" {
		return q
	}
	// "a programme called Peace Works", "The programme, known as the
	// Support to Peace Architecture (SPA), will run": the name given
	// right after the trigger's noun
	if q := s.calledName(i, b); q != "" {
		return q
	}
	// "dedicated to (the) theme of X", "titled X", "on the theme X"
	for k := i; k < b; k++ {
		w := s.lw(k)
		if w == "theme" || w == "titled" || w == "entitled" {
			st := k + 1
			for st < b && (s.lw(st) == "of" || s.lw(st) == "the" || s.word(st) == ":") {
				st++
			}
			if st < b {
				en := b
				if s.toks[en-1].Kind == text.Punct {
					en--
				}
				if en > st {
					return clean(s.text[s.toks[st].Start:s.toks[en-1].End])
				}
			}
		}
	}
	switch t {
	case annals.Agreement:
		for k := a; k < b; k++ {
			if s.lw(k) == "mou" || s.lw(k) == "mous" {
				return "Memorandum of Understanding"
			}
		}
	case annals.Appointment:
		for k := i; k < b; k++ {
			if s.lw(k) == "as" && k+1 < b && (s.is(k+1, cTitleHeads) || s.is(k+1, cTitleModifiers)) {
				// "as Secretary General of the Alliance", "as director",
				// "as deputy head": capitalized words, or the lower-case
				// title words themselves
				en := k + 1
				for en < b && (s.capLike(en) || s.is(en, cTitleHeads) || s.is(en, cTitleModifiers) || s.connectorAt(en) && en+1 < b && s.capLike(en+1)) {
					en++
				}
				if en > k+1 {
					return clean(s.text[s.toks[k+1].Start:s.toks[en-1].End])
				}
			}
		}
	}
	// the noun phrase of a noun trigger: adjectives before, a complement
	// after ("has been meeting with" is a verb, no noun phrase)
	if s.is(i, cEventNouns) && !(strings.HasSuffix(s.lw(i), "ing") && s.is(i-1, cAuxiliaries)) {
		st := i
		// (not from inside a date: "next month's summit" is no "month's
		// summit"; "today's meeting", "the November visit" keep theirs)
		for st > a && i-st < 3 && s.toks[st-1].Kind == text.Word && !s.insideDate(st-1) && !s.is(st-1, cBackDeterminers) && s.lw(st-1) != "a" && s.lw(st-1) != "an" && !s.is(st-1, cSentenceOpeners) && triggers[s.lw(st-1)] == "" && s.mentAt(st-1) == nil && !strings.HasSuffix(s.lw(st-1), "ed") && !contraction(s.word(st-1)) && !s.is(st-1, cTitleStops) && !lowerTitleStops.has(s.word(st-1)) {
			st--
		}
		st = s.stateOfTheUnionStart(st, a)
		en := i + 1
		// the complement: "of the Alliance’s Group of Friends", "on
		// tolerance", but not "on the margins of the ..." or "on the occasion"
		if (s.lw(en) == "of" || s.lw(en) == "on") && en+1 < b && !s.is(en+2, cCircumstance) && !s.is(en+1, cCircumstance) {
			k := en + 1
			// (and an honorific's period: "appointment of Dr. X")
			for k < b && k < en+8 && (s.toks[k].Kind == text.Word || s.word(k) == "." && s.is(k-1, cHonorifics)) && !s.is(k, cComplementEnds) && !s.purposeAt(t, k) && s.dateAt(k) < 0 && !s.is(k, cCircumstance) {
				k++
			}
			// "Memorandum of Understanding signed at ...", "Exchanges on
			// best practices facilitated by ...": a participle after the
			// complement is no part of it
			for k > en+1 && (s.connectorAt(k-1) || s.lw(k-1) == "a" || s.lw(k-1) == "an" || s.is(k, cComplementEnds) && s.lw(k) != "and" && strings.HasSuffix(s.word(k-1), "ed") && !text.IsCap(s.word(k-1))) {
				k--
			}
			if k > en+1 {
				en = k
			}
		}
		if en-st >= 2 {
			return clean(s.text[s.toks[st].Start:s.toks[en-1].End])
		}
	}
	return ""
}

// signedText returns the name of the text the verb of signing at token i
// takes as its object when no word of a text's own ("Agreement",
// "Declaration": triggers titled by their own name) heads it: "signed the
// Joint Framework for Enhanced Partnership in Peace and Security",
// "adopted the Lima Roadmap on Water": words in capitals, with the small
// words and hyphens between them, up to b, one of them a head of
// textHeads; or "".
func (s *state) signedText(i, b int) string {
	switch s.lw(i) {
	case "signed", "signs", "sign", "adopted", "adopts", "adopt", "ratified", "concluded", "endorsed":
	default:
		return ""
	}
	k := i + 1
	for k < b && k <= i+3 && (s.lw(k) == "the" || s.lw(k) == "a" || s.lw(k) == "an" || isOrdinal(s.lw(k)) || ordinalWords.has(s.lw(k)) || s.lw(k) == "new") {
		k++
	}
	if k >= b || !text.IsCap(s.word(k)) || s.toks[k].Kind != text.Word {
		return ""
	}
	// a word of the name: in capitals, or a small word or a hyphen between
	// two (not "in Lima", where it was signed, nor "and President X")
	inName := func(en int) bool {
		switch {
		case s.capLike(en) && s.toks[en].Kind == text.Word:
			return true
		case en == k || !s.capLike(en+1):
			return false
		case s.lw(en) == "and":
			return !s.is(en+1, cTitleHeads)
		}
		return s.connectorAt(en) && !s.placeAfter(en) || s.hyphenAt(en)
	}
	en, head := k, false
	for en < b && inName(en) {
		if s.is(en, cDocumentHeads) {
			// (a text named by its own head is its own trigger, titled
			// there: "the Agreement on Cooperation in the Field of ...")
			return ""
		}
		if textHeads.has(s.lw(en)) {
			head = true
		}
		en++
	}
	if !head || en-k < 2 {
		return ""
	}
	return clean(s.text[s.toks[k].Start:s.toks[en-1].End])
}

// placeAfter reports whether token k is "in", "at" or "to" before a
// place: where a text was signed, not its name ("signed a Memorandum of
// Understanding in Lima").
func (s *state) placeAfter(k int) bool {
	if w := s.lw(k); w != "in" && w != "at" && w != "to" {
		return false
	}
	m := s.mentAt(k + 1)
	if s.lw(k+1) == "the" {
		m = s.mentAt(k + 2)
	}
	return m != nil && m.ent.typ == annals.Place
}

// textHeads are heads of texts signed or adopted besides documentHeads:
// "the Framework for ...", "the Roadmap on ...", "the Joint Action Plan".
var textHeads = set("framework", "roadmap", "plan", "agenda", "strategy", "arrangement", "compact")

// insideDate reports whether token k belongs to the date the token
// before it opens: "month's" in "next month's summit", "year’s" in "last
// year’s Summit".
func (s *state) insideDate(k int) bool {
	return k > 0 && s.dateAt(k) >= 0 && s.dateAt(k-1) == s.dateAt(k)
}

// stateOfTheUnionStart returns where "State of the Union" opens when
// the words of a title read back from an address's word stop at "Union"
// ("his 2023 State of the Union speech" is the "State of the Union
// speech", no "Union speech"), else st; not before a.
func (s *state) stateOfTheUnionStart(st, a int) int {
	if k := st - 3; k >= a && s.lw(st) == "union" && s.stateOfTheUnionEnd(k) > st {
		return k
	}
	return st
}

// openingAt reports whether the gathering at token i is told at its
// opening: "at the opening of the Summit", "the opening session of the
// Forum", "the Forum opened today", "as the Summit opens".
func (s *state) openingAt(i int) bool {
	if w := s.lw(i + 1); w == "opens" || w == "opened" || w == "opening" {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		w := s.lw(k)
		if w == "opening" || w == "inauguration" {
			return s.lw(k+1) == "of" || s.lw(k+1) == "session"
		}
		if !s.capLike(k) && !s.connectorAt(k) && !s.is(k, cBackDeterminers) && !isOrdinal(w) && !s.is(k, cOrdinalWords) {
			return false
		}
	}
	return false
}

// closingAt reports whether the gathering at token i is told at its
// close: "The summit closes on 4 September", "the Forum concluded on",
// "will close on".
func (s *state) closingAt(i int) bool {
	k := i + 1
	if w := s.lw(k); w == "will" || w == "is" {
		k++
	}
	switch s.lw(k) {
	case "closes", "closed", "close", "concludes", "concluded", "conclude", "ends", "ended", "end":
		return true
	}
	return false
}

// runsUntilAt reports whether the campaign or programme at token i is
// told with its end: "The campaign runs until 30 April", "the
// programme, which runs through December", "will last until".
func (s *state) runsUntilAt(i int) bool {
	k := i + 1
	if s.word(k) == "," && s.lw(k+1) == "which" {
		k += 2
	}
	if w := s.lw(k); w == "will" || w == "is" {
		k++
	}
	switch s.lw(k) {
	case "runs", "run", "running", "lasts", "last", "continues", "continue":
	default:
		return false
	}
	switch s.lw(k + 1) {
	case "until", "till", "through", "to":
		return s.dateAt(k+2) >= 0
	}
	return false
}

// whoClauseOf reports whether the trigger at token i is the verb of a
// relative clause set off after a comma (", who assumed office", ", who
// was elected") that tells of the person event e names: named right
// before the comma and first after e's trigger, or, with no one named
// there, e's only one ("the appointment of X as Secretary-General of
// ASEAN, who assumed office").
func (s *state) whoClauseOf(i int, e *event) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s.lw(k) == "who" {
			if s.word(k-1) != "," {
				return false
			}
			if m := s.mentAt(k - 2); m != nil && m.ent.typ == annals.Person {
				// (the one e's trigger names first: "the appointment of
				// X", not "and thanked Y, who took office")
				for j := e.anchor + 1; j < k-1; j++ {
					if p := s.mentAt(j); p != nil && p.ent.typ == annals.Person {
						return p.ent == m.ent
					}
				}
				return false
			}
			n := 0
			for _, p := range e.parts {
				if p.typ == annals.Person {
					n++
				}
			}
			return n == 1
		}
		if s.toks[k].Kind != text.Word {
			return false
		}
	}
	return false
}

// verbTriggers are the verbs among the triggers: capitalized in a Title
// Case headline ("HHS Announces First Set of ...", "Coast Guard Signed
// ..."), they head no event's name.
var verbTriggers = set("addressed", "addresses", "adopt", "adopted", "adopts", "agreed", "announced", "announces",
	"appoint", "appointed", "appoints", "approved", "approves", "arrived", "assumed", "assumes", "became",
	"become", "becomes", "created", "creating", "declared", "designate", "designated", "elected", "established",
	"establishing", "formed", "founded", "handed", "hands", "hosted", "hosting", "hosts", "inaugurated",
	"launched", "launches", "launching", "meets", "met", "named", "nominate", "nominated", "nominates", "passed",
	"ratified", "re-elected", "reappointed", "released", "replaced", "replaces", "resign", "resigned", "said",
	"says", "signed", "signing", "signs", "spoke", "stated", "succeed", "succeeded", "succeeds", "sworn", "takes",
	"taking", "took", "traveled", "travelled", "visited", "visits", "voted", "welcomed", "welcomes", "welcoming")

// headingVerbs open a heading that tells what is done, before the name of
// what it is done to or with: "Expanding Emerging Technology Training
// Program:", "Launched Entrepreneurship Training Course for ...".
var headingVerbs = set("expanding", "expand", "expands", "providing", "provide", "provides", "increasing",
	"increase", "increases", "launching", "launched", "launch", "launches", "accelerating", "accelerate",
	"supporting", "support", "supports", "strengthening", "strengthen", "promoting", "promote", "improving",
	"improve", "establishing", "establish", "establishes", "creating", "create", "creates", "investing", "invest",
	"enhancing", "enhance", "advancing", "advance", "announcing", "announces", "announced", "deploying",
	"leveraging", "delivering", "protecting", "helping", "ensuring", "boosting", "bolstering", "developing",
	"hosting", "convening", "building", "build", "scaling", "championing", "directing", "prioritizing")

// nameWordOpener reports whether token k is a word that opens sentences,
// capitalized inside one as a word of a name: "the United We Stand
// Summit", "at Our Ocean Conference", "the Every Day Counts Summit". It
// follows a word on the same line, so neither a sentence nor a heading
// starts there, and is not in capitals ("EDWARDS TO MEET": a headline's
// capitals tell no name).
func (s *state) nameWordOpener(k int) bool {
	if !s.is(k, cSentenceOpeners) || s.is(k, cNotNameOpeners) || !s.capLike(k) || text.IsAllCaps(s.word(k)) || k == 0 || s.lineStart[k] || s.sentenceStart(k) {
		return false
	}
	p := s.toks[k-1].Kind
	return p == text.Word || p == text.Number
}

// notNameOpeners are sentence openers that stay outside a name before it.
var notNameOpeners = set("the", "a", "an", "i")

// titleStops end the words before an event's noun in its title: a verb
// that takes the noun as its object ("will deliver remarks", "is
// incorporating training for", "leaders attending today's meeting",
// "including risk mitigation training"), a relative or first-person
// determiner ("whose meeting", "our summit"), an amount's scale ("a new
// $4.7 billion program") and "of its kind" ("the first of its kind paid
// media campaign"). The title is the words after it, or none.
var titleStops = set("whose", "our", "my", "your", "including", "attending", "incorporating", "enhancing",
	"implementing", "improving", "expanding", "providing", "delivering", "holding", "hosting", "conducting",
	"offering", "strengthening", "supporting", "convening", "announcing", "establishing", "creating",
	"giving", "receiving", "joining", "provide", "provides", "deliver", "delivers", "hold", "holds", "host",
	"hosts", "conduct", "conducts", "offer", "offers", "attend", "attends", "join", "joins", "expand",
	"improve", "enhance", "support", "convene", "million", "billion", "trillion", "kind",
	// a headline's verb: "High Representative concludes visit to X"
	"concludes", "conclude", "begins", "begin", "pays", "pay", "makes", "make", "completes", "complete",
	"wraps", "starts", "start", "kicks", "undertakes", "undertake", "embarks", "continues", "continue",
	"ends", "opens", "leads", "gives", "give")

// lowerTitleStops end the words before an event's noun in its title when
// written in lower case: a headline's verb that is also an adjective or a
// name's word ("Leaders open annual summit", "close consultations", but
// "the Open RAN workshop").
var lowerTitleStops = set("open", "close", "closes")

// gatheringNouns head a gathering's name that may go on with its topic in
// Title Case: "the White House Conference on Hunger, Nutrition, and
// Health", "the Summit for Democracy".
var gatheringNouns = set("conference", "summit", "forum", "symposium", "dialogue", "roundtable", "congress")

// topicInName returns where a gathering's name ends when its topic, in
// Title Case after "on", "for" or "of", goes on from token en ("on
// Hunger, Nutrition, and Health", "for Democracy", "on Environmental
// Justice in Action"), its words joined by connectors and a list's commas;
// en itself when none follows. A person is no topic, nor a city or a
// venue but after "of" ("the Summit of Americas in Los Angeles"; "the
// Conference on Libya", "the Summit of the Americas" are topics).
func (s *state) topicInName(en, b int) int {
	k := en + 1
	// "the Summit of the Americas", "the Conference of the Parties" (not
	// "the Review Conference for the Treaty on ...": its topic's own name)
	if s.lw(en) == "of" && s.lw(k) == "the" && s.capLike(k+1) {
		k++
	}
	if w := s.lw(en); w != "on" && w != "for" && w != "of" || !s.capLike(k) {
		return en
	}
	theOf := k > en+1
	last := en
	var area *mention
	for k < b {
		if m := s.mentAt(k); m != nil && m != area && (m.ent.typ == annals.Person || s.lw(k-1) != "of" && m.ent.typ == annals.Place && (m.ent.entry == nil || m.ent.entry.Kind == gazetteer.City)) {
			break // "the Summit on Capitol Hill": where, not what
		}
		switch {
		case s.capLike(k):
			last = k
			k++
			continue
		case s.connectorAt(k) && s.capLike(k+1) && !(s.lw(k) == "and" && s.is(k+1, cTitleHeads)):
			// (not into a person's title: "signed the Treaty of Friendship
			// and President X said")
			k++
			continue
		case s.word(k) == "," && s.titleListAt(k, b):
			k++
			continue
		case last == k-1 && s.hyphenAt(k) && s.capLike(k+1):
			// "the Joint Declaration on EU-NATO Cooperation": a hyphen
			// joins two names of one topic
			k++
			continue
		case s.topicAreaAt(k) && last > en:
			// "on Cooperation in the Field of Renewable Energy" (whatever
			// the tagger made of "Field of ...")
			k += 3
			last, area = k-1, s.mentAt(k-1)
			continue
		case s.word(k) == "," && s.lw(k+1) == "and" && s.capLike(k+2) && s.listBefore(en, k):
			k += 2
			continue
		}
		break
	}
	if last == en {
		return en
	}
	// "the Phnom Penh Summit of the US – Japan – Republic of Korea
	// Partnership": "of the" opens another name, which goes on past a dash
	if theOf && (s.hyphenAt(last+1) || s.word(last+1) == "–" || s.word(last+1) == "—") {
		return en
	}
	return last + 1
}

// topicAreaAt reports whether "in the Field of" opens at token k, the
// area a text's topic names ("a Memorandum of Understanding on
// Cooperation in the Field of Renewable Energy"): words of the name,
// no place.
func (s *state) topicAreaAt(k int) bool {
	return s.lw(k) == "in" && s.lw(k+1) == "the" && text.IsCap(s.word(k+2)) && topicAreas.has(s.lw(k+2)) && s.lw(k+3) == "of" && s.capLike(k+4)
}

// topicAreas name the area of a text's topic: "in the Field of".
var topicAreas = set("field", "fields", "area", "areas", "sphere", "spheres", "domain", "domains", "sector", "sectors")

// titleListAt reports whether the comma at token k goes on with a list of
// Title Case words of three items or more that ends in ", and X" ("on
// Hunger, Nutrition, and Health"), not two names a list of bodies joins
// ("Conference on Critical Materials, and Minerals and the ...", "the
// Summit for Democracy, President Marcos").
func (s *state) titleListAt(k, b int) bool {
	for items := 0; k < b && s.word(k) == ","; items++ {
		j := k + 1
		if s.lw(j) == "and" {
			return items >= 1 && s.capLike(j+1)
		}
		if !s.capLike(j) {
			return false
		}
		for j < b && (s.capLike(j) || s.connectorAt(j) && s.lw(j) != "and" && s.capLike(j+1)) {
			j++
		}
		if s.lw(j) == "and" && s.capLike(j+1) {
			return true // "Aging, Disability and Independence"
		}
		k = j
	}
	return false
}

// listBefore reports whether a comma of a Title Case list stands between
// tokens en and k, in the topic of a name: the ", and X" that ends
// "Hunger, Nutrition, and Health".
func (s *state) listBefore(en, k int) bool {
	for j := k - 1; j > en; j-- {
		if s.word(j) == "," {
			return true
		}
		if !s.capLike(j) && !s.connectorAt(j) {
			return false
		}
	}
	return false
}

func (s *state) i1cap(i int) bool { return i+1 < len(s.toks) && s.capLike(i+1) }

// quotedTitle returns the quoted title of the sentence nearest after i.
func (s *state) quotedTitle(i, a, b int) string {
	best := ""
	bestD := 1 << 30
	for k := a; k < b; k++ {
		if !s.quoteZone[k] || (k > a && s.quoteZone[k-1]) {
			continue
		}
		en := k
		for en < b && s.quoteZone[en] {
			en++
		}
		// "launch the “Blue Ocean” campaign at a summit": a quote right
		// before another event's noun names that event, not the summit
		if j := en + 1; j < b && j != i && s.toks[en].Kind == text.Punct && s.is(j, cEventNouns) {
			continue
		}
		d := s.distance(i, k)
		if k < i {
			d *= 2
		}
		// "information about the Program, including a “Frequently Asked
		// Questions” section": a quote far from the trigger names
		// something else, unless a word of naming opens it ("titled")
		if d > quoteReach && !s.is(k-1, cNamingWords) && !s.is(k-2, cNamingWords) {
			continue
		}
		if d < bestD {
			best, bestD = clean(strings.TrimRight(s.text[s.toks[k].Start:s.toks[en-1].End], ",.")), d
		}
	}
	return best
}

// quoteReach is how far from its trigger a quoted title may stand.
const quoteReach = 12

// calledName returns the name in capitals given right after the noun
// trigger at i by "called", "named", "dubbed" or "known as": "a programme
// called Peace Works", "The programme, known as the Support to Peace
// Architecture (SPA),". The name runs over words in capitals and the
// small words between them, up to a bracket or a punctuation mark.
func (s *state) calledName(i, b int) string {
	if !s.is(i, cEventNouns) || text.IsCap(s.word(i)) && !s.sentenceStart(i) {
		return ""
	}
	k := i + 1
	if s.word(k) == "," {
		k++
	}
	switch w := s.lw(k); {
	case w == "called" || w == "named" || w == "dubbed":
		k++
	case w == "known" && s.lw(k+1) == "as":
		k += 2
	default:
		return ""
	}
	if s.lw(k) == "the" {
		k++
	}
	st, en := k, k
	for en < b && (s.capLike(en) && s.toks[en].Kind == text.Word || en > st && s.connectorAt(en) && s.capLike(en+1)) {
		en++
	}
	if en-st < 2 || s.inQuote[st] {
		return ""
	}
	return clean(s.text[s.toks[st].Start:s.toks[en-1].End])
}

// namingWords introduce a quoted title: "titled “...”", "called".
var namingWords = set("titled", "entitled", "called", "named", "dubbed", "themed", "theme", "launched", "launch", "launches", "announced", "unveiled", "initiative", "campaign", "program", "programme")

// addEvent adds ev, or merges it into an event already found that it is
// the same as: a back-reference ("The Conference", "his speech") without a
// date of its own, the same title, or the same participants at compatible
// dates and places.
func (s *state) addEvent(ev *event, headline bool) {
	backref := s.definite(ev.anchor)
	// "On the margins of the meeting, X and Y signed ...": the gathering
	// the story told, not one more on the story's day (those who signed
	// beside it took no part in it)
	if e := s.toldSetting(ev.anchor); e != nil && !ev.explicit && !headline {
		// ("During the visit, Secretary X met President Y": those the
		// visitor met there are the visit's)
		if e.typ == annals.Visit {
			for _, p := range ev.parts {
				e.addPart(p)
			}
		}
		return
	}
	// "X was appointed today as Y ... X will take office on 1 July": one
	// appointment of one person, dated by the appointment
	if ev.typ == annals.Appointment && !headline && s.officeStart(ev.anchor) {
		for _, e := range s.events {
			if e.typ == annals.Appointment && !s.officeStart(e.anchor) && onePersonOf(e, ev) {
				if !e.explicit && ev.explicit {
					// "The Council appointed X as Director. She will
					// take office on 1 May.": the appointment is of the
					// story's day, the start of office is not its date
					o := *ev
					o.date, o.dateEnd, o.explicit = e.date, e.dateEnd, false
					ev = &o
				}
				e.merge(ev)
				return
			}
		}
	}
	// "X was appointed Associate Vice-President ... She succeeds Y, who
	// left in 2025": the succession of the appointee told later is her
	// appointment, its predecessor one more party
	if ev.typ == annals.Appointment && !headline && s.successionNow(ev.anchor) {
		for _, e := range s.events {
			if p := e.onePerson(); e.typ == annals.Appointment && p != nil && slices.Contains(ev.parts, p) && (!ev.explicit || e.date.Compatible(ev.date)) {
				e.merge(ev)
				return
			}
		}
	}
	if headline {
		for _, e := range s.events {
			// a story tells many statements: a headline's is the one of
			// the same speaker ("X claims victory" is not Y's statement)
			if e.typ == ev.typ && (ev.typ != annals.Speech || s.sameSpeakerNamed(ev.sent, e.sent)) {
				e.merge(ev)
				return
			}
		}
		// "Heritage towns meet in Khiva for fifth Forum" over a story of
		// the forum: a headline's meeting is the conference the body tells
		// (and the reverse) when the body tells none of its own type
		if other := gatheringPeer(ev.typ); other != "" && !s.hasEventOf(ev.typ) {
			for _, e := range s.events {
				// (not a gathering the body names by a word the headline
				// does not have: "We meet at a time of great challenge"
				// over "an outcome at the forthcoming Review Conference")
				if e.typ == other && (!s.namedEvent(e.anchor) || s.sentenceHas(ev.anchor, s.lw(e.anchor))) {
					e.merge(ev)
					return
				}
			}
		}
	}
	// "the meeting" of a story that told of a conference (or the reverse);
	// a gathering named ("the Washington Summit") is its own
	// (a gathering named only in passing is not what "the meeting" points
	// back to: "discussed the role of the AU-EU Ministerial Meeting" ...
	// "The meeting agreed to convene ...")
	told := backref && !headline && !s.namedEvent(ev.anchor)
	if other := gatheringPeer(ev.typ); told && other != "" {
		if !s.hasToldEventOf(ev.typ) {
			for j := len(s.events) - 1; j >= 0; j-- {
				if e := s.events[j]; e.typ == other && (e.date.Compatible(ev.date) || !ev.explicit) && s.modifiersTold(ev, e) && s.nameModifiersTold(ev, e) {
					e.merge(ev)
					return
				}
			}
		}
	}
	// "participated in the call": the event told with the same word
	if backref && !headline && !ev.explicit {
		for j := len(s.events) - 1; j >= 0; j-- {
			if e := s.events[j]; e.typ == ev.typ && !(told && e.passing) && sameTrigger(s.lw(e.anchor), s.lw(ev.anchor)) && !s.namedApart(e, ev) && s.modifiersTold(ev, e) && !s.otherSpeakers(e, ev) {
				e.merge(ev)
				return
			}
		}
	}
	// "On the sidelines of the meeting, X held bilateral talks with Y":
	// the talks are not the meeting they were held beside
	setting := s.settingIn(ev)
	for j := len(s.events) - 1; j >= 0; j-- {
		e := s.events[j]
		if e.typ != ev.typ || told && e.passing || e == setting && !headline {
			continue
		}
		if e.sent == ev.sent && !headline && s.lw(e.anchor+1) != "of" && s.twoNames(e, ev) {
			// "will attend the ASEAN-Japan Summit and the East Asia
			// Summit in Vientiane": two names in one sentence are two
			// events (findEvents kept them apart), though the one
			// told second is definite and shares the first's date
			// (not "the Fifth Session of the Andean Regional Forum")
			continue
		}
		if !headline && !e.explicit && e.sent >= 0 && e.sent < ev.sent && s.lineHeading(e.sent) {
			// "Ministers meet in Lima" on its own line, then "Health
			// ministers will meet in Lima in October": the body tells
			// it, the heading joins it (headingsJoined)
			continue
		}
		if !headline && (s.otherCounterparts(e, ev) || s.sessionApart(e, ev)) {
			// "X met today with Y ..." and "X today met with Z ...": two
			// meetings of one day
			if !ev.explicit && e.explicit && s.alsoMet(ev.anchor) && (e.status == ev.status || s.lw(e.anchor) == s.lw(ev.anchor)) {
				// "X met Y on Monday. She also met Z", "X will meet Y on
				// 26 September. Z will also meet Y": the day the meeting
				// before was told of, not the story's, and its status
				// (not "X met Y on Monday. X will also meet Z")
				ev.date, ev.dateEnd, ev.status = e.date, e.dateEnd, e.status
			}
			continue
		}
		if e.status != ev.status && !headline && (s.futureMarked(ev.anchor) || ev.explicit && s.dateNextTo(ev.anchor)) {
			// "the meeting next week" after a meeting held yesterday, "an
			// upcoming trip" after a visit: a planned event and a held one
			// are two
			continue
		}
		// (or the end of an event told before: "The campaign, which runs
		// until 30 April", "The summit closes on 4 September")
		dateOK := e.date.Compatible(ev.date) || !ev.explicit || ev.closes && e.explicit && e.dateEnd == "" && e.date.Precision() == annals.Day && ev.date.Precision() == annals.Day && e.date < ev.date
		placeOK := e.place == "" || ev.place == "" || strings.EqualFold(e.place, ev.place)
		same := false
		switch {
		case headline:
			same = ev.typ != annals.Speech || s.sameSpeakerNamed(ev.sent, e.sent)
		case s.sameMember(e, ev):
			same = true
		case ev.typ == annals.Appointment && ev.sent == e.sent && !personApart(ev, e) && s.whoClauseOf(ev.anchor, e):
			// "welcomed the appointment of X as Secretary-General, who
			// assumed office on 1 January 2023": one appointment, dated
			same = true
		case ev.title != "" && strings.EqualFold(ev.title, e.title):
			same = dateOK
		case ev.explicit && !e.explicit && e.sent == s.dateline && s.namedEvent(ev.anchor):
			// "A youth exchange run by X and Y has given shape to ..." in the
			// lede, then "The Youth Dialogue Exchange Programme took place
			// in December 2017": the lede's event, named and dated
			same = true
		case backref && (dateOK && (!ev.explicit || e.explicit) || ev.explicit && !e.explicit && (e.sent == s.dateline || (sameTrigger(s.lw(e.anchor), s.lw(ev.anchor)) || sameStem(s.lw(e.anchor), s.lw(ev.anchor))) && !s.peopleApart(e, ev))) && !s.namedApart(e, ev) && s.modifiersTold(ev, e) && !s.otherSpeakers(e, ev) && !counterpartsApart(e, ev) && !s.citiesApart(e.place, ev.place) && !s.otherTexts(e, ev):
			// "The Youth Dialogue Exchange Programme took place in December 2017"
			// dates the exchange a dateline sentence told of undated; an
			// undated event elsewhere takes the date of one told with its
			// word ("The United We Stand Summit." ... "Last September, the
			// President hosted the Summit", "X was elected ..." ... "The
			// election was held on December 1") when they name no two
			// different sets of people, not of another's ("KENIA
			// SEOANE LOPEZ Nominated to the Superior Court" ... "Prior to
			// her appointment in 2012, Judge Seoane Lopez served as ..."),
			// nor one of other counterparts or in another city ("In
			// Astana, X met Y" ... "after his meeting with Z in Dushanbe")
			same = true
		case ev.explicit && e.explicit && e.date.Compatible(ev.date) && (sharesPart(e, ev) || ev.place != "" && strings.EqualFold(e.place, ev.place)) && placeOK && !(personApart(e, ev) && s.meetingsApart(e, ev)) && !s.gatheringsApart(e, ev) && !s.textsApart(e, ev):
			same = true
		case !ev.explicit && sharesPart(e, ev) && !s.meetingsApart(e, ev) && !s.gatheringsApart(e, ev) && (ev.sent-e.sent <= 2 || (ev.typ == annals.Speech || ev.typ == annals.Visit) && (!e.explicit || s.sameSpeaker(e, ev))) && !s.otherSpeakers(e, ev) && !s.otherTexts(e, ev) && (ev.typ != annals.Visit && ev.typ != annals.Meeting || !s.citiesApart(e.place, ev.place)):
			// what one speaker says, or one visitor's visit, told again
			// without a date of its own
			same = true
		}
		if !same {
			continue
		}
		e.merge(ev)
		return
	}
	if backref && !headline && !ev.explicit {
		// "the MoU" with no date of its own: the story tells of an
		// agreement it has told already, not of a new one
		for _, e := range s.events {
			if e.typ == ev.typ && !(told && e.passing) && !s.namedApart(e, ev) && s.modifiersTold(ev, e) && !s.otherSpeakers(e, ev) {
				e.merge(ev)
				return
			}
		}
	}
	if headline && !ev.explicit {
		// a headline alone gives only what it says
		ev.date = s.published
	}
	s.events = append(s.events, ev)
}

// officeStart reports whether the appointment word at token i tells the
// start of an office: "will take office", "took up office", "assumes
// office", "assumed the post".
func (s *state) officeStart(i int) bool {
	switch s.lw(i) {
	case "take", "takes", "took", "taking", "taken", "assume", "assumes", "assumed", "assuming":
	default:
		return false
	}
	k := i + 1
	if s.lw(k) == "up" {
		k++ // "will take up her post"
	}
	if s.is(k, cBackDeterminers) || s.is(k, cPersonalPronouns) {
		k++
	}
	switch s.lw(k) {
	case "office", "post", "position", "duties", "functions", "mandate":
		return true
	}
	return false
}

// onePersonOf reports whether appointment e names one person and b that
// one alone: "The Council appointed X today as Secretary-General" and "X
// will take office on 1 July".
// onePerson returns the one person among e's participants, or nil when
// it names none or more than one.
func (e *event) onePerson() *ent {
	var p *ent
	for _, x := range e.parts {
		if x.typ == annals.Person {
			if p != nil {
				return nil
			}
			p = x
		}
	}
	return p
}

// successionNow reports whether the word at token i tells a succession
// in the present or to come: "She succeeds X", "he replaces X", "will
// succeed X" (not "succeeded X in 2019": an office of the past).
func (s *state) successionNow(i int) bool {
	switch s.lw(i) {
	case "succeeds", "replaces":
		return true
	case "succeed", "replace":
		return s.lw(i-1) == "will"
	}
	return false
}

func onePersonOf(e, b *event) bool {
	p := e.onePerson()
	if p == nil {
		return false
	}
	for _, x := range b.parts {
		if x.typ == annals.Person && x != p {
			return false
		}
	}
	return slices.Contains(b.parts, p)
}

// modifiersTold reports whether the words between the determiner and
// ev's trigger that tell a gathering's kind or audience ("the youth
// forum", "the ministerial meeting"; kindModifiers) are all in the
// sentence of event e, which ev would refer back to: "X met with Y in
// Geneva. ... Z addressed the youth forum" tells a forum the meeting was
// not. Other words ("the hastily planned trip", "face-to-face talks")
// tell nothing apart.
func (s *state) modifiersTold(ev, e *event) bool {
	last := ev.anchor - 1
	if triggers[s.lw(ev.anchor+1)] != "" {
		// "the ministerial meeting": the trigger is a modifier too
		last = ev.anchor
	}
	for k := last; k >= 0 && k >= ev.anchor-4; k-- {
		w := s.lw(k)
		if s.is(k, cBackDeterminers) || s.toks[k].Kind != text.Word || s.word(k) != w {
			return true
		}
		if kindModifiers.has(w) && !s.sentenceHas(e.anchor, w) {
			return false
		}
	}
	return true
}

// nameModifiersTold reports whether the capitalized words between the
// determiner and ev's trigger ("the UNCAC conference") are all in the
// sentence of event e of the other gathering type, which ev would refer
// back to: "we convened a UN meeting on antisemitism ... we hosted the
// UNCAC conference in Atlanta" tells a conference the meeting was not.
func (s *state) nameModifiersTold(ev, e *event) bool {
	for k := ev.anchor - 1; k >= 0 && k >= ev.anchor-4; k-- {
		if s.is(k, cBackDeterminers) || s.toks[k].Kind != text.Word {
			return true
		}
		if s.capLike(k) && !s.sentenceStart(k) && !s.sentenceHas(e.anchor, s.lw(k)) {
			return false
		}
	}
	return true
}

// kindModifiers tell a gathering's kind or audience before its noun:
// "the youth forum", "the ministerial meeting", "the donor conference".
var kindModifiers = set("youth", "ministerial", "parliamentary", "regional", "annual", "international", "global",
	"trilateral", "multilateral", "plenary", "technical", "donor", "donors", "business", "investment", "academic",
	"scientific", "cultural", "interfaith", "intercultural", "student", "students", "women's", "leaders'", "ministers'",
	"cabinet", "expert", "experts'", "summit-level", "high-level")

// gatheringsApart reports whether gatherings a and b are told by two
// names, neither holding the other: "the Pacific Economic Council (PEC)
// forum" and "the Nordic Lima Summit" are two conferences, though the
// same leaders are told at both; "the NATO summit" and "the NATO Summit
// in Vilnius" may be one.
func (s *state) gatheringsApart(a, b *event) bool {
	if a.typ != annals.Conference && a.typ != annals.Meeting || a.typ != b.typ {
		return false
	}
	x, y := s.gatheringNames(a.anchor), s.gatheringNames(b.anchor)
	if len(x) == 0 || len(y) == 0 {
		return false
	}
	for _, f := range x {
		for _, g := range y {
			if strings.Contains(f, g) || strings.Contains(g, f) {
				return false
			}
		}
	}
	return true
}

// gatheringNames returns the lower-case forms of the name the gathering
// at trigger i is told by: its own name ("the G7 Hiroshima Summit"), or
// the forms of the body right before its noun ("the APEC forum", "the
// Asia-Pacific Economic Cooperation (APEC) forum"); none for a gathering
// told by a bare noun.
func (s *state) gatheringNames(i int) []string {
	if s.namedEvent(i) {
		k := i
		for k > 0 && i-k < 6 && s.lw(k-1) != "the" && s.toks[k-1].Kind == text.Word && text.IsCap(s.word(k-1)) {
			k--
		}
		if k < i {
			return []string{strings.ToLower(clean(s.text[s.toks[k].Start:s.toks[i].End]))}
		}
	}
	j := i - 1
	if s.word(j) == ")" {
		for j > i-6 && j > 0 && s.word(j) != "(" {
			j--
		}
		j--
	}
	m := s.mentAt(j)
	if m == nil || m.b != j+1 || m.ent.typ != annals.Org {
		return nil
	}
	e := s.resolveEnt(m.ent)
	var out []string
	for _, f := range append([]string{e.name, s.text[m.start:m.end]}, e.forms...) {
		if f = strings.ToLower(strings.TrimPrefix(f, "the ")); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// namedApart reports whether event b, named with "the" ("the Air Transport
// Agreement"), is told with a party event a, told with parties, lacks,
// and a is not known by b's name: "The United States and Chile signed an
// agreement on energy. ... The United States and Peru agreed to modernize
// the Air Transport Agreement" tells two agreements (but "The Memorandum
// of Understanding was signed by Chile" names the one told).
func (s *state) namedApart(a, b *event) bool {
	// "the HOME Investment Partnerships Program" after "the Rural Energy
	// Savings Program": two programmes of two names, when one has no
	// participant to tell them apart by
	if (len(a.parts) == 0 || len(b.parts) == 0) && a.title != "" && b.title != "" && !strings.EqualFold(a.title, b.title) && s.namedEvent(b.anchor) && s.namedEvent(a.anchor) && !s.namesIn(b.title, a.sent) {
		return true
	}
	// "Chile and Vietnam signed the Agreement on Trade in Goods" ... "The
	// two countries signed the Memorandum of Understanding on Cooperation
	// in Renewable Energy on Monday": two texts of two names, neither
	// holding the other, though the same parties signed both
	if s.textsApart(a, b) {
		return true
	}
	if len(a.parts) == 0 || !s.namedEvent(b.anchor) || !partApart(b, a) || s.namesIn(b.title, a.sent) {
		return false
	}
	return a.title == "" || !strings.EqualFold(a.title, b.title)
}

// textsApart reports whether agreements a and b name two texts, neither
// name holding the other nor b's told in a's sentence.
func (s *state) textsApart(a, b *event) bool {
	if a.typ != annals.Agreement || b.typ != annals.Agreement {
		return false
	}
	ta, tb := s.textName(a), s.textName(b)
	return ta != "" && tb != "" && !strings.Contains(strings.ToLower(ta), strings.ToLower(tb)) && !strings.Contains(strings.ToLower(tb), strings.ToLower(ta)) && !s.namesIn(tb, a.sent)
}

// textName returns the name of the text agreement e tells: its title
// when named, or, told by a verb ("signed the Agreement on Trade in
// Goods"), the name of the text the verb takes, up to six words after
// it; "" when it is named by neither.
func (s *state) textName(e *event) string {
	if e.title != "" && s.namedEvent(e.anchor) {
		return string(e.title)
	}
	if s.is(e.anchor, cEventNouns) || e.sent < 0 || e.sent >= len(s.sentTok) {
		return ""
	}
	a, b := s.sentTok[e.sent][0], s.sentTok[e.sent][1]
	for j := e.anchor + 1; j < b && j <= e.anchor+6; j++ {
		if triggers[s.lw(j)] == annals.Agreement && text.IsCap(s.word(j)) {
			if s.namedEvent(j) {
				return s.eventTitle(annals.Agreement, j, a, b)
			}
			return ""
		}
	}
	return ""
}

// twoNames reports whether events a and b, told in one sentence, are
// each told by a name of its own, neither a part of the other: "the
// Treaty of Amity and Economic Relations" and "the Trade and Investment
// Framework Agreement" are two agreements, "the Paris Agreement" and "the
// Agreement" one. A name namedEvent does not read ("the ASEAN-Japan
// Summit", "the 44th ASEAN Summit") counts when both events have a date
// of their own and one status: "will attend the ASEAN-Japan Summit and
// the East Asia Summit in Vientiane on 10-11 October" (not "discussed
// the upcoming G7 Summit in Puglia and NATO Summit in Washington", whose
// second name has neither the date nor the status of the first).
func (s *state) twoNames(a, b *event) bool {
	if a.title == "" || b.title == "" {
		return false
	}
	if !s.namedEvent(a.anchor) || !s.namedEvent(b.anchor) {
		if !a.explicit || !b.explicit || a.status != b.status || !s.ownName(a) || !s.ownName(b) {
			return false
		}
	}
	x, y := strings.ToLower(string(a.title)), strings.ToLower(string(b.title))
	return !strings.Contains(x, y) && !strings.Contains(y, x)
}

// ownName reports whether event e is told by a name of its own: one
// namedEvent reads, or a title of two words or more in capitals (an
// ordinal may open it), ending in the event's own word, that the text
// tells right after "the": "the ASEAN-Japan Summit", "the 44th ASEAN
// Summit" (not "the Tokyo Nutrition for Growth Summit", titled "Growth
// Summit", nor "the 5th Session of the Pacific Energy Summit").
func (s *state) ownName(e *event) bool {
	if s.namedEvent(e.anchor) {
		return true
	}
	t := string(e.title)
	words := strings.Fields(t)
	// ("the 5th Session of the Pacific Energy Summit": a part of the
	// gathering named after it)
	if len(words) < 2 || s.lw(e.anchor+1) == "of" || !strings.EqualFold(words[len(words)-1], s.word(e.anchor)) {
		return false
	}
	for k, w := range words {
		if !text.IsCap(w) && !(k == 0 && isOrdinal(w)) {
			return false
		}
	}
	end := s.toks[e.anchor].End
	start := end - len(t)
	if start < 0 || s.text[start:end] != t {
		return false
	}
	before := strings.TrimRight(s.text[max(0, start-5):start], " ")
	return strings.HasSuffix(before, " the") || before == "the" || strings.HasSuffix(before, " The") || before == "The"
}

// namesIn reports whether every word of title is a word of sentence si:
// "The CRI Summit" names "the Second International Counter Ransomware
// Initiative (CRI) Summit".
func (s *state) namesIn(title string, si int) bool {
	words := strings.Fields(strings.ToLower(title))
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		found := false
		for k := s.sentTok[si][0]; k < s.sentTok[si][1] && !found; k++ {
			found = s.lw(k) == w
		}
		if !found {
			return false
		}
	}
	return true
}

// partApart reports whether event a has a participant b lacks.
func partApart(a, b *event) bool {
	for _, p := range a.parts {
		if !slices.Contains(b.parts, p) {
			return true
		}
	}
	return false
}

// definite reports whether the trigger at token i is introduced by a
// definite determiner, perhaps with a few modifiers between ("the
// Ministerial meeting", "his speech", "this year's Ministerial Council
// meeting"): the story refers to an event it has told already.
func (s *state) definite(i int) bool {
	// "the forum after Cusco", "the next summit": another event
	if n := s.lw(i + 1); n == "after" || n == "before" {
		return false
	}
	// "the UNSC passed Resolution 1747", "the Council added its voice": a
	// verb after its subject refers back to nothing
	if triggers[s.lw(i)] == "" || s.lw(i) == "passed" || s.lw(i) == "adopted" || s.lw(i) == "approved" {
		return false
	}
	// "the Department of Education announced", "the VA created a
	// committee", "the people of Idaho elected X": a verb after its
	// subject's "the" refers back to nothing
	if w := s.lw(i); len(w) > 4 && strings.HasSuffix(w, "ed") || speechVerbs.has(w) || w == "says" || w == "announces" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := s.lw(k)
		if w == "next" || w == "following" || w == "previous" || w == "last" || w == "upcoming" || w == "another" || isOrdinal(w) || ordinalWords.has(w) {
			return false
		}
		if backDeterminers.has(w) && s.lw(k-1) == "of" && seriesTurns.has(s.lw(k-2)) {
			// "the next edition of the Forum", "the following session of
			// the Conference": another occurrence of the series
			switch s.lw(k - 3) {
			case "next", "following", "previous", "last", "upcoming", "coming", "forthcoming":
				return false
			}
		}
		if backDeterminers.has(w) && s.lw(k-1) == "of" && (s.lw(k-2) == "margins" || s.lw(k-2) == "margin" || s.lw(k-2) == "sidelines") {
			// "met ... on the margins of the Global Summit": the gathering
			// that hosts the meeting, another event
			return false
		}
		if backDeterminers.has(w) || (w == "a" || w == "an") && s.lw(k-1) == "such" {
			return true
		}
		if s.toks[k].Kind != text.Word || w == "a" || w == "an" || triggers[w] != "" && w != "ministerial" {
			return false
		}
	}
	return false
}

func sharesPart(a, b *event) bool {
	for _, p := range a.parts {
		for _, q := range b.parts {
			if p == q {
				return true
			}
		}
	}
	return false
}

// meetingsApart reports whether meeting b, told after meeting a in a
// later paragraph or more than a sentence on, is another meeting of the
// one they share (counterpartsApart); the next sentence of a paragraph
// often names whom the meeting just told is with ("X will travel to
// Brasilia to meet with officials of Y. X will meet with Z, ..."). Of
// two meetings dated alike, the first must also have a person the
// second lacks ("spoke today with President X" and "This afternoon,
// convened a call with Administrator Y"), or the second may only name
// whom the first told by office ("met with Kenya's trade minister on
// Wednesday" ... "On Wednesday, Bushnell and Kimotho met again").
func (s *state) meetingsApart(a, b *event) bool {
	if !counterpartsApart(a, b) {
		return false
	}
	return b.sent-a.sent > 1 || b.sent > a.sent && s.paraBreak(s.sentTok[a.sent][1]-1, s.sentTok[b.sent][0])
}

// counterpartsApart reports whether meetings a and b share one
// participant only while each has one the other lacks, b a person: "The
// President will travel to Israel, where he will meet with Israeli
// leaders" and "We, Prime Minister Albanese and President Biden, meet at
// a consequential time" are one traveller's two meetings, the one they
// share the person who meets, not whom he meets.
func counterpartsApart(a, b *event) bool {
	if a.typ != annals.Meeting || b.typ != annals.Meeting {
		return false
	}
	shared, aOnly := 0, false
	for _, p := range a.parts {
		if slices.Contains(b.parts, p) {
			shared++
		} else {
			aOnly = true
		}
	}
	return shared == 1 && aOnly && personApart(b, a)
}

// merge adds what other tells about e.
func (e *event) merge(o *event) {
	// "UNICEF appointed a youth envoy at the opening of the Summit. The
	// envoy will work with the EU. The summit closes on 4 September.": the
	// closing sentence names no one, and those of the sentence before
	// take no part in a summit told with its own
	// (but "X, Deputy Assistant to the President, and Y hosted the
	// roundtable. The roundtable celebrated ...": the names the second
	// sentence takes from the first are the roundtable's)
	if !o.borrowed || len(e.parts) == 0 || o.from == e.sent {
		e.borrowed, e.from = len(e.parts) == 0 && o.borrowed, o.from
		for _, p := range o.parts {
			e.addPart(p)
		}
	}
	// a name beats a description ("Youth Dialogue Exchange Programme"
	// over "youth exchange")
	// (and "the 54th Pacific Islands Forum Leaders Meeting" is a name a
	// headline's "annual summit" does not replace)
	if e.title == "" || o.title != "" && !nameLike(e.title) && nameLike(o.title) && strings.Count(o.title, " ") >= 2 {
		e.title = o.title
	}
	if e.place == "" {
		e.place = o.place
	}
	switch {
	case o.closes && o.explicit && o.dateEnd == "" && e.dateEnd == "" && (e.explicit || e.opens) && e.date.Precision() == annals.Day && o.date.Precision() == annals.Day && e.date < o.date:
		// "at the opening of the Summit" (today), then "The summit
		// closes on 4 September": the summit runs to the 4th
		e.dateEnd, e.explicit = o.date, true
	case o.explicit && (!e.explicit || len(o.date) > len(e.date) && o.date.Compatible(e.date)):
		// (a date long before the one e was given for want of its own
		// is the date of a thing done: "The Treaty would replace the
		// extradition treaty ..., signed at Tirana on March 1, 1933")
		if !e.explicit && e.status == annals.Planned && o.status == annals.Held && e.date != "" && !o.date.Compatible(e.date) && o.date < e.date {
			e.status = annals.Held
		}
		e.date, e.dateEnd, e.explicit = o.date, o.dateEnd, true
	}
	e.opens = e.opens || o.opens
	for _, f := range o.figures {
		dup := false
		for _, g := range e.figures {
			dup = dup || g == f
		}
		if !dup {
			e.figures = append(e.figures, f)
		}
	}
}

// nameLike reports whether an event's title is a name: in capitals, or
// an ordinal in figures before a word in capitals ("54th Pacific Islands
// Forum Leaders Meeting").
func nameLike(title string) bool {
	if text.IsCap(title) {
		return true
	}
	first, rest, ok := strings.Cut(title, " ")
	return ok && isOrdinal(first) && text.IsCap(rest)
}

var _ = timex.Find
var _ = gazetteer.Normalize

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// bioElsewhere reports whether another sentence of sentence si's
// paragraph is a biography's ("She is CEO of X. She was appointed to the
// Board"): "Jane Doe was appointed Director-General of WHO." alone is
// news, though it reads as a biography sentence itself.
func (s *state) bioElsewhere(si int) bool {
	for sj := range s.bioSents {
		lo, hi := min(si, sj), max(si, sj)
		if sj != si && !s.paraBreak(s.sentTok[lo][0], s.sentTok[hi][0]) {
			return true
		}
	}
	return false
}

// bioOwnCue reports whether the appointment at token i tells a career's
// step by its own sentence si: "he"/"she" its subject ("He was elected to
// the Board of Education"), or "to serve" after it ("Soares was appointed
// by President Obama to serve as State Director").
func (s *state) bioOwnCue(i, si int) bool {
	a, b := s.sentTok[si][0], s.sentTok[si][1]
	for k := a; k < i; k++ {
		if w := s.lw(k); w == "he" || w == "she" {
			return true
		}
	}
	for k := i + 1; k+1 < b && k < i+12; k++ {
		if s.lw(k) == "to" && s.lw(k+1) == "serve" {
			return true
		}
	}
	return false
}

// newlyDone reports whether w, before a participle, tells it is news
// ("newly appointed", "recently elected", "just named").
func newlyDone(w string) bool {
	return w == "newly" || w == "recently" || w == "just"
}

// seriesName is a numbered gathering's series, which the story names
// by an acronym: its event type and the tokens of its name after the
// ordinal, up to and with its gathering word ("ASEAN Economic
// Ministers' Meeting").
type seriesName struct {
	typ  annals.EventType
	a, b int
}

// gatheringAcronyms returns the acronyms the story defines for a
// numbered gathering, with the gathering's series: "The 44th ASEAN
// Economic Ministers' Meeting (AEM) was held ..." gives AEM, a meeting,
// so that "The 45th AEM will be held in Manila" tells one; nil when none.
func (s *state) gatheringAcronyms() map[string]seriesName {
	var out map[string]seriesName
	for k := 1; k+2 < len(s.toks); k++ {
		if s.word(k) != "(" || s.word(k+2) != ")" || !allCapsAcronym(s.word(k+1)) {
			continue
		}
		t := triggers[s.lw(k-1)]
		if (t != annals.Meeting && t != annals.Conference) || !text.IsCap(s.word(k-1)) {
			continue
		}
		// (numbered: "the 44th ASEAN Economic Ministers' Meeting")
		numbered := -1
		for j := k - 2; j >= 0 && j >= k-9; j-- {
			if isOrdinal(s.lw(j)) || s.is(j, cOrdinalWords) {
				numbered = j
				break
			}
			if !s.capLike(j) && !s.pluralApostrophe(j) && s.word(j) != "-" {
				break
			}
		}
		if numbered < 0 {
			continue
		}
		if out == nil {
			out = map[string]seriesName{}
		}
		if _, ok := out[s.word(k+1)]; !ok {
			out[s.word(k+1)] = seriesName{t, numbered + 1, k}
		}
	}
	return out
}

// seriesNamed gives the gathering told by its series' acronym at token i
// ("The 45th AEM will be held in Manila") the series' full name after
// its own ordinal ("45th ASEAN Economic Ministers' Meeting") and the
// bodies that name holds (ASEAN), as the gathering that defined the
// acronym has them.
func (s *state) seriesNamed(ev *event, i int, g seriesName) {
	ev.title = s.word(i-1) + " " + clean(s.text[s.toks[g.a].Start:s.toks[g.b-1].End])
	for k := g.a; k < g.b; k++ {
		if m := s.mentAt(k); m != nil && m.a == k && m.ent.typ == annals.Org {
			ev.addPart(m.ent)
		}
	}
}

// allCapsAcronym reports whether w is an acronym of two to six capital
// letters.
func allCapsAcronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// acronymTold reports whether the gathering acronym at token i is told as
// one gathering of its series, not defined: an ordinal before it ("the
// 45th AEM", "the 58th AMM will be held"), outside brackets.
func (s *state) acronymTold(i int) bool {
	return s.word(i-1) != "(" && (isOrdinal(s.lw(i-1)) || s.is(i-1, cOrdinalWords))
}
