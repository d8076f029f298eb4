package extract

import (
	"strings"

	"annals"
	"annals/internal/text"
	"annals/internal/timex"
)

// Relative clauses: "X, who has led WHO since January 2007 and whose second
// term ends on 30 June, ..." tells of X, not of the sentence's event. A
// date there dates a term or an earlier event, never the event the main
// clause tells ("He succeeds X, who has led UNESCO since 2009" is no
// appointment in 2009).

// subordinators open a clause that tells another event ("after the
// Council recommended him", "when the ministers met"); before a date or
// a trigger noun ("after 6 October", "after the summit") they are a date's
// or an event's bound instead.
var subordinators = set("after", "before", "when", "following", "once", "until", "since")

// relativeOpeners open a relative clause after a comma or a person's name.
var relativeOpeners = set("who", "whose", "which")

// asideParticiples open a participle set off after a name, a relative
// clause in all but its "which was": "The Mekong River Commission,
// created in 1995, met ASEAN in Bangkok on 2 June", "the Treaty (signed
// in 1997)". A date there dates the name's own past, not the sentence's
// event.
var asideParticiples = set("founded", "established", "created", "formed", "launched", "signed", "adopted",
	"held", "born", "elected", "appointed", "built", "opened", "inaugurated", "ratified", "concluded",
	"organized", "organised", "convened", "set", "approved", "enacted", "passed", "introduced", "started")

// asideOf reports whether the participle set off at token j tells of
// the trigger at token i before it: "the Framework Agreement (TIFA),
// signed in 2002", "the extradition treaty between the United States and
// Albania, signed at Tirana on March 1, 1933", "established by the
// Nakhchivan Agreement, signed on 3 October 2009": the trigger, then at
// most its acronym or a complement of names, then the comma.
func (s *state) asideOf(i, j int) bool {
	e := j - 1 // the comma or parenthesis before the participle
	if s.word(e-1) == ")" && s.word(e-3) == "(" {
		e -= 3
	}
	if i >= e-4 {
		return true
	}
	k := i + 1
	switch s.lw(k) {
	case "of", "between", "with", "among", "on", "by":
		k++
	default:
		return false
	}
	for k < e {
		// (or words of a name: "established by the Nakhchivan
		// Agreement, signed on 3 October 2009")
		// ("the 40th Regular Meeting of the Conference of Heads of
		// Government, held in ...": a name's own small words)
		if w := s.lw(k); w == "the" || w == "and" || w == "," || s.capLike(k) || (w == "of" || w == "for" || w == "on") && k > i+2 && s.capLike(k-1) && s.capLike(k+1) {
			k++
			continue
		}
		m := s.mentAt(k)
		if m == nil || m.a != k {
			return false
		}
		k = m.b
	}
	return k == e
}

// asideOpener reports whether token x opens a participle set off after a
// name (see asideParticiples): "X, created in 1995,", "X (MRC), founded
// on 4 April 1949,", "the Treaty of Amity, signed in 1966,".
//
// A participle after the comma that closes a clause is the main verb ("The
// Forum, which was founded by the Agency, opened on 3 September"), and so
// is one whose phrase runs to the sentence's end after a subject ("The
// Forum of the Agency, opened on 3 September in Geneva."; but "the two
// sides will implement the Framework Agreement (TIFA), signed in 2002.").
func (s *state) asideOpener(x int) bool {
	if w := s.word(x - 1); w != "," && w != "(" || !asideParticiples.has(s.lw(x)) {
		return false
	}
	m := s.mentAt(x - 2)
	// (or a name of no body: "the Treaty of Amity and Economic Relations,
	// signed in 1966")
	if s.word(x-2) != ")" && !(s.capLike(x-2) && s.toks[x-2].Kind == text.Word) && (m == nil || m.b != x-1) {
		return false
	}
	si := s.sentOf[x]
	a, b := s.sentTok[si][0], s.sentTok[si][1]
	for k := x - 2; k >= a && k >= x-30; k-- {
		if w := s.word(k); w == "," && s.dateAt(k) < 0 {
			break
		}
		if s.is(k, cRelativeOpeners) || asideParticiples.has(s.lw(k)) && (s.word(k-1) == "," || s.word(k-1) == "(") {
			return false
		}
	}
	for k := x + 1; k < b; k++ {
		if w := s.word(k); w == ")" || w == "," && s.dateAt(k) < 0 && !asideGoesOn.has(s.lw(k+1)) {
			return true
		}
	}
	for k := a; k < x-1; k++ {
		if w := s.word(k); s.toks[k].Kind == text.Word && w == s.lw(k) && (finiteVerbs.has(w) || len(w) > 4 && strings.HasSuffix(w, "ed")) {
			return true
		}
	}
	return false
}

// inOtherClause reports whether the date at token k stands in a relative
// clause that the trigger at token i is not in: the clause runs from its
// opener ("who", "whose", "which" after a comma, or "who"/"whose" right
// after a name) to the next comma that is not inside a date, or the
// sentence's end.
func (s *state) inOtherClause(i, k int) bool {
	if s.laterActClause(i, k) || s.laterIntentClause(i, k) || s.dueOfAnother(i, k) {
		return true
	}
	si := s.sentOf[k]
	a, b := s.sentTok[si][0], s.sentTok[si][1]
	// (a subordinator right after the trigger modifies it: "the forum
	// after Cusco is planned for next year")
	for x := i + 2; x < k && x < i+40; x++ {
		if s.subordinateAt(x) && (s.verbBetween(x+1, k) || s.gerundAfter(x)) {
			// "appointed X by acclamation, a week after the Security
			// Council recommended him in a resolution adopted on 6
			// October": the date of the clause after the trigger's
			return true
		}
	}
	j, aside := -1, false
	for x := k - 1; x >= a && x >= k-40; x-- {
		if s.word(x) == "," && s.dateAt(x) < 0 {
			break
		}
		if s.is(x, cRelativeOpeners) && (s.word(x-1) == "," || s.lw(x) != "which" && s.isPersonEnd(x-1)) {
			j = x
			break
		}
		if s.asideOpener(x) {
			j, aside = x, true
			break
		}
		if x != i+1 && s.subordinateAt(x) && s.verbBetween(x+1, k) {
			j = x
			break
		}
	}
	if j < 0 {
		return false
	}
	if s.lw(j) == "which" && i < j && (i >= j-4 || s.complementUntil(i, j)) || aside && i < j && s.asideOf(i, j) {
		// "attended the conference, which ran on 20-21 October": the
		// clause tells of the trigger itself (but "The summit, which was
		// last held in 2019, will take place in Lima next week": of
		// another of its occurrences)
		return s.recurring(i) && s.otherOccurrence(j, k)
	}
	end := b
	for x := k + 1; x < b; x++ {
		if s.word(x) == "," && s.dateAt(x) < 0 {
			// (a participle's phrase goes on after its date: "signed
			// December 6, 2023, at the Defense Industrial Base Conference")
			if aside && asideGoesOn.has(s.lw(x+1)) {
				continue
			}
			end = x
			break
		}
	}
	return i < j || i >= end
}

// asideGoesOn are the words that, after a comma, go on with a participle
// set off after a name rather than end it.
var asideGoesOn = set("at", "in", "on", "during", "by")

// isPersonEnd reports whether a person's mention ends at token k.
func (s *state) isPersonEnd(k int) bool {
	m := s.mentAt(k)
	return m != nil && m.ent.typ == annals.Person && m.b == k+1
}

// whenOfDate reports whether the trigger at token i stands in a "when"
// clause set off right after the date at token k, which dates it: "has
// been a champion of children's rights since 2019, when he founded the
// Diallo Foundation" (the founding is of 2019).
func (s *state) whenOfDate(k, i int) bool {
	e := k
	for d := s.dateAt(k); e < i && s.dateAt(e) == d; e++ {
	}
	if s.word(e) != "," || s.lw(e+1) != "when" || i <= e+1 {
		return false
	}
	for x := e + 2; x < i; x++ {
		if s.word(x) == "," || s.word(x) == ";" {
			return false
		}
	}
	return true
}

// sinceDate reports whether the date at token k opens a state ("since
// 2009", "ever since 2016"): the start of what has lasted until now, the
// date of a programme or campaign at most, never of a one-off event.
func (s *state) sinceDate(k int) bool {
	return s.lw(k-1) == "since"
}

// isTrigger reports whether token k or the noun after a determiner there
// names an event ("after the summit").
func (s *state) isTrigger(k int) bool {
	if w := s.lw(k); w == "the" || w == "a" || w == "an" || w == "its" || w == "their" {
		k++
	}
	return triggers[s.lw(k)] != ""
}

// subordinateAt reports whether a clause that tells another event opens at
// token x: a subordinator followed by a word that is neither a date nor an
// event ("after the Council recommended him", not "after 6 October" or
// "after the summit").
func (s *state) subordinateAt(x int) bool {
	return s.is(x, cSubordinators) && x+1 < len(s.toks) && s.dateAt(x+1) < 0 && s.toks[x+1].Kind == text.Word && !s.isTrigger(x+1)
}

// gerundAfter reports whether the subordinator at token x opens a clause
// of a gerund, another act with its own date: "since assuming office on 1
// October", "after signing the accord on 3 May".
func (s *state) gerundAfter(x int) bool {
	w := s.lw(x + 1)
	return len(w) > 5 && strings.HasSuffix(w, "ing") && isLowerWord(s.word(x+1)) && triggers[w] == "" && s.lw(x) != "following"
}

// finiteVerbs are common finite verbs without the -ed ending.
var finiteVerbs = set("met", "took", "was", "were", "is", "are", "had", "has", "have", "will", "would", "did", "made", "gave", "began", "held", "left", "came", "went", "spoke", "won", "became", "set", "sent", "told")

// verbBetween reports whether a finite verb stands in tokens [x, k): a
// clause ("after the Council recommended him"), not a phrase ("before
// the Vice President's upcoming trip").
func (s *state) verbBetween(x, k int) bool {
	for y := x; y < k && y < x+12; y++ {
		w := s.word(y)
		if s.toks[y].Kind != text.Word || w != s.lw(y) {
			continue
		}
		if finiteVerbs.has(w) || len(w) > 4 && strings.HasSuffix(w, "ed") {
			return true
		}
	}
	return false
}

// sameSpeakerNamed reports whether sentence b names a person the headline
// sentence a names, or a names none: whose statement a headline's is.
func (s *state) sameSpeakerNamed(a, b int) bool {
	names := map[*ent]bool{}
	for k := s.sentTok[a][0]; k < s.sentTok[a][1]; k++ {
		if m := s.mentAt(k); m != nil && m.ent.typ == annals.Person {
			names[s.resolveEnt(m.ent)] = true
		}
	}
	if len(names) == 0 {
		return true
	}
	for k := s.sentTok[b][0]; k < s.sentTok[b][1]; k++ {
		if m := s.mentAt(k); m != nil && names[s.resolveEnt(m.ent)] {
			return true
		}
	}
	return false
}

// gatheringPeer is the other type of a gathering: a meeting for a
// conference, a conference for a meeting, else "".
func gatheringPeer(t annals.EventType) annals.EventType {
	switch t {
	case annals.Meeting:
		return annals.Conference
	case annals.Conference:
		return annals.Meeting
	}
	return ""
}

// hasEventOf reports whether the story has told an event of type t.
func (s *state) hasEventOf(t annals.EventType) bool {
	for _, e := range s.events {
		if e.typ == t {
			return true
		}
	}
	return false
}

// hasToldEventOf reports whether the story has told an event of type t
// that its sentence does not name only in passing.
func (s *state) hasToldEventOf(t annals.EventType) bool {
	for _, e := range s.events {
		if e.typ == t && !e.passing {
			return true
		}
	}
	return false
}

// yearOfANoun reports whether the date at token k is a year written before
// another noun than the trigger at token i ("has given shape to the 2016
// memorandum", "its 2019 budget", "below 2005 levels", "increased 2030
// targets": timex.YearNoun): that noun's year, not the event's.
func (s *state) yearOfANoun(k, i int) bool {
	d := s.dateAt(k)
	if d < 0 {
		return false
	}
	if e := s.dates[d].End; e+1 < len(s.text) && (s.text[e] == '-' || strings.HasPrefix(s.text[e:], "‑")) {
		// "the closure of a 1950s-era coal-burning power plant": the
		// date of what the compound qualifies
		rest := strings.TrimPrefix(strings.TrimPrefix(s.text[e:], "-"), "‑")
		for _, w := range compoundDateHeads {
			if strings.HasPrefix(rest, w) && (len(rest) == len(w) || !isLetter(rest[len(w)])) && s.tokAt(e+1) != i {
				return true
			}
		}
	}
	if s.dates[d].Value.Precision() != annals.Year || s.dateAt(k+1) == d {
		return s.dateOfANoun(k, i)
	}
	if k >= 2 && k > i && s.lw(k-1) == "of" && k-2 != i && text.IsCap(s.word(k-2)) && s.is(k-2, cLegalTexts) && !s.madeUnder(i, k) {
		// "highlighted the Hate Crimes Prevention Act of 2009": the
		// law's year
		return true
	}
	if k < i && i-k <= 7 && s.nameYearAt(k) {
		return false // "the 2023 WBG and IMF Annual Meetings": the event's own name
	}
	if k+1 != i && k+1 < len(s.toks) && timex.YearNoun(s.lw(k+1)) {
		return true // "below 2005 levels", "increased 2030 targets"
	}
	switch s.lw(k - 1) {
	case "the", "its", "their", "his", "her", "our", "this", "that":
	default:
		if !isPossessive(s.word(k - 1)) {
			return false
		}
	}
	n := k + 1
	for n < len(s.toks) && n < k+4 && n != i && s.toks[n].Kind == text.Word && triggers[s.lw(n)] == "" && (s.is(n, cTitleModifiers) || s.lw(n) != s.word(n) || adjectiveLike(s.lw(n))) {
		n++
	}
	return n < len(s.toks) && n != i && s.toks[n].Kind == text.Word && !s.actAtGathering(i, k)
}

// actAtGathering reports whether the year at token k names a gathering
// (its noun within a few words after it) where the act whose trigger is
// at token i took place: "the Lisbon Declaration adopted at the 2022 UN
// Ocean Conference", "signed at the 2015 climate conference". The
// gathering's year is then the act's own. Not "the conference builds on
// the declaration of the 2022 Conference": the act is told elsewhere.
func (s *state) actAtGathering(i, k int) bool {
	if k <= i {
		return false
	}
	at := k - 2
	if s.lw(k-1) != "the" || s.lw(at) != "at" && s.lw(at) != "during" {
		return false
	}
	// the preposition right after the trigger, or after the act's verb
	// right after a text's name ("the Paris Agreement signed at")
	if at != i+1 && (at != i+2 || !madeVerbs.has(s.lw(i+1))) {
		return false
	}
	for n := k + 1; n < len(s.toks) && n <= k+5 && s.toks[n].Kind == text.Word; n++ {
		if g := triggers[s.lw(n)]; g == annals.Conference || g == annals.Meeting {
			return true
		}
	}
	return false
}

// madeVerbs are the participles that tell a text's making right after
// its name: "the Declaration adopted at", "the Agreement signed at".
var madeVerbs = set("adopted", "signed", "agreed", "endorsed", "approved", "launched", "concluded", "reached", "unveiled", "announced")

// compoundDateHeads are the words a date qualifies as a compound
// adjective: "1950s-era", "1990s-style", "2010-vintage".
var compoundDateHeads = []string{"era", "style", "vintage", "type", "old"}

// isLetter reports whether byte c is an ASCII letter.
func isLetter(c byte) bool {
	return c|0x20 >= 'a' && c|0x20 <= 'z'
}

// beforeItsPhrase reports whether the trigger at token i stands in a
// phrase opened by "prior to" or "before" ("Prior to her appointment,
// Ms. Connors was an attorney ... from 2011 to 2018") and the date at
// token k in the clause it precedes: that clause's date, before the
// event, not the event's.
func (s *state) beforeItsPhrase(i, k int) bool {
	if k < i {
		return false
	}
	p := -1
	for x := i - 1; x >= 0 && x >= i-4; x-- {
		if s.lw(x) == "before" || s.lw(x) == "to" && s.lw(x-1) == "prior" {
			p = x
			break
		}
		if s.toks[x].Kind != text.Word || s.dateAt(x) >= 0 {
			return false
		}
	}
	return p >= 0 && s.commaBetween(i, k)
}

// dateOfANoun reports whether the date at token k, of more words than a
// bare year (a month, a day, a span of years), is written after the
// trigger at token i, between a determiner or a possessive and another
// noun than the trigger:
// "tied the programme back to the President’s January 2021 Executive
// Order", "to plan for the 2024-25 flu season", "the Council’s March 2023
// report". It dates that noun, not the event.
func (s *state) dateOfANoun(k, i int) bool {
	d := s.dateAt(k)
	if k < i {
		// (the subject's date is the event's: "The March 3, 2021
		// Decision ... established the Commission")
		return false
	}
	switch s.lw(k - 1) {
	case "the", "its", "their", "his", "her", "our", "this", "that":
	default:
		if !isPossessive(s.word(k - 1)) {
			return false
		}
	}
	e := k + 1
	for e < len(s.toks) && s.dateAt(e) == d {
		e++
	}
	if e >= len(s.toks) || e == i || s.toks[e].Kind != text.Word || s.toks[e].Start != s.toks[e-1].End+1 || s.paraBreak(e-1, e) {
		return false
	}
	// a noun or a name, not a word of the clause ("on 5 May in Geneva",
	// "the March 3 and 4 summit", "in the 2024 election the Council
	// met")
	if w := s.lw(e); w == s.word(e) && (s.is(e, cSentenceOpeners) || finiteVerbs.has(w) || w == "to" || w == "through") {
		return false
	}
	if i > e && i-e <= 5 && s.wordsOnly(e, i) {
		// "the October 2022 Israel-Lebanon maritime boundary agreement":
		// the event's own noun
		return false
	}
	if i < k && (k-i <= 3 && s.lw(i+1) == "of" || k-i == 2) {
		// "the signing of the June 2024 Memorandum", "signed the
		// October 2022 maritime agreement": what the event makes
		return false
	}
	n := e
	for n < len(s.toks) && n < e+3 && n != i && s.toks[n].Kind == text.Word && triggers[s.lw(n)] == "" && (s.is(n, cTitleModifiers) || s.lw(n) != s.word(n) || adjectiveLike(s.lw(n))) {
		n++
	}
	if n >= len(s.toks) || n == i || s.toks[n].Kind != text.Word {
		return false
	}
	if i > n && i-n <= 8 && s.lw(n+1) == "of" && !s.verbBetween(n+1, i) && !s.commaBetween(n, i) {
		// "SBA’s February 2021 expansion of eligibility for the Paycheck
		// Protection Program": the event is what the noun acts on
		return false
	}
	// (a gathering's date is the date of what is done at it: "signed the
	// Declaration at the 12 March 2023 Summit")
	t := triggers[s.lw(n)]
	return t != annals.Conference && t != annals.Meeting
}

// dayOfAThing reports whether the date at token k is a day told in the
// possessive before a common noun that is no event, ahead of the trigger
// at token i when another date is in its sentence: "Next week X will
// share today’s progress with the world and speak at the Oslo Forum"
// (the progress is today's; the forum is next week's), not "At today’s
// Andean Forum" (the gathering's own day) nor "today’s meeting",
// "yesterday’s peace accord".
func (s *state) dayOfAThing(k, i int) bool {
	if k >= i || !isPossessive(s.word(k)) || !possessiveDays.has(trimPossessive(s.lw(k))) {
		return false
	}
	// "With today’s announcement, ten states will have launched ...": the
	// day of the clause the phrase sets
	if s.sentenceStart(k) || s.is(k-1, cFunctionWords) || s.sentenceStart(k-1) {
		return false
	}
	n := k + 1
	if n >= i || s.toks[n].Kind != text.Word || !isLowerWord(s.word(n)) || triggers[s.lw(n)] != "" || s.is(n, cEventNouns) {
		return false
	}
	for j := n; j < len(s.toks) && j <= n+3 && s.toks[j].Kind == text.Word; j++ {
		// "yesterday’s peace accord": an event's own noun, this one's or
		// another's the sentence tells ("signed by ...")
		if triggers[s.lw(j)] != "" || s.is(j, cEventNouns) {
			return false
		}
	}
	a, b := s.sentTok[s.sentOf[k]][0], s.sentTok[s.sentOf[k]][1]
	for j := a; j < b; j++ {
		if d := s.dateAt(j); d >= 0 && d != s.dateAt(k) {
			return true
		}
	}
	return false
}

// possessiveDays are days told in the possessive: "today’s progress".
var possessiveDays = set("today", "yesterday", "tomorrow", "tonight")

// wordsOnly reports whether tokens [a, b) are words of one noun phrase:
// no punctuation but hyphens, no preposition nor conjunction.
func (s *state) wordsOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if w := s.word(k); w == "-" || w == "‑" {
			continue
		}
		if s.toks[k].Kind != text.Word || s.lw(k) == s.word(k) && s.is(k, cSentenceOpeners) {
			return false
		}
	}
	return true
}

// commaBetween reports whether a comma stands in tokens (a, b).
func (s *state) commaBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if s.word(k) == "," {
			return true
		}
	}
	return false
}

// madeUnder reports whether the programme, founding or campaign at
// trigger i is made by the law whose year is at token k: "new grant
// programs established by the VAWA Reauthorization Act of 2022" date from
// the law.
func (s *state) madeUnder(i, k int) bool {
	switch triggers[s.lw(i)] {
	case annals.Programme, annals.Founding, annals.Campaign:
	default:
		return false
	}
	if i > k || k-i > 12 {
		return false
	}
	for x := i + 1; x < k; x++ {
		if w := s.lw(x); w == "by" || w == "under" || w == "through" {
			return true
		}
	}
	return false
}

// adjectiveLike reports whether w reads as an adjective before a noun
// ("annual", "joint", "bilateral").
func adjectiveLike(w string) bool {
	for _, suf := range []string{"al", "ic", "ive", "ous", "ary", "ed"} {
		if strings.HasSuffix(w, suf) && len(w) > 4 {
			return true
		}
	}
	return false
}

// namedEvent reports whether the trigger at token i ends an event's name
// written with "the" ("The Youth Dialogue Exchange Programme"): capitalized
// words from the trigger back to the determiner, or after it ("the
// Summit of the Future").
func (s *state) namedEvent(i int) bool {
	if !text.IsCap(s.word(i)) {
		return false
	}
	// "the Summit of the Future", "the Conference on Disarmament": the
	// name goes on after its noun
	if n := s.lw(i + 1); (n == "of" || n == "on" || n == "for") && s.lw(i-1) == "the" {
		k := i + 2
		if s.lw(k) == "the" {
			k++
		}
		if s.capLike(k) && s.dateAt(k) < 0 {
			return true
		}
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if s.lw(k) == "the" {
			return k < i-1
		}
		if s.toks[k].Kind != text.Word || !text.IsCap(s.word(k)) {
			return false
		}
	}
	return false
}

// foundedBy reports whether the founding at token i was made by the
// agreement at token j ("was established by the Nakhchivan Agreement,
// signed on 3 October 2009", "founded under a treaty signed in 1967"):
// the founding shares the agreement's date.
func (s *state) foundedBy(t annals.EventType, i, j int) bool {
	if t != annals.Founding || j <= i || j-i > 12 || s.triggerAt(j) != annals.Agreement {
		return false
	}
	for k := i + 1; k < j && k <= i+3; k++ {
		if w := s.lw(k); w == "by" || w == "under" || w == "through" {
			return true
		}
	}
	return false
}

// foundedObject reports whether the programme or campaign at trigger j is
// what the founding at trigger i creates, its object a few words on ("The
// Administration created the Family Reunification Parole Program in
// 2014"): the creation is the programme's start, and the date after it
// dates both.
func (s *state) foundedObject(t annals.EventType, i, j int) bool {
	if t != annals.Founding || j <= i || j-i > 12 {
		return false
	}
	if jt := s.triggerAt(j); jt != annals.Programme && jt != annals.Campaign {
		return false
	}
	for k := i + 1; k < j; k++ {
		if w := s.lw(k); w == "," || w == "and" || w == "to" || w == "which" || w == "that" {
			return false // another clause
		}
	}
	return true
}

// venueHeads make an event noun before them a modifier of a place or a
// thing: "meeting place", "conference room", "summit venue".
var venueHeads = set("place", "places", "point", "points", "room", "rooms", "hall", "halls", "venue", "venues", "space", "spaces", "facility", "facilities", "centre", "center", "site", "ground", "grounds", "table", "tables")

// laterActClause reports whether token k, after the trigger at token i,
// stands in a clause set off by a comma that tells a later act on what
// the trigger names: "the adoption of a Nairobi Youth Declaration, to be
// presented at COP29 in Baku in November" (not "the Summit, to be held in
// Baku in November", which tells the Summit's own place and date).
func (s *state) laterActClause(i, k int) bool {
	for x := k - 1; x > i && x >= k-12; x-- {
		if s.word(x) != "," {
			continue
		}
		return s.lw(x+1) == "to" && s.lw(x+2) == "be" && laterActs.has(s.lw(x+3))
	}
	return false
}

// laterIntentClause reports whether token k, after the trigger at token
// i, stands in a predicate coordinated after the trigger's that tells an
// act to come, its infinitive after a verb of intent or consent: "Ministers
// adopted the Suva Declaration and agreed to launch a training programme
// in 2025" (the programme's year, not the declaration's). Not "the summit,
// which leaders hope to hold in June": no "and" coordinates the verb of
// intent there, and the infinitive takes the trigger as its object.
func (s *state) laterIntentClause(i, k int) bool {
	for x := k - 3; x > i && x >= k-20; x-- {
		if s.lw(x) != "and" {
			continue
		}
		v := x + 1
		if s.lw(v) == "also" || s.lw(v) == "then" {
			v++
		}
		if v+2 < k && s.lw(v+1) == "to" && (s.is(v, cIntentVerbs) || consentVerbs.has(s.lw(v))) && isLowerWord(s.word(v+2)) && !s.is(v+2, cFunctionWords) {
			return true
		}
	}
	return false
}

// dueOfAnother reports whether the date at token k tells when a thing
// named right before "due" is due, another than the event at token i:
// "said the agreement would help the region prepare for the elections
// due in 2024" (not "the summit, due in June", "the summit is due on 4
// June": the event's own).
func (s *state) dueOfAnother(i, k int) bool {
	d := k - 1
	if p := s.lw(d); p == "in" || p == "on" || p == "by" {
		d--
	}
	if s.lw(d) != "due" || d-1 == i || d < 1 {
		return false
	}
	n := d - 1
	return isLowerWord(s.word(n)) && !s.is(n, cFunctionWords) && !finiteVerbs.has(s.lw(n)) && s.lw(n) != "be" && s.lw(n) != "been"
}

// consentVerbs take as their infinitive an act agreed on, to come:
// "agreed to launch", "decided to hold".
var consentVerbs = set("agree", "agrees", "agreed", "decide", "decides", "decided", "resolve", "resolves", "resolved",
	"undertake", "undertakes", "undertook")

// laterActs are what is done to a text or a plan after it is made:
// "to be presented at", "to be submitted to".
var laterActs = set("presented", "submitted", "discussed", "considered", "reviewed", "debated", "delivered",
	"forwarded", "transmitted", "shared", "tabled", "endorsed", "implemented", "showcased", "launched")

// occurrenceMarks, before the verb of a clause about a gathering or an
// act, tell it is another of its occurrences than the one the sentence
// tells: "which was first held in 2010", "last held in 2019", "which
// previously met in Lima".
var occurrenceMarks = set("first", "last", "previously", "originally", "formerly")

// recurring reports whether the trigger at token i tells a gathering,
// which may recur: a conference or a meeting (not "the initiative, which
// was first announced in 2019", whose first telling is its own).
func (s *state) recurring(i int) bool {
	t := s.triggerAt(i)
	return t == annals.Conference || t == annals.Meeting
}

// otherOccurrence reports whether the relative clause or aside opened at
// token j tells, before the date at token k, another occurrence of the
// thing it follows: "The meeting, which was first held in 2010, took
// place in Geneva", "The summit, last held in 2019, returns to Lima
// next week".
func (s *state) otherOccurrence(j, k int) bool {
	for x := j; x < k; x++ {
		if occurrenceMarks.has(s.lw(x)) {
			return true
		}
	}
	return false
}

// occurrenceClauseHolds reports whether token k, after the trigger at
// token i, stands in a "which" clause set off right after the trigger
// that tells another occurrence of it (otherOccurrence): "The summit,
// which was last held in 2019 in Lima, will take place in Santiago" is
// not in Lima.
func (s *state) occurrenceClauseHolds(i, k int) bool {
	for x := k - 1; x > i; x-- {
		if s.word(x) == "," && s.dateAt(x) < 0 {
			return false
		}
		if s.lw(x) == "which" && s.word(x-1) == "," {
			return x-i <= 5 && s.recurring(i) && s.otherOccurrence(x, k)
		}
	}
	return false
}
