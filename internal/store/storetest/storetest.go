// Package storetest is what tests compare two stores by: every query's
// answer, as JSON (Chronicle), and the queries whose answers differ
// (Compare), as the cross-engine and queue tests do.
package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"testing"
	"time"

	"annals/internal/store"
)

// Chronicle is what a store answers, query by query, as JSON: stats,
// the whole timeline, every event with its reports, every entity's page,
// the relations of the most prominent organizations two by two, every
// story with its facts and events, the list of stories, and searches
// (result sets: the engines rank differently).
func Chronicle(t *testing.T, s store.Store) map[string]string {
	t.Helper()
	ctx := context.Background()
	out := map[string]string{}
	put := func(key string, v any, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", key, err)
		}
		b, _ := json.Marshal(v)
		out[key] = string(b)
	}
	stats, err := s.Stats(ctx)
	put("stats", stats, err)
	tl, err := s.Timeline(ctx, store.EventFilter{Limit: 1 << 30})
	put("timeline", tl, err)
	for _, e := range tl {
		d, err := s.Event(ctx, e.ID)
		put(fmt.Sprint("event ", e.ID), d, err)
	}
	ents, err := s.Entities(ctx, store.EntityFilter{Limit: 1 << 30})
	put("entities", ents, err)
	var orgs []int64
	for _, e := range ents {
		p, err := s.EntityPage(ctx, e.ID)
		put(fmt.Sprint("entity ", e.ID), p, err)
		if e.Type == "ORG" && len(orgs) < 8 {
			orgs = append(orgs, e.ID)
		}
	}
	for _, a := range orgs {
		for _, b := range orgs {
			if a < b {
				rel, err := s.Timeline(ctx, store.EventFilter{Org: a, With: b, Limit: 1 << 30})
				put(fmt.Sprint("relations ", a, " ", b), rel, err)
			}
		}
	}
	list, err := s.Stories(ctx, 1<<30, 0)
	for i := range list {
		list[i].Ingested = time.Time{}
	}
	put("stories", list, err)
	for _, st := range list {
		story, doc, err := s.Story(ctx, st.ID)
		if err == nil {
			story.Ingested = time.Time{}
		}
		put(fmt.Sprint("story ", st.ID), []any{story, doc}, err)
		evs, err := s.StoryEvents(ctx, st.ID)
		put(fmt.Sprint("story events ", st.ID), evs, err)
	}
	// Queries both engines read alike. They differ on purpose elsewhere:
	// FTS5 stems with Porter, PostgreSQL with Snowball's English
	// ("generation" is "gener" to one, "generat" to the other), splits
	// hyphenated words otherwise (phrases across them), and only
	// PostgreSQL reads "-word" as NOT (docs/postgres.md).
	for _, q := range []string{"water", "secretary", "agreement OR memorandum", "Tedros", "UNESCO", "signed", "president", "Baku OR Istanbul OR Lima"} {
		hits, total, err := s.Search(ctx, q, store.SearchOptions{Limit: 1 << 20})
		var paths []string
		for _, h := range hits {
			paths = append(paths, h.Path)
		}
		slices.Sort(paths)
		put("search "+q, []any{total, paths}, err)
	}
	return out
}

// Compare reports the queries whose answers differ between a (SQLite's)
// and b (PostgreSQL's).
func Compare(t *testing.T, what string, a, b map[string]string) {
	t.Helper()
	keys := make([]string, 0, len(a))
	for k := range a {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	diff := 0
	for _, k := range keys {
		if a[k] != b[k] {
			diff++
			if diff <= 5 {
				t.Errorf("%s: %s differs:\nSQLite:     %.2000s\nPostgreSQL: %.2000s", what, k, a[k], b[k])
			}
		}
	}
	if len(a) != len(b) {
		t.Errorf("%s: %d answers on SQLite, %d on PostgreSQL", what, len(a), len(b))
	}
	t.Logf("%s: %d answers compared, %d differ", what, len(a), diff)
}
