// Package timex finds date expressions in running text and resolves each to
// an ISO 8601 date at the precision the text gives.
//
// Find scans a whole document in one pass. The text is cut into tokens
// (words, digit runs, single punctuation runes, each remembering whether
// white space came before it), and at each token a small set of
// hand-written patterns is tried, longest first:
//
//	days      "20 October 2016", "October 20, 2016", "Sept. 28", "20th of October",
//	          "Tuesday, 28 September 2012", "2016-10-20", "10/20/2016"
//	months    "December 2017", "Dec. 2017", "in December", "next February"
//	years     "in 2016", "since 2005", "FY2017"
//	decades   "the 1990s", "the '90s"
//	ranges    "20-21 October 2016", "October 20-21, 2016", "30 November - 2 December 2018",
//	          "October 2016 to January 2017", "from March to May 2019",
//	          "between 1991 and 1993", "1991-1993", "2016–17",
//	          "Monday, April 27, through Thursday, April 30, 2026",
//	          "Tuesday through Thursday" (the end follows the start)
//	modified  "early 2020", "mid-2017", "late last year", "the end of 2019"
//	relative  "today", "yesterday", "last week", "next month", "this year",
//	          "earlier this year", "on Monday", "last Tuesday", "two years ago"
//	TimeML    "this week" (2012-W39), "the third quarter" (2012-Q3), "the
//	          first half of 1990" (1990-H1), "last fall" (2011-FA), "the
//	          1970s" (197), "the 20th century" (19), "the weekend"
//	          (2012-W38-WE), "now" (PRESENT_REF), "recently" (PAST_REF),
//	          "the future" (FUTURE_REF)
//	day parts "Friday night", "this morning", "yesterday afternoon",
//	          "Monday evening", "tonight": the span takes the part of the
//	          day, the value is the day (2012-09-21)
//	anchored  "the quarter", "a year earlier", "the year-ago period", "that
//	          year", "that same day", "earlier that day", "the next
//	          morning", "the day before last Tuesday": against the
//	          narrative's last date
//
// Every expression gets a Value at its own precision: "2016-10-20" (day),
// "2017-12" (month) or "2005" (year). A range also gets ValueEnd; a decade
// is the range of its years ("1990" to "1999"). Timex is the TimeML value
// of the expression, which differs from Value where the calendar has no
// place for it (weeks, quarters, seasons, decades, *_REF). Expressions that need a
// reference date (the publication date of the story) are resolved against
// ref and marked Relative; when ref is too coarse or empty their Value is "".
//
// What is deliberately not a date: ordinals ("73rd session"), counts
// ("40 countries", "2016 people"), amounts ("$2016"), identifiers
// ("Resolution 1325", "No. 2019", "G20"), parts of longer numbers ("2,016",
// phone numbers), durations ("for five years", "20-year career", "the next
// year", "the past decade", "the past two years"; a stretch whose length
// the text leaves open, "recent years", "the past few months", "the coming
// weeks", is PAST_REF or FUTURE_REF), sets ("every Monday", "each
// Christmas"), frequency words ("annual") and a month name alone ("May I",
// "they march") unless a preposition or "this"/"next"/"last" introduces it.
package timex

import (
	"time"

	"annals"
	textpkg "annals/internal/text"
)

// Kind is the shape of a date expression: the unit its Value is counted in.
type Kind uint8

// The kinds of date expressions.
const (
	Day     Kind = iota + 1 // a calendar day: "20 October 2016", "yesterday", "last Tuesday"
	Week                    // a week, given as the month that holds it: "last week"
	Month                   // a month: "December 2017", "next month", "in February"
	Year                    // a year: "in 2016", "this year", "early 2020", "two years ago"
	Decade                  // a decade: "the 1990s" is Value "1990", ValueEnd "1999"
	Range                   // two ends: "20-21 October 2016", "between 1991 and 1993"
	Quarter                 // a quarter or half year: "the third quarter", "the first half of 1990"
	Season                  // a season: "last fall", "the summer of 1998"
	Century                 // a century: "the 20th century"
	Ref                     // "now", "recently", "in the future": no calendar value
)

var kindNames = [...]string{"", "Day", "Week", "Month", "Year", "Decade", "Range", "Quarter", "Season", "Century", "Ref"}

// String returns the name of the kind, such as "Day".
func (k Kind) String() string {
	if int(k) < len(kindNames) && k != 0 {
		return kindNames[k]
	}
	return "Kind?"
}

// Expr is one date expression found in a text.
type Expr struct {
	Start, End int         // byte offsets in the text: text[Start:End] == Text
	Text       string      // the expression as written, without a leading preposition
	Value      annals.Date // ISO date at the text's precision; "" when unresolvable
	ValueEnd   annals.Date // end of a range or decade, else ""
	// Timex is the value the contract gives the expression (TimeML): Value
	// itself, or a week, quarter, half, season, decade, century or
	// PRESENT_REF/PAST_REF/FUTURE_REF where the calendar has no
	// place for it. Value stays the calendar date that holds it ("last
	// week" is the month holding that week), for dating events.
	Timex annals.DateValue
	// TimexEnd is ValueEnd for a range of calendar dates, else "".
	TimexEnd annals.Date
	Relative bool // the value was resolved against the reference date
	// Tensed is set when the year the text leaves open ("in May", "on
	// Oct. 31") was placed by a cue of its clause's tense ("the agency
	// announced", "will be paid"), not by nearness to the reference date.
	Tensed bool
	Kind   Kind
}

// Find returns every date expression in text, in text order, without
// overlaps; where patterns compete the longest match wins. ref is the date
// relative expressions ("yesterday", "next year", a day and month without a
// year) are resolved against, usually the publication date; it may be ""
// or coarser than a day, in which case what needs more is left unresolved.
func Find(text string, ref annals.Date) []Expr { return FindWords(text, ref, nil) }

// FindWords is Find given text's words with their ids
// (textpkg.AppendLexWords of text, or nil), which the figures' scanner
// reads too: they are not cut and looked up again.
func FindWords(text string, ref annals.Date, words []textpkg.LexWord) []Expr {
	buf := tokenPool.Get().(*[]token)
	defer putTokens(buf)
	*buf = tokenizeInto(*buf, text, words)
	s := scanner{text: text, toks: *buf, ref: parseRef(ref)}
	for i := 0; i < len(s.toks); {
		if j := s.match(i); j > i {
			i = j
			continue
		}
		i++
	}
	return s.out
}

// point is a date whose fields may be unknown (zero): a day without a
// month, a day and month without a year, a month without a year.
type point struct{ y, m, d int }

// date formats p at its precision, or "" when its year is unknown or the
// day does not exist ("30 February").
func (p point) date() annals.Date {
	if p.y <= 0 || p.y > 9999 {
		return ""
	}
	switch {
	case p.m == 0:
		return annals.Date(pad(p.y, 4))
	case p.d == 0:
		return annals.Date(pad(p.y, 4) + "-" + pad(p.m, 2))
	}
	t := time.Date(p.y, time.Month(p.m), p.d, 0, 0, 0, 0, time.UTC)
	if t.Day() != p.d {
		return ""
	}
	return annals.Date(pad(p.y, 4) + "-" + pad(p.m, 2) + "-" + pad(p.d, 2))
}

// before reports whether p starts before q, comparing the fields both know.
func (p point) before(q point) bool {
	if p.y != q.y {
		return p.y < q.y
	}
	if p.m != q.m {
		return p.m < q.m
	}
	return p.d < q.d
}

func pad(n, width int) string {
	var b [8]byte
	i := len(b)
	for n > 0 || i > len(b)-width {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// parseRef reads a reference date at any precision; fields it lacks are 0.
func parseRef(d annals.Date) point {
	if !d.Valid() || d == "" {
		return point{}
	}
	s := string(d)
	var p point
	p.y = atoi(s[:4])
	if p.y < 1 {
		return point{} // year 0 would put "yesterday" before the calendar
	}
	if len(s) >= 7 {
		p.m = atoi(s[5:7])
	}
	if len(s) == 10 {
		p.d = atoi(s[8:10])
	}
	return p
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// Parse reads the whole of s as one date expression, as dates are written
// in metadata and on command lines: ISO 8601 dates ("2012-09-28",
// "2017-12", "2012"), RFC 3339 and similar timestamps ("2024-04-20
// 12:30:43-04:00" gives 2024-04-20), RFC 1123 dates ("Fri, 28 Sep 2012
// 10:00:00 GMT") and anything Find reads ("28 September 2012", "September
// 28, 2012", "Sept. 28, 2012", "2012/09/28", "Friday, 28 September 2012",
// "yesterday" with a ref). A time of day after the date is ignored. ok is
// false when s is not one date expression or its value is unresolvable.
func Parse(s string, ref annals.Date) (value, end annals.Date, ok bool) {
	s = trimSpace(s)
	if len(s) >= 7 && isDigits(s[:4]) && (s[4] == '-' || s[4] == '/') && isDigits(s[5:7]) {
		// ISO 8601 date, maybe with a time: checked by hand because the
		// scanner, reading prose, will not take "2017-12" as a month.
		p := point{y: atoi(s[:4]), m: atoi(s[5:7])}
		rest := s[7:]
		if len(s) >= 10 && s[7] == s[4] && isDigits(s[8:10]) {
			p.d = atoi(s[8:10])
			rest = s[10:]
		}
		if p.m >= 1 && p.m <= 12 && (len(rest) == 0 || (p.d > 0 && (rest[0] == 'T' || rest[0] == ' ') && timeLike(rest[1:]))) {
			if v := p.date(); v != "" {
				return v, "", true
			}
		}
		return "", "", false
	}
	xs := Find(s, ref)
	if len(xs) == 0 || xs[0].Start != 0 || xs[0].Value == "" {
		return "", "", false
	}
	rest := s[xs[0].End:]
	if len(rest) > 0 && rest[0] == ',' {
		rest = rest[1:]
	}
	if !timeLike(rest) {
		return "", "", false
	}
	return xs[0].Value, xs[0].ValueEnd, true
}

// timeLike reports whether s can be the time of day and zone that follow a
// date: digits, separators and short zone or meridiem words.
func timeLike(s string) bool {
	word := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9' || c == ':' || c == '.' || c == '+' || c == '-' || c == ' ' || c == ',' || c == '(' || c == ')' || c == '\t':
			word = 0
		case c >= 'A' && c <= 'Z' || c == 'a' || c == 'm' || c == 'p' || c == 't':
			word++
			if word > 4 {
				return false
			}
		default:
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) > 0
}

func trimSpace(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\r') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t' || s[len(s)-1] == '\n' || s[len(s)-1] == '\r' || s[len(s)-1] == '.') {
		s = s[:len(s)-1]
	}
	return s
}
