package store

import (
	"context"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestDeepPageLatencies measures deep pages of the hot lists on an
// existing database named by $ANNALS_PERF_DB (docs/performance.md, issue
// 14): each page read from its offset and after the key of the row
// before it (keyset), alternated, $ANNALS_PERF_RUNS times each (default
// 15), min and median. It checks that both give the same rows and
// asserts no time.
//
//	ANNALS_PERF_DB=/tmp/x.db go test ./internal/store -run TestDeepPageLatencies -v
//
// ($ANNALS_PERF_ONLY=before: only the pages whose name holds "before".)
func TestDeepPageLatencies(t *testing.T) {
	s := perfDB(t)
	runs := 15
	if v, err := strconv.Atoi(os.Getenv("ANNALS_PERF_RUNS")); err == nil && v > 0 {
		runs = v
	}
	ctx := context.Background()
	top, err := s.Entities(ctx, EntityFilter{Limit: 1})
	if err != nil || len(top) == 0 {
		t.Fatalf("entities: %v %v", top, err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	e := top[0]
	t.Logf("%d stories, %d events; most prominent: %s, %d stories, %d events", st.Stories, st.Events, e.Name, e.Stories, e.Events)

	// pair measures a page read from offset off (byOffset) and after the
	// key of the row before it (byKey, given that key), alternated.
	pair := func(name string, off int, keyAt func(off int) (Key, error), byOffset func(off int) (any, error), byKey func(k Key) (any, error)) {
		t.Helper()
		pairOf(t, runs, name, off, keyAt, byOffset, byKey)
	}

	// An entity's stories, the first page and the 1,000th of 50 (the
	// API's pages: 51 read).
	storyKey := func(off int) (Key, error) {
		_, keys, err := s.EntityStoriesPage(ctx, e.ID, Page{Limit: 1, Offset: off})
		if err != nil || len(keys) == 0 {
			return Key{}, err
		}
		return keys[0], nil
	}
	for _, page := range []int{2, 100, 1000} {
		off := (page - 1) * EntityStories
		if off >= e.Stories {
			continue
		}
		pair("entity stories, page "+strconv.Itoa(page)+" of 50 (most prominent)", off, storyKey, func(off int) (any, error) {
			return s.EntityStories(ctx, e.ID, EntityStories+1, off)
		}, func(k Key) (any, error) {
			out, _, err := s.EntityStoriesPage(ctx, e.ID, Page{Limit: EntityStories + 1, After: &k})
			return out, err
		})
	}

	// The page before the 1,000th (the entity page's newer stories):
	// from its offset, and before the key of the 1,000th page's first row.
	if off := 998 * EntityStories; off+EntityStories < e.Stories {
		pair("entity stories, page 999 of 50, before page 1000", off, func(int) (Key, error) { return storyKey(off + EntityStories) }, func(off int) (any, error) {
			return s.EntityStories(ctx, e.ID, EntityStories, off)
		}, func(k Key) (any, error) {
			out, _, err := s.EntityStoriesBefore(ctx, e.ID, EntityStories, k)
			return out, err
		})
	}

	// The timeline: all events, and the most prominent entity's, pages
	// of 100 (101 read) in the dated events and among the undated.
	eventKey := func(f EventFilter) func(off int) (Key, error) {
		return func(off int) (Key, error) {
			f.Limit, f.Offset = 1, off
			_, keys, err := s.TimelinePage(ctx, f)
			if err != nil || len(keys) == 0 {
				return Key{}, err
			}
			return keys[0], nil
		}
	}
	for _, c := range []struct {
		name string
		f    EventFilter
		offs []int
	}{
		{"timeline", EventFilter{}, []int{100, 10_000, 40_000, 90_000}},
		{"timeline of the most prominent", EventFilter{Org: e.ID}, []int{100, 5_000, 15_000}},
		{"timeline of the most prominent, 2016 on", EventFilter{Org: e.ID, From: "2016-03-15"}, []int{100, 2_000}},
	} {
		for _, off := range c.offs {
			if c.f.Org != 0 {
				// the walk alone: the page's ids
				pair(c.name+", ids of 100 from "+strconv.Itoa(off), off, eventKey(c.f), func(off int) (any, error) {
					f := c.f
					f.Limit, f.Offset = 101, off
					return s.entityEventPage(ctx, f, []int64{f.Org})
				}, func(k Key) (any, error) {
					f := c.f
					f.Limit, f.After = 101, &k
					return s.entityEventPage(ctx, f, []int64{f.Org})
				})
			}
			pair(c.name+", 100 from "+strconv.Itoa(off), off, eventKey(c.f), func(off int) (any, error) {
				f := c.f
				f.Limit, f.Offset = 101, off
				return s.Timeline(ctx, f)
			}, func(k Key) (any, error) {
				f := c.f
				f.Limit, f.After = 101, &k
				return s.Timeline(ctx, f)
			})
		}
	}

	// The previous pages of the timeline and the relations page: the
	// page before the cursor of a page's first event (the server reads
	// one event more, 101), from its offset and before the key.
	second, err := s.Entities(ctx, EntityFilter{Limit: 1, Offset: 1})
	if err != nil || len(second) == 0 {
		t.Fatalf("entities: %v %v", second, err)
	}
	for _, c := range []struct {
		name string
		f    EventFilter
		offs []int
	}{
		{"timeline", EventFilter{}, []int{100, 10_000, 40_000, 90_000}},
		{"timeline of the most prominent", EventFilter{Org: e.ID}, []int{5_000, 15_000}},
		{"timeline of the most prominent, 2016 on", EventFilter{Org: e.ID, From: "2016-03-15"}, []int{2_000}},
		{"relations of the two most prominent", EventFilter{Org: e.ID, With: second[0].ID}, []int{100, 400}},
	} {
		for _, off := range c.offs {
			key := eventKey(c.f)
			if k, err := key(off + 101); err != nil || k.ID == 0 {
				t.Logf("%s: no event %d", c.name, off+101)
				continue
			}
			if c.f.Org != 0 {
				// the walk alone: the page's ids
				ents, err := s.rarestFirst(ctx, c.f)
				if err != nil {
					t.Fatal(err)
				}
				pair(c.name+", ids of 101 before "+strconv.Itoa(off+101), off, func(int) (Key, error) { return key(off + 101) }, func(off int) (any, error) {
					f := c.f
					f.Limit, f.Offset = 101, off
					return s.entityEventPage(ctx, f, ents)
				}, func(k Key) (any, error) {
					f := c.f
					f.Limit, f.Before = 101, &k
					return s.entityEventPage(ctx, f, ents)
				})
			}
			pair(c.name+", 101 before "+strconv.Itoa(off+101), off, func(int) (Key, error) { return key(off + 101) }, func(off int) (any, error) {
				f := c.f
				f.Limit, f.Offset = 101, off
				return s.Timeline(ctx, f)
			}, func(k Key) (any, error) {
				f := c.f
				f.Limit, f.Before = 101, &k
				return s.Timeline(ctx, f)
			})
		}
	}

	// The list of entities (by prominence), all and of a type, pages of
	// 50 (51 read): after the key of the row before, and before the key
	// of the row after.
	for _, c := range []struct {
		name string
		f    EntityFilter
		offs []int
	}{
		{"entities", EntityFilter{}, []int{50, 10_000, 130_000}},
		{"people", EntityFilter{Type: "PERSON"}, []int{50, 95_000}},
		{"places", EntityFilter{Type: "PLACE"}, []int{50, 5_000}},
	} {
		key := func(off int) (EntityKey, error) {
			f := c.f
			f.Limit, f.Offset = 1, off
			_, keys, err := s.EntitiesPage(ctx, f)
			if err != nil || len(keys) == 0 {
				return EntityKey{}, err
			}
			return keys[0], nil
		}
		for _, off := range c.offs {
			if k, err := key(off + 51); err != nil || k.ID == 0 {
				t.Logf("%s: no entity %d", c.name, off+51)
				continue
			}
			pairOf(t, runs, c.name+", 51 from "+strconv.Itoa(off), off, key, func(off int) (any, error) {
				f := c.f
				f.Limit, f.Offset = 51, off
				return s.Entities(ctx, f)
			}, func(k EntityKey) (any, error) {
				f := c.f
				f.Limit, f.After = 51, &k
				return s.Entities(ctx, f)
			})
			pairOf(t, runs, c.name+", 51 before "+strconv.Itoa(off+51), off, func(int) (EntityKey, error) { return key(off + 51) }, func(off int) (any, error) {
				f := c.f
				f.Limit, f.Offset = 51, off
				return s.Entities(ctx, f)
			}, func(k EntityKey) (any, error) {
				f := c.f
				f.Limit, f.Before = 51, &k
				return s.Entities(ctx, f)
			})
		}
	}

	// The list of stories, pages of 50.
	for _, off := range []int{50, 50_000} {
		if off >= st.Stories {
			continue
		}
		pair("stories, 50 from "+strconv.Itoa(off), off, func(off int) (Key, error) {
			_, keys, err := s.StoriesPage(ctx, Page{Limit: 1, Offset: off})
			if err != nil || len(keys) == 0 {
				return Key{}, err
			}
			return keys[0], nil
		}, func(off int) (any, error) {
			return s.Stories(ctx, 51, off)
		}, func(k Key) (any, error) {
			out, _, err := s.StoriesPage(ctx, Page{Limit: 51, After: &k})
			return out, err
		})
	}
}

// pairOf is TestDeepPageLatencies' pair for a list of keys of type K: a
// page read from offset off (byOffset) and by its key (byKey, given the
// key keyAt(off-1)), alternated, runs times each, min and median logged;
// only the pages whose name holds $ANNALS_PERF_ONLY when it is set.
func pairOf[K any](t *testing.T, runs int, name string, off int, keyAt func(off int) (K, error), byOffset func(off int) (any, error), byKey func(k K) (any, error)) {
	t.Helper()
	if only := os.Getenv("ANNALS_PERF_ONLY"); only != "" && !strings.Contains(name, only) {
		return
	}
	k, err := keyAt(off - 1)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	got, err1 := byKey(k)
	want, err2 := byOffset(off)
	if err1 != nil || err2 != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("%s: by the key, another page than from the offset (%v, %v)", name, err1, err2)
	}
	var a, b []time.Duration
	for i := range runs {
		for j := range 2 {
			start := time.Now()
			if (i+j)%2 == 0 {
				_, err = byOffset(off)
				a = append(a, time.Since(start))
			} else {
				_, err = byKey(k)
				b = append(b, time.Since(start))
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
	}
	slices.Sort(a)
	slices.Sort(b)
	t.Logf("%-52s offset %d: min %8.2f ms  median %8.2f ms | by its key: min %6.2f ms  median %6.2f ms", name, off,
		ms(a[0]), ms(a[len(a)/2]), ms(b[0]), ms(b[len(b)/2]))
}
