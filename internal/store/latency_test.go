package store

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"runtime/pprof"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"annals"
)

// TestLatencies measures the read side on an existing database named by
// $ANNALS_PERF_DB, an SQLite file or a postgres:// address
// (docs/performance.md, docs/scale.md): search p50/p99 for a rare, a
// mid-frequency and a very common term and the common and the rare
// together, with and without facets, and the
// story, entity, timeline and relations pages. It asserts nothing. With
// $ANNALS_PERF_PROFILE naming a folder, each measurement writes its CPU
// profile there (search_hydrogen.pprof, ...); $ANNALS_PERF_ONLY, a
// regular expression, keeps the measurements whose names it matches.
//
//	ANNALS_PERF_DB=/tmp/x.db go test ./internal/store -run TestLatencies -v
func TestLatencies(t *testing.T) {
	ctx := context.Background()
	s := perfDB(t)
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d stories, %d events, %d reports, %d entities", st.Stories, st.Events, st.Reports, st.Entities)
	only, err := regexp.Compile(os.Getenv("ANNALS_PERF_ONLY"))
	if err != nil {
		t.Fatal(err)
	}
	measure := func(name string, n int, f func() error) {
		if !only.MatchString(name) {
			return
		}
		var ds []time.Duration
		if dir := os.Getenv("ANNALS_PERF_PROFILE"); dir != "" {
			stop, err := cpuProfile(filepath.Join(dir, profileName(name)))
			if err != nil {
				t.Fatal(err)
			}
			defer stop()
		}
		cpu0 := cpuTime()
		for range n {
			start := time.Now()
			if err := f(); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			ds = append(ds, time.Since(start))
		}
		cpu := (cpuTime() - cpu0) / time.Duration(n)
		slices.Sort(ds)
		t.Logf("%-34s p50 %8.2f ms  p99 %8.2f ms  CPU %6.2f ms", name, ms(ds[len(ds)/2]), ms(ds[len(ds)*99/100]), ms(cpu))
	}
	for _, term := range []string{"hydrogen", "climate", "the", "the hydrogen"} {
		_, total, err := s.Search(ctx, term, SearchOptions{})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%q matches %d stories", term, total)
		// Without the bounded candidate set and the count cache: every
		// match ranked and counted, as before.
		searchCap, searchCache = 1<<30, false
		measure("search "+term+" (every match ranked)", 30, func() error { _, _, err := s.Search(ctx, term, SearchOptions{}); return err })
		measure("search "+term+" (facets, every match)", 20, func() error {
			_, err := s.SearchFaceted(ctx, term, FacetOptions{})
			return err
		})
		searchCap, searchCache = 2000, true
		measure("search "+term, 50, func() error { _, _, err := s.Search(ctx, term, SearchOptions{}); return err })
		measure("search "+term+" (facets)", 30, func() error {
			_, err := s.SearchFaceted(ctx, term, FacetOptions{})
			return err
		})
		measure("search "+term+" (type facet)", 30, func() error {
			_, err := s.SearchFaceted(ctx, term, FacetOptions{Type: "meeting"})
			return err
		})
		// As the first search after a write: the matches counted again,
		// a faceted search's facets, and the story lengths read again.
		searchCache, cachedLength = false, false
		measure("search "+term+" (count not cached)", 20, func() error { _, _, err := s.Search(ctx, term, SearchOptions{}); return err })
		measure("search "+term+" (facets, not cached)", 20, func() error {
			_, err := s.SearchFaceted(ctx, term, FacetOptions{})
			return err
		})
		searchCache, cachedLength = true, true
	}
	top := st.TopEntities
	if len(top) < 2 {
		t.Fatal("no entities")
	}
	list, err := s.Stories(ctx, 1<<30, 0) // ids may have gaps (parallel workers' sequences)
	if err != nil || len(list) == 0 {
		t.Fatalf("stories: %v", err)
	}
	ids := []int64{list[0].ID, list[len(list)/2].ID, list[len(list)-1].ID}
	measure("story page (Story+StoryEvents+Related)", 30, func() error { return storyPages(ctx, s, ids) })
	n := 0
	measure("story page (one story)", 60, func() error {
		n++
		return storyPage(ctx, s, ids[(n-1)%len(ids)], 8)
	})
	t.Logf("most prominent: %s, in %d stories, %d events", top[0].Name, top[0].Stories, top[0].Events)
	// An entity's summary (its page's and each list's: names, counts)
	// and the list of the most prominent (the API's first page).
	measure("entity summary (most prominent)", 200, func() error { _, err := s.Entity(ctx, top[0].ID); return err })
	measure("entities (100 most prominent)", 30, func() error { _, err := s.Entities(ctx, EntityFilter{Limit: 100}); return err })
	measure("entity page (most prominent)", 20, func() error { _, err := s.EntityPage(ctx, top[0].ID); return err })
	measure("entity stories, 11th page (most prominent)", 20, func() error {
		_, err := s.EntityStories(ctx, top[0].ID, 50, 500)
		return err
	})
	measure("entity page (tenth)", 20, func() error { _, err := s.EntityPage(ctx, top[min(9, len(top)-1)].ID); return err })
	// An entity's first page of stories, as its page asks for it, of the
	// most prominent entity and of one in about sqrt(25 × all stories),
	// where reading its stories and walking all stories newest first cost
	// the most before schema v18 (the two ways cost the same there).
	var mid EntitySummary
	for off := 0; mid.ID == 0; off += 1000 {
		page, err := s.Entities(ctx, EntityFilter{Limit: 1000, Offset: off})
		if err != nil || len(page) == 0 {
			t.Fatalf("entities from %d: %d, %v", off, len(page), err)
		}
		for _, e := range page {
			if e.Stories*e.Stories <= 25*st.Stories {
				mid = e
				break
			}
		}
	}
	t.Logf("mid: %s, in %d stories", mid.Name, mid.Stories)
	for _, e := range []struct {
		name string
		id   int64
	}{{"most prominent", top[0].ID}, {"mid", mid.ID}} {
		measure("entity stories, first page ("+e.name+")", 100, func() error {
			_, err := s.EntityStories(ctx, e.id, EntityStories+1, 0)
			return err
		})
		measure("entity stories, first page ("+e.name+"), v17 way", 100, func() error {
			_, err := oldEntityStories(ctx, s, e.id, EntityStories+1, 0)
			return err
		})
	}
	measure("entity page (mid)", 20, func() error { _, err := s.EntityPage(ctx, mid.ID); return err })
	measure("timeline page", 30, func() error { _, err := s.Timeline(ctx, EventFilter{Limit: 100}); return err })
	measure("relations (top two entities)", 30, func() error {
		_, err := s.Timeline(ctx, EventFilter{Org: top[0].ID, With: top[1].ID, Limit: 100})
		return err
	})
	measure("relations (top two, third page)", 30, func() error {
		_, err := s.Timeline(ctx, EventFilter{Org: top[0].ID, With: top[1].ID, Limit: 100, Offset: 200})
		return err
	})
	// The most prominent entity's timeline (its first page), and its page
	// with a year chosen (?year=: the year's events, as the server asks
	// for them), the year in which it has the most events.
	measure("timeline of the most prominent", 30, func() error {
		_, err := s.Timeline(ctx, EventFilter{Org: top[0].ID, Limit: 100})
		return err
	})
	var year string
	if err := s.r.QueryRowContext(ctx, `SELECT substr(e.date_lo, 1, 4) AS y FROM event_participants p JOIN events e ON e.id = p.event_id
		WHERE p.entity_id = ? AND e.date_lo IS NOT NULL GROUP BY y ORDER BY count(*) DESC, y DESC LIMIT 1`, top[0].ID).Scan(&year); err != nil {
		t.Fatal(err)
	}
	t.Logf("the most prominent's year with the most events: %s", year)
	measure("entity year page (most prominent)", 30, func() error {
		_, err := s.Timeline(ctx, EventFilter{Org: top[0].ID, From: annals.Date(year), To: annals.Date(year), Limit: EntityEvents})
		return err
	})
	// The ids of those pages alone, found on the participants' index by
	// date (schema v17), and as before it: every event of the entities
	// read, then sorted.
	for _, f := range []struct {
		name string
		f    EventFilter
	}{
		{"relations (top two)", EventFilter{Org: top[0].ID, With: top[1].ID, Limit: 100}},
		{"year page (most prominent)", EventFilter{Org: top[0].ID, From: annals.Date(year), To: annals.Date(year), Limit: EntityEvents}},
		{"timeline of the most prominent", EventFilter{Org: top[0].ID, Limit: 100}},
	} {
		ents, err := s.rarestFirst(ctx, f.f)
		if err != nil {
			t.Fatal(err)
		}
		measure("ids of "+f.name+", walked by date", 100, func() error { _, err := s.entityEventPage(ctx, f.f, ents); return err })
		measure("ids of "+f.name+", all sorted", 100, func() error { _, err := sortedTimelineIDs(ctx, s, f.f); return err })
	}
	// Pages shown once each, as a visitor going from page to page sees
	// them: what the caches of pages shown before do not hold. The
	// entities ranked 11th to 40th, and the relations of the most
	// prominent entity with each of them.
	more, err := s.Entities(ctx, EntityFilter{Limit: 30, Offset: 10})
	if err != nil {
		t.Fatal(err)
	}
	if len(more) > 0 {
		n = 0
		measure("entity page (30 others, once each)", len(more), func() error {
			_, err := s.EntityPage(ctx, more[n].ID)
			n++
			return err
		})
		n = 0
		measure("relations (30 others, once each)", len(more), func() error {
			_, err := s.Timeline(ctx, EventFilter{Org: top[0].ID, With: more[n].ID, Limit: 100})
			n++
			return err
		})
	}
}

// cpuProfile starts a CPU profile into path; stop ends it.
func cpuProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// profileName is a file name for the profile of a measurement.
func profileName(name string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		return '_'
	}, strings.ToLower(name)) + ".pprof"
}

// cpuTime is the CPU time (user and system) the process has used: steadier
// than latencies on a shared machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// perfSample opens the measured database (perfDB) and reads its counts
// and its stories, newest first; it fails the test when the database holds
// no story or fewer than minTop prominent entities.
func perfSample(t *testing.T, minTop int) (*DB, *Stats, []StorySummary) {
	t.Helper()
	ctx := context.Background()
	s := perfDB(t)
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	list, err := s.Stories(ctx, 1<<30, 0) // ids may have gaps (parallel workers' sequences)
	if err != nil || len(list) == 0 || len(st.TopEntities) < minTop {
		t.Fatalf("stories: %d, entities: %d, %v", len(list), len(st.TopEntities), err)
	}
	return s, st, list
}

// storyPages reads what the story page shows of each story (storyPage,
// ten related stories).
func storyPages(ctx context.Context, s *DB, ids []int64) error {
	for _, id := range ids {
		if err := storyPage(ctx, s, id, 10); err != nil {
			return err
		}
	}
	return nil
}

// storyPage reads what the story page shows of a story: the story, its
// events and its related stories (at most related of them).
func storyPage(ctx context.Context, s *DB, id int64, related int) error {
	if _, _, err := s.Story(ctx, id); err != nil {
		return err
	}
	if _, err := s.StoryEvents(ctx, id); err != nil {
		return err
	}
	_, err := s.Related(ctx, id, related)
	return err
}

// perfDB opens the existing database $ANNALS_PERF_DB names (an SQLite
// file or a postgres:// address) for a measurement, closed when the test
// ends, or skips the test when it names none.
func perfDB(t *testing.T) *DB {
	t.Helper()
	path := os.Getenv("ANNALS_PERF_DB")
	if path == "" {
		t.Skip("$ANNALS_PERF_DB names no database")
	}
	s, err := OpenTarget(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
