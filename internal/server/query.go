package server

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"annals"
	"annals/internal/store"
)

// errQuery marks a request whose parameters are wrong; it is answered with
// 400 and the message, which names the parameter.
var errQuery = errors.New("bad query")

func queryError(format string, a ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{errQuery}, a...)...)
}

// Page limits: a list answers at most maxLimit items per request.
const (
	defaultLimit = 50
	maxLimit     = 500
)

// paging reads limit and offset from q: limit 1..maxLimit (default def),
// offset >= 0 (at most 1,000,000, but beside a cursor, after=, where it
// only numbers the rows).
func paging(q url.Values, def int) (limit, offset int, err error) {
	return pagingMax(q, def, maxLimit)
}

// pagingMax is paging with another largest limit (the exports allow more).
func pagingMax(q url.Values, def, maxLimit int) (limit, offset int, err error) {
	limit, offset = def, 0
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxLimit {
			return 0, 0, queryError("limit %q: want a number from 1 to %d", v, maxLimit)
		}
		limit = n
	}
	if v := q.Get("offset"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 1_000_000 && (q.Get("after") == "" || n > 1<<40) {
			return 0, 0, queryError("offset %q: want a number from 0", v)
		}
		offset = n
	}
	return limit, offset, nil
}

// pathID reads the {id} wildcard of the route as a positive integer.
func pathID(r *http.Request) (int64, error) {
	v := r.PathValue("id")
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id <= 0 {
		return 0, queryError("id %q: want a positive number", v)
	}
	return id, nil
}

// parseDate checks a date parameter: empty, YYYY, YYYY-MM or YYYY-MM-DD.
func parseDate(name, v string) (annals.Date, error) {
	v = strings.TrimSpace(v)
	d := annals.Date(v)
	if v != "" && (d.Precision() == annals.NoDate || !d.Valid()) {
		return "", queryError("%s %q is not a date (want YYYY, YYYY-MM or YYYY-MM-DD)", name, v)
	}
	return d, nil
}

// parseType checks an event type parameter.
func parseType(v string) (annals.EventType, error) {
	v = strings.ToLower(strings.TrimSpace(v))
	if v == "" {
		return "", nil
	}
	for _, t := range annals.EventTypes {
		if string(t) == v {
			return t, nil
		}
	}
	return "", queryError("type %q is not an event type (want one of %s)", v, typeList())
}

func typeList() string {
	var s []string
	for _, t := range annals.EventTypes {
		s = append(s, string(t))
	}
	return strings.Join(s, ", ")
}

// parseEntityType checks an entity type parameter (org, person, place, in
// any case).
func parseEntityType(v string) (annals.EntityType, error) {
	switch strings.ToUpper(strings.TrimSpace(v)) {
	case "":
		return "", nil
	case "ORG":
		return annals.Org, nil
	case "PERSON":
		return annals.Person, nil
	case "PLACE":
		return annals.Place, nil
	}
	return "", queryError("type %q is not an entity type (want ORG, PERSON or PLACE)", v)
}

// entityParam resolves an entity parameter: a number is an entity id
// ("12", or "#12"), anything else a name, alias or acronym, of type t when
// t is not empty. The best match wins (FindEntities ranks them). An empty
// value is 0 with no error.
func (s *Server) entityParam(ctx context.Context, name, v string, t annals.EntityType) (store.EntitySummary, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return store.EntitySummary{}, nil
	}
	if id, err := strconv.ParseInt(strings.TrimPrefix(v, "#"), 10, 64); err == nil {
		if id <= 0 {
			return store.EntitySummary{}, queryError("%s %q: want a positive id or a name", name, v)
		}
		e, err := s.st.Entity(ctx, id)
		if errors.Is(err, store.ErrNotFound) {
			return store.EntitySummary{}, fmt.Errorf("%s: no entity #%d: %w", name, id, store.ErrNotFound)
		}
		return e, err
	}
	all, err := s.st.FindEntities(ctx, v)
	if err != nil {
		return store.EntitySummary{}, err
	}
	for _, e := range all {
		if t == "" || e.Type == t {
			return e, nil
		}
	}
	return store.EntitySummary{}, fmt.Errorf("%s: no entity named %q: %w", name, v, store.ErrNotFound)
}

// eventQuery is an event filter read from a URL, with the entities it
// names, for the timeline page, the API and the exports.
type eventQuery struct {
	Filter      store.EventFilter
	Org, Person store.EntitySummary
	With        store.EntitySummary
	Place, Type string
	From, To    string
	Limit       int
	Offset      int
}

// parseEventQuery reads org, person, with, place, type, from, to, limit,
// offset and after (a cursor: decodeCursor). Entities may be given by id
// or by name.
func (s *Server) parseEventQuery(ctx context.Context, q url.Values, def, max int) (*eventQuery, error) {
	eq := &eventQuery{Place: strings.TrimSpace(q.Get("place")), Type: q.Get("type"), From: q.Get("from"), To: q.Get("to")}
	var err error
	f := &eq.Filter
	if f.Limit, f.Offset, err = pagingMax(q, def, max); err != nil {
		return nil, err
	}
	eq.Limit, eq.Offset = f.Limit, f.Offset
	if f.After, err = decodeCursor("after", q.Get("after"), eventCursor); err != nil {
		return nil, err
	}
	if f.Before, err = decodeCursor("before", q.Get("before"), eventCursor); err != nil {
		return nil, err
	}
	if f.After != nil && f.Before != nil {
		return nil, queryError("give after or before, not both")
	}
	if f.Type, err = parseType(eq.Type); err != nil {
		return nil, err
	}
	if f.From, err = parseDate("from", eq.From); err != nil {
		return nil, err
	}
	if f.To, err = parseDate("to", eq.To); err != nil {
		return nil, err
	}
	if f.From != "" && f.To != "" {
		a, _, _ := f.From.Bounds()
		_, b, _ := f.To.Bounds()
		if b.Before(a) {
			return nil, queryError("from %s is after to %s", f.From, f.To)
		}
	}
	f.Place = eq.Place
	if eq.Org, err = s.entityParam(ctx, "org", q.Get("org"), annals.Org); err != nil {
		return nil, err
	}
	if eq.Person, err = s.entityParam(ctx, "person", q.Get("person"), annals.Person); err != nil {
		return nil, err
	}
	if eq.With, err = s.entityParam(ctx, "with", q.Get("with"), ""); err != nil {
		return nil, err
	}
	f.Org, f.Person, f.With = eq.Org.ID, eq.Person.ID, eq.With.ID
	return eq, nil
}

// values writes the query back as URL parameters (entities by id), for
// links to the next page and to the exports.
func (eq *eventQuery) values() url.Values {
	v := url.Values{}
	set := func(k, val string) {
		if val != "" {
			v.Set(k, val)
		}
	}
	id := func(e store.EntitySummary) string {
		if e.ID == 0 {
			return ""
		}
		return strconv.FormatInt(e.ID, 10)
	}
	set("org", id(eq.Org))
	set("person", id(eq.Person))
	set("with", id(eq.With))
	set("place", eq.Place)
	set("type", string(eq.Filter.Type))
	set("from", string(eq.Filter.From))
	set("to", string(eq.Filter.To))
	return v
}

// timeline runs the query, asking for one row more than the limit to know
// whether there is a next page; next is the key of the page's last row
// when there is one, first the key of its first row. Before a cursor
// (before=), the row more is read before the page (beforeCursor, which
// sets eq.Offset).
func (s *Server) timeline(ctx context.Context, eq *eventQuery) (rows []store.EventRow, first, next *store.Key, err error) {
	f := eq.Filter
	f.Limit++
	rows, keys, err := s.st.TimelinePage(ctx, f)
	if err != nil {
		return nil, nil, nil, err
	}
	if f.Before != nil {
		var ok bool
		if rows, keys, eq.Offset, ok = beforeCursor(rows, keys, eq.Limit, eq.Offset); ok {
			return rows, &keys[0], &keys[len(keys)-1], nil
		}
		f.Before, f.Offset = nil, 0
		eq.Filter.Before, eq.Filter.Offset, eq.Offset = nil, 0, 0
		if rows, keys, err = s.st.TimelinePage(ctx, f); err != nil {
			return nil, nil, nil, err
		}
	}
	if len(rows) > eq.Limit {
		return rows[:eq.Limit], &keys[0], &keys[eq.Limit-1], nil
	}
	if len(rows) == 0 {
		return []store.EventRow{}, nil, nil, nil
	}
	return rows, &keys[0], nil, nil
}
