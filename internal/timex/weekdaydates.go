package timex

import (
	"strings"
	"time"

	"annals"
)

// A weekday told with a day the words after it give: "Tuesday (September
// 10)", "Tuesday, the 10th of September", and the first of two days whose
// month the second names, "Tuesday 10 and Wednesday 11 September", "from
// Monday 9 to Wednesday 11 December". The weekday alone would be the one
// nearest the reference day.

// weekdayApposed matches the date set after the weekday at token i by a
// parenthesis or "the" (j is the token after the weekday and its comma):
// "Tuesday (September 10)", "Tuesday, the 10th of September". The weekday
// and the date are both recorded, as the day the date gives in a year in
// which it is that weekday. It returns the index after them, or i.
func (s *scanner) weekdayApposed(i, j int) int {
	paren := s.punct(j, "(")
	if !paren && !s.key(j, kThe) {
		return i
	}
	if n := s.next(j + 1); n == nil || n.kind != tokNum && n.lex.class != clMonth && n.lex.class != clMonthAbbr {
		return i
	}
	m := len(s.out)
	k := s.absolute(j+1, false, false)
	if k <= j+1 || len(s.out) != m+1 || s.out[m].Kind != Day || s.out[m].Value.Precision() != annals.Day || paren && !s.punct(k, ")") {
		s.out = s.out[:m]
		return i
	}
	date := s.out[m]
	if date.Relative {
		s.weekdayYear(&date, time.Weekday(s.toks[i].lex.val), i, k)
	}
	s.out = s.out[:m]
	w := i + 1
	if s.toks[i].lex.class == clWeekdayAbbr && s.punct(w, ".") {
		w++ // "Tues. (Sept. 10)"
	}
	s.emit(i, w, Day, date.Value, "", date.Relative)
	s.out[m].Tensed = date.Tensed
	s.out = append(s.out, date)
	if paren {
		return k + 1
	}
	return k
}

// weekdayPair matches the day number after the weekday at token i (j is
// the token of the number) told with a later date of the month that date
// names: "Tuesday 10 and Wednesday 11 September" records two days, the
// tenth and the eleventh; "Monday 9 to Wednesday 11 December" one range.
// The year is the one in which the later day is its weekday (or, with
// none, the first day its own). It returns the index after them, or i.
func (s *scanner) weekdayPair(i, j int) int {
	d, j2, ok := s.dayNum(j)
	if !ok {
		return i
	}
	c := s.next(j2)
	if c == nil {
		return i
	}
	span := false
	switch w := strings.ToLower(s.str(c)); {
	case w == "and" || w == "or" || w == "&":
	case w == "to" || w == "through" || w == "thru" || w == "until" || w == "till" || s.dash(j2):
		span = true
	default:
		return i
	}
	k := j2 + 1
	wd2, kw := -1, k
	if k2 := s.skipWeekday(k); k2 > k {
		wd2, k = int(s.toks[k].lex.val), k2
	}
	if n := s.next(k); n == nil || n.kind != tokNum {
		return i // "Tuesday 10 and September 11": not one month's days
	}
	m := len(s.out)
	e := s.absolute(k, false, false)
	if e <= k || len(s.out) != m+1 || s.out[m].Kind != Day || s.out[m].Value.Precision() != annals.Day {
		s.out = s.out[:m]
		return i
	}
	second := s.out[m]
	s.out = s.out[:m]
	second.Start = s.toks[kw].start
	second.Text = s.text[second.Start:second.End]
	last, _, ok := second.Value.Bounds()
	if !ok || d == last.Day() {
		return i
	}
	first := time.Date(last.Year(), last.Month(), d, 0, 0, 0, 0, time.UTC)
	if d > last.Day() {
		first = time.Date(last.Year(), last.Month()-1, d, 0, 0, 0, 0, time.UTC)
	}
	if first.Day() != d {
		return i // no 31 in the month before
	}
	if second.Relative {
		// the year in which the days are their weekdays
		wd, at := time.Weekday(s.toks[i].lex.val), first
		if wd2 >= 0 {
			wd, at = time.Weekday(wd2), last
		}
		probe := Expr{Value: annals.DateOf(at, annals.Day)}
		s.weekdayYear(&probe, wd, i, e)
		if c, _, ok := probe.Value.Bounds(); ok && c.Year() != at.Year() {
			dy := c.Year() - at.Year()
			f, l := first.AddDate(dy, 0, 0), last.AddDate(dy, 0, 0)
			if f.Day() != first.Day() || l.Day() != last.Day() {
				return i // a 29 February
			}
			first, last = f, l
			s.setDay(&second, last)
		}
	}
	fv := annals.DateOf(first, annals.Day)
	if span {
		s.emit(i, e, Range, fv, second.Value, second.Relative)
		s.out[m].Tensed = second.Tensed
		return e
	}
	s.emit(i, j2, Day, fv, "", second.Relative)
	s.out[m].Tensed = second.Tensed
	s.out = append(s.out, second)
	return e
}
