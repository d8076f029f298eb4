package timex

import "strings"

// This file reads the tense of the clause around a date whose year or week
// the text leaves open: a bare weekday ("met Monday", "will meet Monday"), a
// bare month ("stepped down in March", "will succeed him in January") or a
// day and month ("will redeem the shares on Oct. 31").

// Tenses of a clause.
const (
	tensePast  = -1
	tenseNone  = 0
	tenseAhead = 1
)

// tenseWords classifies the words that tell a clause's tense. Strong cues
// (auxiliaries, "said") outrank the weak ones (a past participle, "to"
// before a verb, "is") when both are near.
var tenseWords = map[string]int8{
	// the past
	"was": -2, "were": -2, "had": -2, "did": -2, "said": -2, "ago": -2, "since": -1,
	"met": -1, "held": -1, "took": -1, "began": -1, "came": -1, "went": -1, "saw": -1, "made": -1,
	"bought": -1, "sold": -1, "brought": -1, "paid": -1, "won": -1, "lost": -1, "rose": -1, "fell": -1,
	"became": -1, "left": -1, "gave": -1, "told": -1, "spoke": -1, "wrote": -1, "sent": -1, "fled": -1,
	"flew": -1, "struck": -1, "broke": -1, "chose": -1, "drew": -1, "grew": -1, "knew": -1, "found": -1,
	"kept": -1, "spent": -1, "shot": -1, "led": -1, "ran": -1, "stood": -1, "heard": -1, "thought": -1,
	// what lies ahead
	"will": 2, "shall": 2, "would": 2, "ll": 2, "tomorrow": 2, "going": 2,
	"scheduled": 1, "upcoming": 1, "forthcoming": 1, "expected": 1, "expects": 1, "plans": 1,
	"planned": 1, "planning": 1, "intends": 1, "intend": 1, "due": 1, "next": 1, "coming": 1,
	"plan": 1, "hope": 1, "hopes": 1, "want": 1, "wants": 1, "aims": 1,
	// "announced their intent to sign a MOU in June": what is meant to
	// be done lies ahead of the telling
	"intent": 1, "intention": 1,
	// what one prepares for: "discussed preparations for the July 9-11
	// NATO Summit"
	"preparations": 1, "preparation": 1, "preparing": 1, "prepare": 1, "prepares": 1,
	"is": 1, "are": 1, "set": 1,
	// a verb of a scheduled event in the present: news tells what is
	// planned in the present tense ("Arafat meets Albright Monday", "the
	// session opens Tuesday"); see modPresent
	"meet": 1, "meets": 1, "convene": 1, "convenes": 1, "begin": 1, "begins": 1, "resume": 1, "resumes": 1,
	"opens": 1, "starts": 1, "arrive": 1, "arrives": 1, "visits": 1, "travels": 1, "heads": 1,
	// and of its end: "the Agency said the conference closes on 14
	// September"
	"ends": 1, "closes": 1, "concludes": 1, "lasts": 1, "expires": 1,
}

// Modifiers of a verb form, in lexEntry.mod.
const (
	// modParticiple: after it, a verb form is an adjective or participle,
	// not a past tense ("the planned talks", "will be held", "has decided").
	modParticiple byte = iota + 1
	// modNotPast: a word in -ed that is no past tense ("will succeed",
	// "preferred shares").
	modNotPast
	// modPresent: a verb in the present of tenseWords that tells nothing
	// after an auxiliary or a determiner ("did not meet", "to begin", "a
	// meet"): the clause's tense is then read further back.
	modPresent
)

// tenseMods marks the words of modParticiple and modNotPast.
var tenseMods = map[string]byte{
	"the": modParticiple, "a": modParticiple, "an": modParticiple, "its": modParticiple, "their": modParticiple,
	"his": modParticiple, "her": modParticiple, "be": modParticiple, "been": modParticiple, "being": modParticiple,
	"is": modParticiple, "are": modParticiple, "to": modParticiple, "was": modParticiple, "were": modParticiple,
	"will": modParticiple, "would": modParticiple, "shall": modParticiple, "should": modParticiple,
	"could": modParticiple, "can": modParticiple, "may": modParticiple, "might": modParticiple, "must": modParticiple,
	"still": modParticiple, "newly": modParticiple, "recently": modParticiple, "previously": modParticiple,
	"not": modParticiple, "has": modParticiple, "have": modParticiple, "had": modParticiple,
	"succeed": modNotPast, "proceed": modNotPast, "exceed": modNotPast, "indeed": modNotPast, "speed": modNotPast,
	"preferred": modNotPast, "limited": modNotPast, "united": modNotPast, "related": modNotPast,
	"based": modNotPast, "listed": modNotPast, "proposed": modNotPast, "detailed": modNotPast,
	"combined": modNotPast, "advanced": modNotPast, "estimated": modNotPast, "armed": modNotPast,
	"meet": modPresent, "meets": modPresent, "convene": modPresent, "convenes": modPresent,
	"begin": modPresent, "begins": modPresent, "resume": modPresent, "resumes": modPresent,
	"opens": modPresent, "starts": modPresent, "arrive": modPresent, "arrives": modPresent,
	"visits": modPresent, "travels": modPresent, "heads": modPresent,
	"ends": modPresent, "closes": modPresent, "concludes": modPresent, "lasts": modPresent,
	"expires": modPresent,
}

// participle reports whether token k makes the verb form after it an
// adjective or a participle.
func (s *scanner) participle(k int) bool {
	return k >= 0 && s.toks[k].kind == tokWord && s.toks[k].lex.mod == modParticiple
}

// tenseAt classifies token k of a clause: a cue of the past (negative),
// of what lies ahead (positive) or neither (0); strong cues count 2. The
// words were classified when the text was cut into tokens (lexEntry.tense),
// so no string is built here.
func (s *scanner) tenseAt(k int) int8 {
	t := &s.toks[k]
	if t.kind != tokWord {
		return 0
	}
	if v := t.lex.tense; v != 0 {
		// "signed the Action Plan on Monday": a noun of intent inside a
		// name in capitals names a text, no act ahead
		if v > 0 && t.upper && s.nameNoun(k) && s.capitalBefore(k) {
			return 0
		}
		if v == -1 && s.participle(k-1) {
			if s.toBe(k) {
				return 1 // "to be held in March": what is to come
			}
			return 0 // "would still be held"
		}
		if t.lex.mod == modPresent && (s.participle(k-1) || k > 0 && s.toks[k-1].lex.tense < 0) {
			return 0 // "did not meet", "to begin", "the visits": read further back
		}
		switch n := t.end - t.start; {
		case n == 2 && s.text[t.start]|0x20 == 'l': // "'ll"
			if k == 0 || s.str(&s.toks[k-1]) != "'" && s.str(&s.toks[k-1]) != "’" || t.gap != gapNone {
				return 0
			}
		case n == 5 && s.text[t.start]|0x20 == 'g': // "going"
			if m := s.at(k + 1); m == nil || !m.key(kTo) {
				return 0 // "going" without "to"
			}
		case t.key(kNext):
			if s.key(k+1, kTo) {
				return 0 // "next to": a place
			}
		case n == 3 && s.text[t.start]|0x20 == 's' && s.text[t.start+1]|0x20 == 'e': // "set"
			if m := s.at(k + 1); m == nil || !(m.key(kTo) || s.str(m) == "for") {
				return 0 // "set off", "a set"
			}
		}
		return v
	}
	if t.upper || t.end-t.start <= 4 || s.text[t.end-2]|0x20 != 'e' || s.text[t.end-1]|0x20 != 'd' {
		return 0
	}
	if t.lex.mod == modNotPast || s.text[t.start]|0x20 == 'u' && s.text[t.start+1]|0x20 == 'n' {
		return 0
	}
	// a past participle that is not an adjective ("the planned talks", "a
	// still unspecified date") nor passive ("will be extended")
	if k == 0 || s.participle(k-1) {
		if s.toBe(k) {
			return 1 // "guidelines to be published in early November"
		}
		return 0
	}
	return -1
}

// nameNoun reports whether token k is a noun of intent a name may end in:
// "Action Plan", "Letter of Intent", "Strategic Plans".
func (s *scanner) nameNoun(k int) bool {
	w := s.str(&s.toks[k])
	for _, n := range [...]string{"plan", "plans", "intent", "intention", "preparations"} {
		if strings.EqualFold(w, n) {
			return true
		}
	}
	return false
}

// capitalBefore reports whether a word in capitals stands before token
// k, or before an "of" before it: "Action Plan", "Letter of Intent".
func (s *scanner) capitalBefore(k int) bool {
	j := k - 1
	if j >= 1 && strings.EqualFold(s.str(&s.toks[j]), "of") {
		j--
	}
	return j >= 0 && s.toks[j].kind == tokWord && s.toks[j].upper
}

// toBe reports whether the participle at k follows "to be": a passive
// infinitive tells what is to come ("to be held in March", "to be
// published in early November").
func (s *scanner) toBe(k int) bool {
	return k >= 2 && strings.EqualFold(s.str(&s.toks[k-1]), "be") && s.toks[k-2].key(kTo)
}

// butAt reports whether token k opens a clause joined by ", but": what
// comes after it tells its own tense ("was planned for early March, but
// no exact date was fixed").
func (s *scanner) butAt(k int) bool {
	return k >= 1 && strings.EqualFold(s.str(&s.toks[k]), "but") && s.str(&s.toks[k-1]) == ","
}

// tense reads the clause of the expression over tokens [i, j): the
// nearest cue in the twelve tokens before it; with none, the nearest cue of
// the past or auxiliary in the six tokens after it ("On Tuesday, the
// league will", "On Friday, the government planned"). A sentence or clause
// end stops the search. strong is set when an auxiliary or "said" decided.
// "as soon as Tuesday" looks ahead; after "by", "until", "to" or "before"
// (a deadline) the tense says nothing.
func (s *scanner) tense(i, j int) (t int, strong bool) {
	if p := s.prev(s.modified(i)); p != nil && (p.key(kBy) || p.key(kUntil) || p.key(kTo) || p.key(kBefore) || p.key(kThrough)) {
		// (but a course told in the present up to the day looks ahead:
		// "the conference, which runs until Friday", "lasts through
		// Sunday")
		if s.courseUntil(i) {
			return tenseAhead, false
		}
		return tenseNone, false
	}
	return s.clauseTense(i, j)
}

// courseUntil reports whether the expression at token i ends a course
// told in the present: "runs until Friday", "lasts through Sunday",
// "continues until 9 a.m. Tuesday".
func (s *scanner) courseUntil(i int) bool {
	k := s.modified(i) - 1
	for k > 0 && k >= i-6 && (s.toks[k].kind == tokNum || s.timeWord(k)) {
		k-- // a time of day before the weekday
	}
	if k < 1 || !(s.toks[k].key(kUntil) || s.toks[k].key(kThrough)) || s.toks[k].gap == gapPara {
		return false
	}
	w := s.str(&s.toks[k-1])
	return strings.EqualFold(w, "runs") || strings.EqualFold(w, "lasts") || strings.EqualFold(w, "continues")
}

// clauseTense is tense without the deadline's silence: the cues of the
// clause around the expression [i, j).
func (s *scanner) clauseTense(i, j int) (t int, strong bool) {
	if p := s.prev(i); p != nil && (p.key(kEarlier) || p.key(kOn) && s.key(i-2, kEarlier)) {
		return tensePast, true // "announced plans earlier on Monday": a day gone by
	}
	if i >= 3 && s.str(&s.toks[i-1]) == "as" && (s.toks[i-2].key(kUntil2) || s.toks[i-2].key(kEarly)) && s.str(&s.toks[i-3]) == "as" {
		return tenseAhead, false // "as soon as Tuesday", "as early as Tuesday"
	}
	if s.punct(j, "'") || s.punct(j, "’") {
		if s.possessiveAhead(j) {
			return tenseAhead, false // "Sunday's Race Day will feature"
		}
		return tenseNone, false // "Wednesday's ruling": named as past
	}
	back := int8(0) // the nearest cue before the expression
	// (twelve tokens, a name's further words and a possessive's marks not
	// counted: "announced during First Lady Jill Biden’s visit to the
	// Columbus Workforce Hub in July"; beyond twelve tokens only a strong
	// cue or one of the past)
	// ("announced that on Thursday, September 15, the President will
	// host": the told clause's own verb, after the date, tells its tense,
	// not the telling's before it)
	told := s.thatOpens(i)
	for k, n := i-1, 0; k >= 0 && n < 12 && !told; k-- {
		if s.clauseEnd(k) || s.toks[k+1].gap == gapPara {
			break
		}
		if back = s.tenseAt(k); back != 0 {
			if back == 1 && i-k > 12 {
				back = 0 // a weak cue past the twelve tokens tells nothing ("This is a key deliverable from President Biden’s historic care executive order in April")
			}
			break
		}
		if !s.nameInside(k) {
			n++
		}
	}
	if back >= 2 || back <= -2 {
		return sign(back), true
	}
	fwd, fwdStrong := tenseNone, false
	words := 0
	comma := false // a comma between the expression and the cue after it
	for k := j; k < len(s.toks) && words < tenseAhead24; k++ {
		if s.clauseEnd(k) || s.toks[k].gap == gapPara || s.butAt(k) {
			break
		}
		if s.punct(k, ",") {
			comma = true
		}
		if s.toks[k].kind != tokPunct && s.toks[k].gap != gapNone {
			words++
		}
		v := s.tenseAt(k)
		if v < 0 && (s.str(&s.toks[k]) == "said" || s.str(&s.toks[k]) == "says") {
			break // "... on Monday, the company said": the report, not the date
		}
		if v == 1 && back == 0 && k < j+12 && s.text[s.toks[k].end-1] == 's' && s.key(k+1, kTo) {
			// "On Tuesday, the league plans to": a verb of intent in the
			// present looks ahead
			fwd = tenseAhead
			break
		}
		if v >= 2 && words > 8 {
			continue // a modal far after the date is another clause's (eight words: "On October 22, President Joseph R. Biden, Jr. will host")
		}
		if v >= 2 || v < 0 {
			fwd, fwdStrong = sign(v), v >= 2 || v <= -2
			if fwd == tensePast && fwdStrong && s.prospective(k+1) {
				fwdStrong = false // "were planning to", "was expected to"
			}
			break
		}
	}
	switch {
	case back > 0 && fwdStrong && fwd == tensePast && !comma:
		// "a service planned for Saturday was canceled": an auxiliary
		// of the past after outranks a verb form of intent before (not
		// one past a comma, another clause's: "As Northern Ireland
		// prepares to celebrate the anniversary in April, let us
		// remember that ... was not easy")
		return fwd, true
	case back != 0:
		return sign(back), false
	}
	return fwd, fwdStrong
}

// thatOpens reports whether the expression at token i opens a clause told
// after "that", right after it or after "on", "in" or "from".
func (s *scanner) thatOpens(i int) bool {
	p := s.prev(i)
	if p != nil && p.kind == tokWord && (p.key(kOn) || strings.EqualFold(s.str(p), "in") || strings.EqualFold(s.str(p), "from")) {
		i--
		p = s.prev(i)
	}
	return p != nil && p.key(kThat)
}

// nameInside reports whether token k continues a name or a possessive
// before it: a capitalized word after a capitalized word ("Jill" of
// "First Lady Jill Biden"), or the apostrophe and "s" of a possessive.
func (s *scanner) nameInside(k int) bool {
	if k <= 0 {
		return false
	}
	t, p := &s.toks[k], &s.toks[k-1]
	if t.gap == gapNone && (t.kind == tokPunct && (s.str(t) == "'" || s.str(t) == "’") ||
		t.kind == tokWord && t.end-t.start == 1 && s.text[t.start] == 's' && p.kind == tokPunct) {
		return true
	}
	return t.kind == tokWord && t.upper && p.kind == tokWord && p.upper
}

// tenseAhead24 is how many words after the expression the tense of its
// clause is looked for (punctuation and the pieces of "25th" or "U.S."
// do not count): a clause may open with the date and a long subject ("In
// January, a week after the anniversary of the decision, a bombing in
// Birmingham killed a guard").
const tenseAhead24 = 24

// sign returns the tense a cue tells.
func sign(v int8) int {
	switch {
	case v > 0:
		return tenseAhead
	case v < 0:
		return tensePast
	}
	return tenseNone
}

// clauseEnd reports whether token k ends a sentence or clause. The
// period of an abbreviation does not ("Birmingham, Ala., killed", "the
// U.S. officials", "4 a.m. EDT"): see abbrevPeriod.
func (s *scanner) clauseEnd(k int) bool {
	t := &s.toks[k]
	if t.kind != tokPunct {
		return false
	}
	switch s.str(t) {
	case ";", "?", "!", ":":
		return true
	case ".":
		return !s.abbrevPeriod(k)
	}
	return false
}

// abbrevPeriod reports whether the period at k closes an abbreviation
// inside a sentence: it is glued to a word of at most four letters and
// what follows is no capitalized word ("Ala., killed", "U.S. officials")
// or it is a title before a name ("Mr. Bush"); or it closes "a.m.",
// "p.m." or a letter of an initialism before another period ("U.S.").
func (s *scanner) abbrevPeriod(k int) bool {
	t := &s.toks[k]
	if k == 0 || t.gap != gapNone {
		return false
	}
	if s.toks[k-1].kind == tokNum && k+1 < len(s.toks) && s.toks[k+1].kind == tokNum && s.toks[k+1].gap == gapNone {
		return true // a decimal point: "$1.76 billion"
	}
	w := &s.toks[k-1]
	if w.kind != tokWord || w.end-w.start > 4 {
		return false
	}
	if w.end-w.start == 1 && k >= 2 && s.toks[k-1].gap == gapNone && s.str(&s.toks[k-2]) == "." {
		return true // the last letter of "a.m.", "U.S."
	}
	n := s.at(k + 1)
	if n == nil || n.gap == gapPara {
		return false
	}
	if n.gap == gapNone && w.end-w.start == 1 {
		return true // "U." of "U.S."
	}
	if w.end-w.start == 1 && w.upper && k >= 2 && s.toks[k-2].kind == tokWord && s.toks[k-2].upper && s.toks[k-1].gap == gapSpace &&
		n.kind == tokWord && n.upper {
		return true // a middle initial: "Joseph R. Biden"
	}
	return !(n.kind == tokWord && n.upper) || nameTitle(s.str(w))
}

// nameTitle reports whether w is an abbreviation written before a name
// with a period ("Mr. Bush", "Gen. Powell", "Roe vs. Wade").
func nameTitle(w string) bool {
	for _, t := range [...]string{"mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "prof", "rev", "st", "vs"} {
		if strings.EqualFold(w, t) {
			return true
		}
	}
	return false
}

// prospective reports whether token k, after an auxiliary of the past,
// turns it toward what was then ahead: "were planning", "was expected",
// "was going", "was to".
func (s *scanner) prospective(k int) bool {
	n := s.next(k)
	if n == nil || n.kind != tokWord {
		return false
	}
	if n.key(kFuturish) || n.key(kTo) || n.lex.tense > 0 {
		return true
	}
	w := s.str(n)
	return len(w) > 4 && w[len(w)-3:] == "ing"
}

// futureReach is how many tokens before a date futureBefore reads: a
// plan may name its day far into the sentence ("is scheduled to spend
// five hours in Dar es Salaam, Tanzania, her first stop, Tuesday").
const futureReach = 20

// modified returns the token where the modifier of the expression at i
// starts ("mid-November", "early March"), else i.
func (s *scanner) modified(i int) int {
	k := i
	if k >= 2 && s.dash(k-1) && s.toks[k].gap == gapNone {
		k--
	}
	if p := s.prev(k); p != nil && (p.key(kEarly) || p.key(kMid) || p.key(kLate)) {
		return k - 1
	}
	return i
}

// deadline reports whether the bare weekday at i closes a deadline: "by"
// or "until" before it, maybe with a time of day between ("until 9 a.m.
// EST Tuesday", "by noon Friday").
func (s *scanner) deadline(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		if s.toks[k+1].gap == gapPara {
			return false
		}
		t := &s.toks[k]
		if t.key(kBy) || t.key(kUntil) {
			return true
		}
		if k == i-1 && t.kind != tokNum && !s.timeWord(k) {
			return false
		}
		if t.kind != tokNum && !s.timeWord(k) {
			return false
		}
	}
	return false
}

// timeWord reports whether token k can be part of a time of day: "a.m.",
// "pm", ":", a zone ("EST", "ET", "GMT"), "noon", "midnight".
func (s *scanner) timeWord(k int) bool {
	t := &s.toks[k]
	w := s.str(t)
	if t.kind == tokPunct {
		return w == "." || w == ":"
	}
	switch w {
	case "a", "p", "m", "am", "pm", "AM", "PM", "A", "P", "M", "noon", "midnight", "EST", "EDT", "ET", "GMT", "CST", "PST", "UTC":
		return true
	}
	return false
}

// deadlineSet reports whether a word that sets a deadline comes in the
// dozen tokens before i, in its sentence ("extended its deadline until
// Tuesday", "has given the relatives until 9 a.m. Tuesday"): a clause in
// the past tense that sets a day ahead ("stayed in Havana until
// Tuesday" is the past).
func (s *scanner) deadlineSet(i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if s.clauseEnd(k) || s.toks[k+1].gap == gapPara {
			return false
		}
		switch lowerASCII(s.str(&s.toks[k])) {
		case "deadline", "given", "gave", "extended", "granted", "postponed", "delayed", "set", "ordered", "told", "asked", "allowed":
			return true
		}
	}
	return false
}

// possessiveAhead reports whether the possessive of a date at j ("Sunday's
// Race Day") names a thing whose own course its verb tells ahead: "will"
// within five words after the possessive, then a verb of what the thing
// holds or when it is held ("will feature", "will include", "will take
// place", "will be held", "will begin"). A consequence ahead of a thing
// past says nothing ("Wednesday's ruling will be appealed").
func (s *scanner) possessiveAhead(j int) bool {
	k := j + 1
	if t := s.next(k); t == nil || !strings.EqualFold(s.str(t), "s") {
		return false
	}
	for n := k + 1; n <= k+6; n++ {
		t := s.next(n)
		if t == nil || s.clauseEnd(n) {
			return false
		}
		if !strings.EqualFold(s.str(t), "will") {
			continue
		}
		v := s.next(n + 1)
		if v == nil {
			return false
		}
		switch lowerASCII(s.str(v)) {
		case "feature", "include", "begin", "start", "open", "kick", "showcase", "bring", "host":
			return true
		case "take":
			w := s.next(n + 2)
			return w != nil && strings.EqualFold(s.str(w), "place")
		case "be":
			w := s.next(n + 2)
			return w != nil && (strings.EqualFold(s.str(w), "held") || strings.EqualFold(s.str(w), "hosted") || strings.EqualFold(s.str(w), "streamed") || strings.EqualFold(s.str(w), "broadcast"))
		}
		return false
	}
	return false
}
