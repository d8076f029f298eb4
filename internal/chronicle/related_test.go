package chronicle

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// textOf is a made-up text of the words numbered in the ranges given
// (from, to, from, to, ...): texts sharing ranges share those shingles.
func textOf(ranges ...int) string {
	var b strings.Builder
	for i := 0; i+1 < len(ranges); i += 2 {
		for w := ranges[i]; w < ranges[i+1]; w++ {
			fmt.Fprintf(&b, "w%d ", w)
		}
	}
	return b.String()
}

// TestFoldCopies: related stories that are one text show as one entry,
// the others folded into it: copies of one group, near copies of another
// group, the ranked story's own copies; stories sharing less stay apart.
func TestFoldCopies(t *testing.T) {
	base := Signature(textOf(0, 250))
	other := Signature(textOf(5000, 5200))
	self := Signature(textOf(9000, 9300))
	rank := func(ids ...int64) []Ranked {
		var r []Ranked
		for i, id := range ids {
			r = append(r, Ranked{Story: id, Score: float64(100 - i)})
		}
		return r
	}
	type entry struct {
		story int64
		also  []int64
		same  bool
	}
	for _, c := range []struct {
		name   string
		ranked []Ranked
		group  map[int64]int64
		sigs   map[int64][]uint32
		limit  int
		want   []entry
	}{
		{"one group's copies show once, by the original",
			rank(12, 11, 10, 20), map[int64]int64{11: 10, 12: 10}, map[int64][]uint32{20: other}, 8,
			[]entry{{story: 10, also: []int64{12, 11}}, {story: 20}}},
		{"copies past the limit still fold",
			rank(10, 20, 11), map[int64]int64{11: 10}, map[int64][]uint32{10: base, 20: other, 11: base}, 2,
			[]entry{{story: 10, also: []int64{11}}, {story: 20}}},
		{"a near copy of another group folds",
			rank(10, 30, 20), nil, map[int64][]uint32{10: base, 30: Signature(textOf(0, 180, 1000, 1060)), 20: other}, 8,
			[]entry{{story: 10, also: []int64{30}}, {story: 20}}},
		{"the story's own copies are one entry",
			rank(2, 3, 20), map[int64]int64{2: 1, 3: 1}, map[int64][]uint32{1: self, 20: other}, 8,
			[]entry{{story: 2, also: []int64{3}, same: true}, {story: 20}}},
		{"a near copy of the story is its own text",
			rank(4, 20), nil, map[int64][]uint32{1: self, 4: Signature(textOf(9000, 9250)), 20: other}, 8,
			[]entry{{story: 4, same: true}, {story: 20}}},
		{"a short story mostly inside a longer one folds",
			rank(10, 32), nil, map[int64][]uint32{10: base, 32: Signature(textOf(0, 90, 3000, 3010))}, 8,
			[]entry{{story: 10, also: []int64{32}}}},
		{"guard: stories sharing a passage of less stay apart",
			rank(10, 30, 31), nil, map[int64][]uint32{10: base, 30: Signature(textOf(0, 100, 1000, 1150)), 31: Signature(textOf(150, 200, 2000, 2050))}, 8,
			[]entry{{story: 10}, {story: 30}, {story: 31}}},
		{"guard: no signatures, no groups, every story shown",
			rank(5, 6, 7), nil, nil, 2,
			[]entry{{story: 5}, {story: 6}}},
	} {
		got := FoldCopies(1, c.ranked, c.group, c.sigs, c.limit)
		var list []entry
		for _, f := range got {
			list = append(list, entry{f.Story, f.Also, f.Same})
		}
		if !slices.EqualFunc(list, c.want, func(a, b entry) bool {
			return a.story == b.story && a.same == b.same && slices.Equal(a.also, b.also)
		}) {
			t.Errorf("%s: folded %+v, want %+v", c.name, list, c.want)
		}
	}
}

// TestShingles: the number of shingles a signature was made of, estimated
// from its least values, within a quarter of the true one.
func TestShingles(t *testing.T) {
	for _, n := range []int{40, 250, 1000, 5000} {
		got := Shingles(Signature(textOf(0, n+shingleWords-1)))
		if got < 0.75*float64(n) || got > 1.25*float64(n) {
			t.Errorf("Shingles of %d shingles = %.0f", n, got)
		}
	}
	if got := Shingles(nil); got != 0 {
		t.Errorf("Shingles(nil) = %v", got)
	}
}
