package server

import (
	"bytes"
	"cmp"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"annals"
	"annals/internal/prose"
	"annals/internal/read"
	"annals/internal/resolve"
	"annals/internal/store"
)

//go:embed assets/templates/*.html
var templateFS embed.FS

//go:embed assets/static
var staticFS embed.FS

// pages holds one parsed template set per page, each the layout plus the
// page's own "content".
type pages struct {
	t map[string]*template.Template
}

var funcs = template.FuncMap{
	"human":     func(d annals.Date) string { return cmpOr(prose.HumanDate(d, ""), "undated") },
	"span":      func(d, end annals.Date) string { return cmpOr(prose.HumanDate(d, end), "undated") },
	"lower":     strings.ToLower,
	"kind":      func(t annals.EntityType) string { return strings.ToLower(string(t)) },
	"typeLabel": typeLabel,
	"add":       func(a, b int) int { return a + b },
	"entityURL": func(id int64) string { return "/entities/" + strconv.FormatInt(id, 10) },
	"storyURL":  func(id int64) string { return "/stories/" + strconv.FormatInt(id, 10) },
	"eventURL":  eventURL,
	"evQuote":   func(e store.EventRow) string { return prose.EventQuote(e, e.Citation, prose.QuoteLen) },
	"distinct":  prose.Distinct,
	"plural": func(n int, one, many string) string {
		if n == 1 {
			return "1 " + one
		}
		return strconv.Itoa(n) + " " + many
	},
	"clip": func(s string, n int) string {
		s = prose.OneLine(s)
		r := []rune(s)
		if len(r) <= n {
			return s
		}
		return strings.TrimSpace(string(r[:n-1])) + "…"
	},
	"snippet":   snippetParts,
	"evSummary": eventSummary,
	"evTitle":   prose.TrimDangling,
	"date":      func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04") },
}

func parsePages() (*pages, error) {
	p := &pages{t: map[string]*template.Template{}}
	names, err := fs.Glob(templateFS, "assets/templates/*.html")
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		base := strings.TrimSuffix(n[strings.LastIndex(n, "/")+1:], ".html")
		if base == "layout" || base == "partials" {
			continue
		}
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "assets/templates/layout.html", "assets/templates/partials.html", n)
		if err != nil {
			return nil, fmt.Errorf("template %s: %w", n, err)
		}
		p.t[base] = t
	}
	return p, nil
}

// view is what every page template gets: the page's own data in Data.
type view struct {
	Title     string
	Active    string // the nav item to mark
	Query     string // the header's search box
	NeedToken bool   // writing needs a token
	Data      any
}

// render writes page name with status, buffering it so that a template
// error becomes a clean 500 rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, v view) {
	t, ok := s.pages.t[name]
	if !ok {
		http.Error(w, "no template "+name, http.StatusInternalServerError)
		return
	}
	v.NeedToken = s.token != ""
	var buf bytes.Buffer
	if err := t.Execute(&buf, v); err != nil {
		s.log.Error("template", "page", name, "err", err)
		http.Error(w, "internal error (see the server log)", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// pageError shows an error page.
func (s *Server) pageError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	s.render(w, r, status, "error", view{Title: http.StatusText(status), Data: map[string]any{"Status": status, "Message": msg}})
}

// pageFail shows err as a page with its status; server errors are logged
// and shown without details.
func (s *Server) pageFail(w http.ResponseWriter, r *http.Request, err error) {
	status := statusOf(err)
	msg := err.Error()
	if status == http.StatusNotFound {
		msg = "Not found: " + msg
	}
	if status >= 500 {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		msg = "Something went wrong on the server; the log has the details."
	}
	s.pageError(w, r, status, msg)
}

func staticHandler() http.Handler {
	sub, err := fs.Sub(staticFS, "assets")
	if err != nil {
		panic(err)
	}
	fsrv := http.FileServerFS(sub)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		fsrv.ServeHTTP(w, r)
	})
}

// ---- Home

type homeData struct {
	Stats   *store.Stats
	Latest  []store.StorySummary
	Orgs    []store.EntitySummary
	People  []store.EntitySummary
	Years   []matrixCol
	Matrix  []matrixRow
	MaxCell int
}

type matrixRow struct {
	Type  annals.EventType
	Total int
	Cells []matrixCell
}

type matrixCell struct {
	Href  string // the timeline of the cell's events
	Year  string
	Count int
	Level int // 0-4, for shading
}

func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	st, err := s.st.Stats(ctx)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	d := homeData{Stats: st}
	if d.Latest, err = s.st.Stories(ctx, 12, 0); err != nil {
		s.pageFail(w, r, err)
		return
	}
	if d.Orgs, err = s.st.Entities(ctx, store.EntityFilter{Type: annals.Org, Limit: 12}); err != nil {
		s.pageFail(w, r, err)
		return
	}
	if d.People, err = s.st.Entities(ctx, store.EntityFilter{Type: annals.Person, Limit: 12}); err != nil {
		s.pageFail(w, r, err)
		return
	}
	d.Years, d.Matrix = typeYearMatrix(st.ByTypeYear, time.Now().Year())
	s.render(w, r, http.StatusOK, "home", view{Title: "annals", Active: "home", Data: d})
}

// typeYearMatrix lays out event counts as a table of types by year (the
// last matrixYears years with events up to next year, thisYear being the
// current one; "" is undated), with shading levels.
func typeYearMatrix(tys []store.TypeYear, thisYear int) ([]matrixCol, []matrixRow) {
	count := map[[2]string]int{}
	var years []int
	undated := false
	for _, t := range tys {
		count[[2]string{string(t.Type), t.Year}] += t.Count
		if y, err := strconv.Atoi(t.Year); err == nil && len(t.Year) == 4 {
			years = append(years, y)
		} else if t.Count > 0 {
			undated = true
		}
	}
	// Every year from the last matrixYears years that hold events, gaps
	// included; older years are folded into one "earlier" column, and
	// years after next year into one "later" column: a release's "by
	// 2050" or "by 2100" is an event of its own, but a grid that ended
	// there would show only empty future years.
	var cols []matrixCol
	first, last, later := 0, -1, false
	if len(years) > 0 {
		first, last = slices.Min(years), slices.Max(years)
		if last > thisYear+1 {
			later = true
			last = max(thisYear+1, first)
			for last > first && !slices.Contains(years, last) {
				last-- // the last year up to next year that holds events
			}
		}
		if last-first+1 > matrixYears {
			first = last - matrixYears + 1
			cols = append(cols, matrixCol{Label: "earlier", Title: "before " + strconv.Itoa(first), to: strconv.Itoa(first - 1)})
		}
	}
	for y := first; y <= last; y++ {
		ys := strconv.Itoa(y)
		cols = append(cols, matrixCol{Label: ys, from: ys, to: ys})
	}
	if later {
		cols = append(cols, matrixCol{Label: "later", Title: "after " + strconv.Itoa(last), from: strconv.Itoa(last + 1)})
	}
	if undated {
		cols = append(cols, matrixCol{Label: "undated", Title: "events of unknown date"})
	}
	cellCount := func(t annals.EventType, c matrixCol) int {
		switch {
		case c.Label == "undated":
			n := 0
			for k, v := range count {
				if k[0] == string(t) && (len(k[1]) != 4 || !isDigits(k[1])) {
					n += v
				}
			}
			return n
		case c.from == "" || c.to == "": // earlier, later
			n := 0
			for k, v := range count {
				if y, err := strconv.Atoi(k[1]); k[0] == string(t) && err == nil && len(k[1]) == 4 && (y < first && c.from == "" || y > last && c.to == "") {
					n += v
				}
			}
			return n
		}
		return count[[2]string{string(t), c.from}]
	}
	top := 1
	for _, t := range annals.EventTypes {
		for _, c := range cols {
			top = max(top, cellCount(t, c))
		}
	}
	var rows []matrixRow
	for _, t := range annals.EventTypes {
		row := matrixRow{Type: t}
		for k, v := range count {
			if k[0] == string(t) {
				row.Total += v // the true total, whatever the columns show
			}
		}
		for _, c := range cols {
			n := cellCount(t, c)
			lvl := 0
			if n > 0 {
				lvl = 1 + min(3, n*4/(top+1))
			}
			cell := matrixCell{Year: c.Label, Count: n, Level: lvl}
			if n > 0 && (c.to != "" || c.from != "") {
				cell.Href = "/timeline?type=" + string(t)
				if c.to != "" {
					cell.Href += "&to=" + c.to
				}
				if c.from != "" {
					cell.Href += "&from=" + c.from
				}
			}
			row.Cells = append(row.Cells, cell)
		}
		if row.Total > 0 {
			rows = append(rows, row)
		}
	}
	return cols, rows
}

// matrixYears is how many years the home page's grid shows one by one.
const matrixYears = 14

// matrixCol is a column of the home page's grid: a year, the earlier
// years folded together, or the undated events.
type matrixCol struct {
	Label, Title string
	from, to     string // the dates the column covers, for its links
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// ---- Story

type storyData struct {
	Story    *annals.Story
	Doc      *annals.Document
	Paras    []Para
	Events   []storyEvent
	Entities map[string][]entityLink // by kind: org, person, place
	Roles    []annals.Role
	Related  []store.RelatedStory
	Counts   map[string]int
}

type storyEvent struct {
	N     int
	Event annals.Event
	Parts []entityLink
	// Stored is the event this report belongs to, as all its reports
	// tell it (ID 0 when unknown): its reports, sources, disagreements.
	Stored store.EventRow
}

type entityLink struct {
	ID   int64
	Name string
	Kind string
	N    int // mentions in this story
}

func (s *Server) storyPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	ctx := r.Context()
	st, doc, err := s.st.Story(ctx, id)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	ids, err := s.st.StoryEntityIDs(ctx, id)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	rel, err := s.st.Related(ctx, id, 8)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	stored, err := s.st.StoryEvents(ctx, id)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	d := storyData{Story: st, Doc: doc, Roles: doc.Roles, Related: rel, Entities: map[string][]entityLink{}, Counts: map[string]int{}}
	href := func(local string) string {
		if g := ids[local]; g != 0 {
			return "/entities/" + strconv.FormatInt(g, 10)
		}
		return ""
	}
	if rd, err := read.Bytes(st.Path, st.Raw, read.Options{MaxSize: int64(len(st.Raw)) + 1}); err == nil {
		d.Paras = layout(rd, doc, href)
	} else {
		// The stored text, unmarked, if the file no longer reads.
		for _, p := range strings.Split(st.Text, "\n\n") {
			d.Paras = append(d.Paras, Para{Runs: []Run{{Parts: []Part{{Text: p}}}}})
		}
	}
	byName := map[string]entityLink{}
	for _, e := range doc.Entities {
		l := entityLink{ID: ids[e.ID], Name: e.Name, Kind: strings.ToLower(string(e.Type)), N: len(e.Mentions)}
		byName[e.Name] = l
		d.Entities[l.Kind] = append(d.Entities[l.Kind], l)
		d.Counts[l.Kind]++
	}
	for k := range d.Entities {
		slices.SortStableFunc(d.Entities[k], func(a, b entityLink) int { return cmp.Compare(b.N, a.N) })
	}
	for i, e := range doc.Events {
		se := storyEvent{N: i + 1, Event: e}
		if i < len(stored) {
			se.Stored = stored[i]
		}
		for _, p := range e.Participants {
			l, ok := byName[p]
			if !ok {
				l = entityLink{Name: p}
			}
			se.Parts = append(se.Parts, l)
		}
		d.Events = append(d.Events, se)
	}
	d.Counts["date"], d.Counts["figure"] = len(doc.Dates), len(doc.Figures)
	s.render(w, r, http.StatusOK, "story", view{Title: cmpOr(st.Title, st.Path), Data: d})
}

func (s *Server) deleteStoryForm(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	if err := s.deleteStory(r.Context(), id); err != nil {
		s.pageFail(w, r, err)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// ---- Entity

type entityData struct {
	Page     *store.EntityPage
	Aliases  []store.NameRow
	Timeline *svgTimeline
	Years    []string
	Year     string
	Events   []store.EventRow
	Earlier  int    // events left out of Events (the full list is the timeline)
	AllURL   string // the timeline of all its events
	// Stories is the page of stories naming the entity shown, from
	// StoriesFrom; NewerStories and OlderStories link the pages around it.
	Stories                    []store.StoryRef
	StoriesFrom                int
	NewerStories, OlderStories string
}

// entityEvents is how many events the entity page lists (the latest of
// its window, store.EntityEvents); the timeline page lists them all.
const entityEvents = 100

func (s *Server) entityPage(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	ctx := r.Context()
	q := r.URL.Query()
	year := q.Get("year")
	if year != "" {
		if d := annals.Date(year); d.Precision() != annals.Year || !d.Valid() {
			s.pageFail(w, r, queryError("year %q: want YYYY", year))
			return
		}
	}
	// stories= is the number of the first story shown; after=, when
	// given, where its page starts (a cursor: the older stories' link),
	// or before=, where it ends (the newer stories' link).
	from := 0
	after, err := decodeCursor("after", q.Get("after"), storyCursor)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	before, err := decodeCursor("before", q.Get("before"), storyCursor)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	if after != nil && before != nil {
		s.pageFail(w, r, queryError("give after or before, not both"))
		return
	}
	if v := q.Get("stories"); v != "" {
		if from, err = strconv.Atoi(v); err != nil || from < 0 || from > 1_000_000 && (after == nil && before == nil || from > 1<<40) {
			s.pageFail(w, r, queryError("stories %q: want a number from 0", v))
			return
		}
	}
	p, err := s.st.EntityPage(ctx, id)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	e := p.Entity
	d := entityData{Page: p, Year: year, StoriesFrom: from,
		AllURL: "/timeline?" + url.Values{entityEventParam(e): {entityEventValue(e)}}.Encode()}
	// the other names, but forms with blemishes ("United States.", "The
	// **White House"), which the JSON keeps
	for _, n := range p.Names {
		if n.Name != e.Name && resolve.Presentable(n.Name) {
			d.Aliases = append(d.Aliases, n)
		}
	}
	base := fmt.Sprintf("/entities/%d", id)
	d.Timeline, d.Years = buildTimeline(p.Events, year, base)
	d.Events = p.Events
	total := e.Events
	if year != "" {
		d.Events = nil
		for _, ev := range p.Events {
			if strings.HasPrefix(string(ev.Date), year) {
				d.Events = append(d.Events, ev)
			}
		}
		if p.MoreEvents {
			// The window holds the latest events only: the year's are
			// asked for, a page of them.
			f := store.EventFilter{From: annals.Date(year), To: annals.Date(year), Limit: store.EntityEvents}
			switch e.Type {
			case annals.Person:
				f.Person = id
			case annals.Place:
				f.With = id
			default:
				f.Org = id
			}
			if d.Events, err = s.st.Timeline(ctx, f); err != nil {
				s.pageFail(w, r, err)
				return
			}
			d.Timeline, _ = buildTimeline(d.Events, year, base)
			d.AllURL += "&from=" + year + "&to=" + year
		}
		total = len(d.Events)
	}
	if len(d.Events) > entityEvents {
		d.Events = d.Events[len(d.Events)-entityEvents:]
	}
	d.Earlier = max(0, total-len(d.Events))
	d.Stories = p.Stories
	more := p.MoreStories
	if before != nil {
		// the page before the story of the cursor; the first page when
		// it reaches the newest
		if d.Stories, _, err = s.st.EntityStoriesBefore(ctx, id, store.EntityStories, *before); err != nil {
			s.pageFail(w, r, err)
			return
		}
		if len(d.Stories) < store.EntityStories {
			from, d.Stories = 0, p.Stories
		} else {
			from = max(from, 1)
		}
	} else if from > 0 || after != nil {
		if d.Stories, _, err = s.st.EntityStoriesPage(ctx, id, store.Page{Limit: store.EntityStories + 1, Offset: from, After: after}); err != nil {
			s.pageFail(w, r, err)
			return
		}
		more = len(d.Stories) > store.EntityStories
		d.Stories = d.Stories[:min(len(d.Stories), store.EntityStories)]
	}
	d.StoriesFrom = from
	if from > 0 {
		// before the cursor of the first story shown, unless the page
		// before is the first
		d.NewerStories = fmt.Sprintf("%s?stories=%d#entity-stories", base, max(0, from-store.EntityStories))
		if from > store.EntityStories && len(d.Stories) > 0 {
			first := d.Stories[0]
			d.NewerStories = fmt.Sprintf("%s?before=%s&stories=%d#entity-stories", base, encodeCursor(store.StoryKey(first.ID, first.Published)), from-store.EntityStories)
		}
	}
	if more {
		// after the cursor of the last story shown
		last := d.Stories[len(d.Stories)-1]
		d.OlderStories = fmt.Sprintf("%s?stories=%d&after=%s#entity-stories", base, from+store.EntityStories, encodeCursor(store.StoryKey(last.ID, last.Published)))
	}
	s.render(w, r, http.StatusOK, "entity", view{Title: e.Name, Data: d})
}

// ---- Relations

type relationsData struct {
	A, B       store.EntitySummary
	AQ, BQ     string
	Events     []store.EventRow
	Prose      []prose.Sentence
	Timeline   *svgTimeline
	MDURL      string
	Error      string
	Prev, Next string // the pages around this one
	Showing    string // "Events 101–200"
}

// relationsLimit is how many shared events a page of the relations page
// tells (a variable for tests).
var relationsLimit = 100

// relationEvents resolves a and b and lists the events they share, limit
// of them from offset, or after key after or before key before when one
// is not nil, with the key of each.
func (s *Server) relationEvents(r *http.Request, limit, offset int, after, before *store.Key) (a, b store.EntitySummary, rows []store.EventRow, keys []store.Key, err error) {
	q := r.URL.Query()
	ctx := r.Context()
	if a, err = s.entityParam(ctx, "a", q.Get("a"), ""); err != nil {
		return
	}
	if b, err = s.entityParam(ctx, "b", q.Get("b"), ""); err != nil {
		return
	}
	if a.ID == 0 || b.ID == 0 {
		err = queryError("give two entities, a and b (ids or names)")
		return
	}
	if a.ID == b.ID {
		err = queryError("a and b are the same entity")
		return
	}
	rows, keys, err = s.st.TimelinePage(ctx, store.EventFilter{Org: a.ID, With: b.ID, Limit: limit, Offset: offset, After: after, Before: before})
	return
}

func (s *Server) relationsPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	d := relationsData{AQ: q.Get("a"), BQ: q.Get("b")}
	if d.AQ == "" && d.BQ == "" {
		s.render(w, r, http.StatusOK, "relations", view{Title: "Relations", Active: "relations", Data: d})
		return
	}
	offset := 0
	after, err := decodeCursor("after", q.Get("after"), eventCursor)
	var before *store.Key
	if err == nil {
		before, err = decodeCursor("before", q.Get("before"), eventCursor)
	}
	if err == nil && after != nil && before != nil {
		err = queryError("give after or before, not both")
	}
	if err != nil {
		d.Error = strings.TrimPrefix(err.Error(), errQuery.Error()+": ")
		s.render(w, r, http.StatusBadRequest, "relations", view{Title: "Relations", Active: "relations", Data: d})
		return
	}
	if v := q.Get("offset"); v != "" {
		if offset, err = strconv.Atoi(v); err != nil || offset < 0 || offset > 1_000_000 && (after == nil && before == nil || offset > 1<<40) {
			d.Error = fmt.Sprintf("offset %q: want a number from 0", v)
			s.render(w, r, http.StatusBadRequest, "relations", view{Title: "Relations", Active: "relations", Data: d})
			return
		}
	}
	a, b, rows, keys, err := s.relationEvents(r, relationsLimit+1, offset, after, before)
	more := false
	if err == nil && before != nil {
		// the page before the cursor (its event follows: a next page),
		// or the first
		if rows, keys, offset, more = beforeCursor(rows, keys, relationsLimit, offset); !more {
			before = nil
			a, b, rows, keys, err = s.relationEvents(r, relationsLimit+1, 0, nil, nil)
		}
	}
	if err != nil {
		status := statusOf(err)
		if status >= 500 {
			s.pageFail(w, r, err)
			return
		}
		d.Error = err.Error()
		if errors.Is(err, errQuery) {
			d.Error = strings.TrimPrefix(d.Error, errQuery.Error()+": ")
		}
		s.render(w, r, status, "relations", view{Title: "Relations", Active: "relations", Data: d})
		return
	}
	if before == nil {
		more = len(rows) > relationsLimit
	}
	rows = rows[:min(len(rows), relationsLimit)]
	d.A, d.B, d.Events = a, b, rows
	// the next page after the cursor of this one's last event, the
	// previous before the cursor of its first
	page := func(off int, name string, k *store.Key) string {
		v := url.Values{"a": {strconv.FormatInt(a.ID, 10)}, "b": {strconv.FormatInt(b.ID, 10)}}
		if off > 0 {
			v.Set("offset", strconv.Itoa(off))
		}
		if k != nil {
			v.Set(name, encodeCursor(*k))
		}
		return "/relations?" + v.Encode()
	}
	var first *store.Key
	if len(rows) > 0 {
		first = &keys[0]
	}
	d.Prev = prevPage(offset, relationsLimit, first, page)
	if more {
		d.Next = page(offset+relationsLimit, "after", &keys[len(rows)-1])
	}
	if d.Prev != "" || d.Next != "" {
		d.Showing = fmt.Sprintf("Events %d–%d", offset+1, offset+len(rows))
	}
	// the form shows the names a reader knows, not the ids of a link
	d.AQ, d.BQ = a.Name, b.Name
	d.Prose = prose.Prose(rows)
	d.Timeline, _ = buildTimeline(rows, "", "")
	d.MDURL = "/relations.md?" + url.Values{"a": {strconv.FormatInt(a.ID, 10)}, "b": {strconv.FormatInt(b.ID, 10)}}.Encode()
	s.render(w, r, http.StatusOK, "relations", view{Title: a.Name + " and " + b.Name, Active: "relations", Data: d})
}

func (s *Server) relationsMarkdown(w http.ResponseWriter, r *http.Request) {
	a, b, rows, _, err := s.relationEvents(r, maxLimit, 0, nil, nil)
	if err != nil {
		http.Error(w, err.Error(), statusOf(err))
		return
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	md := prose.Markdown([]string{a.Name, b.Name}, rows, scheme+"://"+r.Host)
	w.Header().Set("Content-Type", "text/markdown; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="%s"`, fileSlug(a.Name+"-"+b.Name)+".md"))
	w.Write([]byte(md))
}

// fileSlug makes a safe file name from a title.
func fileSlug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r < 128 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return cmpOr(strings.Trim(b.String(), "-"), "chronicle")
}

// ---- Timeline

type timelineData struct {
	Q       *eventQuery
	Form    url.Values
	Events  []store.EventRow
	Types   []annals.EventType
	Prev    string
	Next    string
	CSV     string
	ICS     string
	JSON    string
	Error   string
	Showing string
}

func (s *Server) timelinePage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	d := timelineData{Form: q, Types: annals.EventTypes}
	eq, err := s.parseEventQuery(r.Context(), q, 100, maxLimit)
	if err != nil {
		status := statusOf(err)
		if status >= 500 {
			s.pageFail(w, r, err)
			return
		}
		d.Error = strings.TrimPrefix(err.Error(), errQuery.Error()+": ")
		s.render(w, r, status, "timeline", view{Title: "Timeline", Active: "timeline", Data: d})
		return
	}
	d.Q = eq
	rows, first, last, err := s.timeline(r.Context(), eq)
	if err != nil {
		s.pageFail(w, r, err)
		return
	}
	d.Events = rows
	v := eq.values()
	enc := v.Encode()
	d.CSV, d.ICS, d.JSON = "/api/events.csv?"+enc, "/api/events.ics?"+enc, "/api/events?"+enc
	// The next page is after the cursor of this one's last event, the
	// previous before the cursor of its first (their offsets number
	// their events).
	page := func(off int, name string, k *store.Key) string {
		pv := eq.values()
		if off > 0 {
			pv.Set("offset", strconv.Itoa(off))
		}
		if eq.Limit != 100 {
			pv.Set("limit", strconv.Itoa(eq.Limit))
		}
		if k != nil {
			pv.Set(name, encodeCursor(*k))
		}
		return "/timeline?" + pv.Encode()
	}
	d.Prev = prevPage(eq.Offset, eq.Limit, first, page)
	if last != nil {
		d.Next = page(eq.Offset+eq.Limit, "after", last)
	}
	if len(rows) > 0 {
		d.Showing = fmt.Sprintf("Events %d–%d", eq.Offset+1, eq.Offset+len(rows))
	}
	s.render(w, r, http.StatusOK, "timeline", view{Title: "Timeline", Active: "timeline", Data: d})
}

// prevPage is the link to the page before one of limit rows at offset
// whose first row's key is first (nil when it has none): the first page
// when it is the one before, else the page before the cursor of its
// first row (before=, read backwards from it), or, past the end, from
// its offset; "" on the first page. page(off, param, key) makes a link.
func prevPage(offset, limit int, first *store.Key, page func(off int, param string, k *store.Key) string) string {
	switch {
	case offset <= 0:
		return ""
	case offset <= limit:
		return page(0, "", nil)
	case first != nil:
		return page(offset-limit, "before", first)
	}
	return page(offset-limit, "", nil)
}

// ---- Search

type searchData struct {
	Q      string
	Result *SearchResult
	Facets []facetGroup
	Chosen []facetChip
	Prev   string
	Next   string
	Error  string
}

type facetGroup struct {
	Name   string // "Event type"
	Values []facetLink
}

type facetLink struct {
	FacetValue
	Href   string
	Active bool
}

type facetChip struct {
	Label string
	Href  string // removes it
}

// Snippet markers: private-use characters that cannot occur in a story
// (read keeps them, but they are vanishingly rare), found again after the
// store has cut the snippet, and turned into <mark> by the template.
const markOpen, markClose = "\uE000", "\uE001"

// snippetParts cuts a snippet into text and marked parts.
func snippetParts(s string) []Part {
	var out []Part
	for s != "" {
		i := strings.Index(s, markOpen)
		if i < 0 {
			out = append(out, Part{Text: s})
			break
		}
		if i > 0 {
			out = append(out, Part{Text: s[:i]})
		}
		s = s[i+len(markOpen):]
		j := strings.Index(s, markClose)
		if j < 0 {
			j = len(s)
		}
		out = append(out, Part{Text: s[:j], Kind: "hit"})
		s = s[min(len(s), j+len(markClose)):]
	}
	return out
}

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	d := searchData{Q: strings.TrimSpace(q.Get("q"))}
	v := view{Title: "Search", Active: "search", Query: d.Q, Data: &d}
	if d.Q == "" {
		s.render(w, r, http.StatusOK, "search", v)
		return
	}
	v.Title = d.Q + " · Search"
	limit, offset, err := paging(q, 20)
	if err == nil {
		var sel facetSel
		if sel, err = parseFacets(q); err == nil {
			d.Result, err = s.search(r.Context(), d.Q, sel, limit, offset, markOpen, markClose)
		}
	}
	if err != nil {
		status := statusOf(err)
		if status >= 500 {
			s.pageFail(w, r, err)
			return
		}
		d.Error = strings.TrimPrefix(err.Error(), errQuery.Error()+": ")
		s.render(w, r, status, "search", v)
		return
	}
	base := url.Values{"q": {d.Q}}
	sel := d.Result.sel
	cur := map[string]string{}
	if sel.Type != "" {
		cur["type"] = string(sel.Type)
	}
	if sel.Org != 0 {
		cur["org"] = strconv.FormatInt(sel.Org, 10)
	}
	if sel.Person != 0 {
		cur["person"] = strconv.FormatInt(sel.Person, 10)
	}
	if sel.Year != "" {
		cur["year"] = sel.Year
	}
	link := func(set map[string]string) string {
		u := url.Values{}
		for k, vs := range base {
			u[k] = vs
		}
		for k, val := range set {
			if val != "" {
				u.Set(k, val)
			}
		}
		return "/search?" + u.Encode()
	}
	with := func(k, val string) map[string]string {
		m := map[string]string{}
		for a, b := range cur {
			m[a] = b
		}
		m[k] = val
		return m
	}
	groups := []struct {
		key, name string
		vals      []FacetValue
	}{
		{"type", "Event type", d.Result.Facets.Type},
		{"org", "Organization", d.Result.Facets.Org},
		{"person", "Person", d.Result.Facets.Person},
		{"year", "Year", d.Result.Facets.Year},
	}
	labels := map[string]string{}
	for _, g := range groups {
		fg := facetGroup{Name: g.name}
		for _, fv := range g.vals {
			active := cur[g.key] == fv.Value
			href := link(with(g.key, fv.Value))
			if active {
				href = link(with(g.key, ""))
				labels[g.key] = fv.Label
			}
			fg.Values = append(fg.Values, facetLink{FacetValue: fv, Href: href, Active: active})
		}
		if len(fg.Values) > 0 {
			d.Facets = append(d.Facets, fg)
		}
	}
	for _, g := range groups {
		if val, ok := cur[g.key]; ok {
			d.Chosen = append(d.Chosen, facetChip{Label: g.name + ": " + cmpOr(labels[g.key], val), Href: link(with(g.key, ""))})
		}
	}
	pageLink := func(off int) string {
		u := link(cur)
		if off > 0 {
			u += "&offset=" + strconv.Itoa(off)
		}
		return u
	}
	if offset > 0 {
		d.Prev = pageLink(max(0, offset-limit))
	}
	if offset+limit < d.Result.Total {
		d.Next = pageLink(offset + limit)
	}
	s.render(w, r, http.StatusOK, "search", v)
}

// ---- Add stories

type addData struct {
	Error     string
	Published string
	Text      string
	Results   []StoredStory // what became of each file of the last upload
	Summary   UploadSummary
}

func (s *Server) addForm(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "add", view{Title: "Add stories", Active: "add", Data: addData{}})
}

// addStories stores the uploaded files and pasted text, then sends the
// browser to the first new story's page (303, so a reload does not post
// again).
func (s *Server) addStories(w http.ResponseWriter, r *http.Request) {
	uploads, published, err := readUploads(r)
	d := addData{Published: r.FormValue("published"), Text: r.FormValue("text")}
	fail := func(err error) {
		status := statusOf(err)
		if status >= 500 {
			s.pageFail(w, r, err)
			return
		}
		msg := err.Error()
		if status == http.StatusRequestEntityTooLarge {
			msg = fmt.Sprintf("The upload is larger than the %d MB limit.", s.maxUpload>>20)
		}
		for _, e := range []error{errQuery, errBadInput} {
			msg = strings.TrimPrefix(msg, e.Error()+": ")
		}
		d.Error = msg
		s.render(w, r, status, "add", view{Title: "Add stories", Active: "add", Data: d})
	}
	if err != nil {
		fail(err)
		return
	}
	out, err := s.addAll(r.Context(), uploads, published)
	if err != nil {
		fail(err)
		return
	}
	sum := summarize(out)
	if len(out) == 1 && sum.Rejected == 1 {
		d.Error = out[0].Reason
		s.render(w, r, out[0].status, "add", view{Title: "Add stories", Active: "add", Data: d})
		return
	}
	if len(out) == 1 && out[0].Path == out[0].Name {
		// one story, stored under its own name: show it
		http.Redirect(w, r, out[0].URL, http.StatusSeeOther)
		return
	}
	// say what became of each file
	d.Results, d.Summary, d.Text = out, sum, ""
	status := http.StatusOK
	if sum.Rejected > 0 {
		status = http.StatusMultiStatus
	}
	s.render(w, r, status, "add", view{Title: "Add stories", Active: "add", Data: d})
}
