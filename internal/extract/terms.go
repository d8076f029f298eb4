package extract

import (
	"annals"
)

// Terms of office: when a role starts and ends, read from the words the
// story gives for it. A term starts on the day the text says it starts
// ("takes office on 1 January 2017", "with effect from 1 March") or, when
// it says nothing of the start, on the day of the appointment the sentence
// dates ("appointed on 3 September 2018"); a predecessor's term ends on the
// end the text states ("whose second term ends on 30 June", "who led the
// Secretariat from 2018 through 2022") or on the successor's stated start,
// never on the day the successor was chosen. The publication date dates an
// appointment only when the sentence tells it as news ("appoints",
// "appointed today"), never a retelling ("has since been appointed").

// notAppointmentDate are the words before a date that make it something
// other than the day of the appointment: a period ("since 2012", "from
// 1995"), a purpose ("a budget for 2020"), a deadline ("by June").
// ("for a term expiring October 6, 2023": the term's end)
var notAppointmentDate = set("for", "since", "from", "until", "till", "through", "to", "by", "before", "after", "between", "of", "and",
	"expiring", "expires", "expire", "ending", "ends")

// appointedOn returns the date of the appointment told by the verb at
// token v: a date of its clause that is not a period, a purpose or a
// deadline; else the publication date when the sentence tells the
// appointment as news; else "".
func (s *state) appointedOn(v int) annals.Date {
	si := s.sentOf[v]
	a, b := s.sentTok[si][0], s.sentTok[si][1]
	// the clause of the verb: from the sentence start to the first ", and"
	// or ";" after it (a second clause dates something else: "and adopted
	// a budget for 2020")
	end := b
	for k := v + 1; k < b; k++ {
		if w := s.word(k); w == ";" || w == "," && (s.lw(k+1) == "and" || s.lw(k+1) == "while" || s.lw(k+1) == "which") {
			end = k
			break
		}
	}
	for k := a; k < end; k++ {
		d := s.dateAt(k)
		if d < 0 || s.dates[d].Value == "" {
			continue
		}
		x := s.dates[d]
		// skip the rest of this expression's tokens
		for k+1 < end && s.dateAt(k+1) == d {
			k++
		}
		if x.ValueEnd != "" || s.is(s.tokEndAt(x.Start)-1, cNotAppointmentDate) {
			continue
		}
		return x.Value
	}
	if s.retold(v) {
		return ""
	}
	return s.published
}

// retold reports whether the verb at token v tells of an earlier time than
// the story's own: a perfect ("has since been appointed", "had been
// named", "who was elected in" without a date is not one of them).
func (s *state) retold(v int) bool {
	for k := v - 1; k >= 0 && k >= v-4 && s.sentOf[k] == s.sentOf[v]; k-- {
		switch s.lw(k) {
		case "has", "have", "had", "since", "previously", "earlier", "once", "formerly":
			return true
		case "been", "was", "were", "is", "are", "be", "also", "recently", "already", "then", "just":
			continue
		}
		return false
	}
	return false
}

// officeStartWords start a term in the words that follow: "takes office
// on", "with effect from", "effective", "as of", "beginning".
var officeStartWords = set("effective", "starting", "beginning", "commencing")

// statedStart returns the start of the term the sentence of token v states
// after it: "to take office on 1 January 2017", "assumed office
// yesterday", "with effect from 1 March", "effective 1 July", "as of 1
// May", "for a term beginning on 1 January"; "" when it states none.
func (s *state) statedStart(v int) annals.Date {
	si := s.sentOf[v]
	b := s.sentTok[si][1]
	a := s.sentTok[si][0]
	for k := max(a, v-3); k < b; k++ {
		w := s.lw(k)
		at := -1
		switch {
		case (w == "office" || w == "duties" || w == "functions" || w == "post") && isTakeVerb(s.lw(k-1), s.lw(k-2)):
			at = k + 1
		case w == "effect" && s.lw(k-1) == "with" && (s.lw(k+1) == "from" || s.lw(k+1) == "on"):
			at = k + 2
		case officeStartWords.has(w):
			at = k + 1
		case w == "as" && (s.lw(k+1) == "of" || s.lw(k+1) == "from"):
			at = k + 2
		case (w == "term" || w == "mandate") && (s.lw(k+1) == "begins" || s.lw(k+1) == "starts" || s.lw(k+1) == "began" || s.lw(k+1) == "started"):
			at = k + 2
		}
		if at < 0 {
			continue
		}
		for j := at; j < b && j <= at+2; j++ {
			if d := s.dateAt(j); d >= 0 {
				x := s.dates[d]
				if x.Value != "" && x.ValueEnd == "" {
					return x.Value
				}
				break
			}
			if w := s.lw(j); w != "on" && w != "from" && w != "in" {
				break
			}
		}
	}
	return ""
}

// statedEnd returns the end of the term the sentence of token v states
// after it: "to be a Member of the Board for a term expiring October 6,
// 2023", "for the term of five years expiring June 30, 2027", "for a
// term ending on 31 December 2026"; "" when it states none.
func (s *state) statedEnd(v int) annals.Date {
	si := s.sentOf[v]
	b := s.sentTok[si][1]
	for k := v + 1; k < b; k++ {
		switch s.lw(k) {
		case "expiring", "expires", "ending", "ends":
		default:
			continue
		}
		term := false
		for j := k - 1; j > v && j >= k-6; j-- {
			if w := s.lw(j); w == "term" || w == "mandate" {
				term = true
			}
		}
		if !term {
			continue
		}
		for j := k + 1; j < b && j <= k+2; j++ {
			if d := s.dateAt(j); d >= 0 {
				if x := s.dates[d]; x.Value != "" && x.ValueEnd == "" {
					return x.Value
				}
				break
			}
			if w := s.lw(j); w != "on" && w != "in" {
				break
			}
		}
	}
	return ""
}

// isTakeVerb reports whether w (after prev, the word before it) takes up an
// office: "take office", "assumed office", "took up his post",
// "assume her duties".
func isTakeVerb(w, prev string) bool {
	switch w {
	case "take", "takes", "took", "taking", "assume", "assumes", "assumed", "assuming", "enter", "enters", "entered":
		return true
	case "his", "her", "their", "its", "the", "up":
		return prev == "take" || prev == "takes" || prev == "took" || prev == "taking" || prev == "assume" || prev == "assumes" || prev == "assumed" || prev == "up"
	}
	return false
}

// heldVerbs tell that someone held an office: "who has led the
// Secretariat since 2012".
var heldVerbs = set("led", "headed", "held", "served", "chaired", "directed", "run", "ran", "been", "occupied", "helmed")

// endVerbs end a term: "whose term ends on 31 December", "will retire at
// the end of the year", "stepped down in March".
var endVerbs = set("ends", "ended", "end", "expires", "expired", "expire", "retire", "retires", "retired", "leave", "leaves", "left")

// heldTerm reads the term of the office a predecessor held from the
// relative clauses after the person's mention ending at token p in its
// sentence ("X, who has led WHO since January 2007 and whose second term
// ends on 30 June"): a start after "since", a range "from A through B", an
// end after an end verb. Words before the first "who" or "whose" (an
// apposition with an office of its own: "a former President of Portugal")
// are not read.
func (s *state) heldTerm(p int) (from, to annals.Date) {
	if p >= len(s.sentOf) {
		return "", "" // the name ends the text
	}
	si := s.sentOf[p]
	b := s.sentTok[si][1]
	k := p
	for k < b && k < p+12 && s.lw(k) != "who" && s.lw(k) != "whose" {
		k++
	}
	if k >= b || k >= p+12 {
		return "", ""
	}
	held, ending := false, false
	for ; k < b; k++ {
		if m := s.mentAt(k); m != nil && m.ent.typ == annals.Person {
			break // another person's clause
		}
		w := s.lw(k)
		switch {
		case heldVerbs.has(w):
			held = true
		case endVerbs.has(w) || w == "down" && s.lw(k-1) == "step" || w == "down" && s.lw(k-1) == "steps":
			ending = true
		}
		d := s.dateAt(k)
		if d < 0 {
			continue
		}
		x := s.dates[d]
		for k+1 < b && s.dateAt(k+1) == d {
			k++
		}
		if x.Value == "" {
			continue
		}
		before := s.lw(s.tokEndAt(x.Start) - 1)
		switch {
		case x.ValueEnd != "" && held:
			from, to = x.Value, x.ValueEnd
		case before == "since" && held:
			from = x.Value
		case before == "from" && held:
			from = x.Value
			// "from January 1, 2018 through December 31, 2022": two dates
			if w := s.lw(k + 1); (w == "through" || w == "to" || w == "until" || w == "till" || w == "thru") && k+2 < b {
				if d2 := s.dateAt(k + 2); d2 >= 0 && s.dates[d2].Value != "" {
					to = s.dates[d2].Value
					k += 2
					for k+1 < b && s.dateAt(k+1) == d2 {
						k++
					}
				}
			}
		case (before == "until" || before == "through") && held:
			to = x.Value
		case ending:
			to = x.Value
		}
	}
	return from, to
}

// pastDate returns the first token from k on that is not part of a date
// told in passing ("assumed office yesterday as", "took office on 1 May
// as"): k itself when none starts there.
func (s *state) pastDate(k int) int {
	j := k
	if w := s.lw(j); (w == "on" || w == "in") && j+1 < len(s.toks) && s.dateAt(j+1) >= 0 {
		j++
	}
	if j >= len(s.toks) || s.dateAt(j) < 0 {
		return k
	}
	d := s.dateAt(j)
	for j < len(s.toks) && s.dateAt(j) == d {
		j++
	}
	return j
}

// subjectOf returns the person who is the subject of the verb at token v,
// past a home written after the name: "Dr. Kao Kim Hourn of Cambodia
// assumed office".
func (s *state) subjectOf(v int) *mention {
	if m := s.subjectBefore(v); m != nil {
		return m
	}
	if m := s.mentAt(v - 1); m != nil && m.ent.typ != annals.Person && s.lw(m.a-1) == "of" {
		if p := s.mentAt(m.a - 2); p != nil && p.ent.typ == annals.Person {
			return p
		}
	}
	return nil
}
