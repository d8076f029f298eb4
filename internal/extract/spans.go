package extract

import (
	"strings"

	"annals"
	"annals/internal/text"
)

// Spans of days: a visit, meeting or conference whose words count its
// days ("a four-day visit", "the 3-day summit") and whose sentence tells
// the day it opened or closed ("concluded on Thursday a four-day visit",
// "The three-day meeting opened on Monday", "a two-day visit starting
// tomorrow", "arrived on Monday for a three-day state visit") is held
// over those days: the four days ending Thursday, Monday to Wednesday.
// Told on a day with no word of its opening or close ("paid a three-day
// visit on Monday"), it keeps that day alone; told with both ("opened on
// Monday and closed on Wednesday") it is left to the words of each.

// spanStarts are the words telling a span's first day; spanEnds its last.
var (
	spanStarts = set("opened", "opens", "open", "opening", "began", "begins", "begin", "beginning", "started", "starts",
		"start", "starting", "commenced", "commences", "commence", "arrived", "arrives", "arrive", "arriving")
	spanEnds = set("concluded", "concludes", "conclude", "concluding", "ended", "ends", "end", "ending", "closed", "closes",
		"close", "completed", "completes", "complete", "wrapped", "wraps", "wrap")
	// spanBases are the base forms, which tell a span's day only after a
	// modal or "to"
	spanBases   = set("open", "begin", "start", "commence", "arrive", "end", "close", "conclude", "complete")
	modalBefore = set("will", "would", "shall", "should", "to", "may", "might", "'ll", "’ll")
)

// spanDays returns how many days the words before the trigger at token i
// count ("a four-day visit", "the 3-day summit", "a three day official
// visit", "a two-day G20 Summit") and the first token of the count, or
// 0 and -1 (a count of one day, or more than a fortnight, is no span).
func (s *state) spanDays(i int) (int, int) {
	if !s.is(i, cEventNouns) {
		return 0, -1
	}
	a := s.sentTok[s.sentOf[i]][0]
	for j := i - 1; j >= a && j >= i-5; j-- {
		w := s.lw(j)
		if c, ok := strings.CutSuffix(w, "-day"); ok {
			if n := dayCount(c); n > 0 {
				return n, j
			}
			return 0, -1
		}
		if w == "day" {
			p := j - 1
			if s.word(p) == "-" {
				p--
			}
			if n := dayCount(s.lw(p)); n > 0 && p >= a {
				return n, p
			}
			return 0, -1
		}
		if s.toks[j].Kind != text.Word || s.is(j, cFunctionWords) || s.dateAt(j) >= 0 || s.is(j, cEventNouns) {
			return 0, -1
		}
	}
	return 0, -1
}

// dayCount reads a count of days from two to fourteen ("four", "4").
func dayCount(w string) int {
	n := smallNumbers[w]
	if isNumber(w) && len(w) <= 2 {
		n = atoi(w)
	}
	if n >= 2 && n <= 14 {
		return n
	}
	return 0
}

// spanCue returns +1 when a word of the sentence tells that the day at
// token k opened the span named at trigger i (whose count begins at token
// c), -1 when it closed it, and 0 when none does or both do: the word
// right before the day ("opened on Monday", "starting tomorrow", "that
// began on Sunday", "wrapped up on Friday"), the verb whose object the
// span is ("concluded on Thursday a four-day visit", "will begin a
// two-day visit", "arrived in Beijing on Monday for a three-day visit"),
// or the verb after its name ("The two-day conference on water security
// opened in Geneva on Tuesday").
func (s *state) spanCue(i, c, k int) int {
	si := s.sentOf[i]
	a, b := s.sentTok[si][0], s.sentTok[si][1]
	starts, ends := false, false
	mark := func(j int) {
		w := s.lw(j)
		if w == "up" && j > a {
			// "wrapped up", "wound up"
			if p := s.lw(j - 1); p == "wrapped" || p == "wraps" || p == "wrap" || p == "wound" || p == "winds" {
				ends = true
			}
			return
		}
		if w == "off" && j > a && (s.lw(j-1) == "kicked" || s.lw(j-1) == "kicks") {
			starts = true
			return
		}
		// (not "wrap" without "up"; a base form only after a modal or
		// "to": "will begin", "to conclude", not "a close ally", "at the
		// end of", "an open meeting")
		if w == "wrap" || w == "wraps" || w == "wrapped" || spanBases.has(w) && !modalBefore.has(s.lw(j-1)) {
			return
		}
		switch {
		case spanStarts.has(w):
			starts = true
		case spanEnds.has(w):
			ends = true
		}
	}
	// the verb whose object the span is, past a day told before it
	j := c - 1
	if s.is(j, cBackDeterminers) || s.lw(j) == "a" || s.lw(j) == "an" {
		j--
	}
	for j >= a && s.dateAt(j) >= 0 {
		j--
	}
	if s.lw(j) == "on" && s.dateAt(j+1) >= 0 {
		j--
	}
	switch {
	case s.lw(j) == "for":
		// "arrived in Beijing on Monday for a three-day state visit"
		for x := j - 1; x >= a && x >= j-12; x-- {
			if w := s.lw(x); w == "arrived" || w == "arrives" || w == "arrive" || w == "arriving" {
				starts = true
				break
			}
		}
	case s.lw(j) == "on" && j > a:
		// "embarked on a four-day visit"
		if w := s.lw(j - 1); w == "embarked" || w == "embarks" || w == "embark" || w == "embarking" {
			starts = true
		}
	case j >= a:
		mark(j)
	}
	// the words after the span's name up to its day (or, the day told
	// before it, a few words after it: "On Monday, the two-day meeting
	// opened"), in its clause and up to another event's name
	hi := k
	if k < i {
		hi = min(b, i+9)
	}
	for x := i + 1; x < hi && x < b; x++ {
		if s.dateAt(x) >= 0 {
			continue
		}
		if w := s.word(x); w == ";" || w == ":" || x > i+1 && triggers[s.lw(x)] != "" || k < i && w == "," && s.lw(x+1) != "which" {
			break
		}
		mark(x)
	}
	// the word right before the day
	if p := k - 1; p >= a {
		if s.lw(p) == "on" {
			p--
		}
		if p >= a && p != j {
			mark(p)
		}
	}
	switch {
	case starts && !ends:
		return 1
	case ends && !starts:
		return -1
	}
	return 0
}

// spanOfDays returns the first and last day of the span named at trigger
// i told on the day d at token k, when its words count its days and tell
// that d opened or closed it.
func (s *state) spanOfDays(i, k int, d annals.Date) (from, to annals.Date, ok bool) {
	if d.Precision() != annals.Day {
		return "", "", false
	}
	n, c := s.spanDays(i)
	cue := 0
	if n == 0 {
		// "arrived in Beijing on Monday for a three-day state visit": the
		// arrival told as the visit opens it
		if n = s.arrivalSpan(i); n == 0 {
			return "", "", false
		}
		cue = 1
	} else {
		cue = s.spanCue(i, c, k)
	}
	first, _, ok := d.Bounds()
	if !ok {
		return "", "", false
	}
	switch cue {
	case 1:
		return d, annals.DateOf(first.AddDate(0, 0, n-1), annals.Day), true
	case -1:
		return annals.DateOf(first.AddDate(0, 0, 1-n), annals.Day), d, true
	}
	return "", "", false
}

// spanBound reports whether the day at token k, after a word bounding a
// period ("starting tomorrow", "ended on Thursday"), opens or closes the
// span named at trigger i: the span's own day.
func (s *state) spanBound(i, k int) bool {
	n, c := s.spanDays(i)
	return n > 0 && s.spanCue(i, c, k) != 0
}

// arrivalSpan returns the count of days of the visit an arrival at token
// i is for ("arrived in Beijing on Monday for a three-day state visit"),
// or 0.
func (s *state) arrivalSpan(i int) int {
	if w := s.lw(i); w != "arrived" && w != "arrives" && w != "arriving" {
		return 0
	}
	b := s.sentTok[s.sentOf[i]][1]
	for x := i + 1; x < b && x <= i+12; x++ {
		if s.word(x) == "," || s.word(x) == ";" {
			return 0
		}
		if s.lw(x) != "for" {
			continue
		}
		for y := x + 2; y < b && y <= x+7; y++ {
			if w := s.lw(y); w == "visit" || w == "trip" || w == "tour" {
				if n, c := s.spanDays(y); n > 0 && c <= x+2 {
					return n
				}
				return 0
			}
		}
		return 0
	}
	return 0
}

// spanTypes are the events a count of days spans: visits and gatherings.
func spanTypes(t annals.EventType) bool {
	return t == annals.Visit || t == annals.Meeting || t == annals.Conference
}
