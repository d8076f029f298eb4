package timex

import (
	"strings"
	"time"

	"annals"
)

// scanner holds the state of one Find: the tokens and what was found.
type scanner struct {
	text string
	toks []token
	ref  point
	out  []Expr
	// first is the token a match starts at: it may follow a paragraph
	// break, the tokens after it may not.
	first int
	// focusQ is the quarter (or half, h set) the narrative last named, and
	// focusTok the token where it was named: "the quarter" and "a year
	// earlier" are read against it.
	focusQ   struct{ y, q, h int }
	focusTok int
	// focusPast is set when the clause that named focusQ is told in the
	// past ("reported a decline in fourth-quarter earnings"): a quarter
	// whose results are in, so "the latest quarter" is that one.
	focusPast bool
	// focusYear is set when the narrative moved from a quarter to a span
	// of months of its year ("in the first nine months"): "a year
	// earlier", "the year-ago period" and "the 1988 period" are then
	// years, not quarters.
	focusYear bool
	// aheadTok is the last bare weekday read as one ahead, and aheadOff
	// its days from the reference day (see weekdayValue).
	aheadTok, aheadOff int
	// aheadRun counts the days ahead told in turn up to aheadTok, each
	// after the one before.
	aheadRun int
	// latestTok is the token after the last "the latest quarter" or
	// "the latest period", else 0 (see yearAgoOfLatest).
	latestTok int
	// tensed is set by resolveYear when the tense of the clause placed
	// the year, for the next expression emitted (Expr.Tensed).
	tensed bool
	// backQ is one more than the index in out of the last quarter
	// counted back from focusQ ("the year-ago quarter"), else 0: a
	// quarter in apposition to it restates it (see apposed).
	backQ int
}

// at returns token i, or nil past either end. A token after a paragraph
// break is still returned; patterns that must not cross one use next.
func (s *scanner) at(i int) *token {
	if i < 0 || i >= len(s.toks) {
		return nil
	}
	return &s.toks[i]
}

// next returns token i when it continues the paragraph of the match, else
// nil.
func (s *scanner) next(i int) *token {
	t := s.at(i)
	if t == nil || t.gap == gapPara && i != s.first {
		return nil
	}
	return t
}

// prev returns the token before i in the same paragraph, else nil.
func (s *scanner) prev(i int) *token {
	if i <= 0 || i >= len(s.toks) || s.toks[i].gap == gapPara {
		return nil
	}
	return &s.toks[i-1]
}

func (s *scanner) str(t *token) string { return s.text[t.start:t.end] }

// punct reports whether token i is the punctuation p.
func (s *scanner) punct(i int, p string) bool {
	t := s.next(i)
	return t != nil && t.kind == tokPunct && s.str(t) == p
}

// dash reports whether token i is a hyphen or dash.
func (s *scanner) dash(i int) bool {
	t := s.next(i)
	if t == nil || t.kind != tokPunct {
		return false
	}
	switch s.str(t) {
	case "-", "–", "—", "‐", "‑", "−":
		return true
	}
	return false
}

// key reports whether token i, in the same paragraph, is the keyword k.
func (s *scanner) key(i int, k int8) bool {
	t := s.next(i)
	return t != nil && t.key(k)
}

// emit records an expression over tokens [i, j) and returns j.
func (s *scanner) emit(i, j int, kind Kind, v, end annals.Date, rel bool) int {
	a, b := s.toks[i].start, s.toks[j-1].end
	s.out = append(s.out, Expr{Start: a, End: b, Text: s.text[a:b], Value: v, ValueEnd: end, Relative: rel, Kind: kind,
		Timex: annals.DateValue(v), TimexEnd: end, Tensed: s.tensed})
	s.tensed = false
	return j
}

// emitX records an expression over tokens [i, j) whose TimeML value x
// differs from its calendar value v, and returns j.
func (s *scanner) emitX(i, j int, kind Kind, v annals.Date, x annals.DateValue, rel bool) int {
	s.emit(i, j, kind, v, "", rel)
	s.out[len(s.out)-1].Timex = x
	return j
}

// match tries every pattern at token i and returns the index after the
// expression it recorded, or i when there is none.
func (s *scanner) match(i int) int {
	s.first = i
	t := &s.toks[i]
	switch t.kind {
	case tokNum:
		if j := s.agoExpr(i); j > i {
			return j
		}
		if j := s.quarter(i); j > i {
			return j
		}
		if j := s.century(i); j > i {
			return j
		}
		if j := s.citationDate(i); j > i {
			return j
		}
		return s.absolute(i, false, false)
	case tokPunct:
		if s.str(t) == "'" || s.str(t) == "’" {
			return s.decade(i)
		}
		return i
	}
	switch t.lex.class {
	case clMonth, clMonthAbbr:
		if j := s.ofMonthFormal(i); j > i {
			return j
		}
		return s.absolute(i, s.monthTrigger(i), false)
	case clWeekday, clWeekdayAbbr:
		return s.weekday(i)
	case clNumber:
		if j := s.spelledYear(i); j > i {
			return j
		}
		if j := s.someDay(i); j > i {
			return j // "will one day be"
		}
		return s.agoExpr(i)
	case clOrdWord:
		return s.quarter(i)
	case clDecadeWord:
		return s.decadeWord(i)
	case clKey:
	default:
		return i
	}
	switch t.lex.val {
	case kNow, kRight, kCurrently, kCurrent, kThese, kRecently, kRecent, kPast, kFuture, kTerm:
		return s.refWord(i)
	case kQuarter, kPeriod:
		return s.anchoredQuarter(i)
	case kYear:
		if j := s.yearEarlier(i); j > i {
			return j
		}
		if j := s.yearsAgo(i); j > i {
			return j
		}
		if j := s.following(i); j > i {
			return j
		}
		if j := s.yearEnd(i); j > i {
			return j
		}
		return s.theYear(i)
	case kMonth:
		if s.monthsOfYear(i) {
			return i
		}
		if j := s.vagueAgo(i); j > i {
			return j
		}
		return s.following(i)
	case kDay:
		if j := s.vagueAgo(i); j > i {
			return j
		}
		if j := s.proclamationDay(i); j > i {
			return j
		}
		if j := s.following(i); j > i {
			return j
		}
		if j := s.ordinalDay(i); j > i {
			return j
		}
		return s.anchoredDay(i)
	case kThen:
		return s.untilThen(i)
	case kPartDay:
		return s.anchoredDay(i)
	case kWeek:
		if j := s.vagueAgo(i); j > i {
			return j
		}
		if j := s.inTheWeek(i); j > i {
			return j
		}
		return s.weekOf(i)
	case kNear, kComing:
		return s.refWord(i)
	case kUntil2:
		return s.soonRef(i)
	case kHoliday:
		return s.holiday(i, i, 0)
	case kSeason:
		return s.season(i)
	case kWeekend:
		if p := s.prev(i); p != nil && p.key(kThe) && s.free(i-1, i) && s.text[t.end-1]|0x20 != 's' {
			return s.weekend(i-1, i+1, 0)
		}
		return i
	case kLast:
		if j := s.quarter(i); j > i {
			return j
		}
		if j := s.vaguePast(i); j > i {
			return j // "the last few months"
		}
	}
	switch t.lex.val {
	case kToday, kTonight, kYesterday, kTomorrow:
		off := 0
		switch t.lex.val {
		case kYesterday:
			off = -1
		case kTomorrow:
			off = 1
		}
		if t.lex.val == kToday && s.contemporary(i) {
			return i // "today's youth": the present age, not a day
		}
		if t.upper && s.nameBefore(i) {
			return i // "USA Today", "VOA Today": a name
		}
		if (t.lex.val == kToday || t.lex.val == kTomorrow) && s.ofAge(i) {
			return i // "the people of tomorrow": an age, not a day
		}
		s.emit(i, i+1, Day, s.refDay(off), "", true)
		if t.lex.val == kTonight {
			return i + 1
		}
		return s.partOfDay(i + 1) // "yesterday afternoon"
	case kThis, kLast, kNext:
		return s.deictic(i)
	case kEarlier, kLater:
		if p := s.prev(i); t.lex.val == kLater && p != nil && p.lex.class == clNumber && p.lex.val == 1 && s.free(i-1, i) &&
			s.at(i+1) != nil && s.str(&s.toks[i+1]) == "date" && s.toks[i+1].gap == gapSpace {
			return s.emitX(i-1, i+2, Ref, "", annals.FutureRef, true) // "at a later date"
		}
		// "earlier this week": TimeML leaves the modifier out of the span
		if n := s.next(i + 1); n == nil || n.kind != tokWord || n.lex.class == clNone {
			return i
		}
		n0 := len(s.out)
		k := s.match(i + 1)
		if k == i+1 {
			return i
		}
		if len(s.out) == n0+1 && s.spansModifier(i+1, &s.out[n0]) {
			// "earlier this year", "later that day": the corpora of
			// TimeML take the modifier into a year, month or anchored day
			s.out[n0].Start = t.start
			s.out[n0].Text = s.text[t.start:s.out[n0].End]
		}
		return k
	case kEarly, kMid, kLate:
		j := i + 1
		if s.dash(j) && s.next(j).gap == gapNone {
			j++
		}
		if s.at(j) == nil || s.toks[j].gap == gapPara {
			return i
		}
		k := s.wrap(i, j)
		if k > j && s.out[len(s.out)-1].Kind == Decade {
			// "the late 1970s"
			if p := s.prev(i); p != nil && p.key(kThe) && (len(s.out) < 2 || s.out[len(s.out)-2].End <= p.start) {
				e := &s.out[len(s.out)-1]
				e.Start = p.start
				e.Text = s.text[e.Start:e.End]
			}
		}
		return k
	case kPrePost:
		// "post-1959 politics", "pre-1990 levels": the year
		if !s.dash(i+1) || s.toks[i+1].gap != gapNone || s.at(i+2) == nil || s.toks[i+2].gap != gapNone || s.toks[i+2].kind != tokNum {
			return i
		}
		n := len(s.out)
		if k := s.wrap(i, i+2); k > i+2 && (s.out[n].Kind == Year || s.out[n].Kind == Decade) {
			return k
		}
		s.out = s.out[:n]
		return i
	case kEnd, kBeginning:
		if !s.key(i+1, kOf) {
			return i
		}
		j := i + 2
		start := i
		if p := s.prev(i); p != nil && p.key(kThe) && (len(s.out) == 0 || s.out[len(s.out)-1].End <= p.start) {
			start = i - 1
		}
		if s.key(j, kThe) && (s.key(j+1, kYear) || s.key(j+1, kMonth)) || s.key(j, kThat) && s.key(j+1, kYear) {
			if k := s.endOfThe(start, j+1); k > j {
				return k
			}
			return i
		}
		if k := s.wrap(start, j); k > j {
			return k
		}
		return i
	case kBetween, kFrom:
		if s.at(i+1) == nil || s.toks[i+1].gap == gapPara {
			return i
		}
		if j := s.absolute(i+1, true, t.lex.val == kBetween); j > i+1 {
			return j
		}
		return i
	case kFY, kFiscal:
		if y, j := s.fiscalYear(i); j > i {
			return s.emit(i, j, Year, point{y: y}.date(), "", false)
		}
	}
	return i
}

// endOfThe records "the end of the year", "the end of that year", "the
// beginning of the month" (tokens start to k, k the year or month) as the
// year or month "the year" or "that year" reads (see theYear; "the month"
// is the reference month), the span taking the modifier in as TimeML does
// ("by the end of the month", read in August 1990, is 1990-08). "the end
// of the years", "the end of the month of May" are none. It returns the
// index past the expression, or start when there is none.
func (s *scanner) endOfThe(start, k int) int {
	t := &s.toks[k]
	if s.text[t.end-1]|0x20 == 's' || s.dash(k+1) || s.key(k+1, kOf) {
		return start
	}
	if t.lex.val == kYear {
		n := len(s.out)
		if j := s.theYear(k); j > k && len(s.out) == n+1 {
			e := &s.out[n]
			e.Start = s.toks[start].start
			e.Text = s.text[e.Start:e.End]
			return j
		}
		s.out = s.out[:n]
		return start
	}
	if s.ref.m == 0 {
		return start
	}
	return s.emit(start, k+1, Month, s.refMonth(0), "", true)
}

// wrap matches the expression at j, introduced by a modifier at i ("early
// 2020", "mid-2017", "later this month", "the end of 2019"), and records it
// with its span widened to i. A modified expression keeps its value: "early
// 2020" is 2020, "late December 2017" is 2017-12.
func (s *scanner) wrap(i, j int) int {
	if j >= len(s.toks) {
		return i // "the end of" closing the text
	}
	n := len(s.out)
	k := s.match(j)
	if k == j || len(s.out) != n+1 {
		return i
	}
	e := &s.out[n]
	e.Start = s.toks[i].start
	e.Text = s.text[e.Start:e.End]
	return k
}

// monthTrigger reports whether the word before a month name at i lets the
// month stand alone: "in December", "since March", "by May".
func (s *scanner) monthTrigger(i int) bool {
	p := s.prev(i)
	if p != nil && s.toks[i].gap == gapNone && s.dash(i-1) {
		p = s.prev(i - 1) // "mid-December"
	}
	if p == nil {
		return false
	}
	if (s.str(p) == "for" || s.str(p) == "For") && s.toks[i].lex.val != 5 {
		return true // "the job figures for January" ("for May" may be a name's)
	}
	if p.lex.class != clKey || p.lex.val == kThe || p.lex.val == kThis || p.lex.val == kIts || p.lex.val == kS {
		return s.monthOfAGathering(p, i)
	}
	switch p.lex.val {
	case kIn, kOn, kSince, kUntil, kBy, kFrom, kDuring, kBefore, kAfter, kThrough,
		kEarly, kMid, kLate, kOf, kTo, kBetween:
		return true
	}
	return false
}

// gatherings are what a month can name when it stands before them.
var gatherings = map[string]bool{"summit": true, "meeting": true, "meetings": true, "conference": true,
	"session": true, "talks": true, "elections": true, "election": true, "visit": true, "trip": true,
	"ministerial": true, "forum": true, "round": true, "plenary": true, "vote": true, "referendum": true}

// monthOfAGathering reports whether the month at i names a gathering or
// another event after a determiner: "the June summit", "its September
// session", "the September G20 Leaders Summit" (a capitalized name
// follows), "the October slaying" (any noun, but not after "May"); after
// a possessive, a gathering's word only: "the President's May visit",
// "his June trip".
func (s *scanner) monthOfAGathering(p *token, i int) bool {
	n := s.next(i + 1)
	if n == nil || n.kind != tokWord || s.toks[i+1].gap != gapSpace {
		return false
	}
	switch w := strings.ToLower(s.str(p)); w {
	case "the", "this", "its", "their", "a":
	case "his", "her", "our", "my", "your":
		// "his May visit", "our June meeting": a gathering's word only
		return gatherings[strings.ToLower(s.str(n))]
	default:
		// "the President's May visit", "Biden’s June trip"
		return w == "s" && s.possessiveS(i-1) && gatherings[strings.ToLower(s.str(n))]
	}
	if n.upper || gatherings[strings.ToLower(s.str(n))] {
		return true
	}
	// "the October slaying", "the March accession": any noun after a
	// month that is no verb or name ("the May report" may be a modal's)
	if s.toks[i].lex.val == 5 || n.lex.class != clNone {
		return false
	}
	switch s.str(n) {
	case "for", "on", "at", "or", "is", "was", "will", "which", "with", "as", "but", "has", "had":
		return false
	}
	return true
}

// refDay returns the reference day moved by off days, or "" without one.
func (s *scanner) refDay(off int) annals.Date {
	if s.ref.d == 0 {
		return ""
	}
	t := time.Date(s.ref.y, time.Month(s.ref.m), s.ref.d+off, 0, 0, 0, 0, time.UTC)
	return annals.DateOf(t, annals.Day)
}

// refMonth returns the reference month moved by off months, or "".
func (s *scanner) refMonth(off int) annals.Date {
	if s.ref.m == 0 {
		return ""
	}
	t := time.Date(s.ref.y, time.Month(s.ref.m)+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
	return annals.DateOf(t, annals.Month)
}

// refYear returns the reference year moved by off years, or "".
func (s *scanner) refYear(off int) annals.Date {
	if s.ref.y == 0 {
		return ""
	}
	return point{y: s.ref.y + off}.date()
}

// refWeekMonth returns the month holding the day off days from the
// reference day: "last week" is the month of ref minus seven days.
func (s *scanner) refWeekMonth(off int) annals.Date {
	if s.ref.d == 0 {
		return ""
	}
	t := time.Date(s.ref.y, time.Month(s.ref.m), s.ref.d+off, 0, 0, 0, 0, time.UTC)
	return annals.DateOf(t, annals.Month)
}

// deictic matches "this", "last" or "next" followed by a unit ("week",
// "month", "year"), a month name or a weekday. After "the" these words
// make durations ("over the next year", "the last week of October") and
// are not dates.
func (s *scanner) deictic(i int) int {
	if p := s.prev(i); p != nil && p.key(kThe) {
		return i
	}
	n := s.next(i + 1)
	if n == nil {
		return i
	}
	dir := 0
	switch s.toks[i].lex.val {
	case kLast:
		dir = -1
	case kNext:
		dir = 1
	}
	plural := s.text[n.end-1]|0x20 == 's'
	how := s.toks[i].lex.val
	if n.upper && n.kind == tokWord && s.toks[i].upper && (s.quotedTitle(i) || s.titleAfter(i)) {
		return i // ABC's "This Week", HBO's "About Last Night": a title
	}
	if how == kThis && (n.key(kPast) || n.key(kComing)) {
		// "this past spring", "this coming Sunday"
		m := s.next(i + 2)
		switch {
		case m == nil:
			return i
		case m.key(kSeason) && n.key(kPast):
			return s.deicticSeason(i, i+3, kPast, s.seasonOf(m))
		case m.lex.class == clWeekday && m.upper:
			h := kLast
			if n.key(kComing) {
				h = kNext
			}
			s.emit(i, i+3, Day, s.weekdayValue(time.Weekday(m.lex.val), h, i), "", true)
			return s.partOfDay(i + 3)
		case !n.key(kPast) || s.text[m.end-1]|0x20 == 's':
			return i // "this coming spring", "this past months"
		case m.key(kWeekend):
			// "this past weekend": the weekend just gone
			return s.weekend(i, i+3, kPast)
		case m.key(kWeek):
			// "this past week": the week just gone, the reference week
			// when read on its weekend
			off := -7
			if t, ok := s.refTime(); ok && (t.Weekday() == time.Saturday || t.Weekday() == time.Sunday) {
				off = 0
			}
			v, x := s.weekValue(off)
			return s.emitX(i, i+3, Week, v, x, true)
		case m.key(kMonth):
			// "this past month": the month before the reference month
			return s.emit(i, i+3, Month, s.refMonth(-1), "", true)
		case m.lex.class == clMonth && m.upper:
			// "this past January": the latest January before the
			// reference month ("this past December", read in January, is
			// last year's)
			var v annals.Date
			if s.ref.m > 0 {
				y := s.ref.y
				if int(m.lex.val) >= s.ref.m {
					y--
				}
				v = point{y: y, m: int(m.lex.val)}.date()
			}
			return s.emit(i, i+3, Month, v, "", true)
		}
		return i
	}
	switch {
	case (how == kThis || how == kLast) && s.partWord(i+1):
		return s.deicticPart(i, how)
	case n.key(kWeek) && !plural:
		off := 7 * dir
		if t, ok := s.refTime(); ok && how == kThis && t.Weekday() == time.Sunday {
			if tn, _ := s.tense(i, i+2); tn == tenseAhead {
				off = 7 // "will visit this week", read on a Sunday: the week ahead
			}
		}
		v, x := s.weekValue(off)
		return s.emitX(i, i+2, Week, v, x, true)
	case n.key(kWeekend) && !plural:
		return s.weekend(i, i+2, how)
	case n.key(kSeason) && !plural:
		return s.deicticSeason(i, i+2, how, s.seasonOf(n))
	case n.key(kQuarter) && !plural:
		if s.ref.m == 0 {
			return s.emit(i, i+2, Quarter, "", "", true)
		}
		y, q := s.ref.y, (s.ref.m-1)/3+1+dir
		if how == kThis && s.focusQ.y > 0 && s.focusQ.h == 0 {
			y, q = s.focusQ.y, s.focusQ.q
		}
		if q == 0 {
			y, q = y-1, 4
		} else if q == 5 {
			y, q = y+1, 1
		}
		return s.emitQuarter(i, i+2, y, q, 0, true, true)
	case n.key(kMonth) && !plural:
		return s.emit(i, i+2, Month, s.refMonth(dir), "", true)
	case n.key(kCentury) && !plural:
		// "this century" (19 read in 1999), "the last century", "next century"
		if c := s.next(i + 2); n.upper && c != nil && c.gap == gapSpace && c.kind == tokWord && c.upper && c.lex.class == clNone {
			return i // "Next Century Cities": a capital Century before a capitalized word is part of a name (see century)
		}
		if s.ref.y == 0 || s.ref.y/100+dir < 0 {
			// no reference, or "last century" read in the first century:
			// the calendar has no century before it
			return s.emit(i, i+2, Century, "", "", true)
		}
		return s.emitX(i, i+2, Century, "", annals.DateValue(pad(s.ref.y/100+dir, 2)), true)
	case n.key(kYear) && !plural:
		if dir < 0 && s.yearAgoOfLatest(i) {
			return s.emitQuarter(i, i+2, s.focusQ.y-1, s.focusQ.q, 0, true, false)
		}
		return s.emit(i, i+2, Year, s.refYear(dir), "", true)
	case n.lex.class == clMonth && n.upper:
		if n := len(s.out); s.absolute(i+1, false, false) > i+1 {
			s.out = s.out[:n] // read again from i+1
			return i          // "last December 2017": the month and year stand alone
		}
		var v annals.Date
		m := int(n.lex.val)
		switch {
		case dir == 0 && s.ref.y > 0:
			v = point{y: s.ref.y, m: m}.date()
		case dir < 0 && s.ref.m > 0:
			// "last February" is the latest February at least two months
			// back (the month just gone is "last month"): last year's in
			// March, this year's in September
			y := s.ref.y
			if m >= s.ref.m-1 {
				y--
			}
			v = point{y: y, m: m}.date()
		case dir > 0 && s.ref.m > 0:
			y := s.ref.y
			if m <= s.ref.m {
				y++
			}
			v = point{y: y, m: m}.date()
		}
		return s.emit(i, i+2, Month, v, "", true)
	case n.lex.class == clWeekday && n.upper:
		s.emit(i, i+2, Day, s.weekdayValue(time.Weekday(n.lex.val), s.toks[i].lex.val, i), "", true)
		return s.partOfDay(i + 2)
	case n.key(kHoliday) && how != kThis:
		return s.holiday(i+1, i, how)
	}
	return i
}

// weekdayValue resolves a weekday against the reference day. how is kLast
// (the most recent one before ref), kNext (the first one after), kThis
// (the one in ref's Monday-to-Sunday week) or 0 for a bare weekday, which
// news uses for the past week ("said on Monday": the most recent one, ref
// itself included) unless its clause looks ahead ("will meet on Monday",
// "set to resume Monday": the next one, ref itself included; see tense).
func (s *scanner) weekdayValue(wd time.Weekday, how int8, i int) annals.Date {
	if s.ref.d == 0 {
		return ""
	}
	ref := time.Date(s.ref.y, time.Month(s.ref.m), s.ref.d, 0, 0, 0, 0, time.UTC)
	back := (int(ref.Weekday()) - int(wd) + 7) % 7 // days since the last wd, 0..6
	var off int
	switch how {
	case kLast:
		off = -back
		if back == 0 {
			off = -7
		}
	case kNext:
		off = 7 - back
	case kThis:
		mon := (int(ref.Weekday()) + 6) % 7 // days since Monday
		off = (int(wd)+6)%7 - mon
	default:
		off = -back
		if s.deadline(i) {
			// "must respond by Friday", "has given the relatives until 9
			// a.m. Tuesday", "extended its deadline until Tuesday": a
			// deadline is ahead unless its clause tells the past with an
			// auxiliary ("Until Thursday, they had not called", "it was
			// not until Tuesday that Castro revealed")
			if t, strong := s.clauseTense(i, i+1); t != tensePast || !strong && (s.deadlineSet(i) || s.courseUntil(i)) {
				off = (7 - back) % 7
			}
			break
		}
		if t, _ := s.tense(i, i+1); t == tenseAhead || t == tenseNone && s.futureBefore(i) {
			off = (7 - back) % 7 // the reference day's own weekday is that day
			inPara := s.aheadTok > 0 && s.samePara(s.aheadTok, i)
			chained := s.aheadTok > 0 && s.sameSentence(s.aheadTok, i) || inPara && s.aheadRun >= 3
			if chained && off < s.aheadOff {
				// "Tuesday will focus on water; ... and Friday will
				// focus on air", read on a Friday: days listed ahead
				// follow each other, the Friday after the Tuesday; so
				// do the sentences of a paragraph that has told three
				// days ahead in turn ("On Monday, ... On Tuesday, ...
				// On Friday, ... On Monday, he will host": the second
				// Monday is the next week's)
				off += 7
			}
			if inPara && off > s.aheadOff {
				s.aheadRun++
			} else {
				s.aheadRun = 1
			}
			s.aheadTok, s.aheadOff = i, off
		}
	}
	return annals.DateOf(ref.AddDate(0, 0, off), annals.Day)
}

// sameSentence reports whether tokens a < b are in one sentence of one
// paragraph (semicolons part a list's items, not its sentence).
func (s *scanner) sameSentence(a, b int) bool {
	if b-a > 60 {
		return false
	}
	for k := a + 1; k <= b; k++ {
		if s.toks[k].gap == gapPara || k < b && s.str(&s.toks[k]) == "." && !s.abbrevPeriod(k) {
			return false
		}
	}
	return true
}

// samePara reports whether tokens a < b are in one paragraph, not far
// apart.
func (s *scanner) samePara(a, b int) bool {
	if b-a > 200 {
		return false
	}
	for k := a + 1; k <= b; k++ {
		if s.toks[k].gap == gapPara {
			return false
		}
	}
	return true
}

// futureBefore reports whether the clause before i looks ahead: "will",
// "shall", "scheduled", "planned", "expected", "due", "as soon as", "as
// early as", "coming", "next" in the few tokens before it, within the
// sentence, or "ahead of" right before it.
func (s *scanner) futureBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-futureReach; k-- {
		t := &s.toks[k]
		if t.kind == tokPunct && (s.str(t) == "." && !s.abbrevPeriod(k) || s.str(t) == ";") || s.toks[k+1].gap == gapPara {
			return false
		}
		switch {
		case t.key(kWill) || t.key(kFuturish) || t.key(kComing) || t.key(kNext) && !s.key(k+1, kTo):
			return true // not "next to the embassy"
		case k >= i-3 && s.key(k+1, kOf) && strings.EqualFold(s.str(t), "ahead"):
			return true // "ahead of the weekend", "ahead of Tuesday's vote"
		case t.key(kUntil2) || t.key(kEarly):
			// "as soon as Tuesday", "as early as Tuesday"
			if k+2 <= i && s.str(&s.toks[k+1]) == "as" && k > 0 && s.str(&s.toks[k-1]) == "as" {
				return true
			}
		}
		if t.kind == tokPunct && s.str(t) == "'" && k+1 < i && s.str(&s.toks[k+1]) == "ll" {
			return true
		}
	}
	return false
}

// weekday matches a weekday: before a date it is part of it ("Tuesday, 28
// September 2012"); alone it is resolved against the reference day.
func (s *scanner) weekday(i int) int {
	t := &s.toks[i]
	if !t.upper {
		return i
	}
	j := i + 1
	if t.lex.class == clWeekdayAbbr && s.punct(j, ".") {
		j++
	}
	if s.punct(j, ",") {
		j++
	}
	if k := s.weekdayApposed(i, j); k > i {
		return k // "Tuesday (September 10)", "Tuesday, the 10th of September"
	}
	if n := s.next(j); n != nil && (n.kind == tokNum || n.lex.class == clMonth || n.lex.class == clMonthAbbr) {
		m := len(s.out)
		k := s.absolute(j, false, false)
		if k > j && len(s.out) == m {
			// "Friday, September 31": a day the calendar lacks, which the
			// weekday names too; no date rather than a wrong one
			return k
		}
		if k > j && (s.out[m].Kind == Day || s.out[m].Kind == Range) {
			e := &s.out[m]
			e.Start = t.start
			e.Text = s.text[e.Start:e.End]
			if e.Kind == Day && e.Relative {
				s.weekdayYear(e, time.Weekday(t.lex.val), i, k)
			} else if e.Relative {
				s.weekdayRange(e, time.Weekday(t.lex.val), i, k)
			}
			return k
		} else if k > j {
			s.out = s.out[:m] // "Monday 2016"? keep only the weekday
		} else if k := s.weekdayPair(i, j); k > i {
			return k // "Tuesday 10 and Wednesday 11 September"
		}
	}
	if t.lex.class == clWeekdayAbbr {
		return i
	}
	if s.namedDay(i) {
		// "Good Friday", "Black Friday", "Super Tuesday", "the Good
		// Friday Agreement": a day of the calendar or a name, not the
		// weekday the reference day would give
		return i + 1
	}
	if s.recurring(i) {
		// "every Monday", "each Thursday": a set of days, none of them
		// the one the reference day would give
		if s.partWord(i) {
			return i + 2
		}
		if k, _ := s.weekdayThrough(i); k > i {
			return k // "every Monday through Friday"
		}
		return i + 1
	}
	if s.habit(i + 1) {
		// "Sunday services", "on Sunday mornings": a habit, or a day the
		// text does not place, not the latest Sunday
		return i + 2
	}
	if n := s.next(i + 2); n != nil && n.upper && n.lex.class == clWeekday && s.habit(i+3) {
		if w := s.str(&s.toks[i+1]); w == "and" || w == "or" {
			return i + 4 // "on Monday and Tuesday nights"
		}
	}
	if k, wd := s.weekdayThrough(i); k > i {
		// "Tuesday through Thursday", "Monday-Friday": the end follows
		// the start, within a week ("ran Tuesday through Thursday", read
		// on a Friday, is not Tuesday and the day before yesterday)
		if m := s.skipWeekday(k - 1); m > k-1 {
			// "Monday through Thursday, April 30": the date fixes the end
			n := len(s.out)
			e := s.absolute(m, false, false)
			if e == m || len(s.out) != n+1 || s.out[n].Kind != Day {
				s.out = s.out[:n]
				return i + 1
			}
			end := s.out[n]
			s.out = s.out[:n]
			if end.Relative {
				s.weekdayYear(&end, wd, i, e)
			}
			d, _, ok := end.Value.Bounds()
			if !ok {
				return e
			}
			start := d.AddDate(0, 0, -((int(wd) - int(t.lex.val) + 7) % 7))
			s.emit(i, e, Range, annals.DateOf(start, annals.Day), end.Value, end.Relative)
			return e
		}
		v := s.weekdayValue(time.Weekday(t.lex.val), 0, i)
		var end annals.Date
		if d, _, ok := v.Bounds(); ok {
			days := (int(wd) - int(t.lex.val) + 7) % 7
			if days == 0 {
				days = 7
			}
			end = annals.DateOf(d.AddDate(0, 0, days), annals.Day)
		}
		return s.emit(i, k, Range, v, end, true)
	}
	if s.partWord(i+1) && s.punct(i+2, ",") {
		// "Thursday morning, April 30": the date is the day
		n := len(s.out)
		if k := s.absolute(i+3, false, false); k > i+3 && len(s.out) == n+1 && s.out[n].Kind == Day {
			e := &s.out[n]
			e.Start = t.start
			e.Text = s.text[e.Start:e.End]
			if e.Relative {
				s.weekdayYear(e, time.Weekday(t.lex.val), i, k)
			}
			return k
		}
		s.out = s.out[:n]
	}
	s.emit(i, i+1, Day, s.weekdayValue(time.Weekday(t.lex.val), 0, i), "", true)
	return s.partOfDay(i + 1)
}

// weekdayThrough matches "through Thursday", "thru Thursday" or a dash and
// a weekday after the weekday at i ("Tuesday through Thursday",
// "Monday-Friday") and returns the index after the second weekday and
// its day of the week, or i when there is none ("from Monday to
// Wednesday" may be a move, "postponed from Monday to Wednesday", and
// stays two days).
func (s *scanner) weekdayThrough(i int) (int, time.Weekday) {
	if !s.key(i+1, kThrough) && !s.dash(i+1) {
		return i, 0
	}
	n := s.next(i + 2)
	if n == nil || !n.upper || n.lex.class != clWeekday {
		return i, 0
	}
	return i + 3, time.Weekday(n.lex.val)
}

// habit reports whether token k, right after a bare weekday, is a noun in
// the plural that makes the weekday a habit ("Sunday services", "Sunday
// mornings", "Friday prayers"): no one day ("the Friday explosions"
// keeps its day).
func (s *scanner) habit(k int) bool {
	n := s.next(k)
	if n == nil || n.kind != tokWord || n.upper || n.gap != gapSpace {
		return false
	}
	switch s.str(n) {
	case "mornings", "afternoons", "evenings", "nights", "services", "prayers", "masses", "sermons", "dinners", "lunches", "brunches", "breakfasts", "classes", "lessons":
		return true
	}
	return false
}

// namedDay reports whether the weekday at i is part of the name of a
// day ("Good Friday", "Palm Sunday", "Black Friday", "Cyber Monday",
// "Super Tuesday", "Small Business Saturday"): a capitalized word of such names
// comes right before it.
func (s *scanner) namedDay(i int) bool {
	p := s.prev(i)
	if p == nil || p.kind != tokWord || !p.upper || s.toks[i].gap != gapSpace {
		return false
	}
	switch lowerASCII(s.str(p)) {
	case "good", "holy", "maundy", "palm", "ash", "easter", "black", "cyber", "super", "bloody", "giving", "business":
		return true
	}
	return false
}

// recurring reports whether "every" or "each" comes right before token i
// ("every Monday", "each Christmas"): the expression is a set (TimeML's
// SET), recurring, and names no one day.
func (s *scanner) recurring(i int) bool {
	p := s.prev(i)
	if p == nil || p.kind != tokWord || !s.free(i-1, i) {
		return false
	}
	switch lowerASCII(s.str(p)) {
	case "every", "each":
		return true
	}
	return false
}

// agoExpr matches "two years ago", "a week ago", "3 days ago".
func (s *scanner) agoExpr(i int) int {
	t := &s.toks[i]
	n := t.num
	if t.kind == tokWord {
		n = int(t.lex.val)
	}
	if n <= 0 || n > 999 {
		return i
	}
	// k is the number's last token: "Seventy-four years ago" is one
	// number, and so is "Two hundred and forty-nine years ago" (which
	// had been read from "forty-nine")
	k := i
	if t.kind == tokWord {
		n, k = s.spelledTens(i, n)
		if h := s.next(i + 1); n >= 1 && n <= 9 && h != nil && h.kind == tokWord && lowerASCII(s.str(h)) == "hundred" {
			n, k = n*100, i+1
			j := i + 2
			if a := s.next(j); a != nil && lowerASCII(s.str(a)) == "and" {
				j++
			}
			if u := s.next(j); u != nil && u.kind == tokWord && u.lex.class == clNumber && u.lex.val >= 1 && u.lex.val <= 99 && s.str(u) != "a" && s.str(u) != "an" {
				m, e := s.spelledTens(j, int(u.lex.val))
				n, k = n+m, e
			}
		}
	}
	u := s.next(k + 1)
	g := k + 2 // "ago" or "earlier"
	if s.next(g) != nil && s.next(g+1) != nil && s.str(&s.toks[g]) == "or" && s.str(&s.toks[g+1]) == "so" {
		g += 2 // "a week or so ago": as long ago as written
	}
	if u == nil || u.lex.class != clKey || !s.key(g, kAgo) && !s.key(g, kEarlier) {
		return i
	}
	if n > 100 && (!u.key(kYear) || !s.key(g, kAgo)) {
		// (only years go back so far: "signed ... 249 years ago")
		return i
	}
	start := i
	if p := s.prev(i); p != nil && s.free(i-1, i) && (s.str(p) == "nearly" || s.str(p) == "almost" || s.str(p) == "about" || s.str(p) == "some") {
		start-- // "nearly four years ago"
	}
	earlier := s.key(g, kEarlier)
	if earlier || u.key(kYear) && n == 1 {
		// "a year earlier", "two years earlier" are counted from the
		// narrative's last date; "a year ago" and "a year earlier" in a
		// story of quarters are the same quarter a year before
		if u.key(kYear) && s.focusQ.y > 0 && !s.focusYear && (earlier || s.amountInSentence(start, g+1)) {
			// (a year ago in a sentence of no amount nor comparison
			// compares no results: "A year ago, the President signed
			// an order", after a sentence on the fourth quarter)
			return s.emitQuarter(start, g+1, s.focusQ.y-n, s.focusQ.q, s.focusQ.h, true, false)
		}
		if u.key(kYear) && s.focusYear {
			return s.emit(start, g+1, Year, point{y: s.focusQ.y - n}.date(), "", true)
		}
		if !earlier {
			if j := s.yearsAgoAt(start, g+1, n); j > 0 {
				return j
			}
			return s.emit(start, g+1, Year, s.refYear(-n), "", true)
		}
		switch u.lex.val {
		case kYear:
			if y := s.lastYear(); y > 0 {
				return s.emit(start, g+1, Year, point{y: y - n}.date(), "", true)
			}
			return s.emit(start, g+1, Year, "", "", true)
		case kDecade:
			return s.emit(start, g+1, Year, "", "", true)
		}
		return i // "two days earlier": against a day the text may not give
	}
	switch u.lex.val {
	case kDay:
		return s.emit(start, g+1, Day, s.refDay(-n), "", true)
	case kWeek:
		v, x := s.weekValue(-7 * n)
		return s.emitX(start, g+1, Week, v, x, true)
	case kMonth:
		return s.emit(start, g+1, Month, s.refMonth(-n), "", true)
	case kYear:
		if j := s.yearsAgoAt(start, g+1, n); j > 0 {
			return j
		}
		return s.emit(start, g+1, Year, s.refYear(-n), "", true)
	case kDecade:
		return s.emit(start, g+1, Year, s.refYear(-10*n), "", true)
	}
	return i
}

// spelledTens reads a number spelled from token i, whose own value is n:
// a tens joined to a unit by a dash ("forty-nine") is one number. It
// returns the number and its last token.
func (s *scanner) spelledTens(i, n int) (int, int) {
	if n >= 20 && n <= 90 && n%10 == 0 && s.dash(i+1) && s.toks[i+1].gap == gapNone {
		if u := s.next(i + 2); u != nil && u.kind == tokWord && u.lex.class == clNumber && u.lex.val >= 1 && u.lex.val <= 9 && s.toks[i+2].gap == gapNone {
			return n + int(u.lex.val), i + 2
		}
	}
	return n, i
}

// yearsAgoAt reads "n years ago" (tokens [start, j)) pinned to the
// reference day, week or month: "Seventy-four years ago today", "One
// year ago today" (that day n years back), "ten years ago this month",
// "It was this week fifty years ago" (that month or ISO week n years
// back, "this week" or "this month" right before or after). It returns
// the index after the expression, or 0 when there is none.
func (s *scanner) yearsAgoAt(start, j, n int) int {
	if s.ref.y == 0 {
		return 0
	}
	if s.key(j, kToday) && s.ref.d > 0 {
		t := time.Date(s.ref.y-n, time.Month(s.ref.m), s.ref.d, 0, 0, 0, 0, time.UTC)
		return s.emit(start, j+1, Day, annals.DateOf(t, annals.Day), "", true)
	}
	unit, end := int8(0), j
	if s.key(j, kThis) && s.toks[j].gap == gapSpace && (s.key(j+1, kWeek) || s.key(j+1, kMonth)) &&
		s.text[s.toks[j+1].end-1]|0x20 != 's' {
		unit, end = s.toks[j+1].lex.val, j+2 // "ten years ago this month"
	} else if m := len(s.out) - 1; m >= 0 && start >= 3 && s.toks[start].gap == gapSpace && s.out[m].End == s.toks[start-1].end &&
		s.toks[start-2].key(kThis) && s.out[m].Start == s.toks[start-2].start && (s.toks[start-1].key(kWeek) || s.toks[start-1].key(kMonth)) {
		// "this week fifty years ago": one expression
		unit, start = s.toks[start-1].lex.val, start-2
		s.out = s.out[:m]
	}
	switch {
	case unit == kMonth && s.ref.m > 0:
		return s.emit(start, end, Month, point{y: s.ref.y - n, m: s.ref.m}.date(), "", true)
	case unit == kWeek && s.ref.d > 0:
		t := time.Date(s.ref.y-n, time.Month(s.ref.m), s.ref.d, 0, 0, 0, 0, time.UTC)
		return s.emitX(start, end, Week, annals.DateOf(t, annals.Month), isoWeek(t), true)
	case unit != 0:
		return s.emit(start, end, Year, s.refYear(-n), "", true)
	}
	return 0
}

// nameBefore reports whether the capitalized word at i continues a name:
// an acronym comes right before it, not opening a sentence ("USA Today",
// "This is VOA Today"; a headline in title case, "Talks Resume Today",
// keeps its day).
func (s *scanner) nameBefore(i int) bool {
	p := s.prev(i)
	if p == nil || p.kind != tokWord || p.end-p.start < 2 || !allUpper(s.str(p)) || s.toks[i].gap != gapSpace {
		return false
	}
	q := s.prev(i - 1)
	return q == nil || !(q.kind == tokPunct && s.clauseEnd(i-2)) && !(q.kind == tokPunct && (s.str(q) == "\"" || s.str(q) == "“"))
}

// quoteBefore reports whether an opening quotation mark is glued to the
// token at i (a quoted title: "This Week").
func (s *scanner) quoteBefore(i int) bool {
	p := s.prev(i)
	if p == nil || p.kind != tokPunct || s.toks[i].gap != gapNone {
		return false
	}
	switch s.str(p) {
	case "\"", "“", "'", "‘":
		return true
	}
	return false
}

// quotedTitle reports whether the capitalized word at i is in a quoted
// title: an opening quotation mark is glued to it or to one of the few
// capitalized words right before it ("This Week", "About Last Night").
func (s *scanner) quotedTitle(i int) bool {
	for k := i; k > i-4; k-- {
		if s.quoteBefore(k) {
			return true
		}
		p := s.prev(k)
		if p == nil || p.kind != tokWord || !p.upper || s.toks[k].gap != gapSpace {
			return false
		}
	}
	return false
}

// titleAfter reports whether the capitalized "Last", "This" or "Next" at
// i and the capitalized word after it end a title in title case after a
// capitalized preposition ("# About Last Night" as a heading): in a
// sentence the preposition takes a date in lower case ("About last night,
// ..."), and a headline going on keeps its date ("Talks After Last
// Week's Vote").
func (s *scanner) titleAfter(i int) bool {
	p := s.prev(i)
	if p == nil || p.kind != tokWord || !p.upper || s.toks[i].gap != gapSpace {
		return false
	}
	switch s.str(p) {
	case "About", "After", "Before", "Since", "Until", "From", "Of", "For":
	default:
		return false
	}
	n := s.next(i + 2)
	if n == nil {
		return true
	}
	if n.kind != tokPunct || n.gap != gapNone {
		return false
	}
	switch s.str(n) {
	case ":", "\"", "”", "?", "!":
		return true
	}
	return false
}

// ofAge reports whether "today" or "tomorrow" at i names an age after
// "of" ("the people of tomorrow", "the leaders of today"), not "as of
// today" nor "of today's vote".
func (s *scanner) ofAge(i int) bool {
	p, q := s.prev(i), s.prev(i-1)
	if p == nil || !p.key(kOf) || q == nil || q.kind != tokWord || strings.EqualFold(s.str(q), "as") {
		return false
	}
	return !s.punct(i+1, "'") && !s.punct(i+1, "’")
}

// contemporary reports whether "today" at i is a possessive of the present
// age: "today's world", "today's youth", "today's society".
func (s *scanner) contemporary(i int) bool {
	if !s.punct(i+1, "'") && !s.punct(i+1, "’") || !s.key(i+2, kS) {
		return false
	}
	n := s.next(i + 3)
	if n == nil || n.kind != tokWord || n.upper {
		return false // "Today's World Bank vote"
	}
	switch s.str(n) {
	case "world", "youth", "society", "generation", "generations", "young", "children", "kids", "culture", "standards", "economy":
		return true
	}
	return false
}

// weekdayYear moves a day whose year was guessed ("Saturday, April 25",
// tokens [i, j)) to a year in which the day falls on weekday wd, when the
// guessed year does not: told in the past, the latest such year up to the
// reference date ("On Tuesday, June 21, officials convened", read in March
// 2026, is 2022, not 2026, a Sunday); told ahead, the first from it on
// within weekdayAhead (a fortnight's slack either way, as resolveYear
// allows); with no tense, the one nearest the reference date, a year
// ahead counting half again as far as one behind. Only years within
// weekdayYears of the reference year are tried. Told ahead with no such
// year within weekdayAhead (news announces a few months ahead, not
// years: "will host X on Thursday, November 2", read in February 2024, is
// more likely the November before, told by a page dated late, than 2028),
// or with no reference date, the year next to the guess.
func (s *scanner) weekdayYear(e *Expr, wd time.Weekday, i, j int) {
	d, _, ok := e.Value.Bounds()
	if !ok || d.Weekday() == wd {
		return
	}
	ref, hasRef := s.refTime()
	t := tenseNone
	if hasRef {
		t, _ = s.tense(i, j)
	}
	const slack = 14 * 24 * time.Hour
	var told, near time.Time // the tense's choice, the nearest
	toldDist, nearDist := time.Duration(-1), time.Duration(-1)
	for dy := -weekdayYears; hasRef && dy <= weekdayYears; dy++ {
		y := ref.Year() + dy
		if y < 1 || y > 9999 {
			continue // a year outside the calendar (a reference near year 1)
		}
		c := time.Date(y, d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
		if c.Day() != d.Day() || c.Weekday() != wd {
			continue
		}
		dist := c.Sub(ref)
		switch {
		case t == tensePast && dist <= slack:
			if toldDist < 0 || slack-dist < toldDist {
				told, toldDist = c, slack-dist // the latest
			}
		case t == tenseAhead && dist >= -slack && dist <= weekdayAhead:
			if toldDist < 0 || dist+slack < toldDist {
				told, toldDist = c, dist+slack // the first
			}
		}
		if dist < 0 {
			dist = -dist
		} else {
			dist += dist / 2
		}
		if nearDist < 0 || dist < nearDist {
			near, nearDist = c, dist
		}
	}
	switch {
	case toldDist >= 0:
		s.setDay(e, told)
	case t == tenseNone && nearDist >= 0:
		s.setDay(e, near)
	case t != tenseNone || !hasRef:
		for _, dy := range []int{1, -1} {
			if c := d.AddDate(dy, 0, 0); c.Day() == d.Day() && c.Weekday() == wd {
				s.setDay(e, c)
				return
			}
		}
	}
}

// weekdayRange moves a range of days whose year was guessed, opened by
// weekday wd ("From Monday, July 15, to Wednesday, July 17", tokens
// [i, j)), by the years weekdayYear moves its first day.
func (s *scanner) weekdayRange(e *Expr, wd time.Weekday, i, j int) {
	a, _, ok := e.Value.Bounds()
	b, _, okEnd := e.ValueEnd.Bounds()
	if !ok || !okEnd || e.Value.Precision() != annals.Day || e.ValueEnd.Precision() != annals.Day {
		return
	}
	first := Expr{Value: e.Value}
	s.weekdayYear(&first, wd, i, j)
	c, _, _ := first.Value.Bounds()
	dy := c.Year() - a.Year()
	if dy == 0 {
		return
	}
	end := b.AddDate(dy, 0, 0)
	if end.Day() != b.Day() {
		return // a 29 February
	}
	e.Value, e.ValueEnd = first.Value, annals.DateOf(end, annals.Day)
	if e.Timex != "" {
		e.Timex = annals.DateValue(e.Value)
	}
	if e.TimexEnd != "" {
		e.TimexEnd = e.ValueEnd
	}
}

// weekdayAhead is how far ahead of the reference date a weekday's day
// told ahead is looked for.
const weekdayAhead = 3 * 366 * 24 * time.Hour

// weekdayYears is how many years from the reference year weekdayYear
// looks for the year of a weekday's day (a day and month fall on each
// weekday once in every eleven years at most).
const weekdayYears = 6

// setDay gives e the day c.
func (s *scanner) setDay(e *Expr, c time.Time) {
	if y := c.Year(); y < 1 || y > 9999 {
		return // the guessed day stays: no year outside the calendar
	}
	e.Value = annals.DateOf(c, annals.Day)
	e.Timex = annals.DateValue(e.Value)
}

// weekOf matches "the week of March 6": the ISO week holding that day.
func (s *scanner) weekOf(i int) int {
	t := &s.toks[i]
	p := s.prev(i)
	if s.text[t.end-1]|0x20 == 's' || p == nil || !p.key(kThe) || !s.free(i-1, i) || !s.key(i+1, kOf) {
		return i
	}
	n := len(s.out)
	j := s.absolute(i+2, false, false)
	if j == i+2 || len(s.out) != n+1 {
		s.out = s.out[:n]
		return i
	}
	e := s.out[n]
	s.out = s.out[:n]
	d, _, ok := e.Value.Bounds()
	if e.Kind != Day || !ok {
		return i // "the week of the summit" is read at the summit
	}
	return s.emitX(i-1, j, Week, annals.DateOf(d, annals.Month), isoWeek(d), e.Relative)
}

// inTheWeek matches "the week" of "earlier in the week", "later in the
// week": the reference week, as "this week" is ("Earlier in the week, the
// minister visited Tbilisi" in a story of Thursday).
func (s *scanner) inTheWeek(i int) int {
	t := &s.toks[i]
	if s.text[t.end-1]|0x20 == 's' || i < 3 || !s.free(i-1, i) {
		return i
	}
	the, in, when := s.prev(i), s.prev(i-1), s.prev(i-2)
	if the == nil || in == nil || when == nil || !the.key(kThe) || !in.key(kIn) || !when.key(kEarlier) && !when.key(kLater) {
		return i
	}
	v, x := s.weekValue(0)
	return s.emitX(i-1, i+1, Week, v, x, true)
}

// yearEnd matches "by year end", "by year's end": the reference year, and
// "by year-end", the closing date of the books: its 31 December ("since
// year-end": the year before).
func (s *scanner) yearEnd(i int) int {
	t := &s.toks[i]
	if s.text[t.end-1]|0x20 == 's' || t.upper && i > 0 && s.toks[i-1].kind != tokPunct {
		return i
	}
	j := i + 1
	switch {
	case s.dash(j) && s.toks[j].gap == gapNone && s.at(j+1) != nil && s.toks[j+1].gap == gapNone:
		j++
	case (s.punct(j, "'") || s.punct(j, "’")) && s.key(j+1, kS):
		j += 2
	}
	if !s.key(j, kEnd) || s.key(j+1, kOf) {
		return i
	}
	p := s.prev(i)
	if p == nil || !s.free(i-1, i) {
		return i
	}
	y := s.ref.y
	switch lowerASCII(s.str(p)) {
	case "by", "at", "before", "until", "around", "near", "toward", "towards":
	case "since":
		y--
	default:
		return i
	}
	if n := s.next(j + 1); n != nil && n.kind == tokWord && !n.upper && n.lex.class == clNone && j == i+2 {
		return i // "year-end results": an adjective
	}
	if s.ref.y == 0 {
		return s.emit(i, j+1, Year, "", "", true)
	}
	if j == i+2 {
		// "year-end", the closing date of books: 31 December
		return s.emit(i, j+1, Day, point{y: y, m: 12, d: 31}.date(), "", true)
	}
	return s.emit(i, j+1, Year, point{y: y}.date(), "", true)
}

// amountInSentence reports whether the sentence around tokens [i, j)
// states an amount or a comparison: money or a percentage ("$1.2
// billion", "13%", "5 percent", "12 cents") or "than", "from",
// "compared", "versus" ("lower than a year ago", "up from seven a year
// ago"), as results compared with a year before do.
func (s *scanner) amountInSentence(i, j int) bool {
	amount := func(k int) bool {
		t := &s.toks[k]
		switch w := lowerASCII(s.str(t)); w {
		case "$", "%", "percent", "cents", "million", "billion", "than", "from", "compared", "versus":
			return true
		}
		return false
	}
	for k := i - 1; k >= 0 && !s.clauseEnd(k) && s.toks[k+1].gap != gapPara; k-- {
		if amount(k) {
			return true
		}
	}
	for k := j; k < len(s.toks) && !s.clauseEnd(k) && s.toks[k].gap != gapPara; k++ {
		if amount(k) {
			return true
		}
	}
	return false
}

// possessiveS reports whether the word "s" at k closes a possessive: an
// apostrophe right before it, right after a word ("President's").
func (s *scanner) possessiveS(k int) bool {
	if k < 2 || s.toks[k].gap != gapNone || s.toks[k-1].gap != gapNone || s.toks[k-2].kind != tokWord {
		return false
	}
	a := s.str(&s.toks[k-1])
	return a == "'" || a == "’"
}
