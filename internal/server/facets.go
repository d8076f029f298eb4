package server

import (
	"cmp"
	"context"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"

	"annals"
	"annals/internal/store"
)

// Search facets (event type, organization, person, year) are computed here
// from the facts of each matching story, through the store.Store
// interface: the store's Search ranks stories but does not count facets.
// The facts of a story are small and cached by id; the cache is cleared
// whenever this server writes. Facets are counted over the best
// facetWindow matches, which is what a reader narrowing a search looks at.

// facetWindow is how many of the best matches facets are counted over and
// narrowed within. It is small because the store makes a snippet for every
// hit it returns: 60 hits cost about 40 ms on 10,000 stories, 300 about 90.
const facetWindow = 60

// storyFacts is what a story contributes to facets.
type storyFacts struct {
	year   string
	types  []annals.EventType
	orgs   []store.Ref
	people []store.Ref
}

// factCache keeps storyFacts by story id, up to max entries.
type factCache struct {
	mu  sync.Mutex
	max int
	m   map[int64]*storyFacts
}

// warm loads the facts of every stored story into the cache, newest first,
// one story at a time so that requests keep the other core. It stops at
// the first error (the store closed) or when ctx is done.
func (s *Server) warm(ctx context.Context) {
	const page = 500
	for off := 0; ; off += page {
		list, err := s.st.Stories(ctx, page, off)
		if err != nil || len(list) == 0 {
			return
		}
		for _, st := range list {
			if ctx.Err() != nil {
				return
			}
			if s.facts.get(st.ID) == nil {
				if _, err := s.storyFacts(ctx, st.ID, st.Published); err != nil {
					return
				}
			}
		}
	}
}

func newFactCache(max int) *factCache { return &factCache{max: max, m: map[int64]*storyFacts{}} }

func (c *factCache) get(id int64) *storyFacts {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[id]
}

func (c *factCache) put(id int64, f *storyFacts) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= c.max {
		clear(c.m) // crude but bounded; refills from the store
	}
	c.m[id] = f
}

// reset forgets everything, after a write.
func (c *factCache) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	clear(c.m)
}

// storyFacts loads the facts of story id, from the cache when it can.
func (s *Server) storyFacts(ctx context.Context, id int64, published annals.Date) (*storyFacts, error) {
	if f := s.facts.get(id); f != nil {
		return f, nil
	}
	_, doc, err := s.st.Story(ctx, id)
	if err != nil {
		return nil, err
	}
	ids, err := s.st.StoryEntityIDs(ctx, id)
	if err != nil {
		return nil, err
	}
	f := &storyFacts{}
	if published.Precision() >= annals.Year {
		f.year = string(published[:4])
	}
	seenT := map[annals.EventType]bool{}
	for _, e := range doc.Events {
		if !seenT[e.Type] {
			seenT[e.Type] = true
			f.types = append(f.types, e.Type)
		}
	}
	seenE := map[int64]bool{}
	for _, e := range doc.Entities {
		gid := ids[e.ID]
		if gid == 0 || seenE[gid] {
			continue
		}
		seenE[gid] = true
		ref := store.Ref{ID: gid, Name: e.Name, Type: e.Type}
		switch e.Type {
		case annals.Org:
			f.orgs = append(f.orgs, ref)
		case annals.Person:
			f.people = append(f.people, ref)
		}
	}
	s.facts.put(id, f)
	return f, nil
}

// allFacts loads the facts of the hits, four at a time.
func (s *Server) allFacts(ctx context.Context, hits []store.SearchHit) ([]*storyFacts, error) {
	out := make([]*storyFacts, len(hits))
	errs := make([]error, len(hits))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 4)
	for i, h := range hits {
		if f := s.facts.get(h.StoryID); f != nil {
			out[i] = f
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			out[i], errs[i] = s.storyFacts(ctx, h.StoryID, h.Published)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// facetSel is the facets a search is narrowed by.
type facetSel struct {
	Type   annals.EventType
	Org    int64
	Person int64
	Year   string
}

func (f facetSel) empty() bool { return f == facetSel{} }

// parseFacets reads the facets from type=, org=, person=, year= or from
// facet=KIND:VALUE parameters (facet=type:meeting&facet=org:12).
func parseFacets(q url.Values) (facetSel, error) {
	var sel facetSel
	vals := map[string]string{}
	for _, k := range []string{"type", "org", "person", "year"} {
		if v := q.Get(k); v != "" {
			vals[k] = v
		}
	}
	for _, f := range q["facet"] {
		k, v, ok := strings.Cut(f, ":")
		if !ok {
			return sel, queryError("facet %q: want KIND:VALUE, e.g. type:meeting, org:12, person:7, year:2019", f)
		}
		vals[strings.ToLower(k)] = v
	}
	for k, v := range vals {
		var err error
		switch k {
		case "type":
			sel.Type, err = parseType(v)
		case "org", "person":
			id, perr := strconv.ParseInt(strings.TrimPrefix(v, "#"), 10, 64)
			if perr != nil || id <= 0 {
				return sel, queryError("facet %s %q: want an entity id", k, v)
			}
			if k == "org" {
				sel.Org = id
			} else {
				sel.Person = id
			}
		case "year":
			if d := annals.Date(v); d.Precision() != annals.Year || !d.Valid() {
				return sel, queryError("facet year %q: want YYYY", v)
			}
			sel.Year = v
		default:
			return sel, queryError("unknown facet %q (want type, org, person or year)", k)
		}
		if err != nil {
			return sel, err
		}
	}
	return sel, nil
}

// match reports whether a story's facts pass the selection.
func (f facetSel) match(sf *storyFacts) bool {
	if f.Year != "" && sf.year != f.Year {
		return false
	}
	if f.Type != "" && !slices.Contains(sf.types, f.Type) {
		return false
	}
	has := func(refs []store.Ref, id int64) bool {
		return slices.ContainsFunc(refs, func(r store.Ref) bool { return r.ID == id })
	}
	if f.Org != 0 && !has(sf.orgs, f.Org) {
		return false
	}
	if f.Person != 0 && !has(sf.people, f.Person) {
		return false
	}
	return true
}

// FacetValue is one value of a facet with how many matching stories have it.
type FacetValue struct {
	Value string `json:"value"` // the parameter value: a type, an id, a year
	Label string `json:"label"`
	Count int    `json:"count"`
}

// Facets counts the values of each facet over the matching stories.
type Facets struct {
	Type   []FacetValue `json:"type"`
	Org    []FacetValue `json:"org"`
	Person []FacetValue `json:"person"`
	Year   []FacetValue `json:"year"`
	// Window is how many of the best matches the counts cover.
	Window int `json:"window"`
}

// SearchResult is a search with its facets.
type SearchResult struct {
	Query  string            `json:"query"`
	Total  int               `json:"total"` // matching stories (within the window when narrowed)
	Hits   []store.SearchHit `json:"hits"`
	Facets Facets            `json:"facets"`
	Limit  int               `json:"limit"`
	Offset int               `json:"offset"`
	sel    facetSel
}

// search runs q narrowed by sel and counts facets.
func (s *Server) search(ctx context.Context, q string, sel facetSel, limit, offset int, open, close string) (*SearchResult, error) {
	res := &SearchResult{Query: q, Limit: limit, Offset: offset, sel: sel, Hits: []store.SearchHit{}}
	opt := store.SearchOptions{Limit: facetWindow, Open: open, Close: close}
	window, total, err := s.st.Search(ctx, q, opt)
	if err != nil {
		return nil, err
	}
	facts, err := s.allFacts(ctx, window)
	if err != nil {
		return nil, err
	}
	var kept []store.SearchHit
	var keptFacts []*storyFacts
	for i, h := range window {
		if sel.match(facts[i]) {
			kept = append(kept, h)
			keptFacts = append(keptFacts, facts[i])
		}
	}
	res.Facets = countFacets(keptFacts)
	res.Facets.Window = len(window)
	if sel.empty() {
		res.Total = total
		if offset+limit > len(window) && total > len(window) {
			// Beyond the window, page through the store directly.
			hits, _, err := s.st.Search(ctx, q, store.SearchOptions{Limit: limit, Offset: offset, Open: open, Close: close})
			if err != nil {
				return nil, err
			}
			res.Hits = hits
			return res, nil
		}
	} else {
		res.Total = len(kept)
	}
	if offset < len(kept) {
		res.Hits = kept[offset:min(offset+limit, len(kept))]
	}
	return res, nil
}

// countFacets counts facet values over the facts, most frequent first.
func countFacets(facts []*storyFacts) Facets {
	type key struct{ kind, value string }
	counts := map[key]int{}
	labels := map[key]string{}
	for _, f := range facts {
		if f.year != "" {
			counts[key{"year", f.year}]++
		}
		for _, t := range f.types {
			counts[key{"type", string(t)}]++
		}
		for _, r := range f.orgs {
			k := key{"org", strconv.FormatInt(r.ID, 10)}
			counts[k]++
			if labels[k] == "" || len(r.Name) < len(labels[k]) {
				labels[k] = r.Name
			}
		}
		for _, r := range f.people {
			k := key{"person", strconv.FormatInt(r.ID, 10)}
			counts[k]++
			if labels[k] == "" || len(r.Name) > len(labels[k]) {
				labels[k] = r.Name
			}
		}
	}
	var out Facets
	for k, n := range counts {
		v := FacetValue{Value: k.value, Label: labels[k], Count: n}
		if v.Label == "" {
			v.Label = k.value
		}
		switch k.kind {
		case "year":
			out.Year = append(out.Year, v)
		case "type":
			out.Type = append(out.Type, v)
		case "org":
			out.Org = append(out.Org, v)
		case "person":
			out.Person = append(out.Person, v)
		}
	}
	byCount := func(a, b FacetValue) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Label, b.Label))
	}
	slices.SortFunc(out.Type, byCount)
	slices.SortFunc(out.Org, byCount)
	slices.SortFunc(out.Person, byCount)
	slices.SortFunc(out.Year, func(a, b FacetValue) int { return cmp.Compare(b.Value, a.Value) })
	out.Org = out.Org[:min(len(out.Org), 12)]
	out.Person = out.Person[:min(len(out.Person), 12)]
	for _, l := range []*[]FacetValue{&out.Type, &out.Org, &out.Person, &out.Year} {
		if *l == nil {
			*l = []FacetValue{}
		}
	}
	return out
}
