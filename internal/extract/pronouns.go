package extract

import "annals"

// This file reads who a "he" or "she" stands for when the nearest names do
// not say it: the story's last person subject whose gender the story tells
// (a title or "Mr."/"Ms.", or a pronoun that stood for them before), not
// the last person named.

// pronounGender is the gender a subject pronoun tells.
var pronounGender = map[string]string{"he": "m", "she": "f"}

// genderTitles are titles before a name that tell a gender.
var genderTitles = map[string]string{
	"king": "m", "queen": "f", "prince": "m", "princess": "f", "pope": "m",
	"emir": "m", "sultan": "m", "duke": "m", "duchess": "f", "lord": "m",
	"baroness": "f", "countess": "f", "empress": "f", "emperor": "m",
}

// genderOf returns the gender the story tells of person e: "m", "f" or ""
// (not told, or told both ways).
func (s *state) genderOf(e *ent) string {
	if s.genders == nil {
		s.readGenders()
	}
	return s.genders[s.resolveEnt(e)]
}

// readGenders reads the gender of each person the story tells one of: an
// honorific or a gendered title before a mention ("Ms. Sorensen", "King
// Abdullah II"), or a "He"/"She" opening a sentence that stands for them
// as the subject of the sentence right before (personSubjectBefore). A
// person told both ways gets none.
func (s *state) readGenders() {
	s.genders = map[*ent]string{}
	tell := func(e *ent, g string) {
		e = s.resolveEnt(e)
		if old, ok := s.genders[e]; ok && old != g {
			g = ""
		}
		s.genders[e] = g
	}
	for _, e := range s.ents {
		if e.typ != annals.Person {
			continue
		}
		if g := s.honorificGender(e); g != "" {
			tell(e, g)
			continue
		}
		for _, m := range e.ments {
			if g := genderTitles[s.lw(m.a-1)]; g != "" {
				tell(e, g)
				break
			}
		}
	}
	for si := range s.sentTok {
		a := s.sentTok[si][0]
		if w := s.word(a); w != "He" && w != "She" {
			continue
		}
		// only from the sentence right before, in the same paragraph:
		// one further back may be the last person a story names before
		// one it names by an office alone ("The Vice President's tour
		// ... She has made 35 trips")
		if m := s.personSubjectBefore(a); m != nil && s.sentOf[m.a] == si-1 && !s.paraBreak(m.a, a) {
			tell(m.ent, pronounGender[s.lw(a)])
		}
	}
}

// lastSubjectOf returns the person subject of the nearest sentence before
// token k's (up to twelve back, across paragraphs) whom the story tells
// of the gender of the pronoun at k: "Ms. Sorensen arrived in Astana. ...
// Mr. Kulubaev thanked her. She also visited Osh" is Sorensen's. A
// sentence opening with a pronoun passes on to the one before; a subject
// of another or no told gender is passed over. Nil when there is none, or
// when a sentence between names one by an office and no one by name
// ("The President took bold action").
func (s *state) lastSubjectOf(k int) *mention {
	g := pronounGender[s.lw(k)]
	if g == "" {
		return nil
	}
	si := s.sentOf[k]
	for back := 1; back <= 12 && si-back >= 0; back++ {
		pa, pb := s.sentTok[si-back][0], s.sentTok[si-back][1]
		office, named := false, false
		for j := pa; j < pb && j < pa+12 && !named; j++ {
			if m := s.mentAt(j); m != nil && m.a == j && m.ent.typ == annals.Person {
				if s.prepObject(m) {
					j = m.b - 1
					continue
				}
				if s.genderOf(m.ent) == g {
					return m
				}
				named = true
			}
			if w := s.lw(j); w == "he" || w == "she" {
				named = true
			}
			office = office || s.officeAlone(j)
		}
		if office && !named {
			// "The President took bold action. ... he called on ...":
			// the one named by an office alone
			return nil
		}
	}
	return nil
}

// officeAlone reports whether token k opens an office: "the President",
// "The Vice President's tour", "the minister".
func (s *state) officeAlone(k int) bool {
	return s.lw(k) == "the" && (s.capTitleWord(k+1) || titleHeads.has(s.lw(k+1)))
}

// frontedPronounPerson returns the person the "he" or "she" after a
// fronted phrase at token k stands for: the one named before it in its
// paragraph (pronounPerson), else the story's last person subject of its
// gender (lastSubjectOf: "... Ms. Sorensen arrived in Astana.\n\nIn
// Bishkek, she held talks with ...").
func (s *state) frontedPronounPerson(k int) *mention {
	if m := s.pronounPerson(k); m != nil {
		return m
	}
	return s.lastSubjectOf(k)
}

// openingPronounOf returns the person a "He" or "She" opening a sentence
// at token k takes part for: the one openingPronounPerson gives, unless
// the story tells that one of the other gender ("Mr. Y thanked the
// minister. She also visited ..."): then the story's last subject of the
// pronoun's gender (lastSubjectOf), or no one. (A statement's speaker
// stays openingPronounPerson's: "he called on" tells a statement whoever
// "he" is.)
func (s *state) openingPronounOf(k int) *mention {
	m := s.openingPronounPerson(k)
	if m != nil && s.genderOf(m.ent) == otherGender[s.lw(k)] {
		return s.lastSubjectOf(k)
	}
	return m
}

// setOffObject reports whether the person of mention m is named, set off
// by a comma, after a description that is the object of a preposition or
// of a verb of meeting: "met with her Polish counterpart, Y", "held talks
// with the Foreign Minister of Peru, Y". The one met is not the "he" or
// "she" of a sentence after ("... On Tuesday she also met ..." is the
// visitor's).
func (s *state) setOffObject(m *mention) bool {
	q := m.a - 1
	if s.word(q) != "," {
		return false
	}
	st := s.sentTok[s.sentOf[m.a]][0]
	q--
	if c := s.mentAt(q); c != nil && c.ent.isCountry() && s.lw(c.a-1) == "of" {
		// "the Foreign Minister of Hungary, Y"
		q = c.a - 2
	}
	described := false
	for ; q >= st && q >= m.a-10; q-- {
		w := s.lw(q)
		switch {
		case otherSideNouns.has(w) || s.capTitleWord(q):
			described = true
		case w == "his" || w == "her" || w == "their" || w == "the" || w == "its" || s.capLike(q) && s.mentAt(q) == nil:
		default:
			return described && (s.is(q, cObjectPreps) || s.is(q, cMeetingVerbs))
		}
	}
	return false
}
