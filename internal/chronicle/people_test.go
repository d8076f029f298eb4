package chronicle

import (
	"testing"

	"annals"
)

// TestLinkPeople: two visits, two appointments, or two meetings told
// without a name, of one month and the same host or appointing office,
// whose reports each name a person the other does not, are two events;
// a report that names fewer of the same people, or the same person by
// another form of the name, or no one, is one event with the other;
// named meetings and other types are not read so.
func TestLinkPeople(t *testing.T) {
	story := int64(0)
	r := func(typ string, parts []int64, date annals.Date, title string, people ...string) *Report {
		lo, hi, _ := Interval(date, "")
		words, ord := TitleTokens(title)
		story++
		return &Report{Type: typ, Parts: parts, Date: date, Lo: lo, Hi: hi, Title: words, Ord: ord, Name: TitleName(title),
			People: People(people), Story: story}
	}
	for _, c := range []struct {
		name string
		a, b *Report
		want bool
	}{
		// made-up: "President Odrina welcomed President Valk of Estland
		// to Veloria" / "President Odrina welcomed Prime Minister Sarro of
		// Marovia": one host, two guests
		{"two guests of one host", r("visit", []int64{1, 2, 3}, "2022-10-12", "", "Mara Odrina", "Jon Valk"),
			r("visit", []int64{1, 2, 4}, "2022-10-12", "", "Mara Odrina", "Tomas Sarro"), false},
		{"two guests, one title", r("visit", []int64{1, 2, 3}, "2022-10", "Prime Minister's Official Visit", "Odrina", "Valk"),
			r("visit", []int64{1, 2, 4}, "2022-10-20", "Prime Minister's Official Visit", "Odrina", "Sarro"), false},
		// "Administrator Dena Olsen named Carl Moss as the Federal
		// Coordinating Officer" / "... named Ruth Lind as ..."
		{"two appointees of one office", r("appointment", []int64{5, 6, 7}, "2023-09-18", "", "Dena Olsen", "Carl Moss"),
			r("appointment", []int64{5, 6, 8}, "2023-09-18", "", "Dena Olsen", "Ruth Lind"), false},
		// "President Odrina met with President Valk in Lerin" / "...
		// met with Prime Minister Sarro in Lerin": a leader's bilateral
		// meetings of one day, told without a name
		{"two guests of one leader, one day, one city", r("meeting", []int64{1, 2, 3}, "2022-10-12", "", "Mara Odrina", "Jon Valk"),
			r("meeting", []int64{1, 2, 4}, "2022-10-12", "", "Mara Odrina", "Tomas Sarro"), false},
		{"two bilateral meetings of one leader", r("meeting", []int64{1, 3}, "2022-10-12", "bilateral meeting", "Mara Odrina", "Jon Valk"),
			r("meeting", []int64{1, 4}, "2022-10-12", "the bilateral meeting", "Mara Odrina", "Tomas Sarro"), false},
		{"two appointees sharing a first name", r("appointment", []int64{5, 6, 7}, "2023-09-18", "", "Dena Olsen", "John E. Moss"),
			r("appointment", []int64{5, 6, 8}, "2023-09-18", "", "Dena Olsen", "John Lind"), false},
		// guards
		{"the visit told with the host and without", r("visit", []int64{1, 2, 3}, "2022-10-12", "", "Mara Odrina", "Jon Valk"),
			r("visit", []int64{1, 3}, "2022-10-12", "", "Jon Valk"), true},
		{"one guest by two forms of the name", r("visit", []int64{1, 2, 3}, "2022-10-12", "", "Mara Odrina", "Jonathan R. Valk"),
			r("visit", []int64{1, 2, 3}, "2022-10-12", "", "President Odrina", "Valk"), true},
		{"family name first", r("visit", []int64{1, 2, 3}, "2022-10-12", "", "Kato Haruki", "Odrina"),
			r("visit", []int64{1, 2, 3}, "2022-10-12", "", "Haruki Kato", "Odrina"), true},
		{"an appointee with a suffix", r("appointment", []int64{5, 6, 7}, "2023-09-18", "", "Carl Moss, Jr."),
			r("appointment", []int64{5, 6, 7}, "2023-09-18", "", "Carl Moss"), true},
		{"a report naming no one", r("visit", []int64{1, 2, 3}, "2022-10-12", "", "Mara Odrina", "Jon Valk"),
			r("visit", []int64{1, 2}, "2022-10-12", ""), true},
		{"a named meeting is not read so", r("meeting", []int64{1, 2, 3}, "2022-10-12", "Tidewater Leaders Meeting", "Mara Odrina", "Jon Valk"),
			r("meeting", []int64{1, 2, 4}, "2022-10-12", "Tidewater Leaders Meeting", "Mara Odrina", "Tomas Sarro"), true},
		{"a conference is not read so", r("conference", []int64{1, 2, 3}, "2022-10-12", "", "Mara Odrina", "Jon Valk"),
			r("conference", []int64{1, 2, 4}, "2022-10-12", "", "Mara Odrina", "Tomas Sarro"), true},
		{"a meeting told with its two sides and with one", r("meeting", []int64{1, 2, 3}, "2022-10-12", "", "Mara Odrina", "Jon Valk"),
			r("meeting", []int64{1, 3}, "2022-10-12", "bilateral meeting", "Jon Valk"), true},
		{"a meeting told with another's name of one side", r("meeting", []int64{1, 2, 3}, "2022-10-12", "", "Mara Odrina", "Jonathan R. Valk"),
			r("meeting", []int64{1, 2, 3}, "2022-10-12", "", "President Odrina", "Valk"), true},
	} {
		if got, why := Link(c.a, c.b); got != c.want {
			t.Errorf("%s: link = %v (%s), want %v", c.name, got, why, c.want)
		}
		if got, _ := Link(c.b, c.a); got != c.want {
			t.Errorf("%s: link is not symmetric", c.name)
		}
	}
}

// TestSettlePeopleNoChain: a report naming only the host links to the
// visits of two guests, stored or settled with it, and joins one of
// them; they stay two events. Reports of one guest stay one.
func TestSettlePeopleNoChain(t *testing.T) {
	rep := func(id int64, path string, people ...string) *Report {
		return &Report{ID: id, Event: id + 10, Story: id, Type: "visit", Parts: []int64{1, 2}, Date: "2022-10-12",
			Lo: "2022-10-12", Hi: "2022-10-12", People: People(people), Path: path}
	}
	for _, c := range []struct {
		name   string
		people [][]string // the reports' people, in stories a, b, c...
		events int
	}{
		{"two guests and the host", [][]string{{"Mara Odrina", "Jon Valk"}, {"Mara Odrina", "Tomas Sarro"}, {"Mara Odrina"}}, 2},
		{"the host first", [][]string{{"Mara Odrina"}, {"Mara Odrina", "Jon Valk"}, {"Mara Odrina", "Tomas Sarro"}}, 2},
		{"two leaders' trips and a tour of both", [][]string{{"Lena Varo"}, {"Piet Kalder"}, {"Lena Varo", "Piet Kalder", "Ana Kalder"}}, 2},
		{"a tour of both first", [][]string{{"Lena Varo", "Piet Kalder", "Ana Kalder"}, {"Lena Varo"}, {"Piet Kalder"}}, 2},
		// guards
		{"one guest", [][]string{{"Mara Odrina", "Jon Valk"}, {"Jon Valk"}, {"President Odrina", "Jonathan Valk"}}, 1},
		{"one visit told with the host, then with the guest's minister", [][]string{{"Mara Odrina", "Jon Valk"}, {"Jon Valk", "Ines Tamm"},
			{"Mara Odrina", "Jon Valk", "Ines Tamm"}}, 1},
	} {
		all := map[int64]*Report{}
		var ids []int64
		for i, p := range c.people {
			id := int64(i + 1)
			all[id] = rep(id, string(rune('a'+i)), p...)
			ids = append(ids, id)
		}
		settleBothWays(t, c.name, all, ids, c.events)
	}
}

// TestSettleMeetingsNoChain: a leader's meetings of one day and city told
// without a name, each with another guest, and a report naming only the
// leader, stored or settled together, are one meeting a guest; the
// reports of one meeting, and of a named meeting, stay one.
func TestSettleMeetingsNoChain(t *testing.T) {
	rep := func(id int64, path, title string, people ...string) *Report {
		words, ord := TitleTokens(title)
		r := &Report{ID: id, Event: id + 10, Story: id, Type: "meeting", Parts: []int64{1, 2}, Place: 30, Date: "2022-10-12",
			Lo: "2022-10-12", Hi: "2022-10-12", Title: words, Ord: ord, Name: TitleName(title), Path: path}
		if TellsPeople(r.Type, r.Name) { // as the store reads them
			r.People = People(people)
		}
		return r
	}
	type rp struct {
		title  string
		people []string
	}
	for _, c := range []struct {
		name    string
		reports []rp // in stories a, b, c...
		events  int
	}{
		{"two guests and the leader", []rp{{"", []string{"Mara Odrina", "Jon Valk"}}, {"", []string{"Mara Odrina", "Tomas Sarro"}}, {"", []string{"Mara Odrina"}}}, 2},
		{"the leader first", []rp{{"", []string{"Mara Odrina"}}, {"bilateral meeting", []string{"Mara Odrina", "Jon Valk"}}, {"", []string{"Odrina", "Sarro"}}}, 2},
		{"three guests", []rp{{"", []string{"Mara Odrina", "Jon Valk"}}, {"", []string{"Mara Odrina", "Tomas Sarro"}}, {"", []string{"Mara Odrina", "Ida Lunde"}}}, 3},
		// guards
		{"one guest", []rp{{"", []string{"Mara Odrina", "Jon Valk"}}, {"", []string{"Jon Valk"}}, {"bilateral meeting", []string{"President Odrina", "Jonathan Valk"}}}, 1},
		{"a named meeting", []rp{{"Tidewater Leaders Meeting", []string{"Mara Odrina", "Jon Valk"}}, {"Tidewater Leaders Meeting", []string{"Mara Odrina", "Tomas Sarro"}},
			{"Tidewater Leaders Meeting", []string{"Mara Odrina"}}}, 1},
	} {
		all := map[int64]*Report{}
		var ids []int64
		for i, x := range c.reports {
			id := int64(i + 1)
			all[id] = rep(id, string(rune('a'+i)), x.title, x.people...)
			ids = append(ids, id)
		}
		settleBothWays(t, c.name, all, ids, c.events)
	}
}

// settleBothWays settles the reports all (ids in their order) in one batch,
// then the last of them alone against the others stored each an event of
// its own, and checks the events: events in the batch, and the stored
// events the last report joins (all of them for one event, one for two,
// none for three).
func settleBothWays(t *testing.T, name string, all map[int64]*Report, ids []int64, events int) {
	t.Helper()
	feats := map[int64]*Report{}
	for id, r := range all {
		cp := *r
		feats[id] = &cp
	}
	st, err := SettleWith(ids, feats, func(int64) bool { return true }, func(int64) bool { return false }, memLookup{reports: map[int64]*Report{}})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(st.Components); got != events {
		t.Errorf("%s, one batch: %d events, want %d", name, got, events)
	}
	stored := map[int64]*Report{}
	for _, id := range ids[:len(ids)-1] {
		stored[id] = all[id]
	}
	last := ids[len(ids)-1]
	cp := *all[last]
	st, err = Settle([]int64{last}, map[int64]*Report{last: &cp}, func(int64) bool { return true }, memLookup{reports: stored})
	if err != nil {
		t.Fatal(err)
	}
	want := map[int]int{1: len(stored), 2: 1, 3: 0}[events]
	if outs := st.Components[0].Outside; len(outs) != want {
		t.Errorf("%s, stored: the last report joins events %v, want %d", name, outs, want)
	}
}
