package store

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"testing"

	"annals"
)

// walkPages reads a list n rows a page, each page after the key of the
// previous page's last row (page), and fails unless every page is the
// page read from its offset (atOffset) and the pages together are all,
// the list read whole, in its order: the last page short (or empty when
// the list is a whole number of pages), past it nothing. It returns how
// many pages it read.
func walkPages[T, K any](t *testing.T, name string, n int, all []T, page func(after *K) ([]T, []K, error), atOffset func(off int) ([]T, error)) int {
	t.Helper()
	var after *K
	pos, pages := 0, 0
	for {
		got, keys, err := page(after)
		if err != nil {
			t.Fatalf("%s, %d a page, page %d: %v", name, n, pages+1, err)
		}
		pages++
		if len(keys) != len(got) {
			t.Fatalf("%s, %d a page, page %d: %d rows, %d keys", name, n, pages, len(got), len(keys))
		}
		want := all[pos:min(len(all), pos+n)]
		if len(got) != len(want) || len(got) > 0 && !reflect.DeepEqual(got, want) {
			t.Fatalf("%s, %d a page, page %d (from %d, after %+v): %d rows, want %d:\n%+v\nwant\n%+v", name, n, pages, pos, after, len(got), len(want), got, want)
		}
		off, err := atOffset(pos)
		if err != nil {
			t.Fatal(err)
		}
		if len(off) != len(got) || len(got) > 0 && !reflect.DeepEqual(off, got) {
			t.Fatalf("%s, %d a page, page %d: from offset %d %d rows, after the key %d", name, n, pages, pos, len(off), len(got))
		}
		pos += len(got)
		if len(got) < n {
			break
		}
		after = &keys[len(keys)-1]
		if pages > len(all)/n+1 {
			t.Fatalf("%s, %d a page: %d pages of %d rows", name, n, pages, len(all))
		}
	}
	if pos != len(all) {
		t.Fatalf("%s, %d a page: %d rows paged, %d listed", name, n, pos, len(all))
	}
	return pages
}

// walkBack reads a list n rows a page backwards: from its last page
// (the rows after the last whole page, or the last n), each page the one
// before the first row of the page after it (page), and fails unless
// every page is the page read from its offset (atOffset) and the list
// read whole (all, whose keys are keys), the first page short when the
// list is not a whole number of pages; before the first row, nothing.
func walkBack[T, K any](t *testing.T, name string, n int, all []T, keys []K, page func(before K) ([]T, []K, error), atOffset func(off int) ([]T, error)) {
	t.Helper()
	if len(keys) != len(all) {
		t.Fatalf("%s: %d keys of %d rows", name, len(keys), len(all))
	}
	if len(all) == 0 {
		return
	}
	pos := len(all) - len(all)%n
	if pos == len(all) {
		pos -= n
	}
	pos = max(pos, 0)
	for pages := 0; pos > 0; pages++ {
		got, gotKeys, err := page(keys[pos])
		if err != nil {
			t.Fatalf("%s, %d a page backwards, before row %d: %v", name, n, pos, err)
		}
		from := max(0, pos-n)
		if !reflect.DeepEqual(got, all[from:pos]) || !reflect.DeepEqual(gotKeys, keys[from:pos]) {
			t.Fatalf("%s, %d a page backwards, before row %d (key %+v): %d rows, want %d from %d:\n%+v\nwant\n%+v", name, n, pos, keys[pos], len(got), pos-from, from, got, all[from:pos])
		}
		off, err := atOffset(from)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == n && !reflect.DeepEqual(off, got) {
			t.Fatalf("%s, %d a page backwards: from offset %d %d rows, before the key %d", name, n, from, len(off), len(got))
		}
		pos = from
		if pages > len(all)/n+1 {
			t.Fatalf("%s, %d a page backwards: %d pages of %d rows", name, n, pages, len(all))
		}
	}
	if got, _, err := page(keys[0]); err != nil || len(got) != 0 {
		t.Fatalf("%s: before the first row %d rows, %v", name, len(got), err)
	}
}

// keysetStore is a store of the fixtures and synthetic stories whose
// publication is unknown, a month, a year, or one day shared by many
// (ties), whose events are, some of them, undated or spanning years.
func keysetStore(t *testing.T) *DB {
	s, _ := filled(t)
	c := newCorpus(29)
	mixedStories(t, s, c, 0, 150)
	spanningStories(t, s, c, 150, 90)
	return s
}

// TestKeysetEntityStories: an entity's stories paged by key are the list
// read whole, each page the page from its offset, for entities in many
// stories and in few, at several page sizes (ties in the day of
// publication, unknown days last, the last page, past the end).
func TestKeysetEntityStories(t *testing.T) {
	s := keysetStore(t)
	ctx := context.Background()
	ents, err := s.Entities(ctx, EntityFilter{Limit: 1 << 20})
	if err != nil || len(ents) < 20 {
		t.Fatalf("entities %d, %v", len(ents), err)
	}
	undated, tied := 0, 0
	for _, e := range []EntitySummary{ents[0], ents[1], ents[5], ents[len(ents)/2], ents[len(ents)-1]} {
		all, err := s.EntityStories(ctx, e.ID, 1<<20, 0)
		if err != nil || len(all) != e.Stories {
			t.Fatalf("%s: %d of %d stories, %v", e.Name, len(all), e.Stories, err)
		}
		for i, r := range all {
			if r.Published == "" {
				undated++
			}
			if i > 0 && r.Published == all[i-1].Published && r.Published != "" {
				tied++
			}
		}
		_, keys, err := s.EntityStoriesPage(ctx, e.ID, Page{Limit: 1 << 20})
		if err != nil || len(keys) != len(all) {
			t.Fatalf("%s: %d keys, %v", e.Name, len(keys), err)
		}
		for _, n := range []int{1, 3, 7, EntityStories, len(all), len(all) + 1} {
			walkPages(t, e.Name, n, all, func(after *Key) ([]StoryRef, []Key, error) {
				return s.EntityStoriesPage(ctx, e.ID, Page{Limit: n, After: after})
			}, func(off int) ([]StoryRef, error) {
				return s.EntityStories(ctx, e.ID, n, off)
			})
			// Backwards: the page before each row, from the last to the
			// first (none before it).
			for at := len(all) - 1; at >= 0; at -= max(1, n/2) {
				got, gotKeys, err := s.EntityStoriesBefore(ctx, e.ID, n, keys[at])
				from := max(0, at-n)
				if err != nil || !reflect.DeepEqual(got, all[from:at]) || !reflect.DeepEqual(gotKeys, keys[from:at]) && at > 0 {
					t.Fatalf("%s: %d before story %d of %d (key %+v): %d stories, %v; want %d from %d", e.Name, n, at, len(all), keys[at], len(got), err, at-from, from)
				}
			}
		}
	}
	if undated == 0 || tied == 0 {
		t.Errorf("%d undated stories, %d tied on their day: want some", undated, tied)
	}
	// A key of no story: the page after where it would be.
	if got, _, err := s.EntityStoriesPage(ctx, ents[0].ID, Page{Limit: 5, After: &Key{Lo: "1900-01-01", ID: 1}}); err != nil || len(got) == 0 || got[0].Published != "" {
		t.Errorf("after 1900: %v, %v; want the undated", got, err)
	}
	if _, _, err := s.EntityStoriesBefore(ctx, 1<<40, 5, Key{ID: 3}); !errors.Is(err, ErrNotFound) {
		t.Errorf("stories of no entity before a key: %v", err)
	}
	if _, _, err := s.EntityStoriesBefore(ctx, ents[0].ID, 5, Key{Lo: "2019-02-30", ID: 3}); !errors.Is(err, ErrInvalid) {
		t.Errorf("before a day that is none: %v", err)
	}
	if _, _, err := s.EntityStoriesPage(ctx, 1<<40, Page{Limit: 5, After: &Key{ID: 3}}); !errors.Is(err, ErrNotFound) {
		t.Errorf("stories of no entity: %v", err)
	}
	if _, _, err := s.EntityStoriesPage(ctx, ents[0].ID, Page{Limit: 5, After: &Key{Lo: "2019-02-30", ID: 3}}); !errors.Is(err, ErrInvalid) {
		t.Errorf("after a day that is none: %v", err)
	}
}

// TestKeysetStories: the list of stories paged by key is the list read
// whole, each page the page from its offset.
func TestKeysetStories(t *testing.T) {
	s := keysetStore(t)
	ctx := context.Background()
	all, err := s.Stories(ctx, 1<<20, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{2, 9, 50, len(all)} {
		walkPages(t, "stories", n, all, func(after *Key) ([]StorySummary, []Key, error) {
			return s.StoriesPage(ctx, Page{Limit: n, After: after})
		}, func(off int) ([]StorySummary, error) {
			return s.Stories(ctx, n, off)
		})
	}
	if got, _, err := s.StoriesPage(ctx, Page{Limit: 5, After: &Key{ID: 1}}); err != nil || len(got) != 0 {
		t.Errorf("after the first undated story: %v, %v; want none", got, err)
	}
}

// TestKeysetTimeline: the events f selects paged by key are the list read
// whole, each page the page from its offset, with and without entities
// (the walk of the participants' index), dates, type and place; a list
// of no events is one empty page.
func TestKeysetTimeline(t *testing.T) {
	s := keysetStore(t)
	ctx := context.Background()
	ents, err := s.Entities(ctx, EntityFilter{Limit: 1 << 20})
	if err != nil || len(ents) < 20 {
		t.Fatalf("entities %d, %v", len(ents), err)
	}
	a, b, mid := ents[0].ID, ents[1].ID, ents[len(ents)/2].ID
	filters := []EventFilter{{}, {Type: annals.Meeting}, {From: "2012", To: "2014"}, {From: "2013-07-15"}, {To: "2011"},
		{Org: a}, {Org: a, From: "2012", To: "2013"}, {Org: a, From: "2013-07-15"}, {Org: a, To: "2012-06"},
		{Org: a, With: b}, {Org: a, Type: annals.Meeting}, {Org: mid}, {Org: a, Place: cities[0]},
		{Type: annals.Meeting, Place: "Nowhere"}, {Org: a, From: "2090"}}
	undated, spanning, empty := 0, 0, 0
	for _, f := range filters {
		whole := f
		whole.Limit = 1 << 20
		all, err := s.Timeline(ctx, whole)
		if err != nil {
			t.Fatal(err)
		}
		if len(all) == 0 {
			empty++
		}
		for _, e := range all {
			if e.Date == "" {
				undated++
			} else if e.DateEnd != "" {
				spanning++
			}
		}
		for _, n := range []int{3, 10, 100} {
			if n == 3 && len(all) > 300 {
				continue
			}
			walkPages(t, fmt.Sprintf("%+v", f), n, all, func(after *Key) ([]EventRow, []Key, error) {
				g := f
				g.Limit, g.After = n, after
				return s.TimelinePage(ctx, g)
			}, func(off int) ([]EventRow, error) {
				g := f
				g.Limit, g.Offset = n, off
				return s.Timeline(ctx, g)
			})
			_, keys, err := s.TimelinePage(ctx, whole)
			if err != nil {
				t.Fatal(err)
			}
			walkBack(t, fmt.Sprintf("%+v", f), n, all, keys, func(before Key) ([]EventRow, []Key, error) {
				g := f
				g.Limit, g.Before = n, &before
				return s.TimelinePage(ctx, g)
			}, func(off int) ([]EventRow, error) {
				g := f
				g.Limit, g.Offset = n, off
				return s.Timeline(ctx, g)
			})
		}
	}
	if undated == 0 || spanning == 0 || empty == 0 {
		t.Errorf("%d undated events, %d spanning, %d empty lists: want some", undated, spanning, empty)
	}
	if _, _, err := s.TimelinePage(ctx, EventFilter{Org: a, After: &Key{Lo: "2012-01-01", ID: -4}}); !errors.Is(err, ErrInvalid) {
		t.Errorf("after a bad key: %v", err)
	}
	if _, _, err := s.TimelinePage(ctx, EventFilter{Before: &Key{Lo: "2012-01-01", Hi: "2011-01-01", ID: 4}}); !errors.Is(err, ErrInvalid) {
		t.Errorf("before a bad key: %v", err)
	}
	k := Key{ID: 4}
	if _, _, err := s.TimelinePage(ctx, EventFilter{After: &k, Before: &k}); !errors.Is(err, ErrInvalid) {
		t.Errorf("after and before a key: %v", err)
	}
	// A key of no event: the page before where it would be.
	for _, f := range []EventFilter{{}, {Org: a}} {
		f.Limit = 4
		want, err := s.Timeline(ctx, EventFilter{Org: f.Org, Limit: 1 << 20, To: "2011-12-31"})
		if err != nil {
			t.Fatal(err)
		}
		f.Before = &Key{Lo: "2012-01-01", Hi: "2012-01-01", ID: 1 << 40}
		got, _, err := s.TimelinePage(ctx, f)
		if err != nil || len(want) < 4 || !reflect.DeepEqual(got, want[len(want)-4:]) {
			t.Errorf("%+v: %d events, %v; want the last 4 of %d ending in 2011", f, len(got), err, len(want))
		}
	}
}

// TestKeyCheck: a key is days (or none) and an id.
func TestKeyCheck(t *testing.T) {
	for _, c := range []struct {
		k  Key
		ok bool
	}{
		{Key{ID: 1}, true},
		{Key{Lo: "2012-03-04", ID: 7}, true},
		{Key{Lo: "2012-03-04", Hi: "2012-03-04", ID: 7}, true},
		{Key{Lo: "2012-03-04", Hi: "2014-01-31", ID: 7}, true},
		{Key{}, false},
		{Key{Lo: "2012-03-04", ID: 0}, false},
		{Key{ID: -1}, false},
		{Key{Hi: "2012-03-04", ID: 7}, false},
		{Key{Lo: "2012-03-05", Hi: "2012-03-04", ID: 7}, false},
		{Key{Lo: "2012-02-30", ID: 7}, false},
		{Key{Lo: "2012-3-4", ID: 7}, false},
		{Key{Lo: "20120304", ID: 7}, false},
		{Key{Lo: "2012-03-04x", ID: 7}, false},
	} {
		if err := c.k.Check(); (err == nil) != c.ok || err != nil && !errors.Is(err, ErrInvalid) {
			t.Errorf("%+v: %v, want ok %v", c.k, err, c.ok)
		}
	}
}

// TestKeysetEntities: the list of entities paged by key, forwards and
// backwards, is the list read whole, each page the page from its offset,
// of all types or one, with a name or not (ties in stories and mentions
// broken by id, the last page, past the end, an empty list).
func TestKeysetEntities(t *testing.T) {
	s := keysetStore(t)
	ctx := context.Background()
	tied := 0
	for _, f := range []EntityFilter{{}, {Type: annals.Person}, {Type: annals.Org}, {Type: annals.Place}, {Query: "an"},
		{Type: annals.Org, Query: "union"}, {Query: "no such name at all"}} {
		whole := f
		whole.Limit = 1 << 20
		all, keys, err := s.EntitiesPage(ctx, whole)
		if err != nil || len(keys) != len(all) {
			t.Fatalf("%+v: %d entities, %d keys, %v", f, len(all), len(keys), err)
		}
		for i, e := range all {
			if keys[i] != (EntityKey{Stories: e.Stories, Mentions: e.Mentions, ID: e.ID}) {
				t.Fatalf("%+v: key %+v of %+v", f, keys[i], e)
			}
			if i > 0 && e.Stories == all[i-1].Stories && e.Mentions == all[i-1].Mentions {
				tied++
			}
		}
		for _, n := range []int{1, 3, 10, 100} {
			if n == 1 && len(all) > 300 {
				continue
			}
			name := fmt.Sprintf("%+v", f)
			walkPages(t, name, n, all, func(after *EntityKey) ([]EntitySummary, []EntityKey, error) {
				g := f
				g.Limit, g.After = n, after
				return s.EntitiesPage(ctx, g)
			}, func(off int) ([]EntitySummary, error) {
				g := f
				g.Limit, g.Offset = n, off
				return s.Entities(ctx, g)
			})
			walkBack(t, name, n, all, keys, func(before EntityKey) ([]EntitySummary, []EntityKey, error) {
				g := f
				g.Limit, g.Before = n, &before
				return s.EntitiesPage(ctx, g)
			}, func(off int) ([]EntitySummary, error) {
				g := f
				g.Limit, g.Offset = n, off
				return s.Entities(ctx, g)
			})
		}
	}
	if tied == 0 {
		t.Errorf("no entities tied on stories and mentions: want some")
	}
	for _, f := range []EntityFilter{{After: &EntityKey{ID: 0}}, {Before: &EntityKey{Stories: -1, ID: 3}},
		{After: &EntityKey{ID: 3}, Before: &EntityKey{ID: 3}}} {
		if _, _, err := s.EntitiesPage(ctx, f); !errors.Is(err, ErrInvalid) {
			t.Errorf("%+v: %v, want ErrInvalid", f, err)
		}
	}
	// A key of no entity: the pages around where it would be.
	all, err := s.Entities(ctx, EntityFilter{Limit: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	k := EntityKey{Stories: all[4].Stories, Mentions: all[4].Mentions, ID: all[4].ID}
	k.Mentions++
	after, _, err1 := s.EntitiesPage(ctx, EntityFilter{Limit: 3, After: &k})
	before, _, err2 := s.EntitiesPage(ctx, EntityFilter{Limit: 1 << 20, Before: &k})
	if err1 != nil || err2 != nil || len(after) != 3 || len(before)+len(after) > len(all) ||
		!reflect.DeepEqual(append(before, after...), all[:len(before)+3]) {
		t.Errorf("around a key of no entity: %d before, %d after (%v, %v)", len(before), len(after), err1, err2)
	}
}

// TestEntitiesOfEveryTypeInOrder: the list of entities of every type is
// the table in the order of prominence (stories, mentions, id), read
// whole and by pages from keys and offsets, with an entity of a type
// that is none of the three among them: on PostgreSQL the list merges
// each stored type's range of the index by type and prominence
// (pgSchemaV17), the types found in the index.
func TestEntitiesOfEveryTypeInOrder(t *testing.T) {
	s := keysetStore(t)
	ctx := context.Background()
	want, err := s.ids(ctx, `SELECT id FROM entity_counts ORDER BY stories DESC, mentions DESC, id`)
	if err != nil || len(want) < 20 {
		t.Fatalf("%d entities, %v", len(want), err)
	}
	var mid EntitySummary
	if err := s.r.QueryRowContext(ctx, `SELECT id, stories, mentions FROM entity_counts WHERE id = ?`, want[len(want)/2]).Scan(&mid.ID, &mid.Stories, &mid.Mentions); err != nil {
		t.Fatal(err)
	}
	// Two entities of an odd type: one tied with an entity in the middle
	// (after it by id), one before every other.
	odd := []int64{want[len(want)-1] + 1000, want[len(want)-1] + 1001}
	for i, c := range [][2]int{{mid.Stories, mid.Mentions}, {1 << 20, 0}} {
		if _, err := s.w.ExecContext(ctx, `INSERT INTO entities (id, type, name) VALUES (?, 'WORK', 'Odd')`, odd[i]); err != nil {
			t.Fatal(err)
		}
		if _, err := s.w.ExecContext(ctx, `UPDATE entity_counts SET stories = ?, mentions = ? WHERE id = ?`, c[0], c[1], odd[i]); err != nil {
			t.Fatal(err)
		}
	}
	if want, err = s.ids(ctx, `SELECT id FROM entity_counts ORDER BY stories DESC, mentions DESC, id`); err != nil {
		t.Fatal(err)
	}
	if want[0] != odd[1] {
		t.Fatalf("the odd entity is not first: %v", want[:3])
	}
	idsOf := func(es []EntitySummary) []int64 {
		var out []int64
		for _, e := range es {
			out = append(out, e.ID)
		}
		return out
	}
	all, keys, err := s.EntitiesPage(ctx, EntityFilter{Limit: 1 << 20})
	if err != nil || !slices.Equal(idsOf(all), want) {
		t.Fatalf("the list of every type: %v (%v), want the table in order: %v", idsOf(all), err, want)
	}
	for _, n := range []int{1, 7, 100} {
		for off := 0; off < len(want); off += n {
			got, err := s.Entities(ctx, EntityFilter{Limit: n, Offset: off})
			if err != nil || !slices.Equal(idsOf(got), want[off:min(off+n, len(want))]) {
				t.Fatalf("limit %d offset %d: %v, %v", n, off, idsOf(got), err)
			}
		}
		for i := 0; i < len(want); i += n {
			got, _, err := s.EntitiesPage(ctx, EntityFilter{Limit: n, After: &keys[i]})
			if err != nil || !slices.Equal(idsOf(got), want[i+1:min(i+1+n, len(want))]) {
				t.Fatalf("limit %d after %+v: %v, %v", n, keys[i], idsOf(got), err)
			}
			got, _, err = s.EntitiesPage(ctx, EntityFilter{Limit: n, Before: &keys[i]})
			if err != nil || !slices.Equal(idsOf(got), want[max(i-n, 0):i]) {
				t.Fatalf("limit %d before %+v: %v, %v", n, keys[i], idsOf(got), err)
			}
		}
	}
}
