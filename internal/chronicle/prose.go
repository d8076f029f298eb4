package chronicle

import (
	"strconv"
	"strings"
	"unicode"

	"annals"
)

// Disjunction writes values as "Nukus or Muynak", dates for people:
// "19 or 20 November 2018".
func Disjunction(vs []NoteValue) string {
	var parts []string
	allDays := true
	for _, v := range vs {
		parts = append(parts, v.Value)
		if annals.Date(v.Value).Precision() != annals.Day || !annals.Date(v.Value).Valid() {
			allDays = false
		}
	}
	if allDays && len(vs) > 1 {
		same := true
		for _, v := range vs {
			same = same && v.Value[:7] == vs[0].Value[:7]
		}
		var days []string
		for _, v := range vs {
			days = append(days, strings.TrimPrefix(v.Value[8:], "0"))
		}
		if same {
			return strings.Join(days[:len(days)-1], ", ") + " or " + days[len(days)-1] + " " + HumanDate(annals.Date(vs[0].Value[:7]), "")
		}
		parts = parts[:0]
		for _, v := range vs {
			parts = append(parts, HumanDate(annals.Date(v.Value), ""))
		}
	} else {
		for i, v := range vs {
			if d := annals.Date(strings.SplitN(v.Value, "/", 2)[0]); d.Precision() != annals.NoDate && d.Valid() {
				parts[i] = HumanDate(d, "")
				if j := strings.IndexByte(v.Value, '/'); j > 0 {
					parts[i] += " to " + HumanDate(annals.Date(v.Value[j+1:]), "")
				}
			}
		}
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " or " + parts[len(parts)-1]
}

// ISOValue writes a date and its end as "2016-10-20/2016-10-21".
func ISOValue(d, end annals.Date) string {
	if end == "" || end == d {
		return string(d)
	}
	return string(d) + "/" + string(end)
}

var months = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// HumanDate writes a date (and its end) for prose: "20 October 2016",
// "20–21 October 2016", "30 October – 2 November 2016", "December 2017",
// "November–December 2017", "2005", "2005 – 2006"; "" when unknown.
func HumanDate(d, end annals.Date) string {
	one := func(d annals.Date) (day, month, year string) {
		first, _, ok := d.Bounds()
		if !ok {
			return "", "", ""
		}
		year = strconv.Itoa(first.Year())
		if d.Precision() >= annals.Month {
			month = months[first.Month()-1]
		}
		if d.Precision() == annals.Day {
			day = strconv.Itoa(first.Day())
		}
		return
	}
	d1, m1, y1 := one(d)
	if y1 == "" {
		return ""
	}
	d2, m2, y2 := one(end)
	switch {
	case y2 == "" || end == d:
		return words(d1, m1, y1)
	case y1 == y2 && m1 == m2 && d1 != "" && d2 != "":
		return words(d1+"–"+d2, m1, y1)
	case y1 == y2 && d1 == "" && d2 == "" && m1 != "" && m2 != "":
		return words(m1+"–"+m2, y1)
	case y1 == y2 && d1 != "" && d2 != "":
		return words(d1, m1) + " – " + words(d2, m2, y1)
	}
	return words(d1, m1, y1) + " – " + words(d2, m2, y2)
}

// words joins the parts that are not empty with spaces.
func words(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}

// capitalized counts the words of s that start with a capital letter or
// a digit.
func capitalized(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		for _, r := range w {
			if unicode.IsUpper(r) || unicode.IsDigit(r) {
				n++
			}
			break
		}
	}
	return n
}
