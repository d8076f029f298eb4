package chronicle

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"annals"
)

// memLookup is an in-memory link index over stored reports.
type memLookup struct{ reports map[int64]*Report }

func (m memLookup) Candidates(r *Report) ([]Candidate, error) {
	ents := KeyEntities(r.Parts, r.Place)
	bks := LookupBuckets(Buckets(r.Lo, r.Hi, r.Date.Precision()))
	var out []Candidate
	for _, o := range m.reports {
		if o.ID == r.ID || o.Type != r.Type || !Linkable(o.Parts, o.Title) {
			continue
		}
		shareEnt := slices.ContainsFunc(KeyEntities(o.Parts, o.Place), func(e int64) bool { return slices.Contains(ents, e) })
		shareBucket := slices.ContainsFunc(Buckets(o.Lo, o.Hi, o.Date.Precision()), func(b string) bool { return slices.Contains(bks, b) })
		if shareEnt && shareBucket {
			out = append(out, Candidate{ID: o.ID, Event: o.Event, IsNew: o.IsNew})
		}
	}
	slices.SortFunc(out, func(a, b Candidate) int { return int(a.ID - b.ID) })
	return out, nil
}

func (m memLookup) Reports(ids []int64, into map[int64]*Report) error {
	for _, id := range ids {
		if r, ok := m.reports[id]; ok && into[id] == nil {
			c := *r
			into[id] = &c
		}
	}
	return nil
}

func (m memLookup) EventSpan(ev int64) (DateSpan, error) {
	var s DateSpan
	for _, r := range m.reports {
		if r.Event == ev {
			s = s.With(r)
		}
	}
	return s, nil
}

func (m memLookup) EventNames(ev int64) ([]Name, error) {
	var out []Name
	for _, r := range m.reports {
		if r.Event == ev && r.Name.Named() {
			out = append(out, r.Name)
		}
	}
	return out, nil
}

func (m memLookup) EventPlaces(ev int64) ([]string, error) {
	var out []string
	for _, r := range m.reports {
		if r.Event == ev && r.PlaceNorm != "" && !slices.Contains(out, r.PlaceNorm) {
			out = append(out, r.PlaceNorm)
		}
	}
	return out, nil
}

func (m memLookup) EventPeople(ev int64) ([][]string, error) {
	var out [][]string
	for _, r := range m.reports {
		if r.Event == ev && len(r.People) > 0 {
			out = append(out, r.People)
		}
	}
	return out, nil
}

func TestSettle(t *testing.T) {
	rep := func(id, event, story int64, typ string, parts []int64, date annals.Date, title string) *Report {
		lo, hi, _ := Interval(date, "")
		words, ord := TitleTokens(title)
		return &Report{ID: id, Event: event, Story: story, Type: typ, Parts: parts, Date: date, Lo: lo, Hi: hi, Title: words, Ord: ord, Path: "s"}
	}
	stored := map[int64]*Report{
		1: rep(1, 10, 1, "agreement", []int64{7, 8}, "2016-10-20", "Memorandum of Understanding"),
		2: rep(2, 11, 2, "meeting", []int64{7}, "2019-03-02", ""),
	}
	// A new story (event 20, fresh) reports the agreement again, a new
	// meeting, and a meeting with nothing to link by.
	fresh := map[int64]*Report{
		3: rep(3, 20, 3, "agreement", []int64{8, 9}, "2016-10-20", "memorandum"),
		4: rep(4, 20, 3, "meeting", []int64{5}, "2021-05-01", ""),
		5: rep(5, 20, 3, "meeting", nil, "2021-05-01", ""),
	}
	all := map[int64]*Report{}
	for id, r := range stored {
		all[id] = r
	}
	for id, r := range fresh {
		all[id] = r
	}
	feats := map[int64]*Report{}
	for id, r := range fresh {
		c := *r
		feats[id] = &c
	}
	st, err := Settle([]int64{3, 4, 5}, feats, func(ev int64) bool { return ev == 20 }, memLookup{all})
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Components) != 3 {
		t.Fatalf("components %+v", st.Components)
	}
	agree := st.Components[0]
	if !slices.Equal(agree.Reports, []int64{3}) || agree.Event != 10 || !slices.Equal(agree.Outside, []int64{10}) {
		t.Errorf("the agreement joins event 10: %+v", agree)
	}
	for _, c := range st.Components[1:] {
		if c.Event != 0 || len(c.Outside) != 0 || c.Links[c.Reports[0]] != NewLink {
			t.Errorf("a new event for %+v", c)
		}
	}
}

// TestSettleNoBridge: a report dated by its year alone links to two
// events of other days; it joins one of them and never makes them one.
func TestSettleNoBridge(t *testing.T) {
	rep := func(id, event, story int64, date annals.Date) *Report {
		lo, hi, _ := Interval(date, "")
		words, _ := TitleTokens("Caspian Energy Summit")
		return &Report{ID: id, Event: event, Story: story, Type: "conference", Parts: []int64{7, 8}, Date: date, Lo: lo, Hi: hi, Title: words, Path: "s"}
	}
	all := map[int64]*Report{
		1: rep(1, 10, 1, "2023-03-02"),
		2: rep(2, 11, 2, "2023-09-20"),
		3: rep(3, 20, 3, "2023"),
	}
	feats := map[int64]*Report{3: all[3]}
	st, err := Settle([]int64{3}, feats, func(ev int64) bool { return ev == 20 }, memLookup{all})
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Components) != 1 || len(st.Components[0].Outside) != 1 || st.Components[0].Event != 10 {
		t.Errorf("the year report joins the first event only: %+v", st.Components)
	}
}

func TestHolderAt(t *testing.T) {
	org := Ref{ID: 1, Name: "Alliance"}
	rows := Holders([]RoleRow{
		{Person: Ref{ID: 2, Name: "A"}, Role: "High Representative", Org: org, From: "2007-04"},
		{Person: Ref{ID: 3, Name: "B"}, Role: "High Representative", Org: org, From: "2013-03-01"},
	})
	if len(rows) != 2 || rows[0].To != "2013-03-01" || rows[0].Inferred == "" {
		t.Fatalf("holders %+v", rows)
	}
	for _, c := range []struct {
		at   annals.Date
		want string
	}{{"2010-01-01", "A"}, {"2015", "B"}, {"2001-01-01", ""}} {
		got := HolderAt(rows, c.at)
		name := ""
		if got != nil {
			name = got.Person.Name
		}
		if name != c.want {
			t.Errorf("holder at %s: %q, want %q", c.at, name, c.want)
		}
	}
}

func TestRankRelated(t *testing.T) {
	ents := []StoryEntity{{ID: 1, Stories: 2, Short: "UNAOC"}, {ID: 2, Stories: 90, Short: "UN"}}
	got := RankRelated(100, ents, []int64{5, 6}, []StoryPair{{Story: 6, Type: "conference"}}, nil,
		[]StoryPair{{Story: 5, Entity: 2}, {Story: 6, Entity: 1}, {Story: 6, Entity: 2}}, 10)
	if len(got) != 2 || got[0].Story != 6 || got[0].Reason != "shares UNAOC, UN; same conference" || got[1].Reason != "shares UN" {
		t.Errorf("ranked %+v", got)
	}
}

// TestSettleStoredEventDates: a stored event's dates are all its
// reports', not only the one a new report links to: a report dated by its
// year links to a year-dated report of a May event and to a June event;
// it never makes them one, and the two events are to be settled again
// with it; settled together, whatever their ids, the year report joins
// one of them and the dated ones stay apart.
func TestSettleStoredEventDates(t *testing.T) {
	rep := func(id, event int64, path string, date annals.Date) *Report {
		lo, hi, _ := Interval(date, "")
		words, _ := TitleTokens("Caspian Energy Summit")
		return &Report{ID: id, Event: event, Story: id, Type: "conference", Parts: []int64{7, 8}, Date: date, Lo: lo, Hi: hi, Title: words, Path: path}
	}
	all := map[int64]*Report{
		1: rep(1, 10, "a", "2023-05-03"),
		2: rep(2, 10, "b", "2023"),
		4: rep(4, 11, "d", "2023-06-20"),
		3: rep(3, 20, "c", "2023"),
	}
	feats := map[int64]*Report{3: all[3]}
	st, err := Settle([]int64{3}, feats, func(ev int64) bool { return ev == 20 }, memLookup{all})
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Components) != 1 || len(st.Components[0].Outside) != 1 || !slices.Equal(st.Expand, []int64{10, 11}) {
		t.Fatalf("the year report joins one event and both are settled again: %+v, expand %v", st.Components, st.Expand)
	}
	// Settled together, under other ids: the same groups of paths.
	groups := func(ids map[string]int64) [][]string {
		m := map[int64]*Report{}
		var set []int64
		for path, id := range ids {
			r := *all[map[string]int64{"a": 1, "b": 2, "c": 3, "d": 4}[path]]
			r.ID, r.Event = id, 30
			m[id] = &r
			set = append(set, id)
		}
		slices.Sort(set)
		fs := map[int64]*Report{}
		memLookup{m}.Reports(set, fs)
		st, err := Settle(set, fs, func(int64) bool { return false }, memLookup{m})
		if err != nil {
			t.Fatal(err)
		}
		var out [][]string
		for _, c := range st.Components {
			var g []string
			for _, id := range c.Reports {
				g = append(g, m[id].Path)
			}
			slices.Sort(g)
			out = append(out, g)
		}
		slices.SortFunc(out, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
		return out
	}
	want := groups(map[string]int64{"a": 1, "b": 2, "c": 3, "d": 4})
	if len(want) != 2 {
		t.Errorf("two events, got %v", want)
	}
	for _, ids := range []map[string]int64{{"a": 4, "b": 3, "c": 2, "d": 1}, {"a": 2, "b": 4, "c": 1, "d": 3}} {
		if got := groups(ids); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("ids %v: %v, want %v", ids, got, want)
		}
	}
}

// TestSettleUndatedNoChain: reports dated only by their stories'
// publication (weak) link pairwise to stories of the same week, and to a
// dated report whose date their window holds; an event's reports must
// all allow one day together, so undated reports never chain months of
// one kind of event into one, nor join a dated event through another
// undated report when their own story came out long after its date.
func TestSettleUndatedNoChain(t *testing.T) {
	type rep struct {
		date annals.Date // stated; "" for weak
		pub  annals.Date
	}
	weekly := func(from string, n int) []rep {
		d, _ := time.Parse(time.DateOnly, from)
		var out []rep
		for i := range n {
			out = append(out, rep{pub: annals.Date(d.AddDate(0, 0, 6*i).Format(time.DateOnly))})
		}
		return out
	}
	cases := []struct {
		name string
		reps []rep
		most int // the most reports one event may hold
		n    int // events, 0 when not checked
	}{
		{"a weekly chain of undated reports over eight months", weekly("2019-01-02", 40), 16, 0},
		{"undated reports after a dated meeting: the last came out four months after it",
			[]rep{{date: "2022-12-13", pub: "2022-12-14"}, {pub: "2023-01-05"}, {pub: "2023-02-01"}, {pub: "2023-02-07"}, {pub: "2023-03-01"}, {pub: "2023-03-28"}, {pub: "2023-04-02"}}, 6, 2},
		{"a year report of 2022 and one of 2023 through an undated report of January",
			[]rep{{date: "2022", pub: "2022-06-01"}, {pub: "2023-01-10"}, {date: "2023", pub: "2023-01-12"}}, 2, 2},
		// guards: what stays one event
		{"undated reports of one week", weekly("2019-01-02", 2), 2, 1},
		{"undated reports the month after a dated meeting",
			[]rep{{date: "2022-12-13", pub: "2022-12-14"}, {pub: "2023-01-05"}, {pub: "2023-01-09"}, {pub: "2023-01-12"}}, 4, 1},
	}
	for _, c := range cases {
		all := map[int64]*Report{}
		var set []int64
		for i, r := range c.reps {
			id := int64(i + 1)
			lo, hi, weak := ReportWindow(cmp.Or(r.date, r.pub), "", annals.Held, r.pub, r.date != "")
			all[id] = &Report{ID: id, Event: 30, Story: id, Type: "meeting", Parts: []int64{7, 8}, Date: cmp.Or(r.date, r.pub), Lo: lo, Hi: hi, Weak: weak, Path: fmt.Sprintf("s%03d", i), IsNew: true}
			set = append(set, id)
		}
		feats := map[int64]*Report{}
		memLookup{all}.Reports(set, feats)
		st, err := Settle(set, feats, func(int64) bool { return false }, memLookup{all})
		if err != nil {
			t.Fatal(err)
		}
		most := 0
		for _, comp := range st.Components {
			most = max(most, len(comp.Reports))
		}
		if most > c.most || c.n > 0 && len(st.Components) != c.n {
			t.Errorf("%s: %d events, the largest of %d reports; want %d events, at most %d reports", c.name, len(st.Components), most, c.n, c.most)
		}
	}
}
