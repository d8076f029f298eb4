package store

import (
	"cmp"
	"fmt"
	"slices"
	"testing"

	"annals"
)

// TestSearchCommonTerm checks the bounded candidate set: a term matching
// more than searchCap stories ranks only the newest searchCap of them,
// and counts every match.
func TestSearchCommonTerm(t *testing.T) {
	defer func(c int) { searchCap = c }(searchCap)
	searchCap = 100
	s, _ := openTemp(t)
	c := newCorpus(9)
	n := searchCap + 300
	var batch []Put
	for i := range n {
		st, doc := c.story(i)
		batch = append(batch, Put{Story: st, Doc: doc})
	}
	if _, _, err := s.PutStories(ctx, batch); err != nil {
		t.Fatal(err)
	}
	hits, total, err := s.Search(ctx, "cooperation", SearchOptions{Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	if total != n || len(hits) != 50 {
		t.Fatalf("total %d, %d hits; want %d, 50", total, len(hits), n)
	}
	for _, h := range hits {
		if h.StoryID <= int64(n-searchCap) {
			t.Errorf("hit %d is not among the newest %d matches", h.StoryID, searchCap)
		}
	}
	res, err := s.SearchFaceted(ctx, "cooperation", FacetOptions{})
	if err != nil || res.Matched != n || len(res.Hits) == 0 {
		t.Fatalf("faceted: %+v %v", res, err)
	}
	// The count is cached until the next write.
	st, doc := c.story(n)
	if _, err := s.PutStory(ctx, st, doc); err != nil {
		t.Fatal(err)
	}
	if _, total, _ := s.Search(ctx, "cooperation", SearchOptions{}); total != n+1 {
		t.Errorf("after a write: total %d, want %d", total, n+1)
	}
}

// TestSearchNewestFirst checks that a query matching more than searchCap
// stories and at least half of them, with no OR, lists its matches newest
// first with a score of 0, in plain and faceted search and page after
// page up to the newest searchCap, and that other queries are ranked.
func TestSearchNewestFirst(t *testing.T) {
	defer func(c int) { searchCap = c }(searchCap)
	searchCap = 100
	s, _ := openTemp(t)
	c := newCorpus(11)
	n := 3 * searchCap
	var batch []Put
	for i := range n {
		st, doc := c.story(i)
		batch = append(batch, Put{Story: st, Doc: doc})
	}
	if _, _, err := s.PutStories(ctx, batch); err != nil {
		t.Fatal(err)
	}
	list, err := s.Stories(ctx, 1<<30, 0)
	if err != nil || len(list) != n {
		t.Fatalf("%d stories, %v", len(list), err)
	}
	var ids []int64 // every story's title says "strengthen cooperation"
	for _, st := range list {
		ids = append(ids, st.ID)
	}
	slices.Sort(ids)
	slices.Reverse(ids)
	not := "cooperation NOT xyzzy"
	if onPostgres() {
		not = "cooperation -xyzzy" // websearch_to_tsquery's NOT
	}
	for _, c := range []struct {
		query         string
		cap           int
		offset, limit int
		newest        bool
	}{
		{"cooperation", 100, 0, 50, true},
		{"cooperation", 100, 50, 50, true},
		{"cooperation", 100, 90, 50, true}, // the newest searchCap listed, as ranked
		{"cooperation", 100, 100, 50, true},
		{"strengthen cooperation", 100, 0, 20, true},
		{`"strengthen cooperation"`, 100, 0, 20, true},
		{not, 100, 0, 20, true},
		{"cooperation OR strengthen", 100, 0, 20, false},
		{"cooperation", n, 0, 20, false}, // within the cap: ranked as before
	} {
		t.Run(fmt.Sprint(c.query, c.cap, c.offset), func(t *testing.T) {
			searchCap = c.cap
			hits, total, err := s.Search(ctx, c.query, SearchOptions{Limit: c.limit, Offset: c.offset})
			if err != nil {
				t.Fatal(err)
			}
			want := ids[min(c.offset, c.cap):min(c.offset+c.limit, c.cap)]
			var got []int64
			zero := true
			for _, h := range hits {
				got = append(got, h.StoryID)
				zero = zero && h.Score == 0
				if h.Snippet == "" {
					t.Errorf("story %d: no snippet", h.StoryID)
				}
			}
			if total != n {
				t.Errorf("total %d, want %d", total, n)
			}
			if c.newest && (!slices.Equal(got, want) || !zero) {
				t.Errorf("hits %v (scores all 0: %v), want %v newest first, scored 0", got, zero, want)
			}
			if !c.newest && (zero || len(hits) != c.limit) {
				t.Errorf("%d hits, scores all 0: %v; want %d ranked", len(hits), zero, c.limit)
			}
			if c.offset > 0 || c.limit > len(want) {
				return
			}
			res, err := s.SearchFaceted(ctx, c.query, FacetOptions{SearchOptions: SearchOptions{Limit: c.limit}})
			if err != nil {
				t.Fatal(err)
			}
			got = got[:0]
			for _, h := range res.Hits {
				got = append(got, h.StoryID)
			}
			if c.newest && !slices.Equal(got, want) {
				t.Errorf("faceted: hits %v, want %v", got, want)
			}
			if res.Newest != c.newest {
				t.Errorf("faceted: Newest %v, want %v", res.Newest, c.newest)
			}
			if res.Matched != n || len(res.Orgs) == 0 || len(res.Years) == 0 {
				t.Errorf("faceted: %d matched, facets %+v %+v", res.Matched, res.Orgs, res.Years)
			}
		})
	}
	// Narrowed by a type: the window's newest matches that have it.
	searchCap = 100
	res, err := s.SearchFaceted(ctx, "cooperation", FacetOptions{Type: annals.Meeting, Window: 100})
	if err != nil {
		t.Fatal(err)
	}
	var got []int64
	for _, h := range res.Hits {
		got = append(got, h.StoryID)
	}
	if len(got) == 0 || !slices.IsSortedFunc(got, func(a, b int64) int { return cmp.Compare(b, a) }) || got[len(got)-1] < ids[99] {
		t.Errorf("type facet: hits %v, want newest first within the newest 100 (from %d)", got, ids[99])
	}
}
