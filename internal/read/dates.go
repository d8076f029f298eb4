package read

import (
	"regexp"
	"strings"
	"time"
)

// isoDate matches the date at the start of an ISO 8601 timestamp, at day,
// month or year precision ("2023-05-09T14:12:45-04:00", "2023-05", "2023").
var isoDate = regexp.MustCompile(`^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:$|[T\s])`)

// compactDate matches "20230509" and "20230509T141245Z".
var compactDate = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})(?:$|T)`)

// dateLayouts are the other forms a metadata date takes.
var dateLayouts = []string{
	time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC, time.RubyDate,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	"January 2, 2006", "January 2 2006", "Jan 2, 2006", "Jan. 2, 2006", "2 January 2006", "2 Jan 2006",
	"Monday, January 2, 2006", "Monday, 2 January 2006", "January 2006",
}

// normDate returns the date of a metadata value as YYYY-MM-DD (or YYYY-MM,
// YYYY at that precision), taken as written: a timestamp's local date, not
// converted to UTC. It returns "" for anything it cannot read.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	if m := compactDate.FindStringSubmatch(s); m != nil {
		return checkDate(m[1], m[2], m[3])
	}
	if m := isoDate.FindStringSubmatch(s); m != nil {
		return checkDate(m[1], m[2], m[3])
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			if l == "January 2006" {
				return t.Format("2006-01")
			}
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// checkDate formats year, month and day (month and day may be empty) when
// they form a real date.
func checkDate(y, m, d string) string {
	if len(m) == 1 {
		m = "0" + m
	}
	if len(d) == 1 {
		d = "0" + d
	}
	switch {
	case m == "":
		if y < "1000" {
			return ""
		}
		return y
	case d == "":
		if _, err := time.Parse("2006-01", y+"-"+m); err != nil {
			return ""
		}
		return y + "-" + m
	}
	if _, err := time.Parse("2006-01-02", y+"-"+m+"-"+d); err != nil {
		return ""
	}
	return y + "-" + m + "-" + d
}
