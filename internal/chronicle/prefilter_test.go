package chronicle

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"annals"
)

// TestMayLinkNeverDropsALink draws many pairs of reports from small
// domains (so that they share participants, places, days and title words
// often) and checks that MayLink holds for every pair Link links, with
// the shared key entities the index would find them under.
func TestMayLinkNeverDropsALink(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	dates := []annals.Date{"", "2019", "2019-05", "2019-05-02", "2019-05-03", "2019-05-05", "2019-06-01", "2020-01-09", "1969-12-31"}
	words := []string{"bilateral", "meeting", "summit", "g20", "climate", "trade", "5th", "6th", "forum", "press", "conference", "nato"}
	draw := func() *Report {
		r := &Report{Type: []string{"meeting", "speech"}[rng.IntN(2)], Story: int64(rng.IntN(4) + 1)}
		for p := int64(1); p <= 5; p++ {
			if rng.IntN(3) == 0 {
				r.Parts = append(r.Parts, p)
			}
		}
		if rng.IntN(2) == 0 {
			r.Place = int64(rng.IntN(3) + 4) // 4 and 5 may be participants too
			if slices.Contains(r.Parts, r.Place) {
				r.Places = []int64{r.Place}
			}
		} else if rng.IntN(4) == 0 {
			r.PlaceNorm = []string{"geneva", "nukus"}[rng.IntN(2)]
		}
		r.Date = dates[rng.IntN(len(dates))]
		if r.Date != "" {
			lo, hi, _ := r.Date.Bounds()
			r.Lo, r.Hi = lo.Format(time.DateOnly), hi.Format(time.DateOnly)
		} else if rng.IntN(2) == 0 {
			r.Date, r.Lo, r.Hi, r.Weak = "2019-05-20", "2019-02-01", "2019-05-20", true
		}
		var title string
		for range rng.IntN(4) {
			title += words[rng.IntN(len(words))] + " "
		}
		r.Title, r.Ord = TitleTokens(title)
		return r
	}
	linked, dropped := 0, 0
	for range 300_000 {
		a, b := draw(), draw()
		ka, kb := KeyEntities(a.Parts, a.Place), KeyEntities(b.Parts, b.Place)
		if !slices.ContainsFunc(ka, func(e int64) bool { return slices.Contains(kb, e) }) {
			continue // never a candidate
		}
		ok, _ := Link(a, b)
		may := MayLink(a, b)
		if rel, _ := DateRelation(a, b); rel == DateSameDay {
			if ka := DayKey(a.Date, a.Lo, a.Hi, a.Weak); ka == 0 || ka != DayKey(b.Date, b.Lo, b.Hi, b.Weak) {
				t.Fatalf("the same day, day keys %x and %x:\n%+v\n%+v", ka, DayKey(b.Date, b.Lo, b.Hi, b.Weak), a, b)
			}
		}
		if ok && !may {
			t.Fatalf("Link holds and MayLink does not:\n%+v\n%+v", a, b)
		}
		if ok {
			linked++
		}
		if !may {
			dropped++
		}
	}
	if linked < 1000 || dropped < 1000 {
		t.Errorf("the draw tests too little: %d linked pairs, %d dropped", linked, dropped)
	}
}

func TestTitleBits(t *testing.T) {
	w := func(s string) []string { ws, _ := TitleTokens(s); return ws }
	for _, c := range []struct {
		a, b  string
		share bool
	}{
		{"G20 summit", "the G20 Leaders' Summit", true},
		{"bilateral meeting", "press conference", false}, // generic words only
		{"5th Caravan Cities Forum", "fifth forum", true},
		{"", "climate summit", false},
	} {
		if got := TitleBits(w(c.a))&TitleBits(w(c.b)) != 0; got != c.share && c.share {
			t.Errorf("%q, %q: share %v", c.a, c.b, got)
		} else if !c.share && TitleBits(w(c.a))&TitleBits(w(c.b)) != 0 && (len(specific(w(c.a))) == 0 || len(specific(w(c.b))) == 0) {
			t.Errorf("%q, %q: bits shared without specific words", c.a, c.b)
		}
	}
}

func TestDayKey(t *testing.T) {
	for _, c := range []struct {
		date   annals.Date
		lo, hi string
		weak   bool
		zero   bool
	}{
		{"2019-05-02", "2019-05-02", "2019-05-02", false, false},
		{"2019-05-02", "2019-05-02", "2019-05-03", false, false}, // "2-3 May"
		{"2019-05-02", "2019-02-01", "2019-05-02", true, true},   // weak
		{"2019-05", "2019-05-01", "2019-05-31", false, true},
		{"", "", "", false, true},
		{"1969-12-31", "1969-12-31", "1969-12-31", false, false},
	} {
		if k := DayKey(c.date, c.lo, c.hi, c.weak); (k == 0) != c.zero {
			t.Errorf("DayKey(%s %s..%s weak %v) = %x", c.date, c.lo, c.hi, c.weak, k)
		}
	}
	a := DayKey("2019-05-02", "2019-05-02", "2019-05-02", false)
	if a == DayKey("2019-05-03", "2019-05-03", "2019-05-03", false) || a == DayKey("2019-05-02", "2019-05-02", "2019-05-03", false) {
		t.Error("two windows, one key")
	}
}
