package extract

import (
	"annals"
	"annals/internal/text"
)

// Speeches: what an organization or a person says in public — remarks,
// speeches, addresses, lectures, statements, reports released, warnings.
// Statements told by other verbs ("condemned", "called on", "warned") are
// read by statementType (statements.go).
//
// The rule accepts a statement attributed to a named speaker ("Renamo has
// announced", "Ana Ruiz (S&D, DE) said", "the results were announced by
// the Elections Committee"), an address given ("addressed the General
// Assembly", "addressed the conference", "his keynote address"), "in a
// statement", a report or statement made public ("the Council issued a
// statement"), and warnings from a named speaker. It rejects a verb inside
// a quotation, "said" with no speaker named near it, "decisions that
// addressed problems", an address that is no speech ("the address of the
// office"), "free speech" and a warning from no one named.
var speechWords = []string{
	"remarks", "speech", "address", "addressed",
	"keynote", "lecture", "statement", "addresses",
	"says", "said", "announced", "announces", "declared", "stated",
	"released", "issued", "published", "warnings", "warning", "presentation",
}

// speechAt returns the event type the speech word w at token i signals in
// its context, or "".
func (s *state) speechAt(i int, w string) annals.EventType {
	t := annals.Speech
	next, prev := s.lw(i+1), s.lw(i-1)
	switch w {
	case "warnings", "warning":
		// "strong warnings to Eritrea from the U.S. and the African
		// Union": a statement of those who warn
		if !s.fromASpeaker(i) {
			return ""
		}
		return t
	case "released", "issued", "published":
		// a report or statement made public: "the IAEA's report was
		// released", "the Council issued a statement"
		if !s.releasesAReport(i) {
			return ""
		}
		return t
	case "says", "said", "announced", "announces", "declared", "stated":
		// a statement attributed to an organization or a person
		if s.inQuote[i] {
			return ""
		}
		if w == "announced" && s.announcedBefore(i) {
			return ""
		}
		// "IFAD today announced the appointment of X", "the Fund
		// announced a new programme": the event announced is the fact,
		// no speech beside it
		if (w == "announced" || w == "announces") && s.announcesAnEvent(i) {
			return ""
		}
		// "Renamo has announced", "Ana Ruiz (S&D, DE) said", "the results
		// were announced by the Elections Committee"
		if m := s.mentionBefore(i, 2); m == nil || (m.ent.typ != annals.Org && m.ent.typ != annals.Person) {
			if m := s.mentAt(i + 1); m == nil || m.ent.typ != annals.Person {
				if s.namedSpeakerBefore(i) == nil && s.speakerByAfter(i) == nil {
					return ""
				}
			}
		}
	case "addressed":
		// "addressed at the meeting", "addressed the General Assembly", not
		// "decisions that addressed problems"
		k := i + 1
		if next == "to" && passiveAux.has(prev) && isLowerWord(s.word(i+2)) && !s.is(i+2, cFunctionWords) && s.mentAt(i+2) == nil {
			// "a challenge that must be addressed to prevent ...": a
			// problem dealt with for a purpose, no one addressed
			return ""
		}
		if next == "at" || next == "to" {
			return t
		}
		if next == "the" || next == "a" {
			k++
		}
		if m := s.mentAt(k); m != nil && m.ent.typ == annals.Org {
			return t
		}
		for j := k; j < k+4 && j < len(s.toks); j++ {
			switch s.lw(j) {
			case "meeting", "conference", "summit", "session", "forum", "assembly", "audience", "participants", "delegates", "parliament", "gathering", "students", "nation", "congress", "council", "plenary":
				return t
			}
		}
		return ""
	case "address", "addresses":
		if !(prev == "an" || prev == "his" || prev == "her" || prev == "keynote" || prev == "farewell" || prev == "inaugural" || prev == "opening" || prev == "acceptance" || prev == "video" || prev == "televised") {
			return ""
		}
	case "presentation":
		// "gave an enlightening presentation on X", "a presentation by the
		// Agency's Director-General": a talk given (not "the presentation
		// of credentials", "made presentations around the world")
		if !s.presentationGiven(i) {
			return ""
		}
	case "remarks":
		// "[Remarks, 3/21/23]": a source cited, no speech told
		if (prev == "[" || prev == "(") && next == "," {
			return ""
		}
	case "speech":
		// "free speech", "hate speech", "censor political speech": speaking
		// in general, no speech given ("a political speech" is one)
		if prev == "free" || prev == "hate" || prev == "political" && !s.is(i-2, cBackDeterminers) && s.lw(i-2) != "a" {
			return ""
		}
		// "antisemitic speech and intimidation", "violent and threatening
		// speech is not protected", "efforts to control speech": speech
		// of a kind, or speech ruled; "a pediatric speech and language
		// pathologist", "speech therapy": the faculty
		if speechKinds.has(prev) || speechRuled.has(prev) || speechFaculty.has(next) || next == "and" && s.lw(i+2) == "language" {
			return ""
		}
	case "statement":
		// a statement attributed to someone: "in a statement", "her opening statement"
		if !(prev == "a" || prev == "joint" || prev == "opening" || prev == "closing" || prev == "his" || prev == "her" || prev == "written") {
			return ""
		}
	}
	return s.notANameWord(i, t)
}

// addressedGathering reports whether the trigger at token j names the
// gathering the verb of address at token i takes as its object: "Minister
// X addressed the Nordic Security Summit in Oslo on 4 March" is a speech
// of the summit's day, the date the summit's name stands nearer to.
func (s *state) addressedGathering(i, j int) bool {
	switch s.lw(i) {
	case "addressed", "addresses", "addressing":
	default:
		return false
	}
	if j <= i+1 || j-i > 10 || triggers[s.lw(j)] != annals.Conference && triggers[s.lw(j)] != annals.Meeting {
		return false
	}
	for k := i + 1; k < j; k++ {
		if w := s.word(k); s.toks[k].Kind == text.Punct && w != "-" && w != "–" && w != "’" && w != "'" {
			return false
		}
	}
	return true
}

// presentationGiven reports whether "presentation" at token i is a talk
// given by someone: after a verb of giving, a determiner and words in
// lower case between ("gave an enlightening presentation", "delivered a
// presentation"), or before "by" and a person or a body ("a presentation
// by the Agency's Director-General"). Not "the presentation of the
// shamrocks": a thing handed over.
func (s *state) presentationGiven(i int) bool {
	if s.lw(i+1) == "of" {
		return false
	}
	if s.lw(i+1) == "by" {
		end := s.sentTok[s.sentOf[i]][1]
		for j := i + 2; j < end && j <= i+7; j++ {
			if m := s.mentAt(j); m != nil && (m.ent.typ == annals.Person || m.ent.typ == annals.Org) {
				return true
			}
			if s.toks[j].Kind == text.Punct && s.word(j) != "’" && s.word(j) != "'" {
				return false
			}
		}
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		w := s.lw(k)
		if talkVerbs.has(w) {
			return true
		}
		if !isLowerWord(s.word(k)) || s.is(k, cFunctionWords) && w != "a" && w != "an" && w != "the" {
			return false
		}
	}
	return false
}

// talkVerbs give a talk: "gave a presentation".
var talkVerbs = set("gave", "give", "gives", "giving", "given", "delivered", "deliver", "delivers", "delivering",
	"made", "make", "makes", "making")

// speechTopicHolds reports whether token k stands in the topic of the
// address or statement noun at token i, an "on" or "about" phrase right
// after it: "gave a presentation on current issues in Pakistan", "a
// statement on the situation in Sudan" tell what was spoken of, not
// where.
//
// (the noun may follow the verb that is the trigger: "issued a statement
// on the situation in Sudan")
func (s *state) speechTopicHolds(i, k int) bool {
	n := -1
	for x := i; x < k && x <= i+3; x++ {
		if spokenAddresses.has(s.lw(x)) || writtenStatements.has(s.lw(x)) {
			n = x
			break
		}
		if x > i && !isLowerWord(s.word(x)) {
			return false
		}
	}
	if n < 0 || s.lw(n+1) != "on" && s.lw(n+1) != "about" || k-n > 12 {
		return false
	}
	for x := n + 2; x < k; x++ {
		if w := s.word(x); s.toks[x].Kind == text.Punct && w != "-" && w != "’" && w != "'" || s.verbBetween(x, x+1) {
			return false
		}
	}
	return true
}

// sameSpeaker reports whether two statements have the same first
// participant, their speaker: what one person says across a story with no
// other date is one statement.
func (s *state) sameSpeaker(a, b *event) bool {
	sa, sb := s.speakerOf(a), s.speakerOf(b)
	return sa != nil && sb != nil && s.resolveEnt(sa) == s.resolveEnt(sb)
}

// otherSpeakers reports whether two statements are each made by a person
// named right before the verb, and the two differ: "Rapporteur Ana Ruiz
// said ..." and "Rapporteur Paul Weiss stressed ..." are two statements.
func (s *state) otherSpeakers(a, b *event) bool {
	if a.typ != annals.Speech || b.typ != annals.Speech {
		return false
	}
	sa, sb := s.apposedSpeaker(a.anchor), s.apposedSpeaker(b.anchor)
	return sa != nil && sb != nil && sa.typ == annals.Person && sb.typ == annals.Person && s.resolveEnt(sa) != s.resolveEnt(sb)
}

// apposedSpeaker returns the person named right before the speech verb at
// token i (namedSpeakerBefore), else the one person its sentence names
// before it, set off by an apposition: "Ambassador X, the former High
// Representative for the Alliance, delivered the keynote", "The newly
// appointed Executive Director of UNICEF, Y, addressed the forum".
func (s *state) apposedSpeaker(i int) *ent {
	if sp := s.namedSpeakerBefore(i); sp != nil && sp.typ == annals.Person {
		return sp
	}
	// the comma closing the apposition, before the verb ("delivered the
	// keynote": the noun may be the trigger)
	start := s.sentTok[s.sentOf[i]][0]
	c := i - 1
	for c > start && c >= i-4 && s.word(c) != "," && isLowerWord(s.word(c)) {
		c--
	}
	if s.word(c) != "," {
		return nil
	}
	var sole *ent
	for k := start; k < c; k++ {
		m := s.mentAt(k)
		if m == nil || m.a != k || m.ent.typ != annals.Person {
			continue
		}
		if sole != nil && s.resolveEnt(sole) != s.resolveEnt(m.ent) {
			return nil
		}
		sole = m.ent
	}
	return sole
}

// speakerOf returns who makes a statement: the name right before its verb
// ("EP rapporteur Ana Ruiz (S&D, DE) said"), else its first participant.
func (s *state) speakerOf(e *event) *ent {
	if sp := s.namedSpeakerBefore(e.anchor); sp != nil {
		return sp
	}
	if len(e.parts) > 0 {
		return e.parts[0]
	}
	return nil
}

// announcedBefore reports whether "announced" at token i describes a thing
// by the announcement that made it known before ("the steps that the
// Council announced earlier this year", "this donation, which President
// Biden announced yesterday", "to expand our Resilience Initiative
// announced last September", "the agreement announced by the Council"):
// the clause looks back at an earlier announcement and tells no new one.
// The verb's object is the noun before it, so no object follows it: only a
// time, an occasion or the end of the clause ("the Council that announced
// new steps", "said the Council announced today that ..." are statements).
func (s *state) announcedBefore(i int) bool {
	start := s.sentTok[s.sentOf[i]][0]
	if !s.objectGapAfter(i) {
		return false
	}
	// an object relative clause: "the steps that/which SPEAKER announced"
	for k := i - 1; k > start && k >= i-10; k-- {
		if m := s.mentAt(k); m != nil {
			k = m.a
			continue
		}
		w := s.lw(k)
		if w == "that" || w == "which" {
			if k == i-1 {
				return false // "the Council that announced": its subject spoke
			}
			p := s.lw(k - 1)
			return w == "which" || p != "" && s.toks[k-1].Kind == text.Word && !reportVerbs.has(p) && !statementVerbs.has(p) && !pointVerbs.has(p)
		}
		if speakerSkip.has(w) || w == "the" || text.IsCap(s.word(k)) && s.toks[k].Kind == text.Word {
			continue
		}
		break
	}
	// a reduced relative: "VERB/PREP [the|our ...] NOUN announced ...",
	// the noun announced standing in another clause's object
	if i-1 <= start || s.toks[i-1].Kind != text.Word || s.is(i-1, cSpeakerSkip) {
		return false
	}
	for k := i - 1; k > start && k >= i-10; k-- {
		if m := s.mentAt(k); m != nil {
			if m.ent.typ == annals.Person {
				return false // "Mr. Ban announced yesterday"
			}
			k = m.a
			continue
		}
		if s.toks[k].Kind != text.Word {
			return false
		}
		if w := s.lw(k); relativeDeterminers.has(w) {
			p := s.lw(k - 1)
			return k-1 >= start && s.toks[k-1].Kind == text.Word && s.word(k-1) == p && !clauseJoiners.has(p) && !reportVerbs.has(p) && s.dateAt(k-1) < 0
		}
	}
	return false
}

// relativeDeterminers open the noun phrase a reduced relative clause
// describes ("our Initiative announced last September").
var relativeDeterminers = set("the", "our", "its", "their", "his", "her", "this", "these", "those", "a", "an", "new")

// clauseJoiners before a noun phrase make it a clause's subject ("and the
// Council announced"), not another clause's object.
var clauseJoiners = set("and", "but", "or", "while", "as", "when", "after", "before", "that", "because", "since", "then", "also", "today", "yesterday", "now", "where", "whereas", "if", "so")

// objectGapAfter reports whether no object follows the verb at token i:
// the clause ends, or a time, an occasion or an agent follows ("announced
// earlier this year", "announced last September.", "announced at the
// summit", "announced by the Council"), with no "that" clause after it.
func (s *state) objectGapAfter(i int) bool {
	end := s.sentTok[s.sentOf[i]][1]
	k := i + 1
	if k >= end || s.toks[k].Kind != text.Word {
		return true
	}
	switch s.lw(k) {
	case "earlier", "last", "yesterday", "today", "this", "recently", "previously", "in", "at", "on", "during", "by", "before", "ago":
	default:
		if s.dateAt(k) < 0 {
			return false
		}
	}
	for ; k < end && k <= i+12; k++ {
		if s.toks[k].Kind != text.Word {
			return true
		}
		if w := s.lw(k); w == "that" || w == "plans" || w == "its" || w == "his" || w == "her" || w == "their" {
			return false
		}
	}
	return true
}

// passiveAux make the participle after them passive: "must be addressed".
var passiveAux = set("be", "been", "being", "is", "are", "was", "were")

// speechKinds are kinds of speech in general, no speech given: "hateful
// speech", "threatening speech".
var speechKinds = set("hateful", "antisemitic", "islamophobic", "racist", "threatening", "violent", "protected", "unprotected",
	"extremist", "offensive", "harmful", "dangerous", "commercial", "online", "pediatric", "lawful", "unlawful", "obscene")

// speechRuled are verbs that rule speech in general: "to control speech".
var speechRuled = set("control", "controls", "controlling", "censor", "censors", "censoring", "censored", "suppress",
	"suppressing", "suppressed", "restrict", "restricting", "regulate", "regulating", "silence", "silencing", "chill", "chilling")

// speechFaculty are nouns "speech" qualifies as a faculty: "speech
// therapy", "speech pathologist", "for the hearing and speech impaired".
var speechFaculty = set("therapy", "therapist", "therapists", "pathologist", "pathologists", "pathology", "impairment",
	"impairments", "recognition", "disorder", "disorders", "language-pathologist", "impaired", "disabled",
	"disability", "disabilities", "delay", "delays")

// announcesAnEvent reports whether the object of "announced" at token i is
// the noun of another event: "announced the appointment of", "announced a
// new programme for farmers", "announces the launch of the campaign".
func (s *state) announcesAnEvent(i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+5; k++ {
		w := s.lw(k)
		if t := triggers[w]; t != "" && t != annals.Speech && s.is(k, cEventNouns) {
			return true
		}
		if w == "launch" && s.lw(k+1) == "of" {
			continue
		}
		// (a clause told is a statement: "announced it will provide
		// training", "announced that")
		if s.toks[k].Kind != text.Word || !isLowerWord(s.word(k)) || s.mentAt(k) != nil || w == "that" || w == "plans" || w == "plan" || w == "to" ||
			w == "its" && k > i+1 || s.is(k, cPersonalPronouns) || s.is(k, cAuxiliaries) || w == "will" || w == "would" || w == "it" ||
			// (nor the setting of the telling: "announced the funding in
			// a visit to the College")
			settingPreps.has(w) || w == "for" || w == "with" || w == "by" {
			return false
		}
	}
	return false
}
