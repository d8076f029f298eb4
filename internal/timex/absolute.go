package timex

import (
	"strings"

	"annals"
)

// Forms of a calendar point, as parsed by point.
const (
	fDayOnly  = iota + 1 // "20" in "20-21 October": only the start of a range
	fDayMonth            // "20 October [2016]", "20th of October"
	fMonthDay            // "October 20[, 2016]", "Sept. 28"
	fMonth               // "December 2017", or a bare "December" after a trigger
	fYear                // "2016"
)

// absolute matches a calendar expression at i: a numeric date, a decade,
// or a point ("20 October 2016", "December 2017", "2016") possibly followed
// by a range separator and a second point. bare lets a month name stand
// alone ("in December"); between lets "and" separate a range.
func (s *scanner) absolute(i int, bare, between bool) int {
	if i >= len(s.toks) {
		// "Friday night," ending the text: nothing after the comma
		return i
	}
	t := &s.toks[i]
	if t.kind == tokNum {
		if j := s.decade(i); j > i {
			return j
		}
		if p, j, ok := s.numeric(i); ok {
			return s.emit(i, j, Day, p.date(), "", false)
		}
	}
	a, j, form := s.point(i, bare)
	if form == 0 {
		return i
	}
	if form == fYear && !s.yearPrevOK(i, bare) {
		return i
	}
	if a2, b, k, ok := s.rangeEnd(a, form, j, bare, between); ok {
		a = a2
		rel := false
		if b.y == 0 {
			y, r := s.resolveYear(b, form != fMonth, i, k, a)
			b.y, rel = y, r
			a.y = y
			if a.m > b.m {
				a.y = y - 1
			}
		}
		va, vb := a.date(), b.date()
		if b.y != 0 && (va == "" || vb == "") {
			return i
		}
		return s.emit(i, k, Range, va, vb, rel)
	}
	switch form {
	case fDayOnly:
		return i
	case fYear:
		if !s.yearNextOK(j, bare || s.triggered(i) || s.yearQualifies(i, j)) {
			return i
		}
		return s.emit(i, j, Year, a.date(), "", false)
	}
	kind := Day
	if form == fMonth {
		kind = Month
	}
	rel := false
	if a.y == 0 && form != fMonth && s.dayName(j) {
		return j // "the House January 6th Committee", "the March 23 Movement": a name
	}
	if a.y == 0 {
		if y, k, ok := s.deicticYear(j); ok {
			a.y, rel, j = y, true, k // "January this year", "June last year"
		} else if y, ok := s.listYear(j, form); ok {
			a.y = y // "in March and April 2023", "September and November of 2020"
		} else if d, y, k, ok := s.andDayOfYear(j, form); ok {
			// "October 8th and 9th of last year": both days in that year
			a.y = y
			s.emit(i, j, Day, a.date(), "", true)
			return s.emit(j+1, k, Day, point{y: y, m: a.m, d: d}.date(), "", true)
		} else {
			a.y, rel = s.resolveYear(a, form != fMonth, i, j, point{})
		}
	}
	v := a.date()
	if a.y != 0 && v == "" {
		return j // "30 February 2016": no date, and not "February 2016" either
	}
	j = s.emit(i, j, kind, v, "", rel)
	if form == fMonthDay && v != "" {
		return s.andDay(j, a, rel)
	}
	return j
}

// dayNameHeads are the heads of names made of a day ("the January 6th
// Committee", "the March 23 Movement", "the September 11 Fund").
var dayNameHeads = map[string]bool{"committee": true, "commission": true, "movement": true, "select": true,
	"fund": true, "memorial": true, "museum": true}

// dayName reports whether the day and month without a year that ends
// before token j names a body: a capitalized head follows it (see
// dayNameHeads), as a name, not a clause ("On June 5 Commission
// President X said" is a date: a name stands after "the" and at most
// one capitalized word).
func (s *scanner) dayName(j int) bool {
	n := s.next(j)
	if n == nil || n.kind != tokWord || !n.upper || n.gap != gapSpace || !dayNameHeads[lowerASCII(s.str(n))] {
		return false
	}
	k := s.first
	for c := 0; c < 2; c++ {
		p := s.prev(k)
		if p == nil || p.kind != tokWord {
			return false
		}
		if p.key(kThe) {
			return true
		}
		if !p.upper {
			return false
		}
		k--
	}
	return false
}

// listYear reads, at j after a month without a year (form fMonth), the
// months listed after it up to one written with its year ("March and
// April 2023", "September and November of 2020", "March, April and May
// 2023") and returns that year: the months of a list share it.
func (s *scanner) listYear(j, form int) (int, bool) {
	if form != fMonth {
		return 0, false
	}
	for n := 0; n < 4; n++ {
		c := s.next(j)
		if c == nil || !(c.key(kAnd) || s.str(c) == "or" || s.str(c) == ",") {
			return 0, false
		}
		j++
		if s.str(c) == "," && s.key(j, kAnd) {
			j++ // "March, April, and May 2023"
		}
		m := s.next(j)
		if m == nil || m.lex.class != clMonth || !m.upper {
			return 0, false
		}
		j++
		k := j
		if s.key(k, kOf) {
			k++
		}
		if y, _, ok := s.yearAt(k); ok {
			return y, true
		}
	}
	return 0, false
}

// andDayOfYear reads "and 9th of last year", "or 10 this year", "and 10,
// 2025" at j after a month and day without a year (form fMonthDay): the
// second day d, the year y the phrase names and the index k after it.
func (s *scanner) andDayOfYear(j, form int) (d, y, k int, ok bool) {
	c := s.next(j)
	if form != fMonthDay || c == nil || !(c.key(kAnd) || s.str(c) == "or") {
		return 0, 0, 0, false
	}
	d, e, ok := s.dayNum(j + 1)
	if !ok {
		return 0, 0, 0, false
	}
	if y, k, ok = s.deicticYear(e); ok {
		return d, y, k, true
	}
	if c := s.next(e); c != nil && s.str(c) == "," {
		// "June 9 and 10, 2025": the year written after the second day
		if y, k, ok = s.yearAt(e + 1); ok {
			return d, y, k, true
		}
	}
	return 0, 0, 0, false
}

// andDay matches a second day of the month after a day at j ("on April
// 24 and 25", "May 3 or 4."): its own date, not a range. The number must
// end the phrase, so that "April 24 and 25 delegates" is no date.
func (s *scanner) andDay(j int, a point, rel bool) int {
	c := s.next(j)
	if c == nil || !(c.key(kAnd) || s.str(c) == "or") {
		return j
	}
	n := s.next(j + 1)
	if n == nil || n.kind != tokNum || n.end-n.start > 2 || n.num < 1 || n.num > 31 || n.num == a.d {
		return j
	}
	if m := s.next(j + 2); m != nil {
		switch s.str(m) {
		case ".", ",", ";", ")", ":":
			if o := s.next(j + 3); o != nil && o.kind == tokNum && (o.gap == gapNone || s.str(m) == ",") {
				return j // "April 24 and 25.5", "25,000", "May 3, 1999 or 4, 2000"
			}
		default:
			return j
		}
	}
	v := point{y: a.y, m: a.m, d: n.num}.date()
	if v == "" {
		return j
	}
	return s.emit(j+1, j+2, Day, v, "", rel)
}

// resolveYear gives a point without a year the year of the reference date.
// The tense of its clause decides first (see tense): told in the past, it
// is the latest such day or month up to the reference date ("stepped down
// in March", read in November, is this year's March); looking ahead, the
// first one from the reference date on ("will succeed him Feb. 1", read in
// October, is next year's); a day and month heeds only an auxiliary
// ("will", "was"), not a verb form alone. Otherwise a day and month (closest) take the
// year that puts them nearest the reference date (a day ahead counting half
// again as far as one behind), so a story of 2 January 2008 reading "on
// December 11" means 2007-12-11; a bare month ("in February") is the latest
// one, or one of the next four months. The expression is tokens [i, j).
// from is the start of a range p ends ("from June 1 to September 15"),
// else zero: with no tense, the range nearest the reference date is the
// one whose nearer end is nearest (read on 25 March, this year's June 1
// to September 15, not last year's, whose end is nearer than this year's
// end), and a range of months is this year's when it holds the reference
// month or ends within the next four months. It
// returns 0 when there is no reference year; rel is true either way.
func (s *scanner) resolveYear(p point, closest bool, i, j int, from point) (y int, rel bool) {
	s.tensed = false
	if s.ref.y == 0 {
		return 0, true
	}
	if s.ref.m == 0 {
		return s.ref.y, true
	}
	refDay := s.ref.d
	if refDay == 0 {
		refDay = 15
	}
	pd := p.d
	if !closest {
		pd, refDay = 0, 0 // months compare as wholes
	}
	if q := s.prev(i); closest && q != nil && strings.EqualFold(s.str(q), "ended") {
		// "the quarter ended Oct. 31": the end is past, the latest such
		// day up to the reference date (see endedDay)
		if p.m > s.ref.m || p.m == s.ref.m && s.ref.d > 0 && p.d > s.ref.d {
			return s.ref.y - 1, true
		}
		return s.ref.y, true
	}
	// after: p falls after the reference date in the reference year
	after := p.m > s.ref.m || p.m == s.ref.m && pd > refDay
	t, strong := s.tense(i, j)
	if !closest && !strong {
		if p := s.prev(i); p != nil && (p.key(kThe) || p.key(kIts) || p.key(kThis) || s.str(p) == "a" || s.str(p) == "their") {
			t = tenseNone // "prepared the September summit": the verb is not the summit's
		}
	}
	s.tensed = t != tenseNone // its own clause's cue, not the sentence's (futureBefore)
	if !closest && t == tenseNone && s.futureBefore(i) {
		t = tenseAhead // "due to meet in April"
	}
	if closest {
		// a day and month heeds only an auxiliary, and only when it is
		// more than two weeks from the reference date
		gap := (p.m-s.ref.m)*31 + p.d - refDay
		if !strong || t == tensePast && gap > 0 && gap <= 14 || t == tenseAhead && gap < 0 && gap >= -14 {
			t = tenseNone
		}
	}
	s.tensed = s.tensed && t != tenseNone
	switch t {
	case tensePast:
		if after {
			return s.ref.y - 1, true
		}
		return s.ref.y, true
	case tenseAhead:
		if after || p.m == s.ref.m && pd == refDay {
			return s.ref.y, true
		}
		return s.ref.y + 1, true
	}
	if from.m != 0 {
		return s.nearestRange(from, p, closest, refDay), true
	}
	if !closest {
		// a bare month is the latest one up to the reference month, or
		// one of the four months ahead ("in February", read in November)
		ahead := (p.m - s.ref.m + 12) % 12
		switch {
		case ahead == 0:
			return s.ref.y, true
		case ahead <= 4 && p.m > s.ref.m, ahead > 4 && p.m < s.ref.m:
			return s.ref.y, true
		case ahead <= 4:
			return s.ref.y + 1, true
		}
		return s.ref.y - 1, true
	}
	best, bestDist := s.ref.y, -1
	for _, cand := range []int{s.ref.y, s.ref.y - 1, s.ref.y + 1} {
		d := (cand*12+p.m)*31 + p.d - ((s.ref.y*12+s.ref.m)*31 + refDay)
		if d < 0 {
			d = -d
		} else {
			d += d / 2 // news tells the past more often than the future
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = cand, d
		}
	}
	return best, true
}

// nearestRange returns the year of the range from a to b (b's year; a
// lies in the year before when its month is later) nearest the reference
// date: a range holding it, else the one whose nearer end is nearest, a
// start ahead counting half again as far as an end behind. Ranges of
// months (closest false) compare whole months, and one ending beyond the
// next four months is never nearer than one behind (as a bare month).
func (s *scanner) nearestRange(a, b point, closest bool, refDay int) int {
	ad, bd := a.d, b.d
	if !closest {
		ad, bd, refDay = 0, 32, 0
	}
	ref := (s.ref.y*12+s.ref.m)*32 + refDay
	best, bestDist := s.ref.y, -1
	for _, cand := range []int{s.ref.y, s.ref.y - 1, s.ref.y + 1} {
		ay := cand
		if a.m > b.m {
			ay--
		}
		start := (ay*12+a.m)*32 + ad
		end := (cand*12+b.m)*32 + bd
		var d int
		switch {
		case start > ref:
			d = start - ref
			if !closest && end-ref > 5*32 {
				d += 12 * 32 * 2 // ends past the next four months
			}
			d += d / 2
		case end < ref:
			d = ref - end
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = cand, d
		}
	}
	return best
}

// point parses one calendar point at i and returns it with the index after
// it and its form (0 when there is none).
func (s *scanner) point(i int, bare bool) (p point, j, form int) {
	t := s.at(i)
	if t == nil {
		return p, i, 0
	}
	if t.kind == tokNum {
		if d, j, ok := s.dayNum(i); ok {
			k := j
			if s.key(k, kOf) {
				k++
			}
			if m, k2, ok := s.monthAt(k); ok {
				if _, _, ok := s.dayNum(k2); ok && k > j {
					// "Determination 2021-08 of June 11, 2021": the month
					// has its own day; the number before "of" is none
					return p, i, 0
				}
				p = point{m: m, d: d}
				yk := k2
				if s.punct(yk, ",") {
					yk++
				}
				if y, k3, ok := s.yearAt(yk); ok {
					p.y = y
					return p, k3, fDayMonth
				}
				return p, k2, fDayMonth
			}
			return point{d: d}, j, fDayOnly
		}
		if y, j, ok := s.yearAt(i); ok {
			return point{y: y}, j, fYear
		}
		return p, i, 0
	}
	m, j, ok := s.monthAt(i)
	if !ok {
		return p, i, 0
	}
	if d, k, ok := s.dayNum(j); ok {
		p = point{m: m, d: d}
		yk := k
		if s.punct(yk, ",") {
			yk++
		}
		if y, k2, ok := s.yearAt(yk); ok {
			p.y = y
			return p, k2, fMonthDay
		}
		return p, k, fMonthDay
	}
	k := j
	if s.punct(k, ",") {
		k++
	} else if s.key(k, kOf) {
		k++
	}
	if y, k2, ok := s.yearAt(k); ok {
		return point{y: y, m: m}, k2, fMonth
	}
	if bare && t.lex.class == clMonth {
		return point{m: m}, j, fMonth
	}
	return p, i, 0
}

// rangeEnd matches a range separator at j and the point that closes a
// range opened by a, filling in what a leaves out: "20-21 October 2016"
// gives a its month and year, "October 20-21, 2016" its year.
func (s *scanner) rangeEnd(a point, form, j int, bare, between bool) (_, _ point, _ int, _ bool) {
	var b point
	day := form == fDayMonth || form == fMonthDay
	if day && s.punct(j, ",") && (s.key(j+1, kThrough) || s.key(j+1, kTo) || s.key(j+1, kUntil) || s.dash(j+1)) {
		// "Monday, April 27, through Thursday, April 30, 2026": a comma
		// after the first day of a range written with its weekday
		j++
	}
	dashed := s.dash(j)
	switch {
	case dashed:
	case s.key(j, kTo), s.key(j, kThrough), s.key(j, kUntil):
	case between && s.key(j, kAnd):
	default:
		return a, b, j, false
	}
	k := j + 1
	if s.next(k) == nil {
		return a, b, j, false
	}
	if day {
		k = s.skipWeekday(k) // "through Thursday, April 30, 2026"
	}
	var end int
	switch form {
	case fDayOnly:
		var fb int
		b, end, fb = s.point(k, false)
		if fb != fDayMonth {
			return a, b, j, false
		}
		a.m, a.y = b.m, b.y
	case fDayMonth:
		var fb int
		b, end, fb = s.point(k, false)
		if fb != fDayMonth || a.y != 0 && b.y == 0 {
			return a, b, j, false
		}
	case fMonthDay:
		if d, e, ok := s.dayNum(k); ok {
			b = point{m: a.m, d: d}
			yk := e
			if s.punct(yk, ",") {
				yk++
			}
			end = e
			if y, e2, ok := s.yearAt(yk); ok {
				b.y, end = y, e2
			}
		} else {
			var fb int
			b, end, fb = s.point(k, false)
			if fb != fMonthDay || a.y != 0 && b.y == 0 {
				return a, b, j, false
			}
		}
	case fMonth:
		var fb int
		b, end, fb = s.point(k, bare && a.y == 0)
		if fb != fMonth || a.y != 0 && b.y == 0 {
			return a, b, j, false
		}
	case fYear:
		n := s.at(k)
		if n.kind != tokNum {
			return a, b, j, false
		}
		if dashed && n.gap == gapNone && n.end-n.start == 2 && s.yearEnds(k) {
			b.y = a.y/100*100 + n.num
			end = k + 1
		} else if y, e, ok := s.yearAt(k); ok {
			b.y, end = y, e
		} else {
			return a, b, j, false
		}
		if b.y <= a.y || b.y-a.y > 100 {
			return a, b, j, false
		}
		return a, b, end, true
	default:
		return a, b, j, false
	}
	if a.y == 0 && b.y != 0 {
		a.y = b.y
		if a.m > b.m {
			a.y--
		}
	}
	if !a.before(b) && !(a.y == 0 && b.y == 0 && (a.m < b.m || a.m == b.m && a.d < b.d)) {
		return a, b, j, false
	}
	if a.y == 0 && b.y == 0 && a.m > b.m {
		return a, b, j, false
	}
	return a, b, end, true
}

// skipWeekday returns the index after a weekday written before a date
// at k ("Thursday, April 30", "Thu., April 30"), or k when there is none.
func (s *scanner) skipWeekday(k int) int {
	t := s.next(k)
	if t == nil || !t.upper || t.lex.class != clWeekday && t.lex.class != clWeekdayAbbr {
		return k
	}
	j := k + 1
	if t.lex.class == clWeekdayAbbr && s.punct(j, ".") {
		j++
	}
	if s.punct(j, ",") {
		j++
	}
	if n := s.next(j); n == nil || n.kind != tokNum && n.lex.class != clMonth && n.lex.class != clMonthAbbr {
		return k
	}
	return j
}

// dayNum matches a day of the month at i: one or two digits, 1 to 31, with
// an optional ordinal suffix ("20th"), not part of a longer number ("1.5",
// "2,000"), a time ("10:30") or an amount ("$20").
func (s *scanner) dayNum(i int) (d, j int, ok bool) {
	t := s.next(i)
	if t == nil || t.kind != tokNum || t.end-t.start > 2 || t.num < 1 || t.num > 31 {
		return 0, i, false
	}
	if !s.prevFree(i) {
		return 0, i, false
	}
	j = i + 1
	if n := s.at(j); n != nil && n.gap == gapNone {
		switch {
		case n.lex.class == clOrdinal:
			j++
		case n.kind == tokWord:
			return 0, i, false
		case n.kind == tokPunct:
			switch s.str(n) {
			case ",", ".", ":", "/":
				if m := s.at(j + 1); m != nil && m.kind == tokNum && m.gap == gapNone {
					return 0, i, false
				}
			case "%":
				return 0, i, false
			}
		}
	}
	return t.num, j, true
}

// citationDate matches the date of a reference in a list of sources,
// the year first in parentheses: "Smith, J. (2018, September 20).",
// "(2020, July)". The span runs from the year to the month or day.
func (s *scanner) citationDate(i int) int {
	t := &s.toks[i]
	if i == 0 || t.end-t.start != 4 || !validYear(t.num) || !s.punct(i-1, "(") || !s.punct(i+1, ",") {
		return i
	}
	m, k, ok := s.monthAt(i + 2)
	if !ok {
		return i
	}
	p := point{y: t.num, m: m}
	if d, k2, ok := s.dayNum(k); ok {
		p.d, k = d, k2
	}
	if !s.punct(k, ")") {
		return i
	}
	v := p.date()
	if v == "" {
		return i
	}
	kind := Day
	if p.d == 0 {
		kind = Month
	}
	return s.emit(i, k, kind, v, "", false)
}

// prevFree reports whether the number at i is not glued to what precedes
// it: "$2016", "2.20", "A20", "No.20" are not dates.
func (s *scanner) prevFree(i int) bool {
	t := &s.toks[i]
	if i == 0 || t.gap != gapNone {
		return true
	}
	p := &s.toks[i-1]
	if p.kind == tokWord {
		return false
	}
	switch s.str(p) {
	case ",", ".", ":", "/", "$", "€", "£", "¥", "#", "+", "\\", "_", "@", "=", "'", "’":
		return false
	}
	return true
}

// monthAt matches a capitalized month name at i; an abbreviation counts
// only with its period or before a number ("Oct. 20", "Oct 20").
func (s *scanner) monthAt(i int) (m, j int, ok bool) {
	t := s.next(i)
	if t == nil || !t.upper {
		return 0, i, false
	}
	switch t.lex.class {
	case clMonth:
		return int(t.lex.val), i + 1, true
	case clMonthAbbr:
		if n := s.at(i + 1); n != nil && n.gap == gapNone && s.str(n) == "." {
			return int(t.lex.val), i + 2, true
		}
		if n := s.next(i + 1); n != nil && n.kind == tokNum && n.gap != gapNone {
			return int(t.lex.val), i + 1, true
		}
	}
	return 0, i, false
}

// yearAt matches a four-digit year between 1000 and 2999 at i that ends
// cleanly (see yearEnds), or a year in words (see spelledYearAt).
func (s *scanner) yearAt(i int) (y, j int, ok bool) {
	t := s.next(i)
	if t != nil && t.kind == tokWord {
		return s.spelledYearAt(i, false)
	}
	if t == nil || t.kind != tokNum || t.end-t.start != 4 || t.num < 1000 || t.num > 2999 {
		return 0, i, false
	}
	if !s.prevFree(i) || !s.yearEnds(i) {
		return 0, i, false
	}
	return t.num, i + 1, true
}

// yearEnds reports whether the number at i is not continued by what is
// glued after it: "2016.5", "2,016", "2016th", "2016%", "20:16".
func (s *scanner) yearEnds(i int) bool {
	n := s.at(i + 1)
	if n == nil || n.gap != gapNone {
		return true
	}
	switch n.kind {
	case tokWord, tokNum:
		return false
	}
	switch s.str(n) {
	case ",", ".", ":", "/":
		m := s.at(i + 2)
		return m == nil || m.kind != tokNum || m.gap != gapNone
	case "'":
		// a run of apostrophes is a quotation mark or wiki emphasis
		// ("in 2005''", "'''December 22, 2004'''"), not "2004's"
		m := s.at(i + 2)
		return m != nil && m.gap == gapNone && s.str(m) == "'"
	case "%", "’", "+":
		return false
	}
	return true
}

// validYear reports whether n can stand alone as a year.
func validYear(n int) bool { return n >= 1900 && n <= 2100 }

// triggered reports whether a preposition that introduces dates comes
// right before i: "in 1848", "since 2005".
func (s *scanner) triggered(i int) bool {
	p := s.prev(i)
	if p != nil && s.toks[i].gap == gapNone && s.dash(i-1) {
		// "post-1959 politics": a year, not a count
		q := s.prev(i - 1)
		return q != nil && s.toks[i-1].gap == gapNone && q.key(kPrePost)
	}
	if p == nil || p.lex.class != clKey {
		return false
	}
	switch p.lex.val {
	case kIn, kSince, kUntil, kBy, kFrom, kBetween, kDuring, kBefore, kAfter, kThrough, kEarly, kLate, kMid:
		return true
	}
	return false
}

// yearPrevOK checks what precedes a year standing alone: it must not name
// an identifier ("Resolution 2016", "No. 2019", "UNSCR 2250"), follow
// another number (phone numbers, "page 12 2016") or be out of the range
// 1900-2100 unless a preposition introduces it ("in 1648").
func (s *scanner) yearPrevOK(i int, bare bool) bool {
	t := &s.toks[i]
	if !validYear(t.num) && !(t.num >= 1000 && (bare || s.triggered(i))) {
		return false
	}
	p := s.prev(i)
	if p == nil {
		return true
	}
	if t.gap == gapNone && p.kind == tokPunct && s.str(p) != "(" && s.str(p) != "[" && s.str(p) != "\"" && s.str(p) != "“" {
		// glued punctuation: "-2016" is fine only after early/mid/late,
		// pre, post ("post-1959").
		if s.dash(i - 1) {
			if q := s.prev(i - 1); q != nil && s.toks[i-1].gap == gapNone && q.kind == tokWord &&
				(q.key(kMid) || q.key(kEarly) || q.key(kLate) || q.key(kPrePost)) {
				return true
			}
		}
		return false
	}
	switch {
	case p.kind == tokNum:
		return false
	case p.kind == tokWord && p.key(kIdent):
		return false
	case p.kind == tokWord && p.lex.class == clNone && p.end-p.start >= 2 && allUpper(s.str(p)):
		return false // "UNSCR 2250", "COP 2021"
	case p.kind == tokPunct:
		switch s.str(p) {
		case "$", "€", "£", "¥", "#", "№":
			return false
		case ".":
			if q := s.prev(i - 1); q != nil && q.key(kIdent) {
				return false // "No. 2019"
			}
		}
	}
	return true
}

// yearNextOK checks what follows a year standing alone at index j (the
// token after it): another number (a phone number), or, unless a
// preposition introduced the year, a plural noun ("2016 people") makes
// it a count.
func (s *scanner) yearNextOK(j int, introduced bool) bool {
	n := s.next(j)
	if n == nil {
		return true
	}
	if n.kind == tokNum {
		return false
	}
	if n.kind == tokPunct && (s.dash(j) || s.str(n) == "–") {
		if m := s.next(j + 1); m != nil && m.kind == tokNum {
			return false // "2000-3000": a numeric range the year range refused
		}
	}
	if m := s.next(j + 1); (n.key(kTo) || n.key(kAnd)) && m != nil && m.kind == tokNum {
		// "between 500 and 2000", "2000 to 3000 troops"; but "in both
		// 1990 and 1991" names two years
		if !n.key(kAnd) || !validYear(s.toks[j-1].num) || !validYear(m.num) || m.end-m.start != 4 || s.toks[j-1].end-s.toks[j-1].start != 4 {
			return false
		}
	}
	if introduced || n.kind != tokWord || n.upper || n.lex.class != clNone {
		return true
	}
	return !countNoun(s.str(n))
}

// yearQualifies reports whether the four-digit year at i qualifies the
// plural noun at j, one a year dates and a number seldom counts ("below
// 2005 levels", "the 1992 protests", "its 1995 profits", "the 1998
// finals"), unless a word of quantity before it makes it a count ("more
// than 2000 protests", "some 2000 riots", "between 1500 and 2000 riots";
// after "and" or "or" not a number other than a year: "the 2020 and 2022
// elections").
func (s *scanner) yearQualifies(i, j int) bool {
	n := s.next(j)
	if n == nil || n.kind != tokWord || n.upper || s.toks[i].end-s.toks[i].start != 4 || !YearNoun(s.str(n)) {
		return false
	}
	if p := s.prev(i); p != nil && p.kind == tokWord {
		switch strings.ToLower(s.str(p)) {
		case "than", "about", "some", "nearly", "almost", "over", "around", "approximately",
			"roughly", "only", "just", "least", "another", "between":
			return false
		case "and", "or":
			// "the 2020 and 2022 elections", "2030 targets and 2050
			// goals", not "1500 and 2000 riots"
			q := s.prev(i - 1)
			return q == nil || q.kind != tokNum || q.end-q.start == 4 && validYear(q.num)
		}
	}
	return true
}

// YearNoun reports whether the lower-case w is a plural noun that a year
// qualifies rather than a number counts: a level or figure of a year, its
// targets, elections, contests, rules, disasters ("below 2005 levels",
// "the 2030 targets", "the 1992 protests"). A year before one dates the
// noun, not an event told around it.
func YearNoun(w string) bool {
	switch w {
	case "levels", "elections", "midterms", "primaries", "caucuses", "protests", "riots",
		"uprisings", "finals", "playoffs", "championships", "olympics", "talks", "negotiations",
		"hearings", "accords", "earnings", "profits", "sales", "revenues", "results", "figures",
		"estimates", "forecasts", "projections", "budgets", "appropriations", "taxes", "targets",
		"goals", "commitments", "pledges", "standards", "regulations", "guidelines", "amendments",
		"prices", "rates", "rules", "floods", "wildfires", "hurricanes", "earthquakes", "bombings",
		"shootings", "massacres", "celebrations", "festivities", "ceremonies", "emissions":
		return true
	}
	return false
}

// countNoun reports whether a lower-case word looks like a plural noun that
// a number can count: "people", "countries", "troops".
func countNoun(w string) bool {
	switch w {
	case "people", "persons", "children", "men", "women", "staff", "personnel", "police", "youth":
		return true
	}
	if len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	switch w[len(w)-2] {
	case 's', 'u', 'i':
		return false // "class", "status", "basis"
	}
	switch w {
	case "was", "has", "does", "goes", "this", "thus", "always", "perhaps", "whereas", "afterwards",
		"towards", "besides", "says", "makes", "marks", "sets", "sees", "means", "remains",
		"becomes", "begins", "saw", "its", "plus", "also", "ends", "starts", "brings", "gives", "takes":
		return false
	}
	return true
}

func allUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// numeric matches an all-digit date at i: ISO "2016-10-20" and
// "2012/09/28", and "10/20/2016", which is read month first (US order)
// unless its first number is over 12 or the separator is a period
// ("20.10.2016").
func (s *scanner) numeric(i int) (p point, j int, ok bool) {
	// Collect n1 sep n2 sep n3, all glued together.
	var n [3]*token
	var sep string
	k := i
	for f := 0; f < 3; f++ {
		t := s.at(k)
		if t == nil || t.kind != tokNum || (f > 0 && t.gap != gapNone) {
			return p, i, false
		}
		n[f] = t
		k++
		if f == 2 {
			break
		}
		q := s.at(k)
		if q == nil || q.kind != tokPunct || q.gap != gapNone {
			return p, i, false
		}
		if f == 0 {
			sep = s.str(q)
			if sep != "-" && sep != "/" && sep != "." {
				return p, i, false
			}
		} else if s.str(q) != sep {
			return p, i, false
		}
		k++
	}
	if !s.prevFree(i) || !s.yearEnds(k-1) {
		return p, i, false
	}
	w := func(t *token) int { return t.end - t.start }
	switch {
	case w(n[0]) == 4 && w(n[1]) <= 2 && w(n[2]) <= 2 && sep != ".":
		p = point{y: n[0].num, m: n[1].num, d: n[2].num}
	case w(n[0]) <= 2 && w(n[1]) <= 2 && w(n[2]) == 4:
		p = point{y: n[2].num, m: n[0].num, d: n[1].num}
		if n[0].num > 12 || sep == "." {
			p.m, p.d = p.d, p.m
		}
	default:
		return p, i, false
	}
	if p.y < 1000 || p.m < 1 || p.m > 12 || p.d < 1 || p.date() == "" {
		return p, i, false
	}
	return p, k, true
}

// decade matches "1990s", "1990's", "the '90s" and "the 90s" at i.
// A decade's Value is its first year and ValueEnd its last.
func (s *scanner) decade(i int) int {
	t := &s.toks[i]
	j := i
	y := 0
	if t.kind == tokPunct { // "'90s"
		n := s.at(i + 1)
		if n == nil || n.gap != gapNone || n.kind != tokNum || n.end-n.start != 2 {
			return i
		}
		y = 1900 + n.num
		j = i + 1
	} else {
		switch t.end - t.start {
		case 4:
			y = t.num
		case 2:
			if p := s.prev(i); p == nil || !p.key(kThe) {
				return i
			}
			y = 1900 + t.num
		default:
			return i
		}
		if !s.prevFree(i) {
			return i
		}
	}
	if y%10 != 0 || y < 1000 || y > 2990 {
		return i
	}
	k := j + 1
	if n := s.at(k); n != nil && n.gap == gapNone && n.kind == tokPunct && (s.str(n) == "'" || s.str(n) == "’") {
		k++
	}
	n := s.at(k)
	if n == nil || n.gap != gapNone || !n.key(kS) {
		return i
	}
	if m := s.at(k + 1); m != nil && m.gap == gapNone && m.kind != tokPunct {
		return i
	}
	start := i
	if d := s.determiner(i); d < i {
		start = d // "the 1970s"
	}
	s.emit(start, k+1, Decade, point{y: y}.date(), point{y: y + 9}.date(), false)
	e := &s.out[len(s.out)-1]
	e.Timex, e.TimexEnd = annals.DateValue(pad(y/10, 3)), ""
	return k + 1
}

// deicticYear reads "this year", "last year" or "next year" at j, right
// after a month or day without a year ("in January this year", "by
// September 1 of this year"), and returns the year it names and the index
// after it.
func (s *scanner) deicticYear(j int) (y, k int, ok bool) {
	if s.key(j, kOf) && s.toks[j].gap == gapSpace {
		// "September 1 of this year", "June of last year"
		if y, k, ok := s.deicticYear(j + 1); ok {
			return y, k, true
		}
		return 0, j, false
	}
	t, n := s.next(j), s.next(j+1)
	if t != nil && n != nil && t.key(kThe) && n.key(kSame) && s.key(j+2, kYear) && s.text[s.toks[j+2].end-1]|0x20 != 's' {
		t, n, j = n, s.next(j+2), j+1 // "the same year": as "that year"
	}
	if t != nil && n != nil && (t.key(kThat) || t.key(kSame)) && n.key(kYear) && s.text[n.end-1]|0x20 != 's' && !s.dash(j+2) {
		// "September of that year", "March of the same year": the
		// year the text last named (see lastYear)
		for k := len(s.out) - 1; k >= 0 && k >= len(s.out)-8; k-- {
			if v := s.out[k].Value; len(v) >= 4 {
				return atoi(string(v[:4])), j + 2, true
			}
		}
		return 0, j, false // none named: the month stands alone
	}
	if t == nil || n == nil || !n.key(kYear) || s.text[n.end-1]|0x20 == 's' || s.ref.y == 0 {
		return 0, j, false
	}
	if s.dash(j + 2) {
		return 0, j, false // "this year-end"
	}
	switch {
	case t.key(kThis):
		return s.ref.y, j + 2, true
	case t.key(kLast):
		return s.ref.y - 1, j + 2, true
	case t.key(kNext):
		return s.ref.y + 1, j + 2, true
	}
	return 0, j, false
}
