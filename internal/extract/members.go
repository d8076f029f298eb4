package extract

import "annals"

// Membership: a state that joins a body accedes to its founding treaty,
// an agreement ("welcome Finland as NATO's 31st Ally", "Croatia joined the
// Union as its 28th member state"). Joining a call, a condemnation or a
// meeting is no membership: the object is followed by "as" and a word of
// membership.

// memberWords name a place in a body.
var memberWords = set("member", "members", "ally", "allies", "party", "parties", "signatory", "state")

// welcomesAMember reports whether the verb at token i ("welcome",
// "joined") takes a state or body as its object followed by "as" and a
// membership within a few words.
func (s *state) welcomesAMember(i int) bool {
	return s.newMember(i) != nil
}

// newMember returns the state or body that the verb at token i welcomes
// as a member (see welcomesAMember), or nil.
func (s *state) newMember(i int) *ent {
	k := i + 1
	if s.lw(k) == "the" {
		k++
	}
	m := s.mentAt(k)
	if m == nil || !(m.ent.isCountry() || m.ent.typ == annals.Org) {
		return nil
	}
	if s.lw(m.b) != "as" {
		return nil
	}
	for j := m.b + 1; j < len(s.toks) && j <= m.b+6; j++ {
		if s.is(j, cMemberWords) {
			return s.resolveEnt(m.ent)
		}
		if s.lw(j) == "of" || s.lw(j) == "and" || s.word(j) == "," || s.word(j) == "." {
			return nil
		}
	}
	return nil
}

// sameMember reports whether two agreements both welcome one new member:
// a state accedes once, however often the story tells it.
func (s *state) sameMember(a, b *event) bool {
	if a.typ != annals.Agreement || b.typ != annals.Agreement {
		return false
	}
	ma, mb := s.newMember(a.anchor), s.newMember(b.anchor)
	return ma != nil && ma == mb
}
