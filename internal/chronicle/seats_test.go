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

// TestLinkSeatParticipant: a seat of government among the participants
// of two reports held at places that disagree ("the White House
// announced ...") counts nothing, as it counts nothing as their place:
// the President's visit to a factory in another town and a guest's
// visit to the White House of that month share her, the month and the
// seat, and are two visits. Held at one place, or in the seat's city or
// country, or placed nowhere, the seat is half a participant as before.
// Participants (made-up): 1 President Mara Odrina, 2 the White House, 3
// her country, 4 a company, 5 President Jon Valk, 6 his country.
func TestLinkSeatParticipant(t *testing.T) {
	places := []int64{2, 3, 6}
	r := func(story int64, parts []int64, place int64, name string, date annals.Date, people ...string) *Report {
		x := tripReport(story, parts, places, place, name, date, people...)
		x.Seats = []int64{2}
		return x
	}
	for _, c := range []struct {
		name string
		a, b *Report
		want bool
	}{
		// "The White House said President Odrina will visit the Arvel
		// Works plant in Velmora in April" / "President Odrina welcomed
		// President Valk of Estland to the White House on April 15"
		{"a factory visit and a guest's visit of one month", r(1, []int64{1, 2, 3, 4}, 30, "Velmora", "2022-04", "Mara Odrina"),
			r(2, []int64{1, 2, 5, 6}, 31, "the White House", "2022-04-15", "Mara Odrina", "Jon Valk"), false},
		{"visits to two towns", r(1, []int64{1, 2, 3, 4}, 30, "Velmora", "2022-04", "Mara Odrina"),
			r(2, []int64{1, 2, 6}, 32, "Durnholt", "2022-04-15", "Mara Odrina"), false},
		// guards: the seat is half a participant where the places agree
		{"copies naming the guest and the seat, placed nowhere", r(1, []int64{2, 5}, 0, "", "2022-04", "Jon Valk"),
			r(2, []int64{2, 5}, 0, "", "2022-04", "Jon Valk"), true},
		{"the seat and its city", r(1, []int64{2, 5}, 33, "Washington, D.C.", "2022-04", "Jon Valk"),
			r(2, []int64{2, 5}, 31, "the White House", "2022-04-15", "Jon Valk"), true},
		{"the seat and its country", r(1, []int64{2, 5}, 34, "the United States", "2022-04", "Jon Valk"),
			r(2, []int64{2, 5}, 31, "the White House", "2022-04-15", "Jon Valk"), true},
		{"the factory visit and the guest's, placed nowhere", r(1, []int64{1, 2, 3}, 30, "Velmora", "2022-04", "Mara Odrina"),
			r(2, []int64{1, 2, 5}, 0, "", "2022-04-15", "Mara Odrina", "Jon Valk"), true},
		{"the factory visit told twice", r(1, []int64{1, 2, 3, 4}, 30, "Velmora", "2022-04", "Mara Odrina"),
			r(2, []int64{1, 2, 4}, 30, "Velmora", "2022-04-15", "Mara Odrina"), true},
	} {
		if got, why := Link(c.a, c.b); got != c.want {
			t.Errorf("%s: link = %v (%s), want %v", c.name, got, why, c.want)
		}
		if got, _ := Link(c.b, c.a); got != c.want {
			t.Errorf("%s: link is not symmetric", c.name)
		}
	}
}

// TestPlacesAgree: where two reports may have been held at one place.
func TestPlacesAgree(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Durham", "the White House", false}, {"Velmora", "Durnholt", false}, {"New York", "New Delhi", false},
		{"Moscow", "the White House", false}, {"Tokyo", "the United States", false},
		// guards
		{"Washington, D.C.", "the White House", true}, {"Washington", "the Oval Office", true}, {"the United States", "the Rose Garden", true},
		{"the Kremlin", "Moscow", true}, {"Japan", "Tokyo", true}, {"New York City", "New York", true}, {"", "Durham", true},
		{"the Oval Office", "the White House", true},
	} {
		a := &Report{PlaceNorm: resolve.Normalize(c.a)}
		b := &Report{PlaceNorm: resolve.Normalize(c.b)}
		if a.PlaceNorm != "" {
			a.Place = int64(len(c.a)) + 100
		}
		if b.PlaceNorm != "" {
			b.Place = int64(len(c.b)) + 200
		}
		if got := placesAgree(a, b); got != c.want {
			t.Errorf("placesAgree(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
		if got := placesAgree(b, a); got != c.want {
			t.Errorf("placesAgree(%q, %q) is not symmetric", c.a, c.b)
		}
	}
}
