package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"annals"
)

// The query-plan test: every statement the store runs while ingesting and
// answering is recorded by a driver wrapped around modernc.org/sqlite,
// then explained (EXPLAIN QUERY PLAN); a full scan of a table that grows
// with the stories fails the test, unless the statement is one that must
// read everything (listed in fullScanOK with why).

// recorded holds the statements seen, with their number of parameters.
var recorded = struct {
	sync.Mutex
	q map[string]int
}{q: map[string]int{}}

type traceDriver struct{ driver.Driver }

func (d traceDriver) Open(name string) (driver.Conn, error) {
	c, err := d.Driver.Open(name)
	if err != nil {
		return nil, err
	}
	return traceConn{c}, nil
}

type traceConn struct{ driver.Conn }

func record(q string, n int) {
	recorded.Lock()
	recorded.q[q] = n
	recorded.Unlock()
}

func (c traceConn) Prepare(q string) (driver.Stmt, error) {
	return c.PrepareContext(context.Background(), q)
}

func (c traceConn) PrepareContext(ctx context.Context, q string) (driver.Stmt, error) {
	st, err := c.Conn.(driver.ConnPrepareContext).PrepareContext(ctx, q)
	if err == nil {
		record(q, st.NumInput())
	}
	return st, err
}

func (c traceConn) BeginTx(ctx context.Context, o driver.TxOptions) (driver.Tx, error) {
	return c.Conn.(driver.ConnBeginTx).BeginTx(ctx, o)
}

func (c traceConn) ExecContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Result, error) {
	record(q, len(args))
	return c.Conn.(driver.ExecerContext).ExecContext(ctx, q, args)
}

func (c traceConn) QueryContext(ctx context.Context, q string, args []driver.NamedValue) (driver.Rows, error) {
	record(q, len(args))
	return c.Conn.(driver.QueryerContext).QueryContext(ctx, q, args)
}

var registerTrace sync.Once

// useTraceDriver makes the stores the test opens trace their statements
// (see traceDriver), until the test ends.
func useTraceDriver(t *testing.T) {
	t.Helper()
	registerTrace.Do(func() {
		db, err := sql.Open("sqlite", ":memory:")
		if err != nil {
			t.Fatal(err)
		}
		sql.Register("sqlite-trace", traceDriver{db.Driver()})
		db.Close()
	})
	driverName = "sqlite-trace"
	t.Cleanup(func() { driverName = "sqlite" })
}

// largeTables grow with the stories stored.
var largeTables = []string{"stories", "reports", "report_keys", "events", "entities", "entity_names", "story_entities",
	"entity_counts", "roles", "figures", "dates", "event_participants", "event_tally", "event_titles", "event_dates", "event_places",
	"story_copies", "story_bands"}

// fullScanOK are statements that read a whole table by design, by a
// substring of their text.
var fullScanOK = map[string]string{
	"FROM reports WHERE relink = 1":     "once, after an upgrade from schema v1",
	"SELECT id FROM reports":            "once, after an upgrade to schema v3",
	"SELECT id FROM events":             "once, after an upgrade to schema v3",
	"SELECT id, raw, text FROM stories": "once, upgrading to schema v6 (packStories; the columns are gone after)",
	"FROM mentions m":                   "once, upgrading to schema v6 (packStories; the table is gone after)",
	"sqlite_schema":                     "schema checks",
	"FROM entities e WHERE NOT EXISTS (SELECT 1 FROM entity_counts c": "once, upgrading to schema v23 (countsApart)",
	"FROM entities e WHERE e.id = entity_counts.id":                   "once, upgrading to schema v23 (countsApart; the columns are gone after)",
	"coalesce(max(id), 0)":                                           "max of the primary key: one step",
	"FROM events e ORDER BY e.date_lo IS NULL":                       "a page of the timeline: a walk of the date index, LIMIT and OFFSET",
	"FROM events e WHERE e.date_hi >= ? AND e.date_lo <= ? ORDER BY": "a date range: a walk of the date index up to the range's end",
	"FROM stories s ORDER BY s.pub_lo IS NULL":                       "a page of stories: a walk of the newest-first index",
	"FROM entity_counts ORDER BY stories DESC":                       "a page of entities: a walk of the prominence index",
	"norm LIKE ? ESCAPE":                                             "a substring of any name: a scan of the name index (entities search)",
}

func TestQueryPlans(t *testing.T) {
	sqliteOnly(t)
	useTraceDriver(t)
	path := filepath.Join(t.TempDir(), "annals.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	c := newCorpus(5)
	var batch []Put
	for i := range 300 {
		st, doc := c.story(i)
		if i < 100 {
			if _, err := s.PutStory(ctx, st, doc); err != nil {
				t.Fatal(err)
			}
			continue
		}
		batch = append(batch, Put{Story: st, Doc: doc})
	}
	if _, _, err := s.PutStories(ctx, batch); err != nil {
		t.Fatal(err)
	}
	// Replace a story, then ask every question.
	st, doc := c.story(7)
	st.Raw = append(st.Raw, " Updated."...)
	if _, err := s.PutStory(ctx, st, doc); err != nil {
		t.Fatal(err)
	}
	ents, err := s.Entities(ctx, EntityFilter{Limit: 5})
	if err != nil || len(ents) < 2 {
		t.Fatalf("entities %v %v", ents, err)
	}
	org := ents[0].ID
	for _, f := range []EventFilter{{}, {Org: org}, {Org: org, With: ents[1].ID}, {Type: annals.Meeting}, {Place: "Geneva"},
		{From: "2010", To: "2012-06"}, {Limit: 10, Offset: 20},
		// an entity's events walked by date (entityEventPage)
		{Org: org, From: "2010-06", To: "2012"}, {Org: org, From: "2011"}, {Org: org, To: "2012"},
		{Org: org, With: ents[1].ID, Type: annals.Meeting, Place: "Geneva", From: "2010"}} {
		if _, err := s.Timeline(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	evs, _ := s.Timeline(ctx, EventFilter{Limit: 3})
	for _, e := range evs {
		if _, err := s.Event(ctx, e.ID); err != nil {
			t.Fatal(err)
		}
	}
	calls := []func() error{
		func() error { _, err := s.EntityPage(ctx, org); return err },
		func() error { _, err := s.EntityStories(ctx, org, 10, 5); return err },
		func() error { _, err := s.FindEntities(ctx, ents[1].Name); return err },
		func() error { _, err := s.Entities(ctx, EntityFilter{Type: annals.Person, Query: "a"}); return err },
		// the pages of entities after and before a key, of a type or not
		func() error {
			k := &EntityKey{Stories: ents[1].Stories, Mentions: ents[1].Mentions, ID: ents[1].ID}
			for _, f := range []EntityFilter{{After: k}, {Before: k}, {Type: annals.Person, After: k}, {Type: annals.Org, Before: k}, {Type: annals.Org, Offset: 3}} {
				f.Limit = 1 << 20 // every range read
				if _, err := s.Entities(ctx, f); err != nil {
					return err
				}
			}
			return nil
		},
		func() error { _, _, err := s.Search(ctx, "cooperation", SearchOptions{}); return err },
		func() error {
			_, err := s.SearchFaceted(ctx, "memorandum", FacetOptions{Type: annals.Agreement})
			return err
		},
		func() error { _, err := s.Related(ctx, 5, 10); return err },
		func() error { _, _, err := s.Story(ctx, 5); return err },
		func() error { _, err := s.StoryEvents(ctx, 5); return err },
		func() error { _, err := s.Stories(ctx, 20, 40); return err },
		func() error { _, err := s.RoleHolders(ctx, "Secretary General", ""); return err },
		func() error { _, err := s.HolderAt(ctx, "Secretary General", org, "2015-01-01"); return err },
		func() error { _, err := s.Stats(ctx); return err },
		func() error { return s.DeleteStory(ctx, 9) },
	}
	for i, f := range calls {
		if err := f(); err != nil {
			t.Fatalf("call %d: %v", i, err)
		}
	}

	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	scan := regexp.MustCompile(`^SCAN (\w+)`)
	byType := regexp.MustCompile(`^SEARCH (\w+) USING (?:COVERING )?INDEX \w+ \(type=\?\)`)
	recorded.Lock()
	qs := make([]string, 0, len(recorded.q))
	for q := range recorded.q {
		qs = append(qs, q)
	}
	recorded.Unlock()
	slices.Sort(qs)
	checked := 0
	for _, q := range qs {
		head := strings.ToUpper(strings.Fields(strings.TrimSpace(q) + " x")[0])
		if head != "SELECT" && head != "INSERT" && head != "UPDATE" && head != "DELETE" && head != "WITH" {
			continue
		}
		if ok := slices.ContainsFunc(mapKeysSorted(fullScanOK), func(k string) bool { return strings.Contains(oneLine(q), k) }); ok {
			continue
		}
		args := make([]any, nparams(q))
		rows, err := db.Query("EXPLAIN QUERY PLAN "+q, args...)
		if err != nil {
			t.Errorf("explain %s: %v", oneLine(q), err)
			continue
		}
		checked++
		for rows.Next() {
			var id, parent, notused int
			var detail string
			if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
				t.Fatal(err)
			}
			// A search by type alone reads a share of the table
			// (entities of one type, events of one type): as much a
			// walk of a growing table as a scan, unless a page's LIMIT
			// bounds it (markPlaces read every place entity so).
			if m := byType.FindStringSubmatch(detail); m != nil && !strings.Contains(q, "LIMIT") {
				if table := tableOf(q, m[1]); slices.Contains(largeTables, table) {
					t.Errorf("search of %s by type alone (%s) in:\n  %s", table, detail, oneLine(q))
				}
			}
			m := scan.FindStringSubmatch(detail)
			if m == nil || strings.Contains(detail, "VIRTUAL TABLE") {
				continue
			}
			if table := tableOf(q, m[1]); slices.Contains(largeTables, table) {
				t.Errorf("full scan of %s (%s) in:\n  %s", table, detail, oneLine(q))
			}
		}
		rows.Close()
	}
	if checked < 40 {
		t.Errorf("only %d statements explained", checked)
	}
	t.Logf("%d statements explained", checked)
}

// tableOf is the table an alias of q stands for ("r" in "reports r").
func tableOf(q, name string) string {
	if slices.Contains(largeTables, name) {
		return name
	}
	m := regexp.MustCompile(`(?i)\b(\w+)\s+(?:AS\s+)?`+regexp.QuoteMeta(name)+`\b`).FindAllStringSubmatch(q, -1)
	for _, x := range m {
		if slices.Contains(largeTables, x[1]) {
			return x[1]
		}
	}
	return name
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func mapKeysSorted(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// nparams counts the parameters of q: "?" outside strings, or the
// largest "?N".
func nparams(q string) int {
	n, top := 0, 0
	in := false
	for i := 0; i < len(q); i++ {
		switch {
		case q[i] == '\'':
			in = !in
		case q[i] == '?' && !in:
			j := i + 1
			for j < len(q) && q[j] >= '0' && q[j] <= '9' {
				j++
			}
			if j > i+1 {
				var k int
				fmt.Sscan(q[i+1:j], &k)
				top = max(top, k)
			} else {
				n++
			}
		}
	}
	return max(n, top)
}

// TestMarkPlacesPlan: the places among reports' participants are read by
// primary key, never by walking the entities of a type (an index by type
// led with it reads every place entity of the store: see markPlaces).
func TestMarkPlacesPlan(t *testing.T) {
	sqliteOnly(t)
	s, err := Open(filepath.Join(t.TempDir(), "annals.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	c := newCorpus(5)
	for i := range 20 {
		st, doc := c.story(i)
		if _, err := s.PutStory(ctx, st, doc); err != nil {
			t.Fatal(err)
		}
	}
	rows, err := s.w.QueryContext(ctx, "EXPLAIN QUERY PLAN "+markPlacesSQL, "[1,2,3]")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var plan []string
	for rows.Next() {
		var id, parent, notused int
		var detail string
		if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
			t.Fatal(err)
		}
		plan = append(plan, detail)
	}
	if !slices.ContainsFunc(plan, func(d string) bool {
		return strings.HasPrefix(d, "SEARCH entities USING INTEGER PRIMARY KEY")
	}) {
		t.Errorf("places read by %q, not by primary key", plan)
	}
}
