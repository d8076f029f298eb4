package store

import (
	"slices"
	"testing"
)

// TestRarestFirst checks the order in which the events of several
// entities are read: the entity in the fewest stories first, an id that
// is no entity before all, each entity once.
func TestRarestFirst(t *testing.T) {
	s, _ := filled(t)
	unaoc, ots, nasser := entityID(t, s, "UNAOC"), entityID(t, s, "Organization of Turkic States"), entityID(t, s, "Al-Nasser")
	prominence := map[int64]int{}
	for _, id := range []int64{unaoc, ots, nasser} {
		e, err := s.Entity(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		prominence[id] = e.Stories
	}
	if !(prominence[nasser] < prominence[ots] && prominence[ots] < prominence[unaoc]) {
		t.Fatalf("fixtures changed: stories %v", prominence)
	}
	for _, c := range []struct {
		name string
		f    EventFilter
		want []int64
	}{
		{"none", EventFilter{}, nil},
		{"one", EventFilter{Org: unaoc}, []int64{unaoc}},
		{"rarer second", EventFilter{Org: unaoc, With: ots}, []int64{ots, unaoc}},
		{"three", EventFilter{Org: unaoc, Person: nasser, With: ots}, []int64{nasser, ots, unaoc}},
		{"twice", EventFilter{Org: ots, With: ots}, []int64{ots}},
		{"no such entity", EventFilter{Org: unaoc, With: 1 << 40}, []int64{1 << 40, unaoc}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := s.rarestFirst(ctx, c.f)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("rarestFirst = %v, want %v", got, c.want)
			}
		})
	}
}
