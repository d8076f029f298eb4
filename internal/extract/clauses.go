package extract

import "annals"

// Relative clauses: "X, who has led WHO since January 2007 and whose second
// term ends on 30 June, ..." tells of X, not of the sentence's event. A
// date there dates a term or an earlier event, never the event the main
// clause tells ("He succeeds X, who has led UNESCO since 2009" is no
// appointment in 2009).

// relativeOpeners open a relative clause after a comma or a person's name.
var relativeOpeners = set("who", "whose", "which")

// inOtherClause reports whether the date at token k stands in a relative
// clause that the trigger at token i is not in: the clause runs from its
// opener ("who", "whose", "which" after a comma, or "who"/"whose" right
// after a name) to the next comma that is not inside a date, or the
// sentence's end.
func (s *state) inOtherClause(i, k int) bool {
	si := s.sentOf[k]
	a, b := s.sentTok[si][0], s.sentTok[si][1]
	j := -1
	for x := k - 1; x >= a && x >= k-40; x-- {
		if s.word(x) == "," && s.dateTok[x] < 0 {
			break
		}
		if relativeOpeners[s.lw(x)] && (s.word(x-1) == "," || s.lw(x) != "which" && s.isPersonEnd(x-1)) {
			j = x
			break
		}
	}
	if j < 0 {
		return false
	}
	if s.lw(j) == "which" && i < j && i >= j-4 {
		// "attended the conference, which ran on 20-21 October": the
		// clause tells of the trigger itself
		return false
	}
	end := b
	for x := k + 1; x < b; x++ {
		if s.word(x) == "," && s.dateTok[x] < 0 {
			end = x
			break
		}
	}
	return i < j || i >= end
}

// isPersonEnd reports whether a person's mention ends at token k.
func (s *state) isPersonEnd(k int) bool {
	m := s.mentAt(k)
	return m != nil && m.ent.typ == annals.Person && m.b == k+1
}

// sinceDate reports whether the date at token k opens a state ("since
// 2009", "ever since 2016"): the start of what has lasted until now, the
// date of a programme or campaign at most, never of a one-off event.
func (s *state) sinceDate(k int) bool {
	return s.lw(k-1) == "since"
}
