package extract

import (
	"strings"
	"time"

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

// Opening and closing days: a gathering or a visit whose sentence tells
// the day it opened and the day it closes ("The conference opened in
// Vienna on Monday and runs until Friday", "The meeting commences at the
// State Department on March 24 and concludes at the White House on March
// 25", "The conference, which runs until Friday, opened on Monday") is
// held from the one to the other.

var (
	// courseWords tell that what runs until a day ends then ("runs until
	// Friday", "will last through Sunday", "continued until 3 May")
	courseWords = set("runs", "run", "running", "ran", "lasts", "last", "lasting", "lasted",
		"continues", "continue", "continuing", "continued")
	// stayWords tell a visit's end ("will stay until Thursday")
	stayWords = set("stays", "stay", "staying", "stayed", "remains", "remain", "remaining", "remained")
	// arrivalWords open a visit, not a gathering
	arrivalWords = set("arrived", "arrives", "arrive", "arriving")
	// apartWords set one clause of a sentence against another ("The
	// conference opened on Monday, while the exhibition closes on
	// Friday")
	apartWords = set("while", "whereas", "but", "however")
)

// dayCue returns +1 when the words right before the day at token k tell
// that it opened what its clause tells ("opened on Monday", "commences
// in Geneva on 24 March", "kicked off on Sunday", a visit's "arrived in
// Kigali on Sunday"), -1 when they tell that it closed it ("closes on
// Wednesday", "concluded at the White House on 25 March", "runs until
// Friday", "wrapped up on Friday", a visit's "will stay until Thursday"),
// and 0 otherwise. A base form counts only after a modal or "to" ("will
// open on", not "an open meeting on").
func (s *state) dayCue(k int, visit bool) int {
	a := s.sentTok[s.sentOf[k]][0]
	j := k - 1
	if s.lw(j) == "on" {
		j--
	}
	if j < a {
		return 0
	}
	if w := s.lw(j); w == "until" || w == "till" || w == "through" {
		if p := s.lw(j - 1); j > a && (courseWords.has(p) || visit && stayWords.has(p)) {
			return -1
		}
		return 0
	}
	// past the place the day is told in: "opened in Vienna on Monday",
	// "concludes at the White House on", "opened in Vienna, Austria, on"
	for x := j; x >= a && x > j-9; x-- {
		w := s.lw(x)
		if s.capLike(x) || w == "in" || w == "at" || w == "the" || w == "of" || w == "." || w == "," && s.capLike(x-1) {
			continue
		}
		switch {
		case w == "off" && x > a:
			if p := s.lw(x - 1); p == "kicked" || p == "kicks" {
				return 1
			}
		case w == "up" && x > a:
			if p := s.lw(x - 1); p == "wrapped" || p == "wraps" || p == "wound" || p == "winds" {
				return -1
			}
		case spanBases.has(w) && !modalBefore.has(s.lw(x-1)):
		case spanStarts.has(w):
			if visit || !arrivalWords.has(w) {
				return 1
			}
		case spanEnds.has(w) && w != "wrap" && w != "wraps" && w != "wrapped":
			return -1
		}
		return 0
	}
	return 0
}

// openCloseDays returns the first and last day of the visit or gathering
// of type t named at trigger i and dated by the date di, when the words
// before di tell that it opened or closed then and another day of the
// sentence, within a fortnight, the other: no event of another type named
// between ("arrived in Madrid on Monday for a state visit and will stay
// until Thursday" is one visit), nor a clause set against the first
// ("while", ";").
func (s *state) openCloseDays(t annals.EventType, i, di int) (from, to annals.Date, ok bool) {
	d := s.dates[di]
	if !spanTypes(t) || d.ValueEnd != "" || d.Value.Precision() != annals.Day {
		return "", "", false
	}
	visit := t == annals.Visit
	k := s.tokAt(d.Start)
	cue := s.dayCue(k, visit)
	if cue == 0 {
		return "", "", false
	}
	si := s.sentOf[k]
	a, b := s.sentTok[si][0], s.sentTok[si][1]
	pair := func(dj int) bool {
		e := s.dates[dj]
		if e.Value == "" || e.ValueEnd != "" || e.Value.Precision() != annals.Day {
			return false
		}
		ke := s.tokAt(e.Start)
		if s.dayCue(ke, visit) != -cue {
			return false
		}
		first, last := d.Value, e.Value
		if cue < 0 {
			first, last = last, first
		}
		f, _, ok1 := first.Bounds()
		l, _, ok2 := last.Bounds()
		if !ok1 || !ok2 || !l.After(f) || l.Sub(f) > 14*24*time.Hour {
			return false
		}
		lo, hi := min(i, k, ke), max(i, k, ke)
		for x := lo; x < hi; x++ {
			if s.word(x) == ";" || apartWords.has(s.lw(x)) {
				return false
			}
		}
		for _, j := range s.sentTriggers {
			if tj := s.triggerAt(j); j > lo && j < hi && absInt(j-i) > 1 && tj != "" && tj != t {
				return false
			}
		}
		from, to = first, last
		return true
	}
	for dj := di - 1; dj >= 0 && s.dates[dj].Start >= s.toks[a].Start; dj-- {
		if pair(dj) {
			return from, to, true
		}
	}
	for dj := di + 1; dj < len(s.dates) && s.dates[dj].Start < s.toks[b-1].End; dj++ {
		if pair(dj) {
			return from, to, true
		}
	}
	return "", "", false
}
