package extract

import (
	"strings"

	"annals"
	"annals/internal/text"
)

// Texts made public or agreed: a report or statement released, issued or
// published is a statement of whoever made it ("the IAEA's report was
// released", "the Council issued a statement"); a document, plan or
// roadmap "agreed to" is an agreement.

// reportNouns are what is released as a statement.
var reportNouns = set("report", "reports", "statement", "statements", "communique", "communiqué",
	"declaration", "findings", "assessment", "review")

// agreedTexts are the documents that are agreed: "the document agreed to".
var agreedTexts = set("document", "documents", "text", "texts", "plan", "roadmap", "road-map", "framework",
	"declaration", "principles", "arrangement", "arrangements", "conclusions", "communique", "communiqué")

// releasesAReport reports whether the verb at token i makes a report or
// statement public: its object within a few words ("released a report",
// "issued a joint statement"), or, in the passive, its subject ("a copy
// of the agency's report was released").
func (s *state) releasesAReport(i int) bool {
	if p := s.lw(i - 1); p == "the" || p == "a" || p == "an" || p == "recently" || p == "newly" {
		return false // "the published report": an adjective
	}
	for k := i + 1; k < len(s.toks) && k <= i+4; k++ {
		if s.is(k, cReportNouns) {
			return true
		}
		if s.toks[k].Kind == text.Punct {
			break
		}
	}
	if p := s.lw(i - 1); p != "was" && p != "were" && p != "been" {
		return false
	}
	start := s.sentTok[s.sentOf[i]][0]
	for k := max(start, i-10); k < i; k++ {
		if s.is(k, cReportNouns) {
			return true
		}
	}
	return false
}

// reportAuthor returns the organization whose report or statement the
// verb at token i releases, when the text names it as the report's owner:
// "the IAEA's upcoming report", "a report of the Commission", "a report
// by the WHO"; nil for any other verb.
func (s *state) reportAuthor(i int) *ent {
	w := s.lw(i)
	if (w != "released" && w != "issued" && w != "published") || !s.releasesAReport(i) {
		return nil
	}
	si := s.sentOf[i]
	a, b := s.sentTok[si][0], s.sentTok[si][1]
	for k := max(a, i-10); k < b && k <= i+5; k++ {
		if !s.is(k, cReportNouns) {
			continue
		}
		// the owner before the noun: "the IAEA's (upcoming) report"
		for j := k - 1; j >= a && j >= k-5; j-- {
			if m := s.mentionStarting(j); m != nil {
				if m.ent.typ == annals.Org && hasAnyPrefix(s.text[m.end:], "’s", "'s", "’ ", "' ") {
					return m.ent
				}
				break
			}
		}
		// or after it: "a report of/by/from the Commission"
		if n := s.lw(k + 1); n == "of" || n == "by" || n == "from" {
			j := k + 2
			if s.lw(j) == "the" {
				j++
			}
			if m := s.mentAt(j); m != nil && m.ent.typ == annals.Org {
				return m.ent
			}
		}
	}
	return nil
}

// mentionStarting returns the mention that starts at token k, also one
// that ends inside the token ("IAEA" of "IAEA's", which the token index
// does not hold).
func (s *state) mentionStarting(k int) *mention {
	if m := s.mentAt(k); m != nil {
		return m
	}
	if k < 0 || k >= len(s.toks) {
		return nil
	}
	off := s.toks[k].Start
	for _, e := range s.ents {
		for _, m := range e.ments {
			if m.start == off {
				return m
			}
		}
	}
	return nil
}

// complementUntil reports whether only the trigger's "of" complement
// naming a body stands between the trigger at i and the comma before j:
// "the Seventh Replenishment of the Global Fund, which ...".
func (s *state) complementUntil(i, j int) bool {
	k := s.ofComplement(i)
	if k < 0 {
		return false
	}
	m := s.mentAt(k)
	return m != nil && m.b == j-1 && s.word(j-1) == ","
}

// officeHeldAt reports whether the capitalized noun at token i ends the
// name of a body an office is held at: "Vice Chair of the Biden-Harris
// Campaign", "Director of the Andean Water Programme".
func (s *state) officeHeldAt(i int) bool {
	if !text.IsCap(s.word(i)) {
		return false
	}
	// back over the capitalized name, its lists and connectors ("the
	// Energy, Economics, and Security Program", "Labor for Veterans’
	// Employment and Training") to the office it follows
	for k := i - 1; k >= 0 && k >= i-12 && s.sentOf[k] == s.sentOf[i]; k-- {
		w := s.lw(k)
		if w == "of" || w == "at" || w == "for" {
			p := k - 1
			// "Co-Director of the Pediatric Malignancy Program"; "Member,
			// Council of the Administrative Conference of the United
			// States": an organ of a body
			if titleHeads.has(strings.TrimPrefix(s.lw(p), "co-")) || w != "for" && s.is(p, cOrganHeads) && text.IsCap(s.word(p)) {
				return true
			}
			if w == "at" {
				return false
			}
			continue
		}
		// "Sung Yeon Choimorrow, Executive Director, National Asian
		// Pacific American Women’s Forum": the office set off before the
		// body it is held at
		if s.word(k) == "," && s.capLike(k+1) && s.is(k-1, cTitleHeads) && text.IsCap(s.word(k-1)) {
			return true
		}
		if !(s.capLike(k) || s.word(k) == "-" || w == "the" || w == "and" || w == "&" || w == "’" || w == "'" || s.word(k) == "," && k+1 < i && (s.capLike(k+1) || s.lw(k+1) == "and")) {
			return false
		}
	}
	return false
}

// organHeads name the organs of a standing body: a conference or a forum
// with a council or a board is an organization, not a gathering.
var organHeads = set("council", "board", "secretariat", "bureau")

// adoptVerbs adopt a text (see adoptsAText).
var adoptVerbs = set("adopted", "adopts", "adopt", "approved", "approves", "passed")

// adopterOf returns the body that adopts the text at the adopt verb at
// token i: an organization named before the verb ("Parliament adopted",
// "MEPs also approved"), or, in the passive without one ("the regulation
// was adopted with 680 votes"), the body that adopted the last text the
// story told; nil when the verb adopts no text or no body is known. alone
// is true when the body is the text's only party worth naming.
func (s *state) adopterOf(i int) (e *ent, alone bool) {
	if !s.is(i, cAdoptVerbs) || !s.adoptsAText(i) {
		return nil, false
	}
	if e := s.namedSpeakerBefore(i); e != nil {
		if e.typ == annals.Org {
			return e, true
		}
		return nil, false
	}
	if p := s.lw(i - 1); p != "was" && p != "were" {
		return nil, false
	}
	for j := len(s.events) - 1; j >= 0; j-- {
		ev := s.events[j]
		if ev.anchor < i && s.is(ev.anchor, cAdoptVerbs) {
			if e := s.namedSpeakerBefore(ev.anchor); e != nil && e.typ == annals.Org {
				// in a sentence of its own the passive tells only of the
				// body ("Aviation safety: the regulation ... was adopted");
				// in the same sentence its other names stay
				return e, ev.sent != s.sentOf[i]
			}
		}
	}
	return nil, false
}

// proposers returns the organizations whose proposal the text adopted at
// token i is: "approved the Commission’s proposal".
func (s *state) proposers(i int) []*ent {
	var out []*ent
	end := s.sentTok[s.sentOf[i]][1]
	for k := i + 1; k < end && k <= i+5; k++ {
		m := s.mentionStarting(k)
		if m == nil || m.ent.typ != annals.Org {
			continue
		}
		if hasAnyPrefix(s.text[m.end:], "’s", "'s") {
			for n := m.b; n < end && n <= m.b+3; n++ {
				if w := s.lw(n); w == "proposal" || w == "proposals" || w == "draft" {
					out = append(out, m.ent)
					break
				}
			}
		}
		k = m.b - 1
	}
	return out
}

// sendsALetter reports whether the noun "letter" at token i is sent or
// written to someone: "sent a letter to President Bush", "wrote an open
// letter".
func (s *state) sendsALetter(i int) bool {
	j := i - 1
	switch s.lw(j) {
	case "open", "joint":
		j--
	}
	if d := s.lw(j); d != "a" && d != "an" || s.lw(i+1) == "of" {
		return false // "signed a Letter of Intent": an agreement
	}
	switch s.lw(j - 1) {
	case "sent", "send", "sends", "wrote", "write", "writes", "addressed":
		return true
	}
	return false
}

// votedOffices are what a vote gives: "voted in favor of X's chairmanship".
var votedOffices = set("chairmanship", "presidency", "candidacy", "election", "appointment", "nomination", "chair")

// votesForAnOffice reports whether the verb "voted" at token i votes for
// an office within a few words ("voted for her candidacy", "unanimously
// voted in favor of Kazakhstan's chairmanship").
func (s *state) votesForAnOffice(i int) bool {
	n := s.lw(i + 1)
	if n != "for" && n != "in" && n != "to" {
		return false
	}
	// "who we voted for in the last election": the preposition's object
	// went before
	if p := s.lw(i + 2); p == "in" || p == "at" || p == "on" || p == "by" || p == "with" {
		return false
	}
	for k := i + 2; k < len(s.toks) && k <= i+7; k++ {
		if s.is(k, cVotedOffices) {
			return true
		}
		if s.toks[k].Kind == text.Punct && s.word(k) != "’" && s.word(k) != "'" {
			return false
		}
	}
	return false
}

// fromASpeaker reports whether a statement noun at token i is said to
// come from a named organization, person or country within a few words:
// "warnings to Eritrea from the U.S. and the African Union".
func (s *state) fromASpeaker(i int) bool {
	end := s.sentTok[s.sentOf[i]][1]
	for k := i + 1; k < end && k <= i+5; k++ {
		if s.lw(k) != "from" && s.lw(k) != "by" {
			continue
		}
		j := k + 1
		if s.lw(j) == "the" {
			j++
		}
		m := s.mentAt(j)
		return m != nil && (m.ent.typ == annals.Org || m.ent.typ == annals.Person || m.ent.isCountry())
	}
	return false
}
