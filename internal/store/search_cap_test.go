package store

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
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
	// So is the candidate floor: the newest searchCap matches, the new
	// story among them.
	floor, err := s.candidateFloor(ctx, "cooperation", n+1)
	if err != nil {
		t.Fatal(err)
	}
	want, err := s.findFloor(ctx, "cooperation", n+1)
	if err != nil || floor != want || floor != int64(n+2-searchCap) {
		t.Errorf("after a write: floor %d, read %d (%v), want %d", floor, want, err, n+2-searchCap)
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

// TestSearchInformativePart checks that a query of a word in every story
// and a rarer phrase ranks its matches as the rarer phrase alone does,
// with snippets of the whole query, in plain and faceted search.
func TestSearchInformativePart(t *testing.T) {
	s, _ := openTemp(t)
	c := newCorpus(12)
	n := 200
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
	_, city, _ := strings.Cut(list[0].Title, " cooperation in ")
	rare := `"` + city + `"`
	for _, c := range []struct{ query, want string }{
		{"cooperation " + rare, rare},
		{rare + " AND strengthen", rare},
		{"strengthen cooperation", ""},
		{rare, ""},
		{"cooperation OR " + rare, ""},
	} {
		got, err := s.informativePart(ctx, c.query)
		if err != nil {
			t.Fatal(err)
		}
		if s.d.fts.pageWithin == "" {
			c.want = ""
		}
		if got != c.want {
			t.Errorf("informativePart(%q) = %q, want %q", c.query, got, c.want)
		}
	}
	if s.d.fts.pageWithin == "" {
		return // PostgreSQL's ts_rank has no weight across stories: both words rank
	}
	q := "cooperation " + rare
	alone, total, err := s.Search(ctx, rare, SearchOptions{Limit: 50})
	if err != nil || total < 2 {
		t.Fatalf("%q: %d matches, %v", rare, total, err)
	}
	both, total2, err := s.Search(ctx, q, SearchOptions{Limit: 50})
	if err != nil || total2 != total || len(both) != len(alone) {
		t.Fatalf("%q: %d hits of %d, %v; want %d of %d", q, len(both), total2, err, len(alone), total)
	}
	marked := 0 // the snippets are the whole query's: "cooperation" marked where the text has it
	for i := range both {
		if both[i].StoryID != alone[i].StoryID || both[i].Score != alone[i].Score {
			t.Errorf("hit %d: %d %g, want %d %g", i, both[i].StoryID, both[i].Score, alone[i].StoryID, alone[i].Score)
		}
		if strings.Contains(strings.ToLower(both[i].Snippet), "**cooperation**") {
			marked++
		}
	}
	if marked == 0 {
		t.Errorf("no snippet marks cooperation")
	}
	res, err := s.SearchFaceted(ctx, q, FacetOptions{SearchOptions: SearchOptions{Limit: 50}})
	if err != nil || len(res.Hits) != len(alone) {
		t.Fatalf("faceted: %d hits, %v", len(res.Hits), err)
	}
	for i, h := range res.Hits {
		if h.StoryID != alone[i].StoryID {
			t.Errorf("faceted hit %d: %d, want %d", i, h.StoryID, alone[i].StoryID)
		}
	}
}
