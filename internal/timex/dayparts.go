package timex

import (
	"time"

	"annals"
)

// This file holds the parts of a day ("Friday night", "this morning",
// "yesterday afternoon", "tonight") and the days anchored to the
// narrative's last day ("that same day", "earlier that day", "the next
// morning", "later in the day"). A part of a day is valued as its day
// ("Wednesday night" is 2000-01-05): the contract gives TimeML forms only
// where the calendar has no place for the expression, and the TempEval
// corpora give a part of a day typed DATE the value of its day (one typed
// TIME, with TNI or TMO, is no DATE and is not scored as one).

// evening reports whether the part-of-day word t is "evening" or
// "night", which "last" puts on the day before ("last night").
func (s *scanner) evening(t *token) bool {
	switch s.text[t.start] | 0x20 {
	case 'e', 'n':
		return true
	}
	return false
}

// partWord reports whether token k continues the paragraph and is a part
// of the day in the singular ("night", not "nights").
func (s *scanner) partWord(k int) bool {
	n := s.next(k)
	return n != nil && n.key(kPartDay) && s.text[n.end-1]|0x20 != 's'
}

// partOfDay widens a day expression just recorded over a part of the day
// after it ("Friday night", "Wednesday morning", "yesterday afternoon"),
// keeping the day's value. It returns the index after the expression.
func (s *scanner) partOfDay(j int) int {
	if !s.partWord(j) || len(s.out) == 0 {
		return j
	}
	e := &s.out[len(s.out)-1]
	if e.Kind != Day || e.ValueEnd != "" {
		return j
	}
	e.End = s.toks[j].end
	e.Text = s.text[e.Start:e.End]
	return j + 1
}

// deicticPart matches "this morning", "this afternoon", "this evening"
// (the reference day) and "last night", "last evening" (the day before)
// at i, where token i+1 is the part of the day; how is kThis or kLast.
func (s *scanner) deicticPart(i int, how int8) int {
	off := 0
	switch {
	case how == kThis:
	case how == kLast && s.evening(&s.toks[i+1]):
		off = -1
	default:
		return i // "next morning" is read at "the next morning"
	}
	return s.emit(i, i+2, Day, s.refDay(off), "", true)
}

// lastDay returns the day the narrative last named, or the zero time when
// none of the last few expressions is a single day.
func (s *scanner) lastDay() (time.Time, bool) {
	for k := len(s.out) - 1; k >= 0 && k >= len(s.out)-8; k-- {
		e := &s.out[k]
		if e.ValueEnd != "" || e.Value == "" {
			continue
		}
		if e.Value.Precision() != annals.Day {
			return time.Time{}, false // "in March 1998 ... that day": no day to read it against
		}
		d, _, ok := e.Value.Bounds()
		return d, ok
	}
	return time.Time{}, false
}

// anchoredDay matches the days read against the narrative's last day, at
// the unit word i ("day", or a part of the day): "that day", "that same
// day", "the same day", "that morning" (the last day); "the next day",
// "the next morning" (the day after it); "later in the day", "earlier in
// the day" ("the day": the last day). Without a day named before, there
// is nothing to read them against and nothing is recorded.
func (s *scanner) anchoredDay(i int) int {
	t := &s.toks[i]
	if s.text[t.end-1]|0x20 == 's' || t.upper || s.dash(i+1) {
		return i
	}
	part := t.key(kPartDay)
	start, off := i, 0
	p := s.prev(i)
	if !part && p != nil && p.key(kThe) && s.free(i-1, i) && (s.key(i+1, kBefore) || s.key(i+1, kAfter)) {
		return s.dayBeside(i, s.key(i+1, kAfter))
	}
	if p != nil && p.key(kSame) && s.free(i-1, i) {
		start--
		p = s.prev(start)
	}
	switch {
	case p == nil || !s.free(start-1, i):
		return i
	case p.key(kThat):
		start = s.modifier(start - 1) // "earlier that day"
	case p.key(kThe) && start < i:
		start-- // "the same day"
	case p.key(kNext) && start == i:
		q := s.prev(i - 1)
		if q == nil || !q.key(kThe) || !s.free(i-2, i) {
			return i
		}
		start, off = i-2, 1
	case p.key(kThe) && start == i && !part:
		// "later in the day", "earlier in the day"
		q, r := s.prev(i-1), s.prev(i-2)
		if q == nil || r == nil || !q.key(kIn) || !(r.key(kLater) || r.key(kEarlier)) || !s.free(i-3, i) {
			return i
		}
		start--
	default:
		return i
	}
	if n := s.next(i + 1); n != nil && (n.key(kBefore) || n.key(kAfter)) && !part && start == i {
		return s.dayBeside(i, n.key(kAfter))
	}
	if n := s.next(i + 1); n != nil && (n.key(kBefore) || n.key(kAfter) || n.key(kOf) || s.str(n) == "when") {
		return i // "that day before the vote", "that day of the week"
	}
	d, ok := s.lastDay()
	if !ok {
		return i
	}
	return s.emit(start, i+1, Day, annals.DateOf(d.AddDate(0, 0, off), annals.Day), "", true)
}

// ordinalWords are the ordinals after "the" that can count a day beyond
// "first" to "fourth" (clOrdWord): "the eighth day".
var ordinalWords = map[string]bool{"fifth": true, "sixth": true, "seventh": true, "eighth": true, "ninth": true,
	"tenth": true, "eleventh": true, "twelfth": true, "thirteenth": true, "fourteenth": true, "fifteenth": true,
	"sixteenth": true, "seventeenth": true, "eighteenth": true, "nineteenth": true, "twentieth": true, "thirtieth": true}

// ordinalDay matches "the second day", "the eighth day", "the last day"
// at the word "day" i when "today" or "it" is that day: "today is the
// eighth day of Desert Shield", "It's the second day of an offensive".
// The value is the reference day.
func (s *scanner) ordinalDay(i int) int {
	t := &s.toks[i]
	if s.text[t.end-1]|0x20 == 's' || t.upper || i < 4 {
		return i
	}
	o := &s.toks[i-1]
	switch {
	case o.lex.class == clOrdWord && o.lex.val > 0, o.key(kLast), o.kind == tokWord && ordinalWords[lowerASCII(s.str(o))]:
	case o.lex.class == clOrdinal && o.gap == gapNone && i >= 5 && s.toks[i-2].kind == tokNum:
		// "the 8th day"
	default:
		return i
	}
	k := i - 2
	if o.lex.class == clOrdinal {
		k--
	}
	if !s.key(k, kThe) || k < 2 || !s.free(k, i) {
		return i
	}
	// the copula and its subject: "today is", "it's", "This is"
	v := k - 1
	switch {
	case s.str(&s.toks[v]) == "is":
	case s.toks[v].key(kS) && v >= 2 && (s.str(&s.toks[v-1]) == "'" || s.str(&s.toks[v-1]) == "’") && s.toks[v].gap == gapNone:
		v--
	default:
		return i
	}
	subj := s.prev(v)
	if subj == nil || !(subj.key(kToday) || lowerASCII(s.str(subj)) == "it" || subj.key(kThis)) {
		return i
	}
	return s.emit(k, i+1, Day, s.refDay(0), "", true)
}

// untilThen matches "then" after "until" or "by" at i ("Until then, the
// stock remains convertible"): the narrative's last date.
func (s *scanner) untilThen(i int) int {
	p := s.prev(i)
	if p == nil || !(p.key(kUntil) || p.key(kBy)) || !s.free(i-1, i) {
		return i
	}
	if n := s.next(i + 1); n != nil && n.gap == gapNone && s.dash(i+1) {
		return i // "by then-President Obama": a title as it was, no date
	}
	for k := len(s.out) - 1; k >= 0 && k >= len(s.out)-8; k-- {
		e := &s.out[k]
		if e.ValueEnd != "" || e.Value == "" {
			continue
		}
		return s.emit(i, i+1, kindOf(e.Value.Precision()), e.Value, "", true)
	}
	return i
}

// spansModifier reports whether "earlier" or "later" before token j
// belongs to the expression e found at j: before a year or month named
// by "this" or "that" ("earlier this year", "later that month") and
// before an anchored day ("earlier that day"), but not before a week or
// a weekday ("earlier this week", "later Thursday").
func (s *scanner) spansModifier(j int, e *Expr) bool {
	t := &s.toks[j]
	if e.Start != t.start || !(t.key(kThis) || t.key(kThat)) {
		return false
	}
	switch e.Kind {
	case Year, Month:
		return true
	case Day:
		return t.key(kThat)
	}
	return false
}

// modifier widens an expression starting at token i, anchored by "that",
// over an "earlier" or "later" right before it ("later that year").
func (s *scanner) modifier(i int) int {
	if p := s.prev(i); p != nil && (p.key(kEarlier) || p.key(kLater)) && s.free(i-1, i) {
		return i - 1
	}
	return i
}

// appositiveDay matches "the day" at the word "day" i set beside a day
// just named ("Eight days after Oct. 12, the day before the plunge, the
// index ..."): that day.
func (s *scanner) appositiveDay(i int) int {
	if i < 3 || len(s.out) == 0 || !s.punct(i-2, ",") || !s.key(i-1, kThe) {
		return i
	}
	e := &s.out[len(s.out)-1]
	if e.End != s.toks[i-3].end || e.Kind != Day || e.Value.Precision() != annals.Day || e.ValueEnd != "" {
		return i
	}
	return s.emit(i-1, i+1, Day, e.Value, "", e.Relative)
}

// dayBeside matches "day before" or "day after" and a day at i ("the day
// before last Tuesday", "the day after Christmas"): that day moved by
// one. The span starts at "day", as the TimeML corpora mark it. Anything
// else after "before" ("the day before the vote") is read on its own.
func (s *scanner) dayBeside(i int, after bool) int {
	if s.next(i+2) == nil {
		return s.appositiveDay(i) // "the day after" ends the text
	}
	n := len(s.out)
	k := s.match(i + 2)
	if k == i+2 || len(s.out) != n+1 {
		s.out = s.out[:n]
		return s.appositiveDay(i)
	}
	e := &s.out[n]
	d, _, ok := e.Value.Bounds()
	if e.Kind != Day || e.Value.Precision() != annals.Day || s.toks[k-1].key(kPartDay) || !ok {
		return k // "the day after Friday night": keep the night
	}
	off := -1
	if after {
		off = 1
	}
	e.Start = s.toks[i].start
	e.Text = s.text[e.Start:e.End]
	e.Value = annals.DateOf(d.AddDate(0, 0, off), annals.Day)
	e.Timex = annals.DateValue(e.Value)
	return k
}
