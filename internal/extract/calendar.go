package extract

import (
	"annals"
	"annals/internal/timex"
)

// inCalendar reports whether d is empty or a date of the years 0001 to
// 9999, the calendar the store and every export can write. "Tuesday"
// read against 0001-01-01 is in year 0; "next month" read against
// 9999-12-31 in year 10000.
func inCalendar(d annals.Date) bool {
	if d == "" {
		return true
	}
	if len(d) < 4 || len(d) > 4 && d[4] != '-' || !d.Valid() {
		return false
	}
	y := string(d[:4])
	return y >= "0001" && y <= "9999"
}

// valueInCalendar reports whether a date mention's value is empty or in
// the calendar: a TimeML value ("2012-W39", "PRESENT_REF", "197") counts
// by the calendar date that holds it, or by its year.
func valueInCalendar(v annals.DateValue) bool {
	if v == "" {
		return true
	}
	if !v.Valid() {
		return false
	}
	if c := v.Calendar(); c != "" {
		return inCalendar(c)
	}
	if len(v) > 4 && v[4] == '-' {
		y := string(v[:4])
		return y >= "0001" && y <= "9999"
	}
	return true
}

// keepCalendar drops the date expressions whose value falls outside the
// calendar: the date is lost, not the story.
func keepCalendar(xs []timex.Expr) []timex.Expr {
	out := xs[:0]
	for _, x := range xs {
		if inCalendar(x.Value) && inCalendar(x.ValueEnd) && valueInCalendar(x.Timex) && inCalendar(x.TimexEnd) {
			out = append(out, x)
		}
	}
	return out
}

// calendarOnly blanks the dates of the document outside the calendar
// (dates an event or a role computed itself), so that the story is
// always stored.
func calendarOnly(d *annals.Document) {
	if !inCalendar(d.Published) {
		d.Published = ""
	}
	for i := range d.Events {
		e := &d.Events[i]
		if !inCalendar(e.Date) || !inCalendar(e.DateEnd) {
			e.Date, e.DateEnd = "", ""
		}
	}
	for i := range d.Roles {
		r := &d.Roles[i]
		if !inCalendar(r.From) {
			r.From = ""
		}
		if !inCalendar(r.To) {
			r.To = ""
		}
	}
	ds := d.Dates[:0]
	for _, x := range d.Dates {
		if valueInCalendar(x.Value) && inCalendar(x.ValueEnd) {
			ds = append(ds, x)
		}
	}
	d.Dates = ds
}
