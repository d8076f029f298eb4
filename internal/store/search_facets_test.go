package store

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"annals"
)

// TestSearchFaceted checks narrowing by each facet and the counts, on the
// fixtures: four stories, all naming the UNAOC, one undated.
func TestSearchFaceted(t *testing.T) {
	s, _ := filled(t)
	ctx := context.Background()
	unaoc := entityID(t, s, "UNAOC")
	for _, c := range []struct {
		name      string
		opt       FacetOptions
		wantPaths []string
		wantTotal int
	}{
		{"no facet", FacetOptions{}, []string{"ban-hails-alliance-2012.md", "mou-anniversary-2018.txt", "ots-unaoc-relations.txt", "turkic-council-2015.txt"}, 4},
		{"type", FacetOptions{Type: annals.Meeting}, []string{"ots-unaoc-relations.txt", "turkic-council-2015.txt"}, 2},
		{"year", FacetOptions{Year: "2015"}, []string{"turkic-council-2015.txt"}, 1},
		{"org", FacetOptions{Org: unaoc}, []string{"ban-hails-alliance-2012.md", "mou-anniversary-2018.txt", "ots-unaoc-relations.txt", "turkic-council-2015.txt"}, 4},
		{"former name", FacetOptions{Org: entityID(t, s, "Turkic Council")}, []string{"mou-anniversary-2018.txt", "ots-unaoc-relations.txt", "turkic-council-2015.txt"}, 3},
		{"org and year", FacetOptions{Org: unaoc, Year: "2018"}, []string{"mou-anniversary-2018.txt"}, 1},
		{"nothing passes", FacetOptions{Type: annals.Meeting, Year: "2012"}, nil, 0},
		{"page beyond", FacetOptions{SearchOptions: SearchOptions{Offset: 10}}, nil, 4},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := s.SearchFaceted(ctx, "the", c.opt)
			if err != nil {
				t.Fatal(err)
			}
			var paths []string
			for _, h := range res.Hits {
				paths = append(paths, h.Path)
				if h.Snippet == "" {
					t.Errorf("%s: no snippet", h.Path)
				}
			}
			slices.Sort(paths)
			if !slices.Equal(paths, c.wantPaths) || res.Total != c.wantTotal {
				t.Errorf("hits %v (total %d), want %v (%d)", paths, res.Total, c.wantPaths, c.wantTotal)
			}
			if c.wantTotal == 0 || c.opt.Offset > 0 {
				return
			}
			// Every count is over the hits that pass.
			years, dated := 0, 0
			for _, y := range res.Years {
				years += y.Count
			}
			for _, h := range res.Hits {
				if h.Published != "" {
					dated++
				}
			}
			if years != dated {
				t.Errorf("year counts add to %d, want %d", years, dated)
			}
			i := slices.IndexFunc(res.Orgs, func(f FacetCount) bool { return f.Label == "United Nations Alliance of Civilizations" })
			if c.opt.Org != 0 && (i < 0 || res.Orgs[i].Count != len(res.Hits)) {
				t.Errorf("org facet %+v: want the UNAOC, by its global name, on every hit", res.Orgs)
			}
		})
	}
}

// TestSnippetsTogether checks that the snippets of a page made by one
// statement (fts.snippets) are those made one statement a hit.
func TestSnippetsTogether(t *testing.T) {
	s, _ := filled(t)
	if s.d.fts.snippets == "" {
		t.Skip("the engine makes snippets one hit at a time")
	}
	for _, c := range []struct{ query, open, close string }{
		{"the", "", ""},
		{"Alliance OR Turkic", "<b>", "</b>"},
		{`"young people" OR Baku`, "[", "]"},
		{"sign*", "", ""},
		{"title:Baku OR memorandum", "", ""},
	} {
		t.Run(c.query, func(t *testing.T) {
			hits, _, err := s.Search(ctx, c.query, SearchOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) < 2 {
				t.Fatalf("%d hits: the fixtures changed", len(hits))
			}
			one, each := slices.Clone(hits), slices.Clone(hits)
			if err := s.snippets(ctx, c.query, one, c.open, c.close); err != nil {
				t.Fatal(err)
			}
			defer func(q string) { s.d.fts.snippets = q }(s.d.fts.snippets)
			s.d.fts.snippets = ""
			if err := s.snippets(ctx, c.query, each, c.open, c.close); err != nil {
				t.Fatal(err)
			}
			for i := range one {
				if one[i].Snippet == "" || one[i].Snippet != each[i].Snippet {
					t.Errorf("story %d: %q, one at a time %q", one[i].StoryID, one[i].Snippet, each[i].Snippet)
				}
			}
		})
	}
}

// TestFacetsCached checks that the facets of a window, cached, are those
// counted afresh, and that a write of this process changing them (a
// story of the window replaced under its id, naming other entities: no
// new story) is seen by the next search.
func TestFacetsCached(t *testing.T) {
	s, _ := openTemp(t)
	c := newCorpus(7)
	var batch []Put
	for i := range 120 {
		st, doc := c.story(i)
		batch = append(batch, Put{Story: st, Doc: doc})
	}
	if _, _, err := s.PutStories(ctx, batch); err != nil {
		t.Fatal(err)
	}
	opt := FacetOptions{Window: 1000} // every match in the window
	search := func(cached bool) *FacetedSearch {
		t.Helper()
		searchCache = cached
		defer func() { searchCache = true }()
		res, err := s.SearchFaceted(ctx, "cooperation", opt)
		if err != nil {
			t.Fatal(err)
		}
		if res.Window != 120 || len(res.Orgs) == 0 || len(res.Types) == 0 {
			t.Fatalf("window %d, %d orgs, %d types", res.Window, len(res.Orgs), len(res.Types))
		}
		return res
	}
	facets := func(r *FacetedSearch) [][]FacetCount { return [][]FacetCount{r.Types, r.Orgs, r.People, r.Years} }
	first := search(true)
	for range 2 {
		if got, want := facets(search(true)), facets(search(false)); !reflect.DeepEqual(got, want) {
			t.Fatalf("cached facets %v, counted %v", got, want)
		}
	}
	// Cached again (counting afresh emptied the caches), then ten stories
	// replaced by others under their paths (the same ids).
	if got := facets(search(true)); !reflect.DeepEqual(got, facets(first)) {
		t.Fatalf("facets %v, then %v", facets(first), got)
	}
	batch = batch[:0]
	for i := range 10 {
		st, doc := c.story(500 + i)
		st.Path = fmt.Sprintf("synthetic/%05d.txt", i)
		doc.Doc = st.Path
		batch = append(batch, Put{Story: st, Doc: doc})
	}
	if _, _, err := s.PutStories(ctx, batch); err != nil {
		t.Fatal(err)
	}
	after := search(true)
	if got, want := facets(after), facets(search(false)); !reflect.DeepEqual(got, want) {
		t.Fatalf("after a write, cached facets %v, counted %v", got, want)
	}
	if reflect.DeepEqual(facets(after), facets(first)) {
		t.Fatal("replacing ten stories changed no facet")
	}
}
