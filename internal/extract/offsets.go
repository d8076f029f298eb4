package extract

import (
	"strings"
	"time"

	"annals"
	"annals/internal/text"
)

// Narrative offsets: "just two years later, the Academies welcomed ...",
// "Just weeks before Oct. 7, I met ...", "Just 11 minutes later, Truman
// announced ...". The event is some time before or after a date the text
// gives (in its sentence, or the sentence before), never that date's day
// nor the story's: its date is the date moved by the offset, at the
// precision that holds every day the offset may mean, or none.

// offsetUnits are the units of a narrative offset and their length in
// days (0: within the day).
var offsetUnits = map[string]int{"minute": 0, "minutes": 0, "hour": 0, "hours": 0, "day": 1, "days": 1,
	"week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365, "decade": 3650, "decades": 3650}

// offset is a narrative offset: n units (0 when the text leaves the count
// open), dir +1 after the anchor, -1 before it.
type offset struct {
	at, n, unit, dir int // at: the token of "later", "before" ...
	lo, hi           int // the fewest and most units meant
}

// offsetAt reads a narrative offset whose unit is at token u: "two years
// later", "11 minutes later", "weeks before", "a year earlier"; ok is
// false when there is none.
func (s *state) offsetAt(u int) (offset, bool) {
	days, ok := offsetUnits[s.lw(u)]
	if !ok || u+1 >= len(s.toks) || s.dateAt(u) >= 0 {
		return offset{}, false
	}
	o := offset{at: u + 1, unit: days}
	switch s.lw(u + 1) {
	case "later", "after":
		o.dir = 1
	case "earlier", "before":
		o.dir = -1
	default:
		return offset{}, false
	}
	w := s.lw(u - 1)
	switch {
	case w == "a" || w == "an" || w == "one":
		o.n = 1
	case isNumber(w):
		o.n = atoi(w)
	case smallNumbers[w] > 0:
		o.n = smallNumbers[w]
	case w == "few" || w == "several" || w == "couple" || w == "of" || w == "just" || w == "only" || w == "mere" || s.sentenceStart(u):
		// ("only months later", "Weeks before"): left open
	default:
		return offset{}, false
	}
	if days == 365 && o.n == 0 || days == 3650 {
		o.n, o.unit = 0, 3650 // "years later": no year
	}
	o.lo, o.hi = o.n, o.n
	if o.n == 0 {
		o.lo, o.hi = 1, 8
	} else if c := u - 1; c > 0 {
		// "less than two weeks after", "nearly thirty years later"
		switch q := s.lw(c - 1); {
		case q == "than" && (s.lw(c-2) == "less" || s.lw(c-2) == "fewer"), q == "under", q == "within":
			o.lo = 0
		case q == "than" || q == "over":
			o.hi = 2 * o.n
		case q == "about" || q == "nearly" || q == "almost" || q == "some" || q == "roughly" || q == "around" || q == "approximately":
			o.lo, o.hi = max(0, o.n-max(1, o.n/4)), o.n+max(1, o.n/4)
		}
	}
	return o, true
}

// narrativeOffset returns the narrative offset in tokens [a,b), the first one.
func (s *state) narrativeOffset(a, b int) (offset, bool) {
	for k := a + 1; k < b-1; k++ {
		if o, ok := s.offsetAt(k); ok {
			return o, true
		}
	}
	return offset{}, false
}

// shifted returns date d moved by offset o, at the precision that holds
// every day it may mean, or "". A count left open is one to eight units;
// "less than two" none to two, "nearly thirty" 23 to 37, "more than two"
// two to four.
func shifted(d annals.Date, o offset) annals.Date {
	first, last, ok := d.Bounds()
	if !ok || o.unit >= 3650 {
		return ""
	}
	lo, hi := o.lo, o.hi
	move := func(t time.Time, n int) time.Time {
		n *= o.dir
		switch o.unit {
		case 365:
			return t.AddDate(n, 0, 0)
		case 30:
			return t.AddDate(0, n, 0)
		}
		return t.AddDate(0, 0, n*o.unit)
	}
	a, b := move(first, lo), move(last, hi)
	if o.dir < 0 {
		a, b = move(first, hi), move(last, lo)
	}
	switch {
	case d.Precision() == annals.Day && a.Equal(b):
		return annals.DateOf(a, annals.Day)
	case d.Precision() != annals.Year && a.Year() == b.Year() && a.Month() == b.Month():
		return annals.DateOf(a, annals.Month)
	case a.Year() == b.Year():
		return annals.DateOf(a, annals.Year)
	}
	return ""
}

// offsetUnitBefore reports whether "later" at token k ends a narrative
// offset ("two years later"): a past told after another, no future.
func (s *state) offsetUnitBefore(k int) bool {
	o, ok := s.offsetAt(k - 1)
	return ok && o.at == k
}

// offsetDate returns the date of the event at trigger i told at a
// narrative offset from the date v at token k (k < 0: the sentence gives
// none, and the anchor is the last date of the sentence before, in its
// paragraph): "Just weeks before Oct. 7, I met" (before the date), "In
// 1973, ..., and just two years later, the Academies welcomed" (after
// it), "On March 24, less than two weeks after ARP was signed" (the
// trigger in the clause the offset leads to: before the date). ok is
// false when no offset applies; the date is "" when none can be told.
func (s *state) offsetDate(i, k int, v annals.Date) (annals.Date, bool) {
	si := s.sentOf[i]
	a, b := s.sentTok[si][0], s.sentTok[si][1]
	if k >= 0 {
		if k >= a+2 {
			// "weeks before Oct. 7": the date is the offset's anchor
			if o, ok := s.offsetAt(k - 2); ok && o.at == k-1 && (o.dir < 0 || s.lw(o.at) == "after") {
				return shifted(v, o), true
			}
		}
		for x := k + 1; x < i && x < b; x++ {
			o, ok := s.offsetAt(x)
			if !ok || s.quoteZone[x] {
				continue
			}
			switch s.lw(o.at) {
			case "after", "before":
				// "less than two weeks after ARP was signed": the trigger
				// tells the anchor, the date is the main clause's
				o.dir = -o.dir
			}
			return shifted(v, o), true
		}
		return "", false
	}
	// no date in the sentence: "Just 11 minutes later, President Truman
	// announced", after a sentence of 1948
	o, ok := s.narrativeOffset(a, i)
	if !ok || s.lw(o.at) != "later" && s.lw(o.at) != "earlier" || s.quoteZone[o.at] {
		return "", false
	}
	if si > 0 && !s.paraBreak(a-1, a) {
		pa, pb := s.sentTok[si-1][0], s.sentTok[si-1][1]
		for x := pb - 1; x >= pa; x-- {
			if d := s.dateAt(x); d >= 0 && s.dates[d].Value != "" && s.dates[d].Value.Precision() != annals.NoDate {
				return shifted(s.dates[d].Value, o), true
			}
		}
	}
	return "", true
}

// narrativeLater reports whether "later" at token k tells what came next
// in a story told in the past, no act to come: "She later held talks
// with", "He later met the mayor", "were later joined by".
func (s *state) narrativeLater(k int) bool {
	if s.lw(k) != "later" {
		return false
	}
	p, n := s.lw(k-1), s.lw(k+1)
	if p == "was" || p == "were" || p == "had" {
		return true
	}
	return narrativePasts.has(n) || len(n) > 4 && strings.HasSuffix(n, "ed") && s.toks[k+1].Kind == text.Word
}

// narrativePasts are irregular past forms a narrative "later" goes on
// with.
var narrativePasts = set("met", "held", "took", "gave", "spoke", "made", "went", "came", "told", "sent",
	"saw", "led", "left", "became", "began", "was", "were", "had", "paid", "laid", "won", "flew", "wrote", "oversaw")
