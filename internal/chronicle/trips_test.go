package chronicle

import (
	"testing"

	"annals"
	"annals/internal/resolve"
)

// tripReport is a made-up visit report: its participants (places among
// them), the place it was in, its date and the people it names.
func tripReport(story int64, parts, places []int64, place int64, placeName string, date annals.Date, people ...string) *Report {
	lo, hi, _ := Interval(date, "")
	return &Report{ID: story, Event: story + 10, Story: story, Type: string(annals.Visit), Parts: parts, Places: places,
		Place: place, PlaceNorm: resolve.Normalize(placeName), Date: date, Lo: lo, Hi: hi, People: People(people),
		Path: string(rune('a' + story - 1))}
}

// TestPlaceCountry: the country a visit's place lies in, none when the
// gazetteer gives the name two countries or it is a seat of government.
func TestPlaceCountry(t *testing.T) {
	for _, c := range []struct{ place, want string }{
		{"Jerusalem", "IL"}, {"Israel", "IL"}, {"Vilnius", "LT"}, {"Washington D.C.", "US"},
		{"London", "GB"}, // a city ten times as large as its namesakes
		// guards
		{"Georgia", ""}, {"the White House", ""}, {"Nowhereville", ""}, {"", ""},
	} {
		if got := PlaceCountry(resolve.Normalize(c.place)); got != c.want {
			t.Errorf("PlaceCountry(%q) = %q, want %q", c.place, got, c.want)
		}
	}
}

// TestLinkTrips: one visitor's visits of one month to two countries are
// two visits; visits to one country, to a place that is a participant of
// the other report, or to a seat of government, link as before.
// Participants: 1 the visitor (made-up: "President Mara Odrina"), 2 her
// country, 3 Israel, 4 the United Kingdom, 5 a host, 6 Germany.
func TestLinkTrips(t *testing.T) {
	places := []int64{2, 3, 4, 6}
	r := func(story int64, parts []int64, place int64, name string, date annals.Date) *Report {
		return tripReport(story, parts, places, place, name, date, "Mara Odrina")
	}
	for _, c := range []struct {
		name string
		a, b *Report
		want bool
	}{
		// "President Odrina's visit to Jerusalem in July" / "President
		// Odrina's visit to London in July"
		{"two countries, one month", r(1, []int64{1, 2, 3}, 20, "Jerusalem", "2023-07"), r(2, []int64{1, 2, 4}, 21, "London", "2023-07"), false},
		{"two countries, a day and the month", r(1, []int64{1, 2, 3}, 20, "Jerusalem", "2023-07-14"), r(2, []int64{1, 2, 4}, 22, "Vilnius", "2023-07"), false},
		// guards
		{"a city and its country named", r(1, []int64{1, 2, 3}, 20, "Jerusalem", "2023-07"), r(2, []int64{1, 2, 3}, 3, "Israel", "2023-07"), true},
		{"two cities of one country", r(1, []int64{1, 2, 3}, 20, "Jerusalem", "2023-07"), r(2, []int64{1, 2, 3}, 23, "Tel Aviv", "2023-07"), true},
		{"a seat of government", r(1, []int64{1, 2, 5}, 24, "the White House", "2023-07"), r(2, []int64{1, 2, 5}, 25, "Washington D.C.", "2023-07"), true},
		{"a name of two countries", r(1, []int64{1, 2, 6}, 26, "Georgia", "2023-07"), r(2, []int64{1, 2, 6}, 27, "Berlin", "2023-07"), true},
	} {
		if got, why := Link(c.a, c.b); got != c.want {
			t.Errorf("%s: link = %v (%s), want %v", c.name, got, why, c.want)
		}
		if got, _ := Link(c.b, c.a); got != c.want {
			t.Errorf("%s: link is not symmetric", c.name)
		}
	}
}

// TestLinkNobody: a visit report naming no one joins one naming people
// through a participant that is no place, not through the country and
// city every visit of the month shares. Participants: 1, 2 people, 3
// the host country, 4 a guest's country, 5 a fellowship, 6 an alliance.
func TestLinkNobody(t *testing.T) {
	places := []int64{3, 4}
	r := func(story int64, parts []int64, date annals.Date, people ...string) *Report {
		return tripReport(story, parts, places, 30, "Washington D.C.", date, people...)
	}
	for _, c := range []struct {
		name string
		a, b *Report
		want bool
	}{
		// "President Odrina welcomed President Valk of Estland to
		// Washington in October" / "The Fellowship's cohort visited
		// Washington in October"
		{"a cohort's visit and a president's", r(1, []int64{1, 2, 3, 4}, "2023-10", "Mara Odrina", "Jon Valk"), r(2, []int64{3, 5}, "2023-10"), false},
		// guards
		{"the alliance's visit told with and without its leader", r(1, []int64{1, 3, 6}, "2023-10", "Ina Sarro"), r(2, []int64{3, 6}, "2023-10"), true},
		// "Estland's state visit to Veloria" / "President Odrina welcomed
		// President Valk of Estland"
		{"a state visit told by its two countries", r(1, []int64{1, 2, 3, 4}, "2023-10", "Mara Odrina", "Jon Valk"), r(2, []int64{3, 4}, "2023-10"), true},
		// "the Vice President's trip to Estland" / "Vice President Sarro
		// arrived in Estland"
		{"a trip told by its country alone", r(1, []int64{1, 3, 4}, "2023-10", "Ina Sarro"), r(2, []int64{4}, "2023-10"), true},
		{"two reports naming no one", r(1, []int64{3, 5}, "2023-10"), r(2, []int64{3, 5}, "2023-10"), true},
	} {
		if got, why := Link(c.a, c.b); got != c.want {
			t.Errorf("%s: link = %v (%s), want %v", c.name, got, why, c.want)
		}
		if got, _ := Link(c.b, c.a); got != c.want {
			t.Errorf("%s: link is not symmetric", c.name)
		}
	}
	// guard: a meeting's countries are its sides ("the United States
	// and Estland met in Lerin" / "President Odrina met President Valk
	// in Lerin")
	m := func(r *Report) *Report { r.Type = string(annals.Meeting); return r }
	if ok, why := Link(m(r(1, []int64{1, 2, 3, 4}, "2023-10-02", "Mara Odrina", "Jon Valk")), m(r(2, []int64{3}, "2023-10-02"))); !ok {
		t.Errorf("a meeting told by a country and by its leaders: no link (%s)", why)
	}
}

// TestSettleTripsNoChain: a report of the visitor's month placed nowhere
// links to her visits to two countries, stored or settled with it, and
// joins one of them; they stay two visits. Her reports of one country
// stay one.
func TestSettleTripsNoChain(t *testing.T) {
	places := []int64{2, 3, 4}
	type rp struct {
		parts []int64
		place int64
		name  string
	}
	for _, c := range []struct {
		name    string
		reports []rp // in stories a, b, c...
		events  int
	}{
		{"London, Jerusalem and the month", []rp{{[]int64{1, 2, 4}, 21, "London"}, {[]int64{1, 2, 3}, 20, "Jerusalem"}, {[]int64{1, 2}, 0, ""}}, 2},
		{"the month first", []rp{{[]int64{1, 2}, 0, ""}, {[]int64{1, 2, 4}, 21, "London"}, {[]int64{1, 2, 3}, 20, "Jerusalem"}}, 2},
		// guard
		{"London twice and the month", []rp{{[]int64{1, 2, 4}, 21, "London"}, {[]int64{1, 2, 4}, 21, "London"}, {[]int64{1, 2}, 0, ""}}, 1},
	} {
		all := map[int64]*Report{}
		var ids []int64
		for i, x := range c.reports {
			id := int64(i + 1)
			all[id] = tripReport(id, x.parts, places, x.place, x.name, "2023-07", "Mara Odrina")
			ids = append(ids, id)
		}
		settleBothWays(t, c.name, all, ids, c.events)
	}
}
