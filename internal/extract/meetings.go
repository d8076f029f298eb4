package extract

import (
	"slices"
	"strings"

	"annals"
	"annals/internal/text"
)

// Meetings: people or bodies who meet, talk or call one another, and a
// body's session.
//
// The rule accepts "met with", "a meeting of", "held talks", "held a call
// with", "spoke by phone with", a ministerial or roundtable, a numbered or
// extraordinary session ("the first session of the Assembly", "an
// extraordinary session"); a meeting of leaders of states or heads of
// state is a summit (a conference) unless the meeting is named so ("the
// U.S.-Caribbean Leaders Meeting"), but not of two leaders or of
// "legislative leaders". It rejects meeting a goal ("meet the needs", "meet the
// moment", "in meeting Ukraine's recovery needs") or anything that names
// no one ("meet this epidemic with a shrug", "would be met with severe
// consequences"), a quantity of goals ("meet at least one of the
// criteria"), a reaction met in kind, someone met in a life or an anecdote
// ("I met my husband", "met a little boy named Mason"), people met over
// time ("the teachers I have met"), "meet with anyone", a meeting a rule
// requires, "a call for proposals",
// "spoke at the conference" (a speech), "ministerial council", and a
// roundtable that is an organization's name.
var meetingWords = []string{
	"meeting", "meetings", "met", "meet", "meets",
	"talks", "consultations", "ministerial", "roundtable",
	"call", "spoke", "videoconference", "session", "received", "receives",
}

// meetingAt returns the event type the meeting word w at token i signals
// in its context, or "".
func (s *state) meetingAt(i int, w string) annals.EventType {
	t := annals.Meeting
	next, prev := s.lw(i+1), s.lw(i-1)
	// "a Memorandum of Understanding on Political Consultations": the
	// word is in a document's name, no meeting told
	if text.IsCap(s.word(i)) && s.inDocumentName(i) {
		return ""
	}
	// "the inaugural Strategic Dialogue on AI meeting", "the third
	// Strategic Dialogue on Peace and Security meeting": the meeting of a
	// gathering named right before it is that gathering, told once
	if (w == "meeting" || w == "meetings") && !text.IsCap(s.word(i)) {
		if j := s.gatheringNameBefore(i); j >= 0 && s.conferenceAt(j, s.lw(j)) != "" {
			return ""
		}
	}
	switch w {
	case "received", "receives":
		// "The Secretary-General received the Ambassador of Japan",
		// "received a delegation of the Andean Council": a visitor
		// received; not "received funding", "received a letter", nor
		// "received President X's letter"
		if !s.receivesVisitor(i) {
			return ""
		}
		return annals.Meeting
	case "session":
		// "the Pacific Islands Forum leaders session with Forum Dialogue
		// Partners": a session of the leaders of states is a summit, as
		// their meeting is
		if (prev == "leaders" || prev == "leaders’" || prev == "leaders'") && s.leadersOfStates(i-1) {
			return annals.Conference
		}
		// a numbered or extraordinary session: "the first session of the
		// Assembly"
		if !s.numberedName(i) && !sessionKinds.has(prev) {
			return ""
		}
		// "Speaking at the closing session, X announced ...": the session
		// of a gathering the story tells, named by no body of its own, is
		// a part of that gathering, no meeting (not "the opening session
		// of the General Assembly")
		if (prev == "closing" || prev == "opening" || prev == "inaugural") && s.lw(i-2) == "the" && next != "of" && !text.IsCap(s.word(i)) {
			return ""
		}
		// "X, to be Representative of the United States to the 79th
		// Session of the General Assembly": the session an envoy's office
		// is held at, no gathering the sentence tells
		if s.envoyTo(i) {
			return ""
		}
		// "elected X as President of its 78th session": the office the
		// session names, no gathering told
		if s.officeOfSession(i) {
			return ""
		}
		// "delivered remarks before a joint session of Congress",
		// "addressed a joint session of the Assembly": the audience of a
		// speech, which is the event told (not "spoke to the 41st Session
		// of the Assembly", a numbered session of its own)
		if !s.numberedName(i) && s.speechAudience(i) {
			return ""
		}
		// "The third session of the Asia-Pacific Forum on Sustainable
		// Development concluded": a session of a forum, a conference or
		// a summit is that gathering
		if s.sessionOfGathering(i) || s.numberedName(i) && s.headsOfStateBefore(i) {
			// ("The Authority of Heads of State and Government held its
			// 64th Ordinary Session": a summit)
			return annals.Conference
		}
		return annals.Meeting
	case "meeting", "meetings":
		// "in meeting Ukraine's recovery needs": the verb, not a gathering
		if !backDeterminers.has(prev) && prev != "a" && s.meetsAGoal(i) {
			return ""
		}
		// "in meeting its mission", "in meeting their duties": the verb
		// with its object, no gathering (a noun "meeting" takes no "its")
		if prev == "in" && w == "meeting" && possessiveDets.has(next) {
			return ""
		}
		// "Accessibility of Virtual Meeting Platforms", "meeting rooms":
		// the word qualifies a thing, no gathering told
		if meetingThings.has(next) {
			return ""
		}
		// "their summit meeting": the summit, told once
		if prev == "summit" && !text.IsCap(s.word(i)) {
			return ""
		}
		// a meeting of leaders or heads of state is a summit, unless the
		// meeting is named so ("the U.S.-Caribbean Leaders Meeting")
		if text.IsCap(s.word(i)) {
			break
		}
		for k := max(0, i-3); k <= i+8 && k < len(s.toks); k++ {
			if s.lw(k) == "leaders" && s.leadersOfStates(k) || s.lw(k) == "heads" && s.lw(k+1) == "of" && s.lw(k+2) == "state" {
				return annals.Conference
			}
		}
	case "met", "meet", "meets":
		// "meet the needs of its population", "meet any and all
		// challenges": to satisfy, not to gather
		if s.meetsAGoal(i) || s.metWithAReaction(i) || s.meetsAThing(i) || s.meetingInPassing(i) {
			return ""
		}
		// "The ministers met at the Fifth Session of the Regional Forum
		// in Manila": the gathering they met at is the event, told by its
		// own word
		if s.metAtGathering(i) {
			return ""
		}
		// "Six rivers meet at the confluence": things joining
		if joiningThings.has(prev) && isLowerWord(s.word(i-1)) {
			return ""
		}
	case "call":
		// "held a call with", "a phone call with", "on a call with" (not
		// "a call for proposals", "called on")
		// "participated in the call": the call told already
		back := (prev == "the" || prev == "this") && (next == "." || next == "," || next == "and")
		// "Thank you for taking this call", "the question-and-answer
		// portion of the call": the call refers back to one the story
		// told, or it is the press call the transcript is, no event
		// (those who "participated in the call" or "took part in" it tell
		// of one)
		joined := s.lw(i-2) == "joined" || s.lw(i-2) == "in" && (s.lw(i-3) == "participated" || s.lw(i-3) == "part")
		if back && !joined && !s.callTold(i) {
			return ""
		}
		if !back && (next != "with" || !(prev == "a" || prev == "phone" || prev == "video" || prev == "telephone" || prev == "virtual" || prev == "the" || prev == "conference" || prev == "’s" || prev == "'s" || prev == "s")) {
			return ""
		}
	case "spoke":
		// "spoke with X", "spoke by phone with X", not "spoke at the
		// conference" (a speech)
		// "spoke on May 7 with", "spoke today by phone with"
		with := false
		for k := i + 1; k < len(s.toks) && k <= i+7 && !with; k++ {
			w := s.lw(k)
			switch {
			case w == "with":
				with = true
			case s.dateAt(k) >= 0 || w == "by" || w == "phone" || w == "telephone" || w == "video" || w == "on" || w == "today" || w == "yesterday" || w == "separately" || w == "again":
			default:
				k = len(s.toks)
			}
		}
		if !with {
			// "spoke at the Baltic Energy Forum", "spoke today at the
			// opening ceremony": an address given there
			if s.spokeAtOccasion(i) {
				return annals.Speech
			}
			return ""
		}
	case "talks":
		// "President X still talks about his visit", "she talks about
		// this", "the bill that talks about": the verb, no talks held
		// ("held talks about trade", "the talks about the border" stay)
		if next == "about" && s.talksVerb(i) {
			return ""
		}
	case "ministerial":
		if triggers[next] != "" || next == "council" || s.capLike(i+1) {
			return ""
		}
	case "roundtable":
		if ft, ok := s.forumAt(i, w); ok {
			return ft
		}
	}
	return s.notANameWord(i, t)
}

// talksVerb reports whether "talks" at token i is the verb of a subject
// right before it: a pronoun, "who" or "that", an adverb ("still
// talks"), ", and" after a clause's verb, or a person's name.
func (s *state) talksVerb(i int) bool {
	p := s.lw(i - 1)
	switch {
	case s.is(i-1, cPersonalPronouns) || everyoneMet.has(p) || p == "who" || p == "that" || p == "which":
		return true
	case p == "and" && s.word(i-2) == "," || p == "also" || p == "still" || p == "often" || p == "always" || p == "never" || p == "just" || p == "rarely":
		return true
	case strings.HasSuffix(p, "ly") && isLowerWord(s.word(i-1)):
		return true
	case (s.is(i-1, cReportNouns) || toldMedia.has(p)) && isLowerWord(s.word(i-1)) && !strings.HasSuffix(p, "s"):
		// "The factsheet talks about", "the report talks about": a text
		// that tells
		return true
	}
	m := s.mentAt(i - 1)
	return m != nil && m.ent.typ == annals.Person
}

// toldMedia are texts and media that tell of something: "the factsheet
// talks about".
var toldMedia = set("factsheet", "sheet", "video", "book", "article", "film", "chapter", "section", "paper",
	"letter", "website", "page", "documentary", "podcast", "episode", "study", "document", "post", "brochure", "guide")

// joiningThings are things that meet where they join, no one
// gathering: "six rivers meet at the confluence", "where the borders
// meet".
var joiningThings = set("rivers", "roads", "borders", "lines", "streams", "paths", "highways", "railways", "tracks",
	"oceans", "seas", "waters", "currents", "routes", "trails", "valleys", "frontiers", "boundaries", "edges")

// goalNouns are what one meets without gathering: needs, challenges, targets.
var goalNouns = set("needs", "need", "challenges", "challenge", "criteria", "goals", "goal", "requirements",
	"requirement", "targets", "target", "demands", "demand", "expectations", "obligations", "deadline",
	"deadlines", "standards", "commitments", "threshold", "conditions", "objectives", "test", "moment",
	"benchmarks", "benchmark", "quota", "quotas", "mandate", "obligation", "expectation", "standard",
	"commitment", "condition", "objective", "thresholds", "mandates", "costs", "cost", "expenses", "bills",
	"payroll", "compliance", "promise", "promises", "threat", "threats", "crisis", "crises", "timeline",
	"timelines", "tests", "ambition", "ambitions", "principles", "safeguards", "surge", "aspirations", "pledge", "pledges", "certification", "milestones",
	"milestone", "priorities", "priority", "balance", "request", "requests")

// surpassVerbs go beyond a goal "meet" shares with them: "meet and
// exceed the standards".
var surpassVerbs = set("exceed", "surpass", "beat", "outperform", "sustain", "maintain")

// jointVerbs tell what those who meet do together: "meet and discuss the
// targets".
var jointVerbs = set("discuss", "review", "exchange", "consult", "confer", "talk", "agree", "decide", "assess", "consider", "debate")

// goalGap reports whether "meet" at token i, with no object after it,
// ends a relative clause on a goal before its subject: "it is a moment
// we intend to meet, together", "the challenges that we must meet": the
// goal is what is met, no one.
func (s *state) goalGap(i int) bool {
	if w := s.lw(i); w != "meet" && w != "met" {
		// (the noun: "the challenges we raised at the meeting")
		return false
	}
	if n := s.lw(i + 1); !(s.toks[min(i+1, len(s.toks)-1)].Kind == text.Punct || i+1 >= len(s.toks) || n == "together" || n == "and" || n == "head-on") {
		return false
	}
	start := s.sentTok[s.sentOf[i]][0]
	for k := i - 1; k >= start && k >= i-6; k-- {
		if s.toks[k].Kind != text.Word {
			return false
		}
		if s.is(k, cPersonalPronouns) {
			j := k - 1
			if s.lw(j) == "that" || s.lw(j) == "which" {
				j--
			}
			return s.is(j, cGoalNouns)
		}
	}
	return false
}

// meetsAGoal reports whether "meet" at token i takes a goal as its object
// within a few words: "meet the social and developmental needs", "help
// meet this obligation", "meet the climate crisis", "meet people where
// they are"; or a goal is met in the passive ("ensuring the
// needs of local constituents are met", "tailored to meet them" after
// the needs); or ends are met ("make ends meet").
func (s *state) meetsAGoal(i int) bool {
	if s.lw(i-1) == "ends" {
		return true
	}
	// "listening to survivors' needs and ensuring services are tailored to
	// meet them": the goal told before
	if n := s.lw(i + 1); n == "them" || n == "it" {
		start := s.sentTok[s.sentOf[i]][0]
		for k := i - 1; k >= start && k >= i-12; k-- {
			if s.is(k, cGoalNouns) {
				return true
			}
		}
	}
	if p := s.lw(i - 1); s.lw(i) == "met" && (p == "is" || p == "are" || p == "was" || p == "were" || p == "be" || p == "been" || p == "being") {
		start := s.sentTok[s.sentOf[i]][0]
		for k := i - 2; k >= start && k >= i-10; k-- {
			if s.is(k, cGoalNouns) {
				return true
			}
			if s.toks[k].Kind == text.Punct && s.word(k) != "’" && s.word(k) != "'" {
				break
			}
		}
	}
	if s.goalGap(i) || s.goalGapAfterModal(i) {
		return true
	}
	first := i + 1
	if s.lw(first) == "at" && s.lw(first+1) == "least" {
		// "meet at least one of the three following criteria"
		first += 2
	}
	if s.lw(first) == "and" && s.is(first+1, cSurpassVerbs) {
		// "who will meet and exceed the effective, accountable ...
		// standards": a verb of going beyond shares the object, a goal
		return true
	}
	if s.lw(first) == "and" && s.is(first+1, cJointVerbs) {
		// "The ministers will meet and discuss the emission targets": the
		// object is the talk's, the ministers meet
		return false
	}
	if s.lw(first) == "or" && isLowerWord(s.word(first+1)) {
		// "the ability of the United States to meet or to fund its
		// military requirements": two verbs share the object
		first++
		if s.lw(first) == "to" {
			first++
		}
		first++
	}
	limit := first + 9
	for k := first; k < len(s.toks) && k <= limit; k++ {
		if s.is(k, cGoalNouns) {
			return true
		}
		if k <= first+3 && s.lw(k) == "of" {
			// "meet two or more of the ... targets": the quantity before
			// the object
			limit += k - first + 1
		}
		// "meet two or more of the breast, cervical, and colorectal cancer
		// screening targets": a list of modifiers inside the object
		if s.word(k) == "," && isLowerWord(s.word(k+1)) && (s.lw(k+2) == "," || s.lw(k+2) == "and" || s.lw(k+1) == "and") && isLowerWord(s.word(k-1)) {
			limit += 2
			continue
		}
		// "meeting folks where they are": reaching them, no gathering
		if s.lw(k) == "where" && k <= i+4 && s.is(k+1, cPersonalPronouns) && (s.lw(k+2) == "are" || s.lw(k+2) == "live") {
			return true
		}
		// a name is one word of the object: "meet Americans with
		// Disabilities Act (ADA) standards"
		if m := s.mentAt(k); m != nil && m.a == k && m.ent.typ != annals.Person {
			// "meet a Global Methane Pledge": the name is the goal's
			if s.is(m.b-1, cGoalNouns) {
				return true
			}
			k = m.b - 1
			if s.word(m.b) == "(" && s.word(m.b+2) == ")" {
				k = m.b + 2
			}
			continue
		}
		// a connector or an acronym in brackets inside a capitalized name
		if (s.connectorAt(k) || s.lw(k) == "with") && s.capLike(k-1) && s.capLike(k+1) || s.word(k) == "(" && s.word(k+2) == ")" && s.capLike(k-1) {
			if s.word(k) == "(" {
				k += 2
			}
			continue
		}
		// "meet 100% of aviation fuel demand": a share of the goal
		if s.word(k) == "%" && isNumber(strings.ReplaceAll(s.lw(k-1), ".", "")) {
			continue
		}
		if s.toks[k].Kind == text.Punct && s.word(k) != "’" && s.word(k) != "'" || s.lw(k) == "with" || s.lw(k) == "in" || s.lw(k) == "on" || s.lw(k) == "at" || s.lw(k) == "to" {
			return false
		}
	}
	return false
}

// goalGapAfterModal reports whether "meet" at token i, after a modal and
// with no object of its own, ends a relative clause on a goal before its
// subject: "the requirements that nursing homes in the program must
// meet to graduate", "the requirements people have to meet to adjust
// their status", "quotas he must meet or face discipline". The goal is
// what is met; the subject right after the goal is "that" or "which", a
// pronoun or a word for people. ("The ministers must meet to discuss
// the goals" names no goal before the verb, and keeps its meeting.)
func (s *state) goalGapAfterModal(i int) bool {
	if w := s.lw(i); w != "meet" {
		return false
	}
	if n := s.lw(i + 1); !(i+1 >= len(s.toks) || s.toks[i+1].Kind == text.Punct || n == "to" || n == "or" || n == "and") {
		return false
	}
	j := i - 1
	switch s.lw(j) {
	case "must", "can", "cannot", "should", "will", "would", "could", "may", "might", "shall":
	case "to":
		if p := s.lw(j - 1); p != "have" && p != "has" && p != "had" && p != "need" && p != "needs" && p != "ought" {
			return false
		}
		j--
	default:
		return false
	}
	start := s.sentTok[s.sentOf[i]][0]
	for k := j - 1; k >= start && k >= j-9; k-- {
		if s.toks[k].Kind != text.Word {
			return false
		}
		if !s.is(k, cGoalNouns) {
			continue
		}
		n := s.lw(k + 1)
		return n == "that" || n == "which" || s.is(k+1, cPersonalPronouns) || isLowerWord(s.word(k+1)) && (n == "people" || n == "everyone" || personSuffix(n))
	}
	return false
}

// sessionKinds make a session an event of its own.
var sessionKinds = set("extraordinary", "special", "plenary", "annual", "regular", "emergency", "ministerial", "closing", "opening", "inaugural", "joint")

// audienceSpeechWords tell a speech whose audience may follow: "remarks
// before a joint session".
var audienceSpeechWords = set("remarks", "speech", "address", "statement", "delivered", "spoke", "speaking", "speaks", "testified", "testimony")

// speechAudience reports whether the session at token i is the audience
// of a speech the clause tells: "addressed a joint session of Congress",
// "delivered remarks before a joint session", "spoke to a special session".
func (s *state) speechAudience(i int) bool {
	j := i - 1
	for j >= 0 && (sessionKinds.has(s.lw(j)) || s.lw(j) == "a" || s.lw(j) == "the") {
		j--
	}
	if j < 0 {
		return false
	}
	switch s.lw(j) {
	case "addressed", "addresses", "address", "addressing":
		return true
	case "before", "to":
		start := s.sentTok[s.sentOf[i]][0]
		for k := j - 1; k >= start && k >= j-6; k-- {
			if audienceSpeechWords.has(s.lw(k)) {
				return true
			}
			if s.toks[k].Kind == text.Punct {
				break
			}
		}
	}
	return false
}

// spokeAtOccasion reports whether "spoke" at token i is followed, after a
// day or "today" at most, by "at" and a gathering or an occasion a few
// words on, with no punctuation between: "Prime Minister X spoke at the
// Baltic Energy Forum in Riga", "spoke on Tuesday at the opening
// ceremony" (not "spoke at length", "spoke at a time of crisis").
func (s *state) spokeAtOccasion(i int) bool {
	k := i + 1
	for k < len(s.toks) && k <= i+4 && s.lw(k) != "at" {
		if w := s.lw(k); w != "today" && w != "yesterday" && w != "on" && s.dateAt(k) < 0 {
			return false
		}
		k++
	}
	if n := s.lw(k + 1); s.lw(k) != "at" || !(s.is(k+1, cBackDeterminers) || n == "a" || n == "an" || possessiveDets.has(n) || s.capLike(k+1)) {
		return false
	}
	for j := k + 1; j < len(s.toks) && j <= k+8; j++ {
		w := s.lw(j)
		if triggers[w] == annals.Conference || w == "meeting" || w == "session" || occasionWords.has(w) {
			return true
		}
		// (the phrase after "at" ends: "spoke at a time of crisis about
		// the Summit")
		if p := s.word(j); s.toks[j].Kind == text.Punct && p != "-" && p != "–" && p != "’" && p != "'" || spokeAtEnds.has(w) {
			return false
		}
	}
	return false
}

// spokeAtEnds end the phrase after "spoke at" that may name where.
var spokeAtEnds = set("about", "on", "with", "to", "regarding", "when", "while", "that", "time", "length")

// occasionWords are occasions at which one speaks: "spoke at the
// ceremony".
var occasionWords = set("ceremony", "funeral", "commencement", "rally", "reception", "dinner", "luncheon", "celebration", "memorial", "commemoration", "vigil", "graduation")

// leadersOfStates reports whether "leaders" at token k are those of
// states, whose meeting is a summit: "a meeting of G20 leaders", "the
// leaders of the European Union", "Arab leaders", "world leaders". Two
// leaders meet ("the two leaders' meeting", "Both leaders welcomed"), and
// leaders of a kind named in lower case are no heads of state ("state
// legislative leaders", "community leaders", "Indigenous women leaders").
func (s *state) leadersOfStates(k int) bool {
	switch p := s.lw(k - 1); {
	case p == "two" || p == "both":
		return false
	case p == "world" || backDeterminers.has(p) || functionWords.has(p) || s.capLike(k-1):
		return s.lw(k-2) != "two" && s.lw(k-2) != "both"
	}
	return false
}

// headsOfStateBefore reports whether the sentence names "Heads of State"
// or "Heads of Government" before token i: the body that holds the
// session is its leaders.
func (s *state) headsOfStateBefore(i int) bool {
	for k := s.sentTok[s.sentOf[i]][0]; k+2 < i; k++ {
		if s.lw(k) == "heads" && s.lw(k+1) == "of" && (s.lw(k+2) == "state" || s.lw(k+2) == "government") {
			return true
		}
	}
	return false
}

// metWithAReaction reports whether "met" at token i is a passive "met
// with": a thing that is met with a response ("any attack would be met
// with severe consequences", "the plan was met with skepticism"). People
// who meet are "met by" someone, or meet with them in the active.
func (s *state) metWithAReaction(i int) bool {
	if s.lw(i) != "met" || !(s.lw(i+1) == "with" || s.lw(i+1) == "in" && s.lw(i+2) == "kind") {
		return false
	}
	p := i - 1
	if strings.HasSuffix(s.lw(p), "ly") || s.is(p, cPassiveAdverbs) {
		// "calls for help are often met with suspicion"
		p--
	}
	return passiveAux.has(s.lw(p))
}

// meetsAThing reports whether the verb "meet" at token i has an object
// that names no one: no person, body or group of people, only a thing
// one satisfies or answers ("meet existing labor protections", "meet
// President Biden's charge", "meet this epidemic with a shrug", "meet
// or exceed those"). An object with a name, a capitalized word, a
// pronoun, a word for people ("meet survivors", "meet new people", "meet
// his counterpart", "meet state and local officials") or a time ("meet
// this week") keeps the meeting, and so does "meet" without an object
// ("meet regularly", "meet in Lima", "meet with").
func (s *state) meetsAThing(i int) bool {
	k := i + 1
	if s.lw(k) == "and" {
		// "met and coordinated with officials"
		return false
	}
	if s.lw(k) == "or" {
		switch s.lw(k + 1) {
		case "exceed", "exceeds", "surpass", "beat":
			return true
		}
		return false
	}
	if s.lw(k) == "at" && s.lw(k+1) == "least" {
		k += 2
	}
	things := 0
	for ; k < len(s.toks) && k <= i+10; k++ {
		w := s.lw(k)
		if s.toks[k].Kind == text.Punct {
			if w == "’" || w == "'" || w == "-" {
				continue
			}
			break
		}
		if s.mentAt(k) != nil || s.capLike(k) {
			// a name owning the object ("President Biden’s charge") is no
			// one met; any other name is
			e := k
			for e+1 < len(s.toks) && (s.mentAt(e+1) != nil || s.capLike(e+1)) && !isPossessive(s.word(e)) {
				e++
			}
			if isPossessive(s.word(e)) {
				k = e
				continue
			}
			return false
		}
		if objectQuantifiers.has(w) && s.lw(k+1) == "of" {
			// "meet at least one of the criteria": the quantity of what is
			// met, no one
			continue
		}
		if s.dateAt(k) >= 0 || personalPronouns.has(w) || peopleMet.has(w) || meetingTimes.has(w) || strings.HasSuffix(w, "ly") {
			return false
		}
		if metObjectEnds.has(w) {
			break
		}
		if meetDeterminers.has(w) || isNumber(w) || smallNumbers[w] > 0 {
			continue
		}
		if personSuffix(w) {
			return false
		}
		things++
	}
	return things > 0
}

// passiveAdverbs stand between an auxiliary and a passive "met with".
var passiveAdverbs = set("often", "always", "sometimes", "never", "not", "too", "all", "again", "still", "also")

// objectQuantifiers open an object of "meet" with "of": "one of the criteria",
// "each of the goals".
var objectQuantifiers = set("one", "two", "three", "each", "all", "any", "some", "most", "none", "both", "either",
	"more", "several", "many")

// meetingInPassing reports whether "meet" at token i tells a meeting
// that is no event of the story: someone met in a life ("I met my
// husband", "his future wife"), in an anecdote ("I met a little boy
// named Mason"; "met with a group called X" stays), people one has met
// over time ("the teachers I have met over the years", "parents I met
// who ...", "anyone I have ever met", "everybody he met with equal
// dignity"), anyone one would meet ("He’d meet with anyone"), new
// people one likes to meet, and a
// meeting a rule requires ("requiring a designee to meet with
// probationary employees").
func (s *state) meetingInPassing(i int) bool {
	k := i + 1
	// "Gayle met and married Joe Manchin", "they met and later
	// married": a life's meeting, no gathering
	if s.lw(k) == "and" && (s.lw(k+1) == "married" || s.lw(k+1) == "later" && s.lw(k+2) == "married" || s.lw(k+1) == "fell" && s.lw(k+2) == "in") {
		return true
	}
	with := s.lw(k) == "with"
	if with {
		k++
	}
	switch s.lw(k) {
	case "my", "his", "her", "their", "our", "your":
		j := k + 1
		if s.lw(j) == "future" || s.lw(j) == "late" {
			j++
		}
		if s.is(j, cKinWords) {
			return true
		}
	case "a", "an":
		for j := k + 1; !with && j <= k+5 && j < len(s.toks); j++ {
			if s.lw(j) == "named" || s.lw(j) == "called" {
				return true
			}
			if s.toks[j].Kind == text.Punct {
				break
			}
		}
	case "anyone", "anybody":
		return true
	case "new":
		// "share her story, meet new people": whoever one meets
		if n := s.lw(k + 1); n == "people" || n == "friends" || n == "faces" || n == "folks" {
			return true
		}
	}
	// "when I meet other world leaders, I say ...", "whenever we meet":
	// what happens at every meeting, none told (a date keeps it: "when
	// I meet him next week")
	if (s.lw(i) == "meet" || s.lw(i) == "meets") && s.is(i-1, cPersonalPronouns) && (s.lw(i-2) == "when" || s.lw(i-2) == "whenever") && !s.sentenceNamesDate(i) {
		return true
	}
	// "I’ll never forget the first time I met Dr. Kissinger": a
	// recollection, no meeting the story tells
	if s.lw(i) == "met" && s.lw(i-1) == "i" && s.lw(i-2) == "time" && (s.lw(i-3) == "first" || s.lw(i-3) == "last") {
		return true
	}
	return s.metObjectGap(i) || s.meetingRequired(i)
}

// meetingThings are qualified by "meeting": "meeting platforms",
// "meeting rooms".
var meetingThings = set("platform", "platforms", "room", "rooms", "space", "spaces", "place", "places",
	"point", "points", "venue", "venues", "software", "tools", "tool", "hall", "halls", "facilities", "facility")

// kinWords are those one meets in a life, not at a meeting.
var kinWords = set("husband", "wife", "spouse", "fiancé", "fiancée", "fiance", "fiancee", "boyfriend", "girlfriend")

// metObjectGap reports whether "met" or "meet" at token i ends a relative
// clause on the people before its subject: "the teachers I have met over
// the years", "how many parents I met who would ...", "the families
// whom we meet": people met over time, no meeting told.
func (s *state) metObjectGap(i int) bool {
	j := i - 1
	// "anyone I have ever met": the auxiliary and adverbs between the
	// subject and the verb
	for n := 0; n < 2; n++ {
		switch s.lw(j) {
		case "have", "had", "ever", "personally", "all", "’ve", "'ve":
			j--
		}
	}
	subj := s.lw(j)
	for _, c := range []string{"’ve", "'ve", "’d", "'d"} {
		subj = strings.TrimSuffix(subj, c)
	}
	if subj != "i" && subj != "we" && subj != "you" && subj != "he" && subj != "she" && subj != "they" {
		return false
	}
	b := j - 1
	next := s.lw(i + 1)
	often := (next == "every" || next == "each") && everyUnits.has(s.lw(i+2))
	if s.lw(b) == "who" || s.lw(b) == "whom" || s.lw(b) == "that" && often {
		// "the people whom we met", "the young women that I meet every
		// day" (not "the delegation that she met in Geneva on 3 May");
		// "Izetbegovic, whom he met during a Friday visit" is a meeting
		// with the one named
		b--
	}
	before := s.lw(b)
	if !(isLowerWord(s.word(b)) && (peopleMet.has(before) || personSuffix(before)) && !metObjectEnds.has(before)) {
		return false
	}
	if often || everyoneMet.has(before) {
		// "every day": when, not whom; "everybody he met with equal
		// dignity": all one has met, whatever follows
		return true
	}
	if next == "with" || s.mentAt(i+1) != nil || s.capLike(i+1) || meetDeterminers.has(next) || personalPronouns.has(next) {
		return false
	}
	return true
}

// everyoneMet are the whole of those one has met: "everybody he met".
var everyoneMet = set("everyone", "everybody", "anyone", "anybody")

// everyUnits follow "every" or "each" to tell how often: "every day".
var everyUnits = set("year", "month", "week", "day", "quarter", "morning", "evening", "night", "time", "spring", "summer", "autumn", "fall", "winter")

// meetingRequired reports whether "to meet" at token i is what a rule
// requires of someone ("requiring a designee of agency leadership to meet
// with probationary employees"): an obligation, no meeting held.
func (s *state) meetingRequired(i int) bool {
	if s.lw(i-1) != "to" {
		return false
	}
	start := s.sentTok[s.sentOf[i]][0]
	for k := i - 2; k >= start && k >= i-10; k-- {
		switch s.lw(k) {
		case "require", "requires", "required", "requiring":
			return true
		}
		if s.toks[k].Kind == text.Punct && s.word(k) != "’" && s.word(k) != "'" {
			return false
		}
	}
	return false
}

// personSuffix reports whether a lower-case noun ends like one naming
// people: responders, activists, officials, participants, residents,
// trainees (a singular "labor", "sector" or "agent" is no one's).
func personSuffix(w string) bool {
	for _, suf := range []string{"ers", "ors", "ist", "ists", "ian", "ians", "ants", "ents", "ee", "ees", "als"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// peopleMet are words for the people or groups one meets that no
// suffix tells.
var peopleMet = set("people", "person", "persons", "folks", "families", "family", "friends", "friend",
	"children", "child", "kids", "youth", "women", "woman", "men", "man", "girls", "boys", "mothers",
	"fathers", "parents", "brother", "brothers", "sister", "sisters", "husband", "wife", "son", "daughter", "sons", "daughters", "spouse", "relatives",
	"staff", "staffs", "team", "teams", "crew", "crews", "personnel", "troops", "delegation", "delegations",
	"press", "public", "community", "communities", "counterpart", "counterparts", "leaders", "leader",
	"chiefs", "chief", "heads", "head", "king", "queen", "pope", "prime", "president", "minister",
	"cabinet", "board", "committee", "council", "group", "groups", "students", "veterans", "victims",
	"survivors", "citizens", "americans", "everyone", "anyone", "someone", "everybody", "anybody",
	"somebody", "all", "each", "both", "who", "whom", "those", "others", "other", "one", "ones",
	"union", "unions", "government", "governments", "allies", "partners", "members", "audience",
	"crowd", "guests", "hosts", "host", "official", "ambassador", "governor", "mayor", "senator",
	"director", "secretary", "member", "partner", "neighbor", "teacher", "worker", "farmer", "doctor",
	"officer", "owner", "envoy", "representative", "delegate", "participant", "resident", "student")

// meetingTimes are times a meeting is held at: "meet this week", "meet
// every month", "meet twice a year".
var meetingTimes = set("week", "weeks", "weekend", "month", "months", "year", "years", "day", "days",
	"morning", "afternoon", "evening", "night", "time", "times", "twice", "once", "again", "together",
	"today", "tomorrow", "tonight", "here", "there", "soon", "later", "face", "virtually", "quarterly",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// meetDeterminers open the object of "meet" without telling what it is.
var meetDeterminers = set("the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his",
	"her", "my", "your", "every", "any", "some", "many", "more", "most", "such", "and", "or", "of", "new",
	"existing", "least")

// metObjectEnds end the object of "meet": a preposition, a relative
// word, a verb of the next clause.
var metObjectEnds = set("with", "in", "at", "on", "to", "for", "by", "from", "during", "under", "through",
	"across", "as", "after", "before", "since", "until", "while", "when", "where", "which", "that", "so",
	"but", "than", "into", "over", "about", "around", "via", "is", "are", "was", "were", "will",
	"would", "can", "could", "should", "has", "have", "had", "who", "whom", "whose")

// callTold reports whether the story has told a call before the
// sentence of token i: a meeting whose word is "call" or "spoke" ("held a
// call with X", "spoke by phone with Y"), or a telephone conversation or
// call the rules read as no event ("had a telephone conversation with
// Yeltsin"), which "the call" may refer back to.
func (s *state) callTold(i int) bool {
	for _, e := range s.events {
		if e.typ == annals.Meeting && e.anchor < i {
			switch s.lw(e.anchor) {
			case "call", "spoke", "videoconference":
				return true
			}
		}
	}
	if s.callWordAt == 0 {
		s.callWordAt = s.firstCallWord() + 1
	}
	return s.callWordAt-1 < s.sentTok[s.sentOf[i]][0]
}

// firstCallWord returns the first token of the story that tells a call
// ("telephone", "conversation", "spoke with"), or the number of tokens
// when none does; callTold reads it once a story, so that many "the
// call" stay linear.
func (s *state) firstCallWord() int {
	for k := range s.toks {
		switch s.lw(k) {
		case "telephone", "phone", "conversation", "videoconference":
			return k
		case "call", "calls", "called", "spoke", "talked":
			if s.lw(k+1) == "with" {
				return k
			}
		}
	}
	return len(s.toks)
}

// envoyTo reports whether the session word at token i ends the name an
// envoy's office is held "to": "Representative of the United States to
// the 79th Session of the General Assembly", "Alternate Representatives
// to the Sessions".
func (s *state) envoyTo(i int) bool {
	start := s.sentTok[s.sentOf[i]][0]
	k := i - 1
	for k >= start && k >= i-4 && (s.capLike(k) || s.lw(k) == "the" || isOrdinal(s.lw(k)) || s.is(k, cOrdinalWords)) {
		k--
	}
	if s.lw(k) != "to" {
		return false
	}
	for j := k - 1; j >= start && j >= k-8; j-- {
		switch s.lw(j) {
		case "representative", "representatives", "delegate", "delegates":
			return text.IsCap(s.word(j))
		}
		if !(s.capLike(j) || s.lw(j) == "of" || s.lw(j) == "the" || s.word(j) == ".") {
			return false
		}
	}
	return false
}

// meetVerbs tell a meeting anew, with its own subject and counterpart.
var meetVerbs = set("met", "meet", "meets", "spoke")

// otherCounterparts reports whether meeting b, told after meeting a with a
// date or a place of its own, is another meeting: each told by a verb of
// meeting ("met with", "spoke with"), each naming a person the other does
// not. "President Moss met today with President Lula ..." and "President
// Moss today met with Prime Minister Lee ..." are two meetings of one day,
// not one with Lula and Lee; "In Peru, Moss met with X" and "In Chile, Moss
// met with Y" are two. Undated and told where, "Moss will meet with X, Y
// and Z" names who the meeting just told is with; but "She also met the
// Secretary General, Z" tells one more.
func (s *state) otherCounterparts(a, b *event) bool {
	if a.typ != annals.Meeting || b.typ != annals.Meeting || a.sent == b.sent || !s.is(a.anchor, cMeetVerbs) || !s.is(b.anchor, cMeetVerbs) {
		return false
	}
	if !b.explicit && !s.alsoMet(b.anchor) && (a.place == "" || b.place == "" || strings.EqualFold(a.place, b.place)) {
		return false
	}
	return personApart(a, b) && personApart(b, a)
}

// alsoMet reports whether "also" comes right before the verb of meeting at
// token k, or before its auxiliary: "She also met", "he will also meet".
func (s *state) alsoMet(k int) bool {
	return s.lw(k-1) == "also" || s.lw(k-2) == "also" && whereAuxiliaries.has(s.lw(k-1))
}

// sessionApart reports whether meeting b, a numbered session or meeting
// ("the fourth session of the Joint Commission"), is another meeting than
// a, told by a verb of meeting and with no number, that names a person b
// lacks: "Minister X was received by President Y" and "The two
// ministers co-chaired the fourth session of the Commission".
func (s *state) sessionApart(a, b *event) bool {
	if a.typ != annals.Meeting || b.typ != annals.Meeting || !s.numberedName(b.anchor) || s.numberedName(a.anchor) {
		return false
	}
	if w := s.lw(a.anchor); !s.is(a.anchor, cMeetVerbs) && w != "received" && w != "receives" {
		return false
	}
	return personApart(a, b)
}

// personApart reports whether event a has a person participant b lacks.
func personApart(a, b *event) bool {
	for _, p := range a.parts {
		if p.typ == annals.Person && !slices.Contains(b.parts, p) {
			return true
		}
	}
	return false
}

// receivesVisitor reports whether the object of "received" at token i is
// a person or a delegation: a person named (not in the possessive), an
// office in Title Case ("the Ambassador of Japan"), "a delegation".
func (s *state) receivesVisitor(i int) bool {
	k := i + 1
	// "Minister X was received by President Y": the host after "by",
	// the visitor before
	if s.lw(k) == "by" {
		if !s.passiveVisitor(i) {
			return false
		}
		k++
	}
	// "received at the General Secretariat in Jeddah today the new
	// Ambassador of X": where and when before whom
	if w := s.lw(k); w == "at" || w == "in" {
		for j := k + 1; j < len(s.toks) && j <= k+12 && s.toks[j].Kind != text.Punct; j++ {
			if w := s.lw(j); (w == "the" || w == "a") && s.visitorFrom(j+1) {
				return true
			}
		}
		return false
	}
	if s.lw(k) == "the" || s.lw(k) == "a" || s.lw(k) == "an" {
		k++
	}
	return s.visitorFrom(k)
}

// visitorFrom reports whether the words from token k, after their
// article, name whom one receives (see receivesVisitor).
func (s *state) visitorFrom(k int) bool {
	// "the new Ambassador", "the newly appointed Ambassador"
	for n := 0; n < 2 && receivedNew.has(s.lw(k)) && !text.IsCap(s.word(k)); n++ {
		k++
	}
	if w := s.lw(k); w == "delegation" || w == "delegations" {
		return true
	}
	// "received the Secretary of Defense Meritorious Civilian Service
	// Award", "the Robert C. Frasure Memorial Award", "the Training
	// Ribbon": a distinction named for an office or a person
	e := k
	for e < len(s.toks) && (s.capLike(e) || s.connectorAt(e) && s.capLike(e+1)) {
		e++
	}
	if e > k && distinctions.has(s.lw(e-1)) {
		return false
	}
	// (honorifics too: "received H.E. Mr. X", "received His Excellency
	// Ambassador X")
	j := k
	for j < len(s.toks) && j < k+6 && s.mentAt(j) == nil && s.visitorsAddress(j, k) {
		j++
	}
	if m := s.mentAt(j); m != nil && m.ent.typ == annals.Person {
		return !s.possessiveOf(m) && !s.capLike(m.b)
	}
	// "the Ambassador of Japan to Saudi Arabia, Fumio Iwai"
	return j > k && s.lw(j) == "of"
}

// receivedNew qualify an envoy received: "the new Ambassador", "the
// newly appointed Ambassador", "the outgoing Ambassador".
var receivedNew = set("new", "newly", "appointed", "newly-appointed", "outgoing", "visiting", "incoming")

// inDocumentName reports whether the capitalized word at token i ends a
// run of capitalized words and connectors that a document's head and
// "on" or "of" open:
// "Memorandum of Understanding on Political Consultations", "Agreement
// on Annual Talks".
func (s *state) inDocumentName(i int) bool {
	conn := false
	for k := i - 1; k >= 0 && i-k <= 8 && s.sentOf[k] == s.sentOf[i]; k-- {
		// (not "the Los Angeles Declaration Ministerial", a meeting
		// named for the text)
		if s.is(k, cDocumentHeads) && text.IsCap(s.word(k)) {
			return conn
		}
		conn = conn || s.lw(k) == "on" || s.lw(k) == "of"
		if !s.capLike(k) && !s.connectorAt(k) {
			return false
		}
	}
	return false
}

// passiveVisitor reports whether the participle at token i is in the
// passive after a visitor: a person, "he" or "she", a delegation or an
// office ("Minister X was received", "The delegation was warmly
// received"; not "The letters were received").
func (s *state) passiveVisitor(i int) bool {
	k := i - 1
	if strings.HasSuffix(s.lw(k), "ly") {
		k--
	}
	if !passiveAux.has(s.lw(k)) {
		return false
	}
	k--
	if w := s.lw(k); w == "has" || w == "have" || w == "had" || w == "will" {
		k--
	}
	if m := s.mentAt(k); m != nil {
		return m.ent.typ == annals.Person
	}
	w := s.lw(k)
	return w == "he" || w == "she" || w == "delegation" || w == "delegations" || s.is(k, cTitleHeads)
}

// visitorsAddress reports whether token j, in the words from token k
// that name whom one receives, is an office in Title Case or a form of
// address ("H.E. Mr.", "His Excellency", "Dr.").
func (s *state) visitorsAddress(j, k int) bool {
	if !text.IsCap(s.word(j)) {
		return s.word(j) == "." && j > k && s.is(j-1, cHonorifics)
	}
	if w := s.lw(j); (w == "his" || w == "her") && s.lw(j+1) == "excellency" {
		return true
	}
	return s.is(j, cTitleHeads) || s.is(j, cHonorifics)
}

// distinctions are what one receives and is named for a person or an
// office: "the Robert C. Frasure Memorial Award".
var distinctions = set("award", "awards", "medal", "medals", "ribbon", "ribbons", "prize", "prizes", "fellowship",
	"scholarship", "grant", "honor", "honour", "honors", "degree", "certificate", "citation", "commendation",
	"trophy", "cross", "star", "badge", "plaque", "lectureship", "chair")

// officeOfSession reports whether the session at token i names an office
// held for it: "President of its 78th session", "Vice-Chair of the first
// session of the Assembly".
func (s *state) officeOfSession(i int) bool {
	k := i - 1
	if isOrdinal(s.lw(k)) || s.is(k, cOrdinalWords) {
		k--
	}
	if w := s.lw(k); w == "the" || w == "its" || w == "their" || w == "this" {
		k--
	}
	return s.lw(k) == "of" && s.is(k-1, cTitleHeads)
}

// gatheringNameBefore returns the token of the capitalized gathering word
// ("Dialogue", "Forum", "Summit", "Conference", "Assembly") of the name
// that ends right before token i, its topic included ("the Strategic
// Dialogue on Peace and Security meeting"), or -1.
func (s *state) gatheringNameBefore(i int) int {
	start := s.sentTok[s.sentOf[i]][0]
	for k := i - 1; k >= start && k >= i-10; k-- {
		switch {
		case s.capLike(k):
			if text.IsCap(s.word(k)) && gatheringNameWords.has(s.lw(k)) {
				return k
			}
		case (s.lw(k) == "on" || s.lw(k) == "of" || s.lw(k) == "for" || s.lw(k) == "and" || s.lw(k) == "the") && s.capLike(k+1) || s.lw(k) == "the" && s.capLike(k+1):
		default:
			return -1
		}
	}
	return -1
}

// gatheringNameWords end the name of a gathering a meeting may be told
// of: "the Strategic Dialogue on AI meeting".
var gatheringNameWords = set("dialogue", "forum", "summit", "conference", "assembly", "symposium")

// sessionOfGathering reports whether the session at token i is one of a
// gathering named after it: "the third
// session of the Asia-Pacific Forum on Sustainable Development", "the
// 28th Session of the Conference of the Parties". A body's session stays
// a meeting ("the first session of the Assembly", "of the Committee").
func (s *state) sessionOfGathering(i int) bool {
	// (a numbered session: "the inaugural session of the Permanent Forum"
	// told in passing is no conference of the story's day)
	if p := s.lw(i - 1); !isOrdinal(p) && (!ordinalWords.has(p) || p == "annual" || p == "inaugural" || p == "biennial" || p == "triennial") {
		return false
	}
	k := s.ofComplement(i)
	if k < 0 {
		return false
	}
	for n := 0; k < len(s.toks) && n < 8 && s.sentOf[k] == s.sentOf[i]; n, k = n+1, k+1 {
		if !s.capLike(k) {
			return false
		}
		if w := s.lw(k); text.IsCap(s.word(k)) && (w == "forum" || w == "conference" || w == "summit" || w == "symposium") {
			return true
		}
	}
	return false
}

// metAtGathering reports whether the verb "met" at token i says only
// where its subject gathered: "The ministers met at the Fifth Session of
// the ASEAN Regional Forum", "Leaders met at the Summit". Not when
// someone is met ("met with X at the Summit", "met at the Summit with
// X"), nor beside a gathering ("met on the margins of the Summit").
func (s *state) metAtGathering(i int) bool {
	k := i + 1
	if w := s.lw(k); w != "at" && w != "during" {
		return false
	}
	k++
	if w := s.lw(k); w != "the" && w != "its" && w != "their" && w != "this" {
		return false
	}
	si := s.sentOf[i]
	for n := 0; k+1 < len(s.toks) && n < 10 && s.sentOf[k+1] == si; n++ {
		k++
		// ("the 12th Andean Ministerial Conference": an ordinal in
		// figures is a number token)
		if s.toks[k].Kind != text.Word && !isOrdinal(s.lw(k)) {
			return false
		}
		if t := triggers[s.lw(k)]; (t == annals.Conference || t == annals.Meeting) && s.lw(k) != "met" {
			break
		}
		if !s.capLike(k) && !isOrdinal(s.lw(k)) && !ordinalWords.has(s.lw(k)) && s.lw(k) != "of" && s.lw(k) != "the" {
			return false
		}
	}
	if t := triggers[s.lw(k)]; t != annals.Conference && t != annals.Meeting {
		return false
	}
	// "... with President X": a meeting of its own at the gathering
	for j := k + 1; j < len(s.toks) && j <= k+12 && s.sentOf[j] == si; j++ {
		if s.lw(j) == "with" {
			return false
		}
	}
	return true
}
