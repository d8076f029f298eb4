package ingest

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"annals/internal/extract"
	"annals/internal/store"
	"annals/internal/store/pgtest"
	"annals/internal/storygen"
)

// engineStories are the stories of the cross-engine tests: the examples,
// and real-like generated stories (package storygen) when the shared
// corpus is beside the repository (always under CI).
func engineStories(t *testing.T, n int) []string {
	t.Helper()
	paths, err := filepath.Glob("../../examples/*.*")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no examples: %v", err)
	}
	paths = slices.DeleteFunc(paths, func(p string) bool { return strings.HasSuffix(p, "README.md") })
	c, err := storygen.Load(corpusPath)
	if os.IsNotExist(err) {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI without the shared corpus: %v", err)
		}
		t.Logf("no shared corpus beside the repository: the examples alone")
		return paths
	}
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	g := storygen.New(c, 3)
	for i := range n {
		s := g.Story(i)
		p := filepath.Join(dir, s.Name)
		if err := os.WriteFile(p, s.Raw, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// ingestAll stores paths through the one pipeline.
func ingestAll(t *testing.T, st Batcher, paths []string) {
	t.Helper()
	err := Files(context.Background(), st, paths, extract.New(nil), extract.Options{}, 10<<20, func(s Stored) {
		if s.Err != nil || s.PutErr != nil {
			t.Errorf("%s: %v %v", s.Path, s.Err, s.PutErr)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
}

// chronicle is what a store answers, query by query, as JSON: stats,
// the whole timeline, every event with its reports, every entity's page,
// the relations of the most prominent organizations two by two, every
// story with its facts and events, the list of stories, and searches
// (result sets: the engines rank differently).
func chronicle(t *testing.T, s store.Store) map[string]string {
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

// compareChronicles reports the queries whose answers differ.
func compareChronicles(t *testing.T, what string, a, b map[string]string) {
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

// TestSameChronicleOnBothEngines ingests the same stories into SQLite
// and PostgreSQL through the one pipeline and compares every query's
// answer: the same chronicle, ids included.
func TestSameChronicleOnBothEngines(t *testing.T) {
	dsn := pgtest.DSN(t)
	n := 150
	if testing.Short() {
		n = 60
	}
	paths := engineStories(t, n)
	lite, err := store.Open(filepath.Join(t.TempDir(), "annals.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	pg, err := store.OpenPostgres(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	ingestAll(t, lite, paths)
	ingestAll(t, pg, paths)
	compareChronicles(t, fmt.Sprintf("%d stories", len(paths)), chronicle(t, lite), chronicle(t, pg))
}

// ingestAtOnce runs one ingest per order at the same time, each with
// its own store (as separate processes would), into one PostgreSQL
// database.
func ingestAtOnce(t *testing.T, dsn string, orders ...[]string) {
	t.Helper()
	var wg sync.WaitGroup
	for _, ps := range orders {
		s, err := store.OpenPostgres(context.Background(), dsn)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		wg.Add(1)
		go func() {
			defer wg.Done()
			ingestAll(t, s, ps)
		}()
	}
	wg.Wait()
}

// TestConcurrentIngestsOnPostgres runs two ingests at once into one
// PostgreSQL database. In the same order, each story is stored by the
// one that comes first, and the chronicle is exactly the one a single
// SQLite ingest leaves: no story, entity or event is stored twice. In
// opposite orders, every story is stored once.
func TestConcurrentIngestsOnPostgres(t *testing.T) {
	n := 80
	if testing.Short() {
		n = 40
	}
	paths := engineStories(t, n)
	lite, err := store.Open(filepath.Join(t.TempDir(), "annals.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	ingestAll(t, lite, paths)
	want := chronicle(t, lite)

	same := pgtest.DSN(t)
	ingestAtOnce(t, same, paths, paths)
	pg, err := store.OpenPostgres(context.Background(), same)
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	compareChronicles(t, "two ingests at once", want, chronicle(t, pg))

	crossed := pgtest.DSN(t)
	other := slices.Clone(paths)
	slices.Reverse(other)
	ingestAtOnce(t, crossed, paths, other)
	pg2, err := store.OpenPostgres(context.Background(), crossed)
	if err != nil {
		t.Fatal(err)
	}
	defer pg2.Close()
	a, err := lite.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	b, err := pg2.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if a.Stories != b.Stories {
		t.Errorf("opposite orders at once: %d stories stored, one ingest stores %d", b.Stories, a.Stories)
	}
	t.Logf("opposite orders at once: %d stories, %d entities, %d events (one ingest: %d, %d, %d)",
		b.Stories, b.Entities, b.Events, a.Stories, a.Entities, a.Events)
}
