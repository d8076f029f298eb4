package store

import (
	"maps"
	"slices"
	"testing"

	"annals"
)

func TestParseIDList(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []int64
		bad  bool
	}{
		{"", nil, false},
		{"7", []int64{7}, false},
		{"3,17,5", []int64{3, 17, 5}, false},
		{"3,17,", []int64{3, 17}, false},
		{"3,x", []int64{3}, true},
	} {
		got, err := parseIDList([]byte(c.in), nil)
		if (err != nil) != c.bad || !slices.Equal(got, c.want) {
			t.Errorf("parseIDList(%q) = %v, %v; want %v (error %v)", c.in, got, err, c.want, c.bad)
		}
	}
}

func TestCountPartners(t *testing.T) {
	dates := map[int64][2]annals.Date{
		1: {"2019-05", ""},
		2: {"2018-03-01", "2018-03-04"},
		3: {"", ""},
		4: {"2021", ""},
		// 5 has participants but no row: not counted
	}
	parts := map[int64][]int64{1: {9, 10}, 2: {9, 10, 11}, 3: {9, 11}, 4: {9, 12}, 5: {9, 10}}
	got := countPartners(9, dates, parts)
	want := map[int64]partnerTally{
		10: {n: 2, first: "2018-03-01", last: "2019-05"},
		11: {n: 2, first: "2018-03-01", last: "2018-03-04"},
		12: {n: 1, first: "2021", last: "2021"},
	}
	if len(got) != len(want) {
		t.Fatalf("partners %v, want %v", slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(want)))
	}
	for id, w := range want {
		if g := got[id]; g == nil || *g != w {
			t.Errorf("partner %d = %+v, want %+v", id, g, w)
		}
	}
}
