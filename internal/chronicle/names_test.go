package chronicle

import "testing"

// TestNameClash: two titles that name events name two when each has a
// word the other lacks (not a number, not an acronym of the other's
// words); a description or a title of generic words names none.
func TestNameClash(t *testing.T) {
	for _, c := range []struct {
		a, b  string
		clash bool
	}{
		{"Caspian Energy Summit", "Aral Water Forum", true},
		{"Steppe Nations Summit", "North Caspian Leaders’ Summit", true},
		{"the Caspian Energy Summit", "Vice Minister's visit", true},
		{"Caspian Baku Summit", "Caspian Astana Summit", true},
		{"Steppe-Aral Summit", "Steppe-Caspian Summit", true},
		{"Steppe House Summit on Extreme Heat", "Steppe House Tribal Nations Summit", true},
		// guards: one event, or no name
		{"Caspian Energy Summit", "Caspian Summit", false},
		{"Steppe Energy Summit", "Steppe Energy Summits", false},
		{"first meeting of the interagency Task Force on Refugee Health", "the Vice Minister's first meeting of the Task Force on Refugee Health Access", false},
		{"Caspian Energy Summit", "2nd Caspian Energy Summit", false},
		{"Summit of the Steppe", "Ninth Summit of the Steppe", false},
		{"STC", "Steppe Trade Council", false},
		{"Council of the Steppe Parties", "CSP", false},
		{"UN Water Conference", "United Nations Water Conference", false},
		{"10th Conference of Steppe Parties", "Anticorruption Conference of Steppe Parties", false},
		{"Caspian Energy Summit", "the half-day forum", false},
		{"Caspian Energy Summit", "the Bilateral Meeting", false},
		{"Caspian Energy Summit", "U.S. delegation visit", false},
		{"Caspian Energy Summit", "", false},
		{"the Second Annual Summit", "Aral Water Forum", false},
	} {
		a, b := TitleName(c.a), TitleName(c.b)
		if got := a.Clash(b); got != c.clash {
			t.Errorf("%q and %q (%v, %v): clash %v, want %v", c.a, c.b, a, b, got, c.clash)
		}
		if got := b.Clash(a); got != c.clash {
			t.Errorf("%q and %q: not symmetric", c.a, c.b)
		}
	}
}

// TestSettleNamesNoChain: two reports of one day and the same two
// bodies whose titles name two events are two events, and a report with
// no title that links to both joins one of them, whether they are stored
// or settled with it; reports of one name, and of a name and its
// acronym, stay one event.
func TestSettleNamesNoChain(t *testing.T) {
	rep := func(id int64, path, title string) *Report {
		words, ord := TitleTokens(title)
		return &Report{ID: id, Event: id + 10, Story: id, Type: "conference", Parts: []int64{7, 8}, Date: "2023-05-03",
			Lo: "2023-05-03", Hi: "2023-05-03", Title: words, Ord: ord, Name: TitleName(title), Path: path}
	}
	for _, c := range []struct {
		name   string
		titles []string // the reports' titles, in stories a, b, c...
		events int
		// lastJoins: the last report, stored after the others are,
		// joins their event (-1 when not checked)
		lastJoins int
	}{
		{"two names and an untitled report", []string{"Caspian Energy Summit", "", "Aral Water Forum"}, 2, 0},
		{"two names, then untitled reports", []string{"Caspian Energy Summit", "Aral Water Forum", "", ""}, 2, -1},
		// guards
		{"a name and its shorter form", []string{"Caspian Energy Summit", "", "Caspian Summit"}, 1, 1},
		{"a name and its acronym", []string{"Steppe Trade Council", "", "STC"}, 1, 1},
		{"a name and a description", []string{"Caspian Energy Summit", "", "the two-day summit"}, 1, 1},
		{"two shorter forms of a name", []string{"Steppe-Caspian Energy Summit", "Energy Summit", "Steppe-Caspian Summit"}, 1, 1},
	} {
		all := map[int64]*Report{}
		var set []int64
		for i, title := range c.titles {
			id := int64(i + 1)
			all[id] = rep(id, string(rune('a'+i)), title)
			set = append(set, id)
		}
		// settled together
		feats := map[int64]*Report{}
		memLookup{all}.Reports(set, feats)
		st, err := Settle(set, feats, func(int64) bool { return false }, memLookup{all})
		if err != nil {
			t.Fatal(err)
		}
		if len(st.Components) != c.events {
			t.Errorf("%s, together: %d events, want %d", c.name, len(st.Components), c.events)
		}
		if c.lastJoins < 0 {
			continue
		}
		// The others stored as settling them made them (a and b one
		// event), the last new: it links to b alone, and the guard reads
		// a's name among the stored event's (EventNames).
		stored := map[int64]*Report{}
		for _, comp := range st.Components {
			for _, id := range comp.Reports {
				r := *all[id]
				r.Event = 100 + comp.Reports[0]
				stored[id] = &r
			}
		}
		last := set[len(set)-1]
		stored[last].Event = 99
		feats = map[int64]*Report{last: stored[last]}
		st, err = Settle([]int64{last}, feats, func(ev int64) bool { return ev == 99 }, memLookup{stored})
		if err != nil {
			t.Fatal(err)
		}
		joined := len(st.Components) == 1 && len(st.Components[0].Outside) > 0
		if joined != (c.lastJoins == 1) {
			t.Errorf("%s, the last stored after the others: joins %v, want %v", c.name, joined, c.lastJoins == 1)
		}
	}
}
