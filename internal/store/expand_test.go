package store

import (
	"slices"
	"strings"
	"testing"
)

// A query that is an entity's name also searches its other strong names,
// and says which; weak names, syntax and unknown words are left alone.
func TestExpandQuery(t *testing.T) {
	s, _ := openTemp(t)
	st, doc := relations.build(t)
	if _, err := s.PutStory(ctx, st, doc); err != nil {
		t.Fatal(err)
	}
	names := func(q string) []string {
		_, also, err := s.ExpandQuery(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		return also
	}
	for _, c := range []struct{ q, want string }{
		{"OTS", "Organization of Turkic States"},
		{"turkic council", "Organization of Turkic States"}, // a former name
		{"UNAOC", "United Nations Alliance of Civilizations"},
	} {
		also := names(c.q)
		if !slices.Contains(also, c.want) {
			t.Errorf("%q expands to %q, want %q among them", c.q, also, c.want)
		}
		q, _, _ := s.ExpandQuery(ctx, c.q)
		hits, _, err := s.Search(ctx, q, SearchOptions{})
		if err != nil || len(hits) == 0 {
			t.Errorf("expanded %q finds %d stories (%v)", q, len(hits), err)
		}
	}
	// a surname and a back-reference are weak names: no expansion
	for _, q := range []string{"Amreyev", "the Alliance"} {
		if also := names(q); also != nil {
			t.Errorf("weak %q expands to %q", q, also)
		}
	}
	for _, q := range []string{"", "zeppelin", `"Organization of Turkic States"`, "OTS OR UNAOC", "OTS*"} {
		if also := names(q); also != nil {
			t.Errorf("%q expands to %q", q, also)
		}
	}
	q, _, _ := s.ExpandQuery(ctx, strings.Repeat("x ", 40))
	if q != strings.Repeat("x ", 40) {
		t.Errorf("a long query changed: %q", q)
	}
}
