package server

import (
	"context"
	"net/url"
	"strconv"
	"strings"

	"annals"
	"annals/internal/store"
)

// Search facets (event type, organization, person, year) are the
// store's: store.SearchFaceted narrows the best matches by the facets
// chosen and counts the facets of what remains, in SQL. A reader narrowing
// a search looks at its best matches, so facets cover the best
// facetWindow of them.

// facetWindow is how many of the best matches facets are counted over and
// narrowed within.
const facetWindow = 100

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
	// Newest: the hits and the window are the newest matches, not the
	// best (the words searched are in most stories and rank nothing).
	Newest bool `json:"newest"`
}

// SearchResult is a search with its facets.
type SearchResult struct {
	Query string `json:"query"`
	// Also are the other names of the entity the query names, searched
	// too ("Turkey" for "Türkiye").
	Also   []string          `json:"also"`
	Total  int               `json:"total"` // matching stories (within the window when narrowed)
	Hits   []store.SearchHit `json:"hits"`
	Facets Facets            `json:"facets"`
	Limit  int               `json:"limit"`
	Offset int               `json:"offset"`
	sel    facetSel
}

// search runs q narrowed by sel and counts facets.
func (s *Server) search(ctx context.Context, q string, sel facetSel, limit, offset int, open, close string) (*SearchResult, error) {
	res := &SearchResult{Query: q, Limit: limit, Offset: offset, sel: sel, Hits: []store.SearchHit{}, Also: []string{}}
	match, also, err := s.st.ExpandQuery(ctx, q)
	if err != nil {
		return nil, err
	}
	if also != nil {
		res.Also = also
	}
	fs, err := s.st.SearchFaceted(ctx, match, store.FacetOptions{
		SearchOptions: store.SearchOptions{Limit: limit, Offset: offset, Open: open, Close: close},
		Window:        facetWindow, Type: sel.Type, Org: sel.Org, Person: sel.Person, Year: sel.Year})
	if err != nil {
		return nil, err
	}
	res.Total, res.Hits = fs.Total, fs.Hits
	conv := func(cs []store.FacetCount) []FacetValue {
		out := make([]FacetValue, len(cs))
		for i, c := range cs {
			out[i] = FacetValue(c)
		}
		return out
	}
	res.Facets = Facets{Type: conv(fs.Types), Org: conv(fs.Orgs), Person: conv(fs.People), Year: conv(fs.Years), Window: fs.Window, Newest: fs.Newest}
	return res, nil
}
