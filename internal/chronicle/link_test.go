package chronicle

import (
	"testing"

	"annals"
)

func TestLink(t *testing.T) {
	story := int64(0)
	r := func(typ string, parts []int64, date annals.Date, lo, hi, title string, weak bool) *Report {
		words, ord := TitleTokens(title)
		story++ // every report from its own story
		return &Report{Type: typ, Parts: parts, Date: date, Lo: lo, Hi: hi, Weak: weak, Title: words, Ord: ord, Story: story}
	}
	for _, c := range []struct {
		name string
		a, b *Report
		want bool
	}{
		{"same day, one participant", r("agreement", []int64{1, 2}, "2016-10-20", "2016-10-20", "2016-10-20", "", false),
			r("agreement", []int64{2, 9}, "2016-10-20", "2016-10-20", "2016-10-20", "", false), true},
		{"month contains day, two participants", r("agreement", []int64{1, 2}, "2016-10", "2016-10-01", "2016-10-31", "", false),
			r("agreement", []int64{1, 2}, "2016-10-20", "2016-10-20", "2016-10-20", "", false), true},
		{"other type", r("meeting", []int64{1, 2}, "2016-10-20", "2016-10-20", "2016-10-20", "", false),
			r("agreement", []int64{1, 2}, "2016-10-20", "2016-10-20", "2016-10-20", "", false), false},
		{"no shared participant", r("agreement", []int64{1}, "2016-10-20", "2016-10-20", "2016-10-20", "", false),
			r("agreement", []int64{2}, "2016-10-20", "2016-10-20", "2016-10-20", "", false), false},
		{"months apart", r("meeting", []int64{1, 2}, "2022-03-10", "2022-03-10", "2022-03-10", "", false),
			r("meeting", []int64{1, 2}, "2022-09-22", "2022-09-22", "2022-09-22", "", false), false},
		{"a day apart, two participants: a disagreement", r("appointment", []int64{1, 2}, "2018-11-19", "2018-11-19", "2018-11-19", "", false),
			r("appointment", []int64{1, 2}, "2018-11-20", "2018-11-20", "2018-11-20", "", false), true},
		{"a day apart, one participant", r("appointment", []int64{1}, "2018-11-19", "2018-11-19", "2018-11-19", "", false),
			r("appointment", []int64{1}, "2018-11-20", "2018-11-20", "2018-11-20", "", false), false},
		{"other edition", r("conference", []int64{1}, "2021", "2021-01-01", "2022-12-31", "5th Caravan Cities Forum", false),
			r("conference", []int64{1}, "2022-05-19", "2022-05-19", "2022-05-20", "sixth Caravan Cities Forum", false), false},
		{"same edition, words and digits", r("conference", []int64{1}, "2022-05", "2022-05-01", "2022-05-31", "network's sixth forum", false),
			r("conference", []int64{1}, "2022-05-19", "2022-05-19", "2022-05-20", "6th Caravan Cities Forum", false), true},
		{"one participant, month only", r("conference", []int64{1}, "2022-05", "2022-05-01", "2022-05-31", "", false),
			r("conference", []int64{1}, "2022-05-19", "2022-05-19", "2022-05-20", "", false), false},
	} {
		if got, why := Link(c.a, c.b); got != c.want {
			t.Errorf("%s: link = %v (%s), want %v", c.name, got, why, c.want)
		}
		if got, _ := Link(c.b, c.a); got != c.want {
			t.Errorf("%s: link is not symmetric", c.name)
		}
	}
}

// TestNoChains checks the rules that keep undated and generic reports
// from chaining many events into one.
func TestNoChains(t *testing.T) {
	rep := func(story int64, parts []int64, date annals.Date, lo, hi string, weak bool, title string) *Report {
		words, ord := TitleTokens(title)
		return &Report{Type: "meeting", Parts: parts, Date: date, Lo: lo, Hi: hi, Weak: weak, Title: words, Ord: ord, Story: story}
	}
	for _, c := range []struct {
		name string
		a, b *Report
		want bool
	}{
		{"undated, other stories", rep(1, []int64{1, 2}, "", "", "", false, "Bilateral Meeting"), rep(2, []int64{1, 2}, "", "", "", false, "Bilateral Meeting"), false},
		{"undated, one story", rep(1, []int64{1, 2}, "", "", "", false, ""), rep(1, []int64{1, 2}, "", "", "", false, ""), true},
		{"weak, published a week apart", rep(1, []int64{1, 2}, "2020-03-01", "2019-12-01", "2020-03-01", true, ""),
			rep(2, []int64{1, 2}, "2020-03-05", "2019-12-01", "2020-03-05", true, ""), true},
		{"weak, published months apart", rep(1, []int64{1, 2}, "2020-03-01", "2019-12-01", "2020-03-01", true, ""),
			rep(2, []int64{1, 2}, "2020-05-20", "2020-02-01", "2020-05-20", true, ""), false},
		{"weak against a stated day in its window", rep(1, []int64{1, 2}, "2020-03-01", "2019-12-01", "2020-03-01", true, ""),
			rep(2, []int64{1, 2}, "2020-02-10", "2020-02-10", "2020-02-10", false, ""), true},
		{"a generic title is no evidence", rep(1, []int64{1}, "2020-03", "2020-03-01", "2020-03-31", false, "bilateral meeting"),
			rep(2, []int64{1}, "2020-03-10", "2020-03-10", "2020-03-10", false, "Bilateral Meeting"), false},
		{"a specific title is", rep(1, []int64{1}, "2020-03", "2020-03-01", "2020-03-31", false, "Quad Leaders Summit"),
			rep(2, []int64{1}, "2020-03-10", "2020-03-10", "2020-03-10", false, "Quad Summit"), true},
	} {
		if got, why := Link(c.a, c.b); got != c.want {
			t.Errorf("%s: link = %v (%s), want %v", c.name, got, why, c.want)
		}
	}
	if Linkable(nil, []string{"bilateral", "meeting"}) {
		t.Error("a report with no participant and a generic title can link")
	}
}

func TestReportWindow(t *testing.T) {
	lo, hi, weak := ReportWindow("", "", annals.Held, "2020-03-15", false)
	if lo != "2019-12-01" || hi != "2020-03-15" || !weak {
		t.Errorf("held, undated: %s..%s weak=%v", lo, hi, weak)
	}
	lo, hi, weak = ReportWindow("2020-03-15", "", annals.Planned, "2020-03-15", false)
	if lo != "2020-03-15" || hi != "2021-03-15" || !weak {
		t.Errorf("planned, dated by publication: %s..%s weak=%v", lo, hi, weak)
	}
	lo, hi, weak = ReportWindow("2016-10", "", annals.Held, "2020-03-15", true)
	if lo != "2016-10-01" || hi != "2016-10-31" || weak {
		t.Errorf("stated month: %s..%s weak=%v", lo, hi, weak)
	}
}

// TestLinkUntitled: a gathering told without a name ("the summit", "a
// half-day forum") joins a named one ("the Tidewater Summit") only when
// they share the place, or participants that agree: the President (1)
// and his country (2, a place) of a month's release are at every summit
// of that month.
func TestLinkUntitled(t *testing.T) {
	story := int64(0)
	r := func(typ string, parts, places []int64, date annals.Date, place int64, title string) *Report {
		lo, hi, _ := Interval(date, "")
		words, ord := TitleTokens(title)
		story++
		return &Report{Type: typ, Parts: parts, Places: places, Date: date, Lo: lo, Hi: hi, Title: words, Ord: ord,
			Name: TitleName(title), Place: place, Story: story}
	}
	us := []int64{2}
	for _, c := range []struct {
		name string
		a, b *Report
		want bool
	}{
		{"the President and his country, a month", r("conference", []int64{1, 2}, us, "2022-05", 0, "the summit"),
			r("conference", []int64{1, 2, 5}, us, "2022-05-19", 0, "Tidewater Summit"), false},
		{"a forum of other people the same day", r("conference", []int64{1, 2, 7}, us, "2022-05-19", 0, "a half-day forum"),
			r("conference", []int64{1, 2, 5}, us, "2022-05-19", 0, "Tidewater Summit"), false},
		{"a bilateral meeting the day of a named one", r("meeting", []int64{1, 8, 9}, []int64{8}, "2022-05-19", 0, ""),
			r("meeting", []int64{1, 3, 4}, nil, "2022-05-19", 0, "Tidewater Leaders Meeting"), false},
		{"the summit held elsewhere, with another guest", r("conference", []int64{1, 3, 7}, nil, "2022-05", 31, "the summit"),
			r("conference", []int64{1, 3, 5}, nil, "2022-05-19", 30, "Tidewater Summit"), false},
		// guards
		{"the same place", r("conference", []int64{1, 2}, us, "2022-05", 30, "the summit"),
			r("conference", []int64{1, 2, 5}, us, "2022-05-19", 30, "Tidewater Summit"), true},
		{"participants that agree", r("conference", []int64{1, 2, 3, 4}, us, "2022-05", 0, "the summit"),
			r("conference", []int64{1, 3, 4, 5}, nil, "2022-05-19", 0, "Tidewater Summit"), true},
		{"two untitled reports", r("conference", []int64{1, 2}, us, "2022-05", 0, "the summit"),
			r("conference", []int64{1, 2}, us, "2022-05-19", 0, "a summit"), true},
		{"one name twice", r("conference", []int64{1, 2}, us, "2022-05", 0, "Tidewater Summit"),
			r("conference", []int64{1, 2}, us, "2022-05-19", 0, "the Tidewater Summit"), true},
		{"other kinds of events", r("agreement", []int64{1, 2}, us, "2022-05", 0, ""),
			r("agreement", []int64{1, 2, 5}, us, "2022-05-19", 0, "Tidewater Accord"), true},
	} {
		if got, why := Link(c.a, c.b); got != c.want {
			t.Errorf("%s: link = %v (%s), want %v", c.name, got, why, c.want)
		}
		if got, _ := Link(c.b, c.a); got != c.want {
			t.Errorf("%s: link is not symmetric", c.name)
		}
	}
	// a headline naming the summit and its body's "the summit"
	a := r("conference", []int64{1, 2}, us, "2022-05", 0, "the summit")
	b := r("conference", []int64{1, 2, 5}, us, "2022-05-19", 0, "Tidewater Summit")
	b.Story = a.Story
	if ok, why := Link(a, b); !ok {
		t.Errorf("one story's headline and body: no link (%s)", why)
	}
}
