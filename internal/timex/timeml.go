package timex

import (
	"strings"
	"time"

	"annals"
)

// This file holds the patterns whose values are TimeML forms rather than
// calendar dates: ISO weeks, quarters and halves, seasons, weekends, parts
// of a day, decades and centuries, PRESENT_REF, PAST_REF and FUTURE_REF,
// and the expressions anchored to the narrative's last date ("the
// quarter", "a year earlier", "that year").

// refTime returns the reference day as a time, when it is known to the day.
func (s *scanner) refTime() (time.Time, bool) {
	if s.ref.d == 0 {
		return time.Time{}, false
	}
	return time.Date(s.ref.y, time.Month(s.ref.m), s.ref.d, 0, 0, 0, 0, time.UTC), true
}

// isoWeek formats the ISO week holding t: "2012-W39".
func isoWeek(t time.Time) annals.DateValue {
	y, w := t.ISOWeek()
	return annals.DateValue(pad(y, 4) + "-W" + pad(w, 2))
}

// weekValue returns the ISO week and the month holding the day off days
// from the reference day, or "" without a reference day.
func (s *scanner) weekValue(off int) (annals.Date, annals.DateValue) {
	t, ok := s.refTime()
	if !ok {
		return "", ""
	}
	t = t.AddDate(0, 0, off)
	return annals.DateOf(t, annals.Month), isoWeek(t)
}

// quarterValue formats quarter q (or half h when h > 0) of year y.
func quarterValue(y, q, h int) annals.DateValue {
	if y <= 0 || y > 9999 {
		return ""
	}
	if h > 0 {
		return annals.DateValue(pad(y, 4) + "-H" + pad(h, 1))
	}
	return annals.DateValue(pad(y, 4) + "-Q" + pad(q, 1))
}

// emitQuarter records a quarter or half over tokens [i, j), makes it the
// narrative's quarter when focus is set (a quarter named for itself, not
// one counted from it: "a year earlier"), and returns j.
func (s *scanner) emitQuarter(i, j, y, q, h int, rel, focus bool) int {
	var v annals.Date
	if y > 0 {
		v = point{y: y}.date()
	}
	s.emitX(i, j, Quarter, v, quarterValue(y, q, h), rel)
	if y > 0 && focus {
		t, _ := s.tense(i, j)
		if t != tensePast && s.focusPast {
			// "will report losses through the third quarter of 1990"
			// after the quarter the story reports: a forecast, not the
			// story's quarter
			return j
		}
		s.focusQ.y, s.focusQ.q, s.focusQ.h = y, q, h
		s.focusTok = j
		s.focusPast = t == tensePast
		s.focusYear = false
	}
	return j
}

// yearAgoOfLatest reports, at "last year" i, whether its sentence named
// "the latest quarter" or "the latest period" before it: the figure
// compared "last year" is that quarter's a year back ("In the latest
// quarter, it lost $23 million, compared with earnings of $33 million
// last year", "Sales in the latest period were $1.76 billion, a 13%
// increase from last year's $1.55 billion").
func (s *scanner) yearAgoOfLatest(i int) bool {
	if s.latestTok == 0 || s.latestTok > i || s.focusQ.y == 0 || s.focusQ.h != 0 || i-s.latestTok > 40 {
		return false
	}
	for k := s.latestTok; k < i; k++ {
		if s.clauseEnd(k) || s.toks[k].gap == gapPara {
			return false
		}
	}
	return true
}

// monthsOfYear reports, at the plural "months" i, whether the text names
// a span of months of the year in a story of quarters ("in the first nine
// months", "for the nine months", "the latest six months"), and if so
// turns the narrative's focus from the quarter to its year (see
// focusYear). It records no expression: TimeML marks the span as a
// duration.
func (s *scanner) monthsOfYear(i int) bool {
	t := &s.toks[i]
	if s.focusQ.y == 0 || s.text[t.end-1]|0x20 != 's' {
		return false
	}
	n := s.prev(i)
	if n == nil || !(n.lex.class == clNumber && (n.lex.val == 6 || n.lex.val == 9) || n.kind == tokNum && (n.num == 6 || n.num == 9) && n.end-n.start == 1) {
		return false
	}
	p := s.prev(i - 1)
	if p != nil && (p.key(kLatest) || p.lex.class == clOrdWord && p.lex.val == 1 || p.key(kPast) || p.key(kLast)) {
		p = s.prev(i - 2)
	}
	if p == nil || !p.key(kThe) {
		return false
	}
	s.focusYear = true
	return true
}

// lastQuarter returns the quarter the narrative last named, else the last
// quarter completed before the reference date.
func (s *scanner) lastQuarter() (y, q, h int) {
	if s.focusQ.y > 0 {
		return s.focusQ.y, s.focusQ.q, s.focusQ.h
	}
	return s.completedQuarter()
}

// completedQuarter returns the last quarter completed before the
// reference date: "the latest quarter".
func (s *scanner) completedQuarter() (y, q, h int) {
	if s.ref.m == 0 {
		return 0, 0, 0
	}
	y, q = s.ref.y, (s.ref.m-1)/3
	if q == 0 {
		y, q = y-1, 4
	}
	return y, q, 0
}

// lastYear returns the year of the last expression found before token i
// with a calendar value, else the reference year.
func (s *scanner) lastYear() int {
	for k := len(s.out) - 1; k >= 0 && k >= len(s.out)-8; k-- {
		if v := s.out[k].Value; len(v) >= 4 {
			return atoi(string(v[:4]))
		}
	}
	return s.ref.y
}

// free reports whether token k exists, continues the paragraph of token
// i (k < i) and is not part of an expression already found.
func (s *scanner) free(k, i int) bool {
	if k < 0 || k >= i {
		return false
	}
	for m := k + 1; m <= i; m++ {
		if s.toks[m].gap == gapPara {
			return false
		}
	}
	return len(s.out) == 0 || s.out[len(s.out)-1].End <= s.toks[k].start
}

// determiner widens an expression starting at token i over a "the" right
// before it. A possessive stays out, as in TimeML spans: "its [fourth
// quarter]", "its [21st century]".
func (s *scanner) determiner(i int) int {
	if p := s.prev(i); p != nil && p.key(kThe) && s.free(i-1, i) {
		return i - 1
	}
	return i
}

// yearAgo reports whether tokens k, k+1, k+2 are "year-earlier" or
// "year-ago".
func (s *scanner) yearAgo(k int) bool {
	t := s.next(k)
	if t == nil || !t.key(kYear) || s.text[t.end-1]|0x20 == 's' || !s.dash(k+1) {
		return false
	}
	n := s.next(k + 2)
	return n != nil && n.gap == gapNone && s.toks[k+1].gap == gapNone && (n.key(kEarlier) || n.key(kAgo))
}

// prevYearExpr returns the index in s.out of a year expression ending
// right before token k ("the 1988 third quarter", "this year's third
// quarter") and the token it starts at, else -1.
func (s *scanner) prevYearExpr(k int) (int, int) {
	if len(s.out) == 0 || k <= 0 {
		return -1, k
	}
	e := &s.out[len(s.out)-1]
	if e.Kind != Year || len(e.Value) != 4 || e.ValueEnd != "" {
		return -1, k
	}
	j := k
	// "this year's": the possessive follows the expression
	if j >= 2 && s.str(&s.toks[j-1]) == "s" && (s.str(&s.toks[j-2]) == "'" || s.str(&s.toks[j-2]) == "’") {
		j -= 2
	}
	if j <= 0 || s.toks[j-1].end != e.End || s.toks[j].gap == gapPara {
		return -1, k
	}
	for j > 0 && s.toks[j-1].start >= e.Start {
		j--
	}
	return len(s.out) - 1, j
}

// ordinalUnit parses an ordinal quarter or half at i: "third quarter",
// "third-quarter", "3rd quarter", "first half", "last half". It returns
// the quarter q or half h and the index after the unit word.
func (s *scanner) ordinalUnit(i int) (q, h, j int, ok bool) {
	t := s.next(i)
	if t == nil {
		return 0, 0, i, false
	}
	n, k := 0, i+1
	switch {
	case t.lex.class == clOrdWord:
		n = int(t.lex.val)
	case t.key(kLast):
		n = -1
	case t.kind == tokNum && t.num >= 1 && t.num <= 4 && t.end-t.start == 1:
		o := s.next(i + 1)
		if o == nil || o.gap != gapNone || o.lex.class != clOrdinal {
			return 0, 0, i, false
		}
		n, k = t.num, i+2
	default:
		return 0, 0, i, false
	}
	if s.dash(k) {
		k++
	}
	if w := s.next(k); w != nil && w.lex.class == clNumber && w.lex.val == 2 && (n == 1 || n == -1) && s.key(k+1, kQuarter) &&
		s.text[s.toks[k+1].end-1]|0x20 == 's' {
		// "the first two quarters", "the last two quarters": a half
		if n == 1 {
			return 0, 1, k + 2, true
		}
		return 0, 2, k + 2, true
	}
	u := s.next(k)
	if u == nil || u.end-u.start > 7 || s.text[u.end-1]|0x20 == 's' && u.key(kQuarter) {
		return 0, 0, i, false
	}
	switch {
	case u.key(kQuarter) && n > 0:
		return n, 0, k + 1, true
	case u.key(kHalf) && (n == 1 || n == 2):
		return 0, n, k + 1, true
	case u.key(kHalf) && n == -1:
		return 0, 2, k + 1, true
	}
	return 0, 0, i, false
}

// quarter matches an ordinal quarter or half at i ("the third quarter",
// "third-quarter", "the fiscal first half of 1990", "the 1988 second
// quarter", "this year's third quarter", "the year-ago third quarter").
// Without a year it is a quarter of the reference year.
func (s *scanner) quarter(i int) int {
	q, h, j, ok := s.ordinalUnit(i)
	if !ok {
		return i
	}
	if h > 0 && !s.key(j, kOf) && !s.nounEnds(j) {
		return i // "the first half hour"
	}
	if h > 0 && !s.key(j, kOf) {
		// "half" is often not a date: only "the first half", "first-half"
		if p := s.prev(i); p == nil || !(p.key(kThe) || p.key(kFiscal) || p.kind == tokNum) {
			if !s.dash(i + 1) {
				return i
			}
		}
	}
	y, rel := 0, true
	start := i
	if s.key(j, kOf) && s.key(j+1, kThe) && s.key(j+3, kYear) {
		switch lowerASCII(s.str(&s.toks[j+2])) {
		case "academic", "school":
			// "the fourth quarter of the academic year": a term of
			// school, no quarter of the calendar
			return j + 4
		}
	}
	// "of 1990", "of the year"
	if s.key(j, kOf) {
		if yy, k, ok := s.yearAt(j + 1); ok {
			y, j, rel = yy, k, false
		} else if yy, k, ok := s.ofDeicticYear(j); ok {
			y, j = yy, k // "the fourth quarter of last year"
		} else if k := s.decadeHalf(i, j+1); k > i {
			return k
		} else if n := s.next(j + 1); n != nil && (n.key(kFiscal) || n.key(kFY)) {
			if fy, k := s.fiscalYear(j + 1); k > j+1 {
				y, j, rel = fy, k, false // "the first half of FY23"
			}
		} else if n != nil && n.kind == tokWord && !s.ofTheYear(j+1) {
			// "the second half of the 21st century", "the first half of
			// its commitment", "the first half of a year": a part of
			// something else than the reference year ("the third
			// quarter of $226.3 million" is the story's quarter)
			return j
		}
	}
	// what comes before: "fiscal", "year-ago", a year, "the"
	if p := s.prev(start); p != nil && p.key(kFiscal) && s.free(start-1, i) {
		start--
	}
	shifted := 0
	if start >= 3 && s.yearAgo(start-3) && s.free(start-3, i) {
		start -= 3
		shifted = -1
		if y == 0 {
			fy, _, _ := s.lastQuarter()
			if fy == 0 {
				fy = s.ref.y
			}
			if fy > 0 {
				y = fy - 1
			}
		}
	}
	if k, first := s.prevYearExpr(start); k >= 0 {
		e := s.out[k]
		s.out = s.out[:k]
		if y == 0 {
			y, rel = atoi(string(e.Value)), e.Relative
		}
		start = first
	}
	if p := s.prev(start); p != nil && p.key(kFiscal) && s.free(start-1, i) {
		start--
	}
	if !s.dash(j-2) || s.key(j, kOf) {
		// "the third quarter", but "its third-quarter net": written
		// with a hyphen, the quarter is an adjective and its
		// determiner belongs to the noun
		start = s.determiner(start)
	}
	if y == 0 && shifted == 0 {
		// "the second quarter ended Oct. 31, 1988": the year of its end
		// (without one, the latest Oct. 31: see endedDay)
		if p, _, ok, written := s.endedDay(j); ok && p.y > 0 {
			y, rel = p.y, !written
		}
	}
	if k := s.apposed(start); k >= 0 && shifted == 0 {
		// "the comparable year-ago quarter, the second quarter ended
		// Oct. 31": the apposition restates the quarter counted back,
		// which takes its number, and lends it its year
		e := &s.out[k]
		if y == 0 {
			y = atoi(string(e.Value))
		}
		e.Value, e.Timex = point{y: y}.date(), quarterValue(y, q, h)
	}
	if y == 0 {
		y = s.ref.y
	}
	// "after a flat second quarter" mentions a quarter in passing ("a
	// third-quarter loss", an adjective, is the story's)
	passing := !s.dash(j-2) && s.indefinite(start)
	return s.emitQuarter(start, j, y, q, h, rel, shifted == 0 && !passing)
}

// apposed returns the index in s.out of a quarter counted back from the
// narrative's ("the year-ago quarter", "the comparable year-earlier
// period") that ends right before a comma before token i, the expression
// at i standing in apposition to it; else -1.
func (s *scanner) apposed(i int) int {
	k := len(s.out) - 1
	if k < 0 || k != s.backQ-1 || !s.punct(i-1, ",") || s.toks[i-1].gap != gapNone || i < 2 || s.out[k].End != s.toks[i-2].end ||
		s.toks[i].gap == gapPara || len(s.out[k].Value) != 4 {
		return -1
	}
	return k
}

// indefinite reports whether an indefinite article comes before the
// expression at i, at most one word before it ("a flat second quarter").
func (s *scanner) indefinite(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if !s.free(k, i) || s.toks[k].kind != tokWord {
			return false
		}
		if s.toks[k].lex.class == clNumber && s.toks[k].lex.val == 1 && s.toks[k].end-s.toks[k].start <= 2 {
			return true // "a", "an"
		}
	}
	return false
}

// ofDeicticYear matches "of last year", "of this year", "of next year" at
// j, the year a quarter, half or season belongs to ("the fourth quarter
// of last year", "the spring of next year"): the year and the index after
// it. Not before a possessive: "the fall of last year's government".
func (s *scanner) ofDeicticYear(j int) (y, k int, ok bool) {
	if !s.key(j, kOf) {
		return 0, j, false
	}
	y, k, ok = s.deicticYear(j)
	if !ok {
		return 0, j, false
	}
	if n := s.next(k); n != nil && n.gap == gapNone && n.kind == tokPunct && (s.str(n) == "'" || s.str(n) == "’") {
		return 0, j, false
	}
	return y, k, true
}

// ofTheYear reports whether the words at k name the year a quarter or
// half after "of" belongs to: "the year", "the fiscal year", "the current
// year", "that year", "the calendar year".
func (s *scanner) ofTheYear(k int) bool {
	if !s.key(k, kThe) && !strings.EqualFold(s.str(&s.toks[k]), "that") {
		return false
	}
	for c := 0; c < 2; c++ {
		k++
		n := s.next(k)
		if n == nil {
			return false
		}
		if n.key(kYear) {
			return s.text[n.end-1]|0x20 != 's'
		}
		switch lowerASCII(s.str(n)) {
		case "fiscal", "calendar", "current", "new", "same", "financial":
		default:
			return false
		}
	}
	return false
}

// decadeHalf matches the decade after "the first half of" ("the last
// half of the '80s", "the first half of the 1990s") at k, the ordinal
// being at i: the decade's value (TimeML gives a part of a decade the
// decade's value), the span from the ordinal's determiner. It returns the
// index after it, or i.
func (s *scanner) decadeHalf(i, k int) int {
	if s.key(k, kThe) {
		k++
	}
	if s.next(k) == nil {
		return i
	}
	start := s.determiner(i)
	n := len(s.out)
	e := s.decade(k)
	if e == k || len(s.out) != n+1 {
		s.out = s.out[:n]
		return i
	}
	x := &s.out[n]
	x.Start = s.toks[start].start
	x.Text = s.text[x.Start:x.End]
	return e
}

// anchoredQuarter matches "the quarter", "the latest quarter", "the
// current quarter", "the year-earlier quarter", "the year-ago period",
// "the 1988 quarter" at the unit word i, looking back for what qualifies
// it; the quarter is the one the narrative last named.
func (s *scanner) anchoredQuarter(i int) int {
	t := &s.toks[i]
	if s.text[t.end-1]|0x20 == 's' {
		return i // "quarters", "periods"
	}
	if s.dash(i+1) && s.toks[i+1].gap == gapNone {
		return i // "its quarter-century low", "the quarter-to-quarter comparison"
	}
	start := i
	shift, qualified, current, latest := 0, false, false, false
	year := 0
	for n := 0; n < 4; n++ {
		p := s.prev(start)
		if p == nil || !s.free(start-1, i) {
			break
		}
		switch {
		case p.key(kLatest):
			qualified, latest = true, true
			start--
			continue
		case p.key(kComparable) || p.key(kSame) || p.key(kFiscal):
			qualified = true
			start--
			continue
		case p.key(kCurrent):
			qualified, current = true, true
			start--
			continue
		case start >= 3 && s.yearAgo(start-3):
			shift, qualified = -1, true
			start -= 3
			continue
		}
		break
	}
	if k, first := s.prevYearExpr(start); k >= 0 {
		e := s.out[k]
		s.out = s.out[:k]
		year, qualified = atoi(string(e.Value)), true
		start = first
	}
	p := s.prev(start)
	det := p != nil && s.free(start-1, i) && (p.key(kThe) || p.key(kThis) || p.key(kThat) || p.key(kIts))
	if !det && year == 0 {
		return i
	}
	if t.key(kPeriod) && !qualified {
		return i // "the period" alone is no quarter
	}
	if t.key(kPeriod) && s.focusQ.y == 0 && !latest && !current {
		// "the same period", "the year-ago period" in a story that
		// named no quarter: a period of its own ("since January 2020
		// ... over the same period"), none the text gives as a quarter
		return i
	}
	if det {
		if p.key(kThis) && s.focusQ.y == 0 {
			current = true
		}
		start--
	}
	end := i + 1
	if s.key(i+1, kLast) && s.key(i+2, kYear) && s.text[s.toks[i+2].end-1]|0x20 != 's' {
		// "the corresponding period last year": one date, a year back
		shift, end = shift-1, i+3
	} else if n := s.next(i + 1); n != nil && n.lex.class == clNumber && n.lex.val == 1 && s.key(i+2, kYear) &&
		s.text[s.toks[i+2].end-1]|0x20 != 's' && (s.key(i+3, kAgo) || s.key(i+3, kEarlier)) {
		shift, end = shift-1, i+4 // "the quarter a year ago"
	} else if w := s.next(i + 1); year == 0 && w != nil && (s.str(w) == "in" || s.str(w) == "of") && s.next(i+2) != nil {
		// "the same period in FY22", "the same quarter of 2021": the
		// narrative's quarter or half in that year
		if n := &s.toks[i+2]; n.key(kFiscal) || n.key(kFY) {
			if fy, k := s.fiscalYear(i + 2); k > i+2 {
				year, end = fy, k
			}
		} else if yy, k, ok := s.yearAt(i + 2); ok && s.yearEnds(k-1) {
			year, end = yy, k
		} else if n := s.next(i + 3); s.key(i+2, kThe) && n != nil && (s.str(n) == "prior" || s.str(n) == "previous") &&
			s.key(i+4, kYear) && s.text[s.toks[i+4].end-1]|0x20 != 's' {
			shift, end = shift-1, i+5 // "the same period in the prior year"
		}
	}
	if s.focusYear && t.key(kPeriod) && (shift != 0 || year > 0) {
		// "the 1988 period", "the year-ago period" after "the first
		// nine months": the year
		y := s.focusQ.y + shift
		if year > 0 {
			y = year
		}
		return s.emit(start, end, Year, point{y: y}.date(), "", true)
	}
	var y, q, h int
	switch {
	case current && s.ref.m > 0:
		y, q = s.ref.y, (s.ref.m-1)/3+1
	case latest && year == 0 && shift == 0 && !s.focusPast:
		// "the latest quarter": the last one completed, unless the
		// narrative named one told in the past (a fiscal quarter whose
		// results are in)
		y, q, h = s.completedQuarter()
	case s.focusQ.y == 0 && year == 0 && shift == 0:
		// "the quarter ended July 31" in a story that named no quarter:
		// the calendar quarter holding most of its months
		if y, q = s.quarterEnded(end); y == 0 {
			y, q, h = s.lastQuarter()
		}
	default:
		y, q, h = s.lastQuarter()
	}
	if y == 0 {
		return i
	}
	if year > 0 {
		y = year
	}
	j := s.emitQuarter(start, end, y+shift, q, h, true, shift == 0 && year == 0)
	if latest && shift == 0 && year == 0 && h == 0 {
		s.latestTok = j
	}
	if shift != 0 {
		s.backQ = len(s.out) // a quarter counted back: see apposed
	}
	return j
}

// quarterEnded reads "ended July 31", "ending Sept. 30" at token k after
// "the quarter" and returns the calendar quarter that holds most of the
// three months up to that day (May to July is the second quarter), or 0
// when k reads no such day. A day without a year takes the year the day
// itself is given (see resolveYear).
func (s *scanner) quarterEnded(k int) (y, q int) {
	p, j, ok, _ := s.endedDay(k)
	if !ok {
		return 0, 0
	}
	y = p.y
	if y == 0 {
		y, _ = s.resolveYear(p, true, k+1, j, point{})
		s.tensed = false // the quarter's own year is not read from a tense
		if y == 0 {
			return 0, 0
		}
	}
	m := p.m - 1 // the middle month of the three
	if m == 0 {
		y, m = y-1, 12
	}
	return y, (m-1)/3 + 1
}

// endedDay reads "ended July 31", "ending Sept. 30, 1988" at token k
// after a quarter and returns the day and the index after it; written is
// set when the text gives the day's year. "ended" without a year is the
// latest such day up to the reference date (the end is past: read on 27
// October 1989, "ended Oct. 31" is 1988's); "ending" without one leaves
// the year 0.
func (s *scanner) endedDay(k int) (p point, j int, ok, written bool) {
	t := s.at(k)
	if t == nil || t.kind != tokWord || !strings.EqualFold(s.str(t), "ended") && !strings.EqualFold(s.str(t), "ending") {
		return p, k, false, false
	}
	p, j, form := s.point(k+1, false)
	if form != fDayMonth && form != fMonthDay || p.m == 0 || p.d == 0 {
		return p, k, false, false
	}
	if p.y > 0 {
		return p, j, true, true
	}
	if s.ref.m > 0 && strings.EqualFold(s.str(t), "ended") {
		p.y = s.ref.y
		if p.m > s.ref.m || p.m == s.ref.m && s.ref.d > 0 && p.d > s.ref.d {
			p.y--
		}
	}
	return p, j, true, false
}

// yearEarlier matches "year-earlier" and "year-ago" used alone ("the
// year-earlier net"), the same quarter a year before the narrative's.
func (s *scanner) yearEarlier(i int) int {
	if !s.yearAgo(i) {
		return i
	}
	j := i + 3
	if n := s.next(j); n != nil && (n.key(kQuarter) || n.key(kPeriod) || n.lex.class == clOrdWord) {
		return i // "the year-earlier quarter": read at the quarter
	}
	if s.focusQ.y > 0 && s.focusYear {
		return s.emit(i, j, Year, point{y: s.focusQ.y - 1}.date(), "", true)
	}
	if s.focusQ.y > 0 {
		return s.emitQuarter(i, j, s.focusQ.y-1, s.focusQ.q, s.focusQ.h, true, false)
	}
	return s.emit(i, j, Year, s.refYear(-1), "", true)
}

// theYear matches "the year", "the fiscal year", "the full year", "the
// current year": the reference year; and "that year", "the same year":
// the year the narrative last named.
func (s *scanner) theYear(i int) int {
	t := &s.toks[i]
	if t.upper || s.text[t.end-1]|0x20 == 's' || s.dash(i+1) {
		return i
	}
	if n := s.next(i + 1); n != nil && (n.key(kAgo) || n.key(kEarlier) || n.key(kBefore) || n.key(kLater) || n.key(kAfter) || n.kind == tokNum || n.lex.class == clNumber) {
		return i // "the year before", "the year 2000"
	} else if n != nil && n.gap == gapSpace && (n.key(kSince) || n.key(kFollowing)) {
		return i // "in the year since the ruling": twelve months; "the year following birth"
	}
	start, anchored, latest := i, false, false
	for n := 0; n < 2; n++ {
		p := s.prev(start)
		if p == nil || !s.free(start-1, i) || !(p.key(kFiscal) || p.key(kCurrent) || p.key(kSame) || p.key(kLatest) || s.str(p) == "full") {
			break
		}
		anchored = anchored || p.key(kSame)
		latest = latest || p.key(kLatest)
		start--
	}
	p := s.prev(start)
	if p == nil || !s.free(start-1, i) || !(p.key(kThe) || p.key(kThat)) {
		return i
	}
	if k := start - 2; p.key(kThe) && start == i && k >= 0 && s.toks[start-1].gap != gapPara {
		if s.punct(k, ",") && s.toks[k].gap == gapNone {
			k--
		}
		if y := s.at(k); y != nil && y.kind == tokNum && y.end-y.start == 4 && validYear(y.num) && s.toks[k+1].gap != gapPara {
			return i // "in 1937, the year the workers joined", "make 2024 the year of action": the year named
		}
	}
	if p.key(kThat) {
		anchored = true
		if m := s.modifier(start - 1); m < start-1 {
			start = m + 1 // "later that year"
		}
	}
	y := s.ref.y
	switch {
	case anchored:
		y = s.lastYear()
	case latest && y > 0:
		y-- // "the latest fiscal year": the last one completed
	}
	if e, _, ok, _ := s.endedDay(i + 1); ok && e.y > 0 && !anchored {
		// "the fiscal year ending June 30, 1990", "the year ended Dec.
		// 31, 1988": the year of its end (see endedDay)
		y = e.y
	}
	if y == 0 {
		return s.emit(start-1, i+1, Year, "", "", true)
	}
	return s.emit(start-1, i+1, Year, point{y: y}.date(), "", true)
}

// following matches "the following year", "the following month", "the
// following day" at the unit word i: the unit after the narrative's last
// date of that precision or finer ("On May 22, 1995, ... and the following
// year" is 1996). "over the following year" is a duration, and without an
// earlier date in the paragraphs before there is nothing to count from.
func (s *scanner) following(i int) int {
	t := &s.toks[i]
	if s.text[t.end-1]|0x20 == 's' || s.dash(i+1) {
		return i
	}
	p, q := s.prev(i), s.prev(i-1)
	if p == nil || q == nil || !p.key(kFollowing) || !q.key(kThe) || !s.free(i-2, i) {
		return i
	}
	if r := s.prev(i - 2); r != nil && r.kind == tokWord {
		switch lowerASCII(s.str(r)) {
		case "over", "for", "within", "throughout", "through", "during":
			return i
		}
	}
	prec := annals.Year
	switch t.lex.val {
	case kMonth:
		prec = annals.Month
	case kDay:
		prec = annals.Day
	}
	for k := len(s.out) - 1; k >= 0 && k >= len(s.out)-8; k-- {
		v := s.out[k].Value
		if s.out[k].ValueEnd != "" || v == "" {
			continue
		}
		if v.Precision() < prec {
			continue
		}
		d, _, ok := v.Bounds()
		if !ok {
			return i
		}
		switch prec {
		case annals.Year:
			d = d.AddDate(1, 0, 0)
		case annals.Month:
			d = time.Date(d.Year(), d.Month()+1, 1, 0, 0, 0, 0, time.UTC)
		default:
			d = d.AddDate(0, 0, 1)
		}
		return s.emit(i-2, i+1, kindOf(prec), annals.DateOf(d, prec), "", true)
	}
	return i
}

// kindOf returns the kind of an expression at precision p.
func kindOf(p annals.Precision) Kind {
	switch p {
	case annals.Day:
		return Day
	case annals.Month:
		return Month
	}
	return Year
}

// refWord matches the words TimeML values as PRESENT_REF, PAST_REF or
// FUTURE_REF: "now", "right now", "currently", "current", "these days",
// "recently", "recent years", "the past", "the future", "the near future".
func (s *scanner) refWord(i int) int {
	t := &s.toks[i]
	switch t.lex.val {
	case kNow:
		// "now that" is a conjunction, but TimeML values its "now" too;
		// "Now, he says" opening a sentence is a discourse marker
		if t.upper && s.punct(i+1, ",") {
			return i
		}
		start := i
		if p := s.prev(i); p != nil && p.key(kRight) && s.free(i-1, i) {
			start--
		}
		return s.emitX(start, i+1, Ref, "", annals.PresentRef, true)
	case kRight:
		if s.key(i+1, kNow) {
			return s.emitX(i, i+2, Ref, "", annals.PresentRef, true)
		}
	case kCurrently:
		return s.emitX(i, i+1, Ref, "", annals.PresentRef, true)
	case kCurrent:
		if t.upper {
			return i // "Current Affairs": part of a name
		}
		if n := s.next(i + 1); n != nil && (n.key(kQuarter) || n.key(kPeriod) || n.key(kYear) || n.key(kFiscal) || n.key(kMonth) || n.key(kWeek) || n.kind == tokPunct && s.dash(i+1)) {
			return i
		}
		return s.emitX(i, i+1, Ref, "", annals.PresentRef, true)
	case kThese:
		if n := s.next(i + 1); n != nil && n.key(kDay) && s.text[n.end-1]|0x20 == 's' && !n.upper {
			// (not "these Days of Remembrance": a name)
			return s.emitX(i, i+2, Ref, "", annals.PresentRef, true)
		}
	case kRecently:
		return s.emitX(i, i+1, Ref, "", annals.PastRef, true)
	case kRecent:
		// "recent years", "recent weeks and months"
		n := s.next(i + 1)
		if n == nil || !(n.key(kYear) || n.key(kMonth) || n.key(kWeek) || n.key(kDay)) || s.text[n.end-1]|0x20 != 's' {
			return i
		}
		j := i + 2
		if m := s.next(j + 1); s.key(j, kAnd) && m != nil && (m.key(kYear) || m.key(kMonth) || m.key(kWeek) || m.key(kDay)) && s.text[m.end-1]|0x20 == 's' {
			j += 2
		}
		return s.emitX(i, j, Ref, "", annals.PastRef, true)
	case kNear:
		// "the near term", "the near future" (at "future")
		if s.key(i+1, kTerm) {
			if p := s.prev(i); p != nil && p.key(kThe) && s.free(i-1, i) {
				return s.emitX(i-1, i+2, Ref, "", annals.FutureRef, true)
			}
		}
	case kTerm:
		// "the short term" (for "the near term" see kNear)
		if p := s.prev(i); p != nil && s.str(p) == "short" && s.free(i-1, i) && s.text[t.end-1]|0x20 != 's' {
			if q := s.prev(i - 1); q != nil && q.key(kThe) && s.free(i-2, i) {
				return s.emitX(i-2, i+1, Ref, "", annals.FutureRef, true)
			}
		}
	case kComing:
		// "coming months", "the coming quarters", "in the coming weeks":
		// what is ahead, at no count the text gives
		if s.pluralUnit(i + 1) {
			return s.emitX(s.determiner(i), i+2, Ref, "", annals.FutureRef, true)
		}
	case kPast, kFuture:
		if t.lex.val == kPast && s.str(t) != "past" {
			return i // "previous"
		}
		if t.upper && s.prev(i) != nil && !s.clauseEnd(i-1) {
			// "Feed the Future", "the Summit of the Future", "Jobs for
			// the Future": a word of a name, not the time ahead
			return i
		}
		if t.lex.val == kPast {
			if j := s.vaguePast(i); j > i {
				return j
			}
		}
		if t.lex.val == kPast && s.key(i+1, kYear) && s.text[s.toks[i+1].end-1]|0x20 != 's' && !s.dash(i+2) {
			// "the past year": the TimeML corpora give the year before
			// the reference year ("the past decade" is a duration, and
			// so are "the past year and a half", "the past year or so")
			if s.lengthened(i + 2) {
				return i
			}
			if p := s.prev(i); p != nil && p.key(kThe) && s.free(i-1, i) {
				return s.emit(i-1, i+2, Year, s.refYear(-1), "", true)
			}
			return i
		}
		if s.nameOfThe(i) {
			return i // "the Summit of the Future"
		}
		if n := s.next(i + 1); t.lex.val == kFuture && n != nil && n.key(kQuarter) && s.text[n.end-1]|0x20 == 's' {
			return s.emitX(i, i+2, Ref, "", annals.FutureRef, true) // "future quarters"
		}
		p := s.prev(i)
		start := i
		if p != nil && p.key(kNear) && t.lex.val == kFuture && s.free(i-1, i) {
			start--
			p = s.prev(start)
		}
		if p == nil || !s.free(start-1, i) || !p.key(kThe) && !(p.key(kIn) && t.lex.val == kFuture) {
			return i
		}
		if p.key(kThe) {
			start--
		}
		if !s.nounEnds(i + 1) {
			return i
		}
		x := annals.PastRef
		if t.lex.val == kFuture {
			x = annals.FutureRef
		}
		return s.emitX(start, i+1, Ref, "", x, true)
	}
	return i
}

// nameOfThe reports whether the capitalized word at i ends a name after
// "of the" or "for the" set after a capitalized word: "the Summit of the
// Future", "the Museum of the Past", "a Fund for the Future" name a
// gathering, a place or a body, no time ("in the future" stays one).
func (s *scanner) nameOfThe(i int) bool {
	t, the, of, head := s.next(i), s.prev(i), s.prev(i-1), s.prev(i-2)
	if t == nil || the == nil || of == nil || head == nil || !s.free(i-3, i) {
		return false
	}
	if c := s.text[t.start]; c < 'A' || c > 'Z' {
		return false
	}
	if w := s.str(of); s.str(the) != "the" || w != "of" && w != "for" {
		return false
	}
	c := s.text[head.start]
	return c >= 'A' && c <= 'Z'
}

// lengthened reports whether the words at k make the unit before them a
// length of time: "and a half", "or so", "or two", "or more".
func (s *scanner) lengthened(k int) bool {
	t, n := s.next(k), s.next(k+1)
	if t == nil || n == nil || t.kind != tokWord || n.kind != tokWord {
		return false
	}
	switch w := lowerASCII(s.str(n)); lowerASCII(s.str(t)) {
	case "and":
		return w == "a" && s.key(k+2, kHalf)
	case "or":
		return w == "so" || w == "two" || w == "more"
	}
	return false
}

// modal reports whether token k is a modal verb that looks ahead from
// the reference time ("will", "may", "could") or the "ll" of "'ll";
// "would" often looks ahead from the past ("a conflict that would soon
// engulf the peninsula") and is not one.
func (s *scanner) modal(k int) bool {
	t := s.at(k)
	if t == nil || t.kind != tokWord {
		return false
	}
	switch lowerASCII(s.str(t)) {
	case "will", "shall", "should", "could", "can", "may", "might", "ll":
		return true
	}
	return false
}

// soonRef matches "soon" (i) told of what lies ahead, as TimeML values it:
// FUTURE_REF after a modal or "to" ("may soon seek", "to soon grow") or
// before one ("soon will begin"); not "as soon as", "soon after", nor a
// bare "soon" ("was soon released", "will be applied soon" the corpora
// mark either way).
func (s *scanner) soonRef(i int) int {
	t := &s.toks[i]
	if t.end-t.start != 4 || !s.free(i-1, i) && i > 0 {
		return i
	}
	if n := s.next(i + 1); n != nil && n.kind == tokWord {
		switch lowerASCII(s.str(n)) {
		case "as", "after", "afterward", "afterwards", "thereafter", "enough":
			return i
		}
	}
	if p := s.prev(i); p != nil && (s.modal(i-1) || p.key(kTo)) || s.modal(i+1) && s.next(i+1) != nil {
		return s.emitX(i, i+1, Ref, "", annals.FutureRef, true)
	}
	return i
}

// someDay matches "one day" after a modal ("will one day be"): some time
// ahead (FUTURE_REF), not a duration ("in the job one day").
func (s *scanner) someDay(i int) int {
	if s.toks[i].end-s.toks[i].start != 3 || !s.modal(i-1) || !s.free(i-1, i) || !s.key(i+1, kDay) ||
		s.text[s.toks[i+1].end-1]|0x20 == 's' {
		return i
	}
	return s.emitX(i, i+2, Ref, "", annals.FutureRef, true)
}

// fiscalYear reads a fiscal year at "FY" or "fiscal" (i): "fiscal 1990",
// "FY2021", "FY 2022", "Fiscal Year 2023", "fiscal 1991's first quarter"
// (the quarter reads the year before its possessive), and with two
// digits "FY22", "FY 21", "fiscal '90": the year of that number nearest
// the reference year (FY89 read in 1989 is 1989, FY26 read in 2019 is
// 2026). It returns the year and the index after it, or i.
func (s *scanner) fiscalYear(i int) (y, j int) {
	k := i + 1
	if s.toks[i].key(kFiscal) || s.toks[i].key(kFY) {
		if n := s.next(k); n != nil && n.key(kYear) && s.text[n.end-1]|0x20 != 's' && n.upper == s.toks[i].upper {
			k++ // "fiscal year 2022", "Fiscal Year 2022"
		}
	}
	quote := false
	if (s.punct(k, "'") || s.punct(k, "’")) && s.toks[k].gap == gapNone || s.punct(k, "'") && s.toks[k].gap == gapSpace && s.at(k+1) != nil && s.toks[k+1].gap == gapNone {
		quote = true // "fiscal '90", "FY'22"
		k++
	}
	n := s.next(k)
	if n == nil || n.kind != tokNum || !s.yearEnds(k) && !s.possessiveAt(k+1) {
		return 0, i
	}
	switch {
	case n.end-n.start == 4 && validYear(n.num) && !quote:
		return n.num, k + 1
	case n.end-n.start == 2 && (quote || s.toks[i].key(kFY) && k == i+1):
		c := 2000
		if s.ref.y > 0 {
			c = s.ref.y / 100 * 100
		}
		y = c + n.num
		if s.ref.y > 0 {
			for _, cand := range []int{y - 100, y + 100} {
				if abs(cand-s.ref.y) < abs(y-s.ref.y) {
					y = cand
				}
			}
		} else if n.num >= 50 {
			y -= 100
		}
		if y < 1 {
			return 0, i
		}
		return y, k + 1
	}
	return 0, i
}

// possessiveAt reports whether tokens k and k+1 are a glued "'s".
func (s *scanner) possessiveAt(k int) bool {
	return (s.punct(k, "'") || s.punct(k, "’")) && s.toks[k].gap == gapNone && s.key(k+1, kS) && s.toks[k+1].gap == gapNone
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// pluralUnit reports whether token k, in the paragraph, is a unit of time
// in the plural: "days", "weeks", "months", "years", "quarters", "decades".
func (s *scanner) pluralUnit(k int) bool {
	n := s.next(k)
	if n == nil || s.text[n.end-1]|0x20 != 's' {
		return false
	}
	return n.key(kDay) || n.key(kWeek) || n.key(kMonth) || n.key(kYear) || n.key(kQuarter) || n.key(kDecade)
}

// vaguePast matches a stretch of the past at "past" or "last" (i) whose
// length the text leaves open: "the past few years", "the last several
// quarters", "in past years" (PAST_REF, as "recent years"). A length the
// text gives ("the past two years", "the last three months") is a
// duration, no date. It returns the index after the expression, or i.
func (s *scanner) vaguePast(i int) int {
	p := s.prev(i)
	if p == nil || !s.free(i-1, i) {
		return i
	}
	switch {
	case p.key(kThe) && s.key(i+1, kSeveral) && s.pluralUnit(i+2):
		return s.emitX(i-1, i+3, Ref, "", annals.PastRef, true)
	case s.toks[i].key(kPast) && !s.toks[i].upper && p.key(kIn) && s.pluralUnit(i+1):
		return s.emitX(i, i+2, Ref, "", annals.PastRef, true) // "in past years"
	}
	return i
}

// nounEnds reports whether the word before token j ends a noun phrase:
// what follows is punctuation, the end or a function word, not a noun
// ("the past few years", "the future president").
func (s *scanner) nounEnds(j int) bool {
	n := s.next(j)
	if n == nil || n.kind == tokPunct {
		return true
	}
	if n.kind != tokWord || n.upper {
		return false
	}
	if n.lex.class == clKey {
		switch n.lex.val {
		case kAnd, kTo, kIn, kOn, kBy, kWill, kAfter, kBefore, kSince, kUntil, kFrom, kDuring, kThat, kThe:
			return true
		}
		return false
	}
	switch s.str(n) {
	case "or", "but", "is", "was", "as", "than", "when", "if", "because", "where", "with", "for", "at", "are", "were", "has", "have", "had",
		"it", "he", "she", "they", "we", "i", "you", "there":
		return true
	}
	return false
}

// seasonOf returns the TimeML season code of a season word.
func (s *scanner) seasonOf(t *token) string {
	switch s.text[t.start] | 0x20 {
	case 's':
		if s.text[t.start+1]|0x20 == 'p' {
			return "SP"
		}
		return "SU"
	case 'w':
		return "WI"
	}
	return "FA"
}

// seasonValue formats season c of year y.
func seasonValue(y int, c string) (annals.Date, annals.DateValue) {
	if y <= 0 || y > 9999 {
		return "", ""
	}
	return point{y: y}.date(), annals.DateValue(pad(y, 4) + "-" + c)
}

// season matches a season with a year ("the summer of 1998", "spring
// 1999") or introduced as a date ("in the summer", "during the winter"):
// the season of the reference year. "fall" needs a year or "this",
// "last", "next" (see deictic).
func (s *scanner) season(i int) int {
	t := &s.toks[i]
	if s.text[t.end-1]|0x20 == 's' {
		return i
	}
	c := s.seasonOf(t)
	j := i + 1
	k := j
	if s.key(k, kOf) {
		k++
	}
	if y, e, ok := s.yearAt(k); ok {
		v, x := seasonValue(y, c)
		return s.emitX(s.determiner(i), e, Season, v, x, false)
	}
	if y, e, ok := s.ofDeicticYear(j); ok {
		// "the spring of next year", "the fall of last year"
		v, x := seasonValue(y, c)
		return s.emitX(s.determiner(i), e, Season, v, x, true)
	}
	start := s.determiner(i)
	p := s.prev(start)
	if p == nil || t.upper && start == i || c == "FA" {
		return i
	}
	switch {
	case start < i && p.lex.class == clKey && (p.key(kIn) || p.key(kDuring) || p.key(kBy) || p.key(kUntil) || p.key(kSince) || p.key(kThrough) || p.key(kOf) || p.key(kEarly) || p.key(kLate)):
	case start < i && (s.str(p) == "over" || s.str(p) == "Over" || s.str(p) == "into" || s.str(p) == "throughout"):
		// "over the summer", "well into the summer"
	case start == i && (p.key(kIn) || p.key(kDuring) || p.key(kEarly) || p.key(kLate) || p.key(kMid)):
	default:
		return i
	}
	v, x := seasonValue(s.ref.y, c)
	return s.emitX(start, j, Season, v, x, true)
}

// deicticSeason resolves "this summer", "last fall", "next spring" and
// "this past spring" (how is kThis, kLast, kNext or kPast).
func (s *scanner) deicticSeason(i, j int, how int8, c string) int {
	y := s.ref.y
	switch how {
	case kLast:
		y--
	case kNext:
		if start := seasonStart(c); s.ref.m >= start {
			y++
		}
	case kPast:
		if s.ref.m <= seasonStart(c)+2 {
			y--
		}
	case kThis, 0:
		// "will host the meeting this spring", read in November: a
		// season told ahead with an auxiliary (or, when its clause
		// tells nothing nearer, "will" further back in the sentence:
		// "will be hosting the inaugural meeting of ... at the White
		// House this spring") that has ended this year is next year's
		if c != "WI" && s.ref.m > seasonStart(c)+2 {
			if t, strong := s.tense(i, j); t == tenseAhead && strong || t == tenseNone && s.futureBefore(i) {
				y++
			}
		}
	}
	if s.ref.y == 0 {
		y = 0
	}
	v, x := seasonValue(y, c)
	return s.emitX(i, j, Season, v, x, true)
}

// seasonStart returns the first month of a season.
func seasonStart(c string) int {
	switch c {
	case "SP":
		return 3
	case "SU":
		return 6
	case "FA":
		return 9
	}
	return 12
}

// weekend resolves "the weekend", "this weekend", "last weekend", "next
// weekend" (how is 0 for "the") to the ISO week of its Saturday: the
// weekend before the reference day unless the sentence looks ahead.
func (s *scanner) weekend(i, j int, how int8) int {
	t, ok := s.refTime()
	if !ok {
		return s.emit(i, j, Week, "", "", true)
	}
	wd := int(t.Weekday())
	back := (wd - int(time.Saturday) + 7) % 7 // days since the last Saturday
	var sat time.Time
	switch {
	case how == kNext || how == 0 && s.futureBefore(i):
		sat = t.AddDate(0, 0, 7-back)
	case how == kThis && wd != 0 && wd != int(time.Saturday) && s.pastClause(i, j):
		// "This weekend, I reached out to the Governor", read on a
		// Thursday: the weekend just gone
		sat = t.AddDate(0, 0, -back)
	case how == kThis:
		sat = t.AddDate(0, 0, (int(time.Saturday)-wd+7)%7)
		if wd == 0 {
			sat = t.AddDate(0, 0, -1)
		}
	default:
		if back == 0 || back == 1 && how == kLast {
			back += 7
		}
		sat = t.AddDate(0, 0, -back)
	}
	return s.emitX(i, j, Week, annals.DateOf(sat, annals.Month), isoWeek(sat)+"-WE", true)
}

// pastClause reports whether the clause of tokens [i, j) is told in the
// past.
func (s *scanner) pastClause(i, j int) bool {
	t, _ := s.tense(i, j)
	return t == tensePast
}

// century matches "the 20th century" (19) and "the 21st century" (20).
func (s *scanner) century(i int) int {
	t := &s.toks[i]
	if t.end-t.start > 2 || t.num < 1 || t.num > 30 {
		return i
	}
	o := s.next(i + 1)
	if o == nil || o.gap != gapNone || o.lex.class != clOrdinal || !s.key(i+2, kCentury) || s.text[s.toks[i+2].end-1]|0x20 == 's' {
		return i
	}
	if c, n := &s.toks[i+2], s.next(i+3); c.upper && n != nil && n.gap == gapSpace && n.kind == tokWord && n.upper && n.lex.class == clNone {
		// "the 21st Century Cures Act", "21st Century Community Learning
		// Centers": a capital Century before a capitalized word is part
		// of a name
		return i
	}
	start := s.determiner(i)
	return s.emitX(start, i+3, Century, "", annals.DateValue(pad(t.num-1, 2)), false)
}

// decadeWord matches "the nineties", "the eighties": decades of the 1900s.
func (s *scanner) decadeWord(i int) int {
	p := s.prev(i)
	if p == nil || !p.key(kThe) || !s.free(i-1, i) || s.key(i+1, kOf) {
		return i // "the twenties of ..."
	}
	y := 1900 + 10*int(s.toks[i].lex.val)
	s.emit(i-1, i+1, Decade, point{y: y}.date(), point{y: y + 9}.date(), false)
	e := &s.out[len(s.out)-1]
	e.Timex, e.TimexEnd = annals.DateValue(pad(y/10, 3)), ""
	return i + 1
}

// yearsAgo matches "years ago", "several years ago", "a few years ago":
// some time in the past.
func (s *scanner) yearsAgo(i int) int {
	t := &s.toks[i]
	if s.text[t.end-1]|0x20 != 's' || !s.key(i+1, kAgo) {
		return i
	}
	start, _, _ := s.vagueCount(i)
	return s.emitX(start, i+2, Ref, "", annals.PastRef, true)
}

// vagueCount returns the first token of a count the text leaves open
// before the unit at token i ("several", "a few", "a couple of", "a
// couple"), or i when there is none, with the most and the fewest units
// it may mean: a couple, two or three; a few, two to five; several, three
// to nine.
func (s *scanner) vagueCount(i int) (start, most, fewest int) {
	p := s.prev(i)
	if p == nil || !s.free(i-1, i) {
		return i, 0, 0
	}
	switch {
	case p.key(kSeveral) && s.str(p) == "several":
		start, most, fewest = i-1, 9, 3
	case p.key(kSeveral):
		start, most, fewest = i-1, 5, 2
	case s.str(p) == "couple":
		start, most, fewest = i-1, 3, 2
	case s.str(p) == "of" && i >= 2 && s.str(&s.toks[i-2]) == "couple" && s.free(i-2, i):
		start, most, fewest = i-2, 3, 2
	default:
		return i, 0, 0
	}
	if q := s.prev(start); q != nil && q.lex.class == clNumber && q.lex.val == 1 && s.free(start-1, i) {
		start-- // "a few", "a couple"
	}
	return start, most, fewest
}

// vagueAgo matches "a few days ago", "a couple of weeks ago", "several
// months ago": a past some days, weeks or months back whose count the
// text leaves open (see vagueCount). Its value is the month that holds
// every day it may mean ("a few days ago" read on 16 May is May), else
// their year, else PAST_REF.
func (s *scanner) vagueAgo(i int) int {
	t := &s.toks[i]
	if s.text[t.end-1]|0x20 != 's' || !s.key(i+1, kAgo) {
		return i
	}
	start, lo, hi := s.vagueCount(i)
	if start == i {
		return i
	}
	if s.ref.d == 0 {
		return s.emitX(start, i+2, Ref, "", annals.PastRef, true)
	}
	ref := time.Date(s.ref.y, time.Month(s.ref.m), s.ref.d, 0, 0, 0, 0, time.UTC)
	var a, b time.Time // the earliest and the latest day meant
	switch t.lex.val {
	case kDay:
		a, b = ref.AddDate(0, 0, -lo), ref.AddDate(0, 0, -hi)
	case kWeek:
		a, b = ref.AddDate(0, 0, -7*lo), ref.AddDate(0, 0, -7*hi)
	default:
		a, b = ref.AddDate(0, -lo, 0), ref.AddDate(0, -hi, 0)
	}
	switch {
	case a.Year() == b.Year() && a.Month() == b.Month():
		return s.emit(start, i+2, Month, annals.DateOf(b, annals.Month), "", true)
	case a.Year() == b.Year():
		return s.emit(start, i+2, Year, annals.DateOf(b, annals.Year), "", true)
	}
	return s.emitX(start, i+2, Ref, "", annals.PastRef, true)
}

// spelledYear matches a year in words: "nineteen ninety-six" (1996),
// "nineteen seventy" (1970), "the year two thousand" (2000).
func (s *scanner) spelledYear(i int) int {
	y, j, ok := s.spelledYearAt(i, false)
	if !ok {
		return i
	}
	start := i
	if p := s.prev(i); p != nil && p.key(kYear) && s.text[p.end-1]|0x20 != 's' && s.free(i-1, i) {
		start-- // "the year two thousand"
		if q := s.prev(start); q != nil && q.key(kThe) && s.free(start-1, i) {
			start--
		}
	}
	return s.emit(start, j, Year, point{y: y}.date(), "", false)
}

// spelledYearAt reads a year in words at i: "nineteen" and a tens word
// with an optional unit ("nineteen ninety-six"), or "two thousand" with an
// optional "and" and unit ("two thousand and one") after "year" or where
// the caller's pattern introduced a year (introduced: "this 28th day of
// October, two thousand and twenty-five").
func (s *scanner) spelledYearAt(i int, introduced bool) (y, j int, ok bool) {
	t := s.next(i)
	if t == nil || t.lex.class != clNumber {
		return 0, i, false
	}
	n := s.next(i + 1)
	switch {
	case t.lex.val == 19 && n != nil && n.lex.class == clNumber && n.lex.val >= 20 && n.lex.val%10 == 0:
		y, j = 1900+int(n.lex.val), i+2
		if s.dash(j) && s.toks[j].gap == gapNone {
			if u := s.next(j + 1); u != nil && u.gap == gapNone && u.lex.class == clNumber && u.lex.val >= 1 && u.lex.val <= 9 {
				y, j = y+int(u.lex.val), j+2
			}
		}
	case t.lex.val == 2 && n != nil && lowerASCII(s.str(n)) == "thousand" && t.end-t.start == 3 && (introduced || s.key(i-1, kYear) || s.ourLord(i)):
		// only after "year" or "the year of our Lord": "two thousand
		// troops" is a count
		y, j = 2000, i+2
		k := j
		if s.key(k, kAnd) {
			k++
		}
		if u := s.next(k); u != nil && u.lex.class == clNumber && u.lex.val >= 1 && u.lex.val <= 20 && u.end-u.start > 1 {
			y, j = 2000+int(u.lex.val), k+1
		} else if u != nil && u.lex.class == clNumber && u.lex.val >= 30 && u.lex.val%10 == 0 {
			y, j = 2000+int(u.lex.val), k+1 // "two thousand thirty"
		}
		if y == 2020 || y >= 2030 {
			// "two thousand twenty-five"
			if s.dash(j) && s.toks[j].gap == gapNone {
				if u := s.next(j + 1); u != nil && u.gap == gapNone && u.lex.class == clNumber && u.lex.val >= 1 && u.lex.val <= 9 {
					y, j = y+int(u.lex.val), j+2
				}
			}
		}
	default:
		return 0, i, false
	}
	if m := s.next(j + 1); m != nil && m.kind == tokWord && s.dash(j) && s.toks[j+1].gap == gapNone {
		return 0, i, false // "nineteen ninety-year-olds"
	}
	return y, j, true
}

// ourLord reports whether "the year of our Lord" ends before token i.
func (s *scanner) ourLord(i int) bool {
	if i < 5 {
		return false
	}
	for n, w := range [...]string{"lord", "our", "of", "year"} {
		if lowerASCII(s.str(&s.toks[i-1-n])) != w {
			return false
		}
	}
	return true
}

// dayOrdinals are the days of a month written as ordinal words.
var dayOrdinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30}

// proclamationDay matches the date of a proclamation or a treaty at the
// word "day" i: "this sixth day of March, in the year of our Lord two
// thousand twenty-five", "this twenty-first day of October, in the year
// of our Lord two thousand twenty-four", "this 28th day of October, two
// thousand and twenty-five" (the year in words). The span runs from the
// ordinal to the year; without the year it is none.
func (s *scanner) proclamationDay(i int) int {
	if i < 2 || s.toks[i].upper && !s.toks[i-1].upper || s.text[s.toks[i].end-1]|0x20 == 's' {
		return i
	}
	if !s.key(i+1, kOf) {
		return i
	}
	return s.formalDate(i, i+2)
}

// ofMonthFormal matches a treaty's date without the word "day" at the
// month i: "on the Sixth of September in the Year Two Thousand and
// Twenty-Three".
func (s *scanner) ofMonthFormal(i int) int {
	if i < 2 || !s.key(i-1, kOf) || s.toks[i-1].gap == gapPara || s.toks[i].gap == gapPara {
		return i
	}
	return s.formalDate(i-1, i)
}

// formalDate reads the rest of a formal date whose ordinal day ends
// before token e and whose month is token m: the day is an ordinal word
// ("sixth", "twenty-first") or a number with its suffix ("28th") after
// "this" or "the"; the month may be followed by a comma and "in the year"
// or "in the year of our Lord"; the year is in words.
func (s *scanner) formalDate(e, m int) int {
	if e < 2 {
		return e
	}
	o := &s.toks[e-1]
	d, start := dayOrdinals[lowerASCII(s.str(o))], e-1
	switch {
	case d > 0 && d < 10 && e >= 3 && s.dash(e-2) && o.gap == gapNone && s.toks[e-2].gap == gapNone && s.toks[e-3].lex.class == clNumber &&
		(s.toks[e-3].lex.val == 20 || s.toks[e-3].lex.val == 30):
		d, start = d+int(s.toks[e-3].lex.val), e-3 // "twenty-first"
	case d == 0 && o.lex.class == clOrdinal && o.gap == gapNone && s.toks[e-2].kind == tokNum && s.toks[e-2].num >= 1 && s.toks[e-2].num <= 31:
		d, start = s.toks[e-2].num, e-2 // "28th"
	}
	if d == 0 || s.toks[start].gap == gapPara {
		return e
	}
	if p := s.prev(start); p == nil || !(p.key(kThis) || p.key(kThe)) {
		return e
	}
	mt := s.next(m)
	if mt == nil || mt.lex.class != clMonth || !mt.upper {
		return e
	}
	k := m + 1
	if s.punct(k, ",") {
		k++
	}
	intro := k
	for n, w := range [...]string{"in", "the", "year", "of", "our", "lord"} {
		t := s.next(k)
		if t == nil || lowerASCII(s.str(t)) != w {
			if n == 0 || n == 3 {
				break // no "in the year", or no "of our Lord"
			}
			return e
		}
		k++
	}
	y, j, ok := s.spelledYearAt(k, true)
	if !ok || j == k+2 && k == intro {
		return e // "the sixth of September, two thousand troops"
	}
	if t := s.next(j); t != nil && t.kind == tokWord && (t.lex.class == clNumber || lowerASCII(s.str(t)) == "hundred") {
		return e // "two thousand and five hundred"
	}
	v := point{y: y, m: int(mt.lex.val), d: d}.date()
	if v == "" {
		return e
	}
	return s.emit(start, j, Day, v, "", false)
}

// holidayDate returns the month and day of a holiday in year y, or 0:
// Christmas (25 December), Halloween (31 October), Thanksgiving (the
// fourth Thursday of November), Election Day (the Tuesday after the first
// Monday of November), Labor Day (the first Monday of September),
// Memorial Day (the last Monday of May), Veterans Day (11 November),
// Easter (the Western computus).
func holidayDate(name string, y int) (m, d int) {
	nth := func(m int, wd time.Weekday, n int) int {
		first := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		return 1 + (int(wd)-int(first.Weekday())+7)%7 + 7*(n-1)
	}
	switch name {
	case "christmas":
		return 12, 25
	case "halloween":
		return 10, 31
	case "veterans":
		return 11, 11
	case "thanksgiving":
		return 11, nth(11, time.Thursday, 4)
	case "election":
		return 11, nth(11, time.Monday, 1) + 1
	case "labor":
		return 9, nth(9, time.Monday, 1)
	case "memorial":
		d := nth(5, time.Monday, 4)
		if d+7 <= 31 {
			d += 7
		}
		return 5, d
	case "easter":
		a, b, c := y%19, y/100, y%100
		dd, e := b/4, b%4
		f := (b + 8) / 25
		g := (b - f + 1) / 3
		h := (19*a + b - dd - g + 15) % 30
		i, k := c/4, c%4
		l := (32 + 2*e + 2*i - h - k) % 7
		mm := (a + 11*h + 22*l) / 451
		return (h + l - 7*mm + 114) / 31, (h+l-7*mm+114)%31 + 1
	}
	return 0, 0
}

// holiday matches a holiday by name: "Christmas", "Thanksgiving Day",
// "Election Day", "Easter 1999", "last Thanksgiving" (see deictic). Without
// a year it is the latest one up to the reference day, or the next one when
// the clause looks ahead (how is kLast, kNext or 0).
func (s *scanner) holiday(i, start int, how int8) int {
	t := &s.toks[i]
	if !t.upper || start == i && s.recurring(i) {
		return i // "every Christmas": a set
	}
	name := lowerASCII(s.str(t))
	j := i + 1
	if n := s.next(j); n != nil && n.upper && n.kind == tokWord {
		switch lowerASCII(s.str(n)) {
		case "day":
			j++
		case "eve":
			if name != "christmas" {
				return i
			}
			j++
		case "sunday":
			if name != "easter" {
				return i
			}
			j++ // "Easter Sunday": Easter
		default:
			return i // "Easter Island", "Christmas Island", "Labor Party"
		}
	}
	switch name {
	case "election", "labor", "memorial", "veterans":
		if j == i+1 {
			return i // "the election", "Labor"
		}
	}
	if j == i+1 && s.holidayThing(j) {
		return i // "a Christmas tree", "Halloween-themed treats": a kind of thing
	}
	eve := j > i+1 && lowerASCII(s.str(&s.toks[j-1])) == "eve"
	at := func(y int) point {
		m, d := holidayDate(name, y)
		if eve {
			d--
		}
		return point{y: y, m: m, d: d}
	}
	var p point
	k := j
	if s.key(k, kOf) {
		k++
	}
	week := s.key(j, kWeek) && s.text[s.toks[j].end-1]|0x20 != 's' && !s.dash(j+1)
	if y, e, ok := s.yearAt(k); ok {
		p, j = at(y), e
	} else if r, ok := s.refTime(); ok && week && holidayWeek(at(s.ref.y), r) {
		// "as Easter week began": the week of this year's holiday, when
		// the reference day lies in it
		p = at(s.ref.y)
	} else if s.ref.d > 0 {
		ahead := how == kNext || how == 0 && s.futureBefore(start)
		p = at(s.ref.y)
		refP := point{y: s.ref.y, m: s.ref.m, d: s.ref.d}
		t := tenseNone
		if how == 0 && !ahead {
			t, _ = s.tense(start, j)
		}
		switch {
		case how == 0 && !ahead && t == tenseNone:
			// no tense: the nearest one, a day ahead counting half again
			// as far as one behind ("from now to Election Day", eight
			// days before it)
			p = nearestHoliday(at, refP)
		case (ahead || t == tenseAhead) && !refP.before(p) && !(how == 0 && p == refP):
			p = at(s.ref.y + 1)
		case !ahead && t != tenseAhead && (refP.before(p) || how == kLast && p == refP):
			p = at(s.ref.y - 1)
		}
	}
	if week && j == k {
		// "Easter week", "Thanksgiving week": the ISO week holding it
		if p.y == 0 {
			return s.emit(start, j+1, Week, "", "", true)
		}
		d := time.Date(p.y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC)
		return s.emitX(start, j+1, Week, annals.DateOf(d, annals.Month), isoWeek(d), true)
	}
	if p.y == 0 {
		return s.emit(start, j, Day, "", "", true)
	}
	return s.emit(start, j, Day, p.date(), "", p.y == 0)
}

// holidayThings are the things a holiday's name qualifies ("a
// Christmas tree", "Halloween tote bags", "Easter candy"): the phrase
// names a kind of thing, not the day.
var holidayThings = map[string]bool{
	"tree": true, "trees": true, "card": true, "cards": true, "book": true, "books": true, "bag": true, "bags": true,
	"tote": true, "treat": true, "treats": true, "candy": true, "candies": true, "costume": true, "costumes": true,
	"decoration": true, "decorations": true, "decorating": true, "decorator": true, "decorators": true,
	"ornament": true, "ornaments": true, "lights": true, "carol": true, "carols": true, "music": true,
	"song": true, "songs": true, "gift": true, "gifts": true, "present": true, "presents": true,
	"cookie": true, "cookies": true, "stocking": true, "stockings": true, "wreath": true, "wreaths": true,
	"egg": true, "eggs": true, "basket": true, "baskets": true, "bunny": true, "pumpkin": true, "pumpkins": true,
	"turkey": true, "turkeys": true, "movie": true, "movies": true, "sweater": true, "sweaters": true,
	"spirit": true, "cheer": true, "miracle": true,
}

// holidayThing reports whether the holiday's name ending before token j
// qualifies a thing (see holidayThings) or is the first part of an
// adjective ("Halloween-themed", "Christmas-style").
func (s *scanner) holidayThing(j int) bool {
	n := s.next(j)
	if n == nil {
		return false
	}
	if s.str(n) == "-" && n.gap == gapNone {
		m := s.next(j + 1)
		return m != nil && m.gap == gapNone && m.kind == tokWord && !m.upper
	}
	return n.kind == tokWord && !n.upper && holidayThings[lowerASCII(s.str(n))]
}

// holidayWeek reports whether day r lies in the ISO week of holiday p.
func holidayWeek(p point, r time.Time) bool {
	d := time.Date(p.y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC)
	y1, w1 := d.ISOWeek()
	y2, w2 := r.ISOWeek()
	return y1 == y2 && w1 == w2
}

// lowerASCII lower-cases the ASCII letters of a short word.
func lowerASCII(w string) string {
	b := []byte(w)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

// nearestHoliday returns the holiday (at gives it for a year) nearest the
// reference day ref, a day ahead counting half again as far as one
// behind, as news tells the past more often than the future.
func nearestHoliday(at func(int) point, ref point) point {
	r := time.Date(ref.y, time.Month(ref.m), ref.d, 0, 0, 0, 0, time.UTC)
	var best point
	bestDist := -1
	for _, y := range []int{ref.y - 1, ref.y, ref.y + 1} {
		p := at(y)
		d := int(time.Date(p.y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC).Sub(r).Hours() / 24)
		if d < 0 {
			d = -d
		} else {
			d += d / 2
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = p, d
		}
	}
	return best
}
