package chronicle

import (
	"testing"

	"annals"
)

// fixedLookup answers every look-up with the same candidates, and reads
// reports from a map without copying them: what Settle itself allocates.
type fixedLookup struct {
	cands   []Candidate
	reports map[int64]*Report
}

func (f fixedLookup) Candidates(*Report) ([]Candidate, error) { return f.cands, nil }
func (f fixedLookup) Reports(ids []int64, into map[int64]*Report) error {
	for _, id := range ids {
		if _, ok := into[id]; !ok {
			into[id] = f.reports[id]
		}
	}
	return nil
}
func (f fixedLookup) EventSpan(ev int64) (DateSpan, error) {
	return DateSpan{}.With(f.reports[ev-1000]), nil
}
func (f fixedLookup) EventNames(int64) ([]Name, error)      { return nil, nil }
func (f fixedLookup) EventPeople(int64) ([][]string, error) { return nil, nil }
func (f fixedLookup) EventPlaces(int64) ([]string, error)   { return nil, nil }

// TestSettleReasonsOfKeptLinks: a new report that links to many stored
// reports of one day (each its own event: the rule joins them all) is
// given the reason of its link to the lowest of them, and a stored
// report still saying "new" the reason of the link from it, each as
// Link gives it; Settle writes those reasons only, not one for every
// link it finds (a reason's text was half the link rule's own work at
// 100,000 stories, docs/performance.md, session 32), so its allocations
// stay a few a candidate.
func TestSettleReasonsOfKeptLinks(t *testing.T) {
	cases := []struct {
		name     string
		stored   int
		isNew    int64 // a stored report still saying "new", 0 when none
		perCand  float64
		checkWhy bool
	}{
		{name: "two hundred linked reports: a few allocations each", stored: 200, perCand: 6},
		{name: "guard: the reason is Link's, to the lowest report", stored: 5, checkWhy: true, perCand: 1e9},
		{name: "guard: a stored report saying new is told why", stored: 3, isNew: 2, checkWhy: true, perCand: 1e9},
	}
	day := annals.Date("2022-05-04")
	lo, hi, _ := Interval(day, "")
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := fixedLookup{reports: map[int64]*Report{}}
			for i := int64(1); i <= int64(c.stored); i++ {
				l.reports[i] = &Report{ID: i, Event: 1000 + i, Story: i, Type: "meeting", Parts: []int64{7, 8}, Date: day, Lo: lo, Hi: hi,
					Path: "stored.md", IsNew: i == c.isNew}
				l.cands = append(l.cands, Candidate{ID: i, Event: 1000 + i, IsNew: i == c.isNew})
			}
			r := &Report{ID: 5000, Event: 9000, Story: 5000, Type: "meeting", Parts: []int64{7, 8, 9}, Date: day, Lo: lo, Hi: hi, Path: "new.md"}
			settle := func() *Settlement {
				st, err := Settle([]int64{5000}, map[int64]*Report{5000: r}, func(ev int64) bool { return ev == 9000 }, l)
				if err != nil {
					t.Fatal(err)
				}
				return st
			}
			st := settle()
			if len(st.Components) != 1 || len(st.Components[0].Outside) != c.stored {
				t.Fatalf("one component meeting the %d stored events: %+v", c.stored, st.Components)
			}
			if c.checkWhy {
				_, why := Link(r, l.reports[1])
				if got, want := st.Components[0].Links[5000], "same event as report #1 (stored.md): "+why; got != want {
					t.Errorf("link %q, want %q", got, want)
				}
				if c.isNew != 0 {
					_, why := Link(r, l.reports[c.isNew])
					if got, want := st.Backlinks[c.isNew], "same event as report #5000 (new.md): "+why; got != want {
						t.Errorf("backlink %q, want %q", got, want)
					}
				}
				if len(st.Backlinks) != map[bool]int{true: 1}[c.isNew != 0] {
					t.Errorf("backlinks %v", st.Backlinks)
				}
			}
			per := testing.AllocsPerRun(5, func() { settle() }) / float64(c.stored)
			t.Logf("%d stored reports: %.1f allocations a candidate", c.stored, per)
			if per > c.perCand {
				t.Errorf("%.1f allocations a candidate, want at most %.0f", per, c.perCand)
			}
		})
	}
}
