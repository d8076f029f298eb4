package store

import (
	"testing"
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
