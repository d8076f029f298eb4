package store

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strconv"
	"sync/atomic"
	"testing"
	"time"
)

// TestPageRoundTrips counts, on the PostgreSQL database $ANNALS_PERF_DB
// names, the round trips (requests the connections send: a statement, or
// a batch of them) and the statements (pg_stat_statements, when the
// database has it) of one showing of each page, after three to warm the
// statements' preparation and the caches, as TestLatencies shows them.
// It asserts nothing (docs/scale.md, session 25).
//
//	ANNALS_PERF_DB=postgres://... go test ./internal/store -run TestPageRoundTrips -v
func TestPageRoundTrips(t *testing.T) {
	if !IsPostgres(os.Getenv("ANNALS_PERF_DB")) {
		t.Skip("$ANNALS_PERF_DB names no PostgreSQL database")
	}
	ctx := context.Background()
	pgWrites = new(atomic.Int64)
	defer func() { pgWrites = nil }()
	s, st, list := perfSample(t, 10)
	// a story in the middle with events
	story := list[len(list)/2].ID
	for _, l := range list[len(list)/2:] {
		if evs, err := s.StoryEvents(ctx, l.ID); err == nil && len(evs) > 1 {
			story = l.ID
			break
		}
	}
	top := st.TopEntities
	statements := func() int64 {
		var n int64
		if err := s.r.QueryRowContext(ctx, `SELECT coalesce(sum(calls), 0) FROM pg_stat_statements
			WHERE query NOT LIKE '%pg_stat_statements%' AND dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`).Scan(&n); err != nil {
			return -1
		}
		return n
	}
	page := func(name string, f func() error) {
		for range 3 {
			if err := f(); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
		_, _ = s.r.ExecContext(ctx, `SELECT pg_stat_statements_reset()`)
		w := pgWrites.Load()
		if err := f(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		w = pgWrites.Load() - w
		t.Logf("%-36s %3d round trips, %3d statements", name, w, statements())
	}
	page("story", func() error { _, _, err := s.Story(ctx, story); return err })
	page("story events", func() error { _, err := s.StoryEvents(ctx, story); return err })
	page("related stories", func() error { _, err := s.Related(ctx, story, 10); return err })
	page("entity page (most prominent)", func() error { _, err := s.EntityPage(ctx, top[0].ID); return err })
	page("entity page (tenth)", func() error { _, err := s.EntityPage(ctx, top[9].ID); return err })
	page("relations (top two)", func() error {
		_, err := s.Timeline(ctx, EventFilter{Org: top[0].ID, With: top[1].ID, Limit: 100})
		return err
	})
	page("timeline page", func() error { _, err := s.Timeline(ctx, EventFilter{Limit: 100}); return err })
	for _, term := range []string{"hydrogen", "climate"} {
		page("search "+term, func() error { _, _, err := s.Search(ctx, term, SearchOptions{}); return err })
		page("search "+term+" (facets)", func() error { _, err := s.SearchFaceted(ctx, term, FacetOptions{}); return err })
		page("search "+term+" (type facet)", func() error {
			_, err := s.SearchFaceted(ctx, term, FacetOptions{Type: "meeting"})
			return err
		})
	}
}

// TestDumpPages writes the pages TestPageRoundTrips counts, of many
// stories and entities, as JSON to the file $ANNALS_PERF_DUMP names,
// from the database $ANNALS_PERF_DB names: two builds' dumps compare
// what a change to the reads does to the answers (cmp).
func TestDumpPages(t *testing.T) {
	out := os.Getenv("ANNALS_PERF_DUMP")
	if out == "" {
		t.Skip("$ANNALS_PERF_DUMP names no file")
	}
	ctx := context.Background()
	s, st, list := perfSample(t, 0)
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	dump := func(name string, v any, err error) {
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := enc.Encode(map[string]any{name: v}); err != nil {
			t.Fatal(err)
		}
	}
	for i := 0; i < len(list); i += max(1, len(list)/40) {
		id := list[i].ID
		st, doc, err := s.Story(ctx, id)
		dump(fmt.Sprint("story ", id), []any{st, doc}, err)
		evs, err := s.StoryEvents(ctx, id)
		dump(fmt.Sprint("story events ", id), evs, err)
		rel, err := s.Related(ctx, id, 10)
		dump(fmt.Sprint("related ", id), rel, err)
	}
	top := st.TopEntities
	for i := 0; i < min(12, len(top)); i++ {
		p, err := s.EntityPage(ctx, top[i].ID)
		dump(fmt.Sprint("entity ", top[i].ID), p, err)
		tl, err := s.Timeline(ctx, EventFilter{Org: top[i].ID, Limit: 100})
		dump(fmt.Sprint("timeline ", top[i].ID), tl, err)
		if i > 0 {
			rel, err := s.Timeline(ctx, EventFilter{Org: top[0].ID, With: top[i].ID, Limit: 100})
			dump(fmt.Sprint("relations ", top[i].ID), rel, err)
		}
	}
	tl, err := s.Timeline(ctx, EventFilter{Limit: 100})
	dump("timeline", tl, err)
	for _, term := range []string{"hydrogen", "climate", "the", "the hydrogen", "president meeting", "\"united nations\""} {
		hits, n, err := s.Search(ctx, term, SearchOptions{})
		dump("search "+term, []any{hits, n}, err)
		fs, err := s.SearchFaceted(ctx, term, FacetOptions{})
		dump("facets "+term, fs, err)
		fs, err = s.SearchFaceted(ctx, term, FacetOptions{Type: "meeting"})
		dump("type facet "+term, fs, err)
	}
}

// TestBatchedReads times each page of TestPageRoundTrips on the
// PostgreSQL database $ANNALS_PERF_DB names with its reads one by one and
// sent together (pgBatchReads), the two ways alternated in one process
// (A B B A ...), so that a busy machine's drift falls on both alike:
// p50, p99 and the minimum of each, and the share of runs in which the
// batched way was faster. $ANNALS_PERF_RUNS sets the runs of each way
// (40). It asserts nothing.
func TestBatchedReads(t *testing.T) {
	if !IsPostgres(os.Getenv("ANNALS_PERF_DB")) {
		t.Skip("$ANNALS_PERF_DB names no PostgreSQL database")
	}
	ctx := context.Background()
	s, st, list := perfSample(t, 10)
	runs := 40
	if v, err := strconv.Atoi(os.Getenv("ANNALS_PERF_RUNS")); err == nil && v > 0 {
		runs = v
	}
	only, err := regexp.Compile(os.Getenv("ANNALS_PERF_ONLY"))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { pgBatchReads = true }()
	top := st.TopEntities
	ids := []int64{list[0].ID, list[len(list)/2].ID, list[len(list)-1].ID}
	page := func(name string, f func(i int) error) {
		if !only.MatchString(name) {
			return
		}
		var ds [2][]time.Duration
		faster := 0
		for i := range 2 * runs {
			var d [2]time.Duration
			for k := range 2 {
				way := (k + i) % 2 // A B, then B A
				pgBatchReads = way == 1
				start := time.Now()
				if err := f(i); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				d[way] = time.Since(start)
			}
			if i >= 2 { // the first two warm both ways
				ds[0], ds[1] = append(ds[0], d[0]), append(ds[1], d[1])
				if d[1] < d[0] {
					faster++
				}
			}
		}
		q := func(d []time.Duration) string {
			slices.Sort(d)
			return fmt.Sprintf("p50 %6.2f p99 %6.2f min %6.2f", ms(d[len(d)/2]), ms(d[len(d)*99/100]), ms(d[0]))
		}
		t.Logf("%-34s one by one %s | together %s | together faster in %d of %d", name, q(ds[0]), q(ds[1]), faster, len(ds[0]))
	}
	page("story page (3 stories)", func(int) error { return storyPages(ctx, s, ids) })
	page("story page (one story)", func(i int) error { return storyPage(ctx, s, ids[i%len(ids)], 8) })
	page("entity page (most prominent)", func(int) error { _, err := s.EntityPage(ctx, top[0].ID); return err })
	page("entity page (tenth)", func(int) error { _, err := s.EntityPage(ctx, top[9].ID); return err })
	more, err := s.Entities(ctx, EntityFilter{Limit: 30, Offset: 10})
	if err != nil || len(more) == 0 {
		t.Fatalf("entities: %v", err)
	}
	page("entity page (30 others)", func(i int) error { _, err := s.EntityPage(ctx, more[i%len(more)].ID); return err })
	page("relations (top two)", func(int) error {
		_, err := s.Timeline(ctx, EventFilter{Org: top[0].ID, With: top[1].ID, Limit: 100})
		return err
	})
	page("timeline page", func(int) error { _, err := s.Timeline(ctx, EventFilter{Limit: 100}); return err })
	for _, term := range []string{"hydrogen", "climate", "the hydrogen"} {
		page("search "+term, func(int) error { _, _, err := s.Search(ctx, term, SearchOptions{}); return err })
		page("search "+term+" (facets)", func(int) error { _, err := s.SearchFaceted(ctx, term, FacetOptions{}); return err })
	}
}
