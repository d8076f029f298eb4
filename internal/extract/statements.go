package extract

import (
	"strings"

	"annals"
	"annals/internal/text"
)

// Statements: a speech event is any statement an organization, a country
// or a person makes, not only what they "said". The verbs below tell one
// when their subject is such a speaker: "The African Union condemned the
// takeover", "the Secretary-General praised the guards", "Ministers
// reiterated their support", "Renamo has announced that ...".

// statementVerbs tell a statement of their subject.
var statementVerbs = set(
	"condemned", "condemns", "condemn", "denounced", "denounces", "deplored", "deplores",
	"warned", "warns", "urged", "urges", "rejected", "rejects", "criticized", "criticised",
	"criticizes", "told", "vowed", "vows", "called", "calls", "claimed", "claims", "insisted",
	"insists", "declared", "stated", "according", "joined", "joins", "added", "adds",
)

// chorusNouns, after "joined" or "added", make a statement of joining
// others': "joined the public condemnation", "added its voice to".
var chorusNouns = set("condemnation", "condemnations", "voice", "voices", "chorus", "criticism", "calls", "appeal", "appeals")

// In a readout the points a participant made in a meeting ("Mr. Sullivan
// reaffirmed the commitment", "she praised the steps taken", "He also
// noted ...") are what the meeting discussed, not statements of their own:
// reaffirmed, stressed, emphasized, noted, praised, welcomed and expressed
// make no speech event.

// speakerSkip are the words that may stand between a speaker and its
// statement verb: auxiliaries and adverbs ("has also strongly condemned",
// "have come together to condemn").
var speakerSkip = set("has", "have", "had", "also", "strongly", "publicly", "repeatedly", "again",
	"today", "yesterday", "firmly", "jointly", "immediately", "further", "swiftly", "quickly",
	"unequivocally", "sharply", "officially", "formally", "both", "all", "together", "come", "came",
	"to", "in", "turn", "subsequently", "later", "then", "once", "been", "was", "were", "is", "are",
	"would", "will", "did", "does", "not", "only")

// speakerBodyNouns follow a name as its lower-case head: "the Renamo
// party", "the Kenyan government", "the Andean delegation".
var speakerBodyNouns = set("party", "government", "delegation", "administration", "movement", "coalition", "bloc", "group")

// pointVerbs tell a point made: a statement of its own, unless the
// speaker makes it in a meeting the story has told (a readout's "Mr.
// Sullivan reaffirmed the commitment" is what the meeting discussed).
var pointVerbs = set("praised", "praises", "welcomed", "welcomes", "reaffirmed", "reaffirms",
	"stressed", "stresses", "emphasized", "emphasised", "emphasizes", "noted", "expressed", "expresses",
	"commended", "commends", "hailed", "hails", "lauded", "lauds", "underlined", "underlines")

// statementAt reports whether the statement verb at token i tells a
// statement of a speaker the story names.
func (s *state) statementAt(i int) bool {
	if s.inQuote[i] || s.negatedOrConditional(i) {
		return false
	}
	if s.is(i, cPointVerbs) {
		if n := s.lw(i + 1); n == "in" || n == "back" || n == "home" {
			return false // "welcomed in 8,000 refugees"
		}
		sp := s.speakerBefore(i)
		if sp == nil || s.inMeetingTold(sp) || s.partnerInMeetingTold(i) {
			return false
		}
	}
	w, next := s.lw(i), s.lw(i+1)
	switch w {
	case "according":
		// "According to the UNHCR, there are ...": the source speaks
		if next != "to" {
			return false
		}
		m := s.mentAt(i + 2)
		if m == nil && s.lw(i+2) == "the" {
			m = s.mentAt(i + 3)
		}
		return m != nil && (m.ent.typ == annals.Org || m.ent.typ == annals.Person)
	case "called", "calls":
		if next != "on" && next != "upon" && next != "for" {
			return false
		}
	case "joined", "joins", "added", "adds":
		// "has joined the public condemnation", "added its voice to"
		ok := false
		for k := i + 1; k < len(s.toks) && k <= i+4; k++ {
			if s.is(k, cChorusNouns) {
				ok = true
				break
			}
			if s.toks[k].Kind == text.Punct {
				break
			}
		}
		if !ok {
			return false
		}
	case "claimed", "claims":
		// "claimed victory", not "claims for compensation"
		if next != "victory" && next != "that" && next != "responsibility" {
			return false
		}
	case "expressed", "expresses":
		// "expressed concern/support/condolences": an object follows
		if next == "by" || next == "in" {
			return false
		}
	case "noted", "stated", "declared", "affirmed", "acknowledged":
		// passive or attributive uses ("as noted above", "the stated aim")
		if p := s.lw(i - 1); p == "as" || p == "the" || p == "was" || p == "were" || p == "be" || p == "been" {
			return false
		}
	}
	if p := s.lw(i - 1); p == "be" || p == "being" || passiveBe.has(p) && strings.HasSuffix(s.lw(i), "ed") ||
		praiseAdverbs.has(p) && s.is(i-2, cPassiveBe) && strings.HasSuffix(s.lw(i), "ed") {
		// "should be condemned": no speaker; "She has been commended for
		// her loyalty", "The Council was widely praised", "Peru was urged
		// to": the subject is the one spoken of, or to, not the speaker
		return false
	}
	return s.speakerBefore(i) != nil
}

// partnerInMeetingTold reports whether the verb at token i has two
// people for its subject, "X and Y", and the first took part in a
// meeting, visit or conference the story has told: "Secretary of State X
// and Foreign Minister Y today reaffirmed ..." after X's visit is what the
// two said there, as when X alone reaffirms.
func (s *state) partnerInMeetingTold(i int) bool {
	start := s.sentTok[s.sentOf[i]][0]
	k := i - 1
	for k >= start && k >= i-4 && s.mentAt(k) == nil && speakerSkip.has(s.lw(k)) {
		k--
	}
	m := s.mentAt(k)
	if m == nil || m.ent.typ != annals.Person {
		return false
	}
	// the second one's office: "and Foreign Minister Y"
	j := m.a - 1
	for j >= start && j >= m.a-6 && s.mentAt(j) == nil && (text.IsCap(s.word(j)) || s.lw(j) == "of") {
		j--
	}
	if s.lw(j) != "and" {
		return false
	}
	p := s.mentAt(j - 1)
	return p != nil && p.ent.typ == annals.Person && s.inMeetingTold(p.ent)
}

// passiveBe are the forms of "be" before a participle in the passive.
var passiveBe = set("is", "are", "was", "were", "been")

// praiseAdverbs may stand between "be" and its participle: "was widely
// praised", "has been repeatedly criticized".
var praiseAdverbs = set("widely", "repeatedly", "also", "strongly", "publicly", "roundly", "sharply", "often", "universally", "highly")

// speakerBefore returns the speaker of the verb at token i: an
// organization, a person or a country named just before it, past
// auxiliaries and adverbs, or "He"/"She" opening the clause for the person
// last named.
func (s *state) speakerBefore(i int) *ent {
	si := s.sentOf[i]
	start := s.sentTok[si][0]
	for k := i - 1; k >= start && k >= i-8; k-- {
		// an affiliation in parentheses between the speaker and the verb:
		// "Ana Ruiz (S&D, DE) said", "Senator Ortiz (D-MD) warned"
		if s.word(k) == ")" {
			if o := s.openParen(k, start); o > start {
				k = o - 1
			}
		}
		if m := s.mentAt(k); m != nil {
			switch {
			case m.ent.typ == annals.Org || m.ent.typ == annals.Person:
				return m.ent
			case m.ent.isCountry() && !isLocative(s.lw(m.a-1)):
				return m.ent
			}
			return nil
		}
		w := s.lw(k)
		if (w == "he" || w == "she") && (k == start || s.toks[k-1].Kind == text.Punct) {
			if m := s.openingPronounPerson(k); m != nil {
				return m.ent
			}
			return nil
		}
		if speakerBodyNouns.has(w) && s.mentAt(k-1) != nil {
			// "the opposition Renamo party has announced": the body named
			// just before its lower-case head noun speaks
			continue
		}
		if !speakerSkip.has(w) && s.toks[k].Kind == text.Word {
			return nil
		}
		if s.toks[k].Kind == text.Punct && w != "," {
			return nil
		}
	}
	return nil
}

// statementType is Speech when the verb at token i tells a statement.
func (s *state) statementType(i int) annals.EventType {
	// "He hails from Redding, Connecticut": where one comes from
	if w := s.lw(i); (w == "hails" || w == "hailed" || w == "hail") && s.lw(i+1) == "from" {
		return ""
	}
	if (s.is(i, cStatementVerbs) || s.is(i, cPointVerbs)) && s.statementAt(i) {
		return annals.Speech
	}
	return ""
}

// inMeetingTold reports whether e takes part in a meeting, visit or
// conference the story has told already.
func (s *state) inMeetingTold(e *ent) bool {
	e = s.resolveEnt(e)
	for _, ev := range s.events {
		if ev.typ != annals.Meeting && ev.typ != annals.Visit && ev.typ != annals.Conference {
			continue
		}
		for _, p := range ev.parts {
			if s.resolveEnt(p) == e {
				return true
			}
		}
	}
	return false
}

// openParen returns the index of the "(" that the ")" at token k closes,
// looking back at most 8 tokens and not before start; -1 if none.
func (s *state) openParen(k, start int) int {
	for j := k - 1; j >= start && j >= k-8; j-- {
		switch s.word(j) {
		case "(":
			return j
		case ")":
			return -1
		}
	}
	return -1
}

// speakerByAfter returns the speaker of a passive statement verb at token
// i, named after "by" within a few words: "the results were announced
// yesterday by the National Elections Committee".
func (s *state) speakerByAfter(i int) *ent {
	if p := s.lw(i - 1); p != "was" && p != "were" && p != "been" && p != "officially" && p != "formally" && p != "jointly" {
		return nil
	}
	end := s.sentTok[s.sentOf[i]][1]
	for k := i + 1; k < end && k <= i+4; k++ {
		if s.lw(k) != "by" {
			continue
		}
		for j := k + 1; j < end && j <= k+5; j++ {
			if m := s.mentAt(j); m != nil {
				if m.ent.typ == annals.Org || m.ent.typ == annals.Person {
					return m.ent
				}
				if !m.ent.isCountry() || s.lw(m.b) != "’s" && s.lw(m.b) != "'s" {
					return nil
				}
				j = m.b
			}
		}
		return nil
	}
	return nil
}

// namedSpeakerBefore returns the organization or person named right
// before the verb at token i, past auxiliaries and adverbs ("Renamo has
// officially announced"), an affiliation in parentheses ("Ana Ruiz (S&D,
// DE) said") or a lower-case head ("the Renamo party has announced"); not
// a pronoun and not across a comma.
func (s *state) namedSpeakerBefore(i int) *ent {
	start := s.sentTok[s.sentOf[i]][0]
	for k := i - 1; k >= start && k >= i-8; k-- {
		if s.word(k) == ")" {
			if o := s.openParen(k, start); o > start {
				k = o - 1
			}
		}
		if m := s.mentAt(k); m != nil {
			if m.ent.typ == annals.Org || m.ent.typ == annals.Person {
				return m.ent
			}
			return nil
		}
		w := s.lw(k)
		if speakerBodyNouns.has(w) && s.mentAt(k-1) != nil {
			continue
		}
		if !speakerSkip.has(w) || s.toks[k].Kind != text.Word {
			return nil
		}
	}
	return nil
}
