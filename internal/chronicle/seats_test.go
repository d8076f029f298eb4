package chronicle

import (
	"testing"

	"annals"
	"annals/internal/resolve"
)

// TestLinkSeats: "White House" (a seat of government, where its every
// event is held) in two titles, or as two reports' place, is no evidence
// that they are one event; the names around it still are.
func TestLinkSeats(t *testing.T) {
	story := int64(0)
	r := func(parts []int64, date annals.Date, place, title string) *Report {
		lo, hi, _ := Interval(date, "")
		words, ord := TitleTokens(title)
		story++
		var id int64
		if place != "" {
			id = 40 + int64(len(resolve.Normalize(place))) // one id a name
		}
		return &Report{Type: "conference", Parts: parts, Date: date, Lo: lo, Hi: hi, Title: words, Ord: ord, Name: TitleName(title),
			Place: id, PlaceNorm: resolve.Normalize(place), Story: story}
	}
	for _, c := range []struct {
		name string
		a, b *Report
		want bool
	}{
		// made-up: "the White House Summit on Urban Water" (May) and
		// "a White House summit" on May 19, with one body in common
		{"titles sharing White House alone", r([]int64{1}, "2022-05", "", "White House Summit on Urban Water"),
			r([]int64{1}, "2022-05-19", "", "White House Summit"), false},
		{"two events at the White House", r([]int64{1}, "2022-05", "White House", "roundtable"),
			r([]int64{1}, "2022-05-19", "White House", "forum"), false},
		{"two events at the Kremlin", r([]int64{1}, "2022-05", "the Kremlin", ""),
			r([]int64{1}, "2022-05-19", "Kremlin", ""), false},
		{"no participants, White House titles", r(nil, "2022-05-19", "", "White House Heat Summit"),
			r(nil, "2022-05-19", "", "White House Water Summit"), false},
		// guards: one event's name, with or without "White House", and
		// a place that is no seat
		{"a name with and without White House", r([]int64{1}, "2022-05", "", "White House Summit on Urban Water"),
			r([]int64{1}, "2022-05-19", "", "Summit on Urban Water"), true},
		{"one name, both at the White House", r([]int64{1}, "2022-05", "White House", "White House Urban Water Summit"),
			r([]int64{1}, "2022-05-19", "White House", "White House Urban Water Summit"), true},
		{"the same city", r([]int64{1}, "2022-05", "Tashkent", "roundtable"),
			r([]int64{1}, "2022-05-19", "Tashkent", "forum"), true},
	} {
		if got, why := Link(c.a, c.b); got != c.want {
			t.Errorf("%s: link = %v (%s), want %v", c.name, got, why, c.want)
		}
		if got, _ := Link(c.b, c.a); got != c.want {
			t.Errorf("%s: link is not symmetric", c.name)
		}
	}
}

// TestSeatNames: "White House" before a gathering's kind names no event;
// the words after it do.
func TestSeatNames(t *testing.T) {
	for _, c := range []struct {
		title string
		named bool
	}{
		{"White House Summit", false},
		{"the White House summit", false},
		{"Rose Garden ceremony", false},
		{"White House Summit on Urban Water", true},
		{"White House Tribal Nations Summit", true},
		{"Whitehouse Water Forum", true},
	} {
		if got := TitleName(c.title).Named(); got != c.named {
			t.Errorf("%q: named %v, want %v", c.title, got, c.named)
		}
	}
	for _, c := range []struct {
		a, b  string
		clash bool
	}{
		{"White House Summit on Urban Water", "White House Summit on Extreme Heat", true},
		{"White House Summit on Urban Water", "Summit on Urban Water", false},
		{"White House Summit", "Tribal Nations Summit", false},
	} {
		if got := TitleName(c.a).Clash(TitleName(c.b)); got != c.clash {
			t.Errorf("%q and %q: clash %v, want %v", c.a, c.b, got, c.clash)
		}
	}
	for _, c := range []struct {
		place string
		seat  bool
	}{
		{"the White House", true}, {"Élysée Palace", true}, {"10 Downing Street", true}, {"the Kremlin", true},
		{"Blair House", true}, {"the Oval Office", true},
		{"Whitehouse", false}, {"Buckingham Palace", false}, {"House of Commons", false}, {"Tashkent", false}, {"", false},
	} {
		if got := Seat(c.place); got != c.seat {
			t.Errorf("%q: seat %v, want %v", c.place, got, c.seat)
		}
	}
}
