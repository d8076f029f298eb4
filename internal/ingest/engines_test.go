package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"annals/internal/extract"
	"annals/internal/store"
	"annals/internal/store/pgtest"
	"annals/internal/store/storetest"
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
	gen, err := storygen.New(c, 3).Write(t.TempDir(), n)
	if err != nil {
		t.Fatal(err)
	}
	return append(paths, gen...)
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
	storetest.Compare(t, fmt.Sprintf("%d stories", len(paths)), storetest.Chronicle(t, lite), storetest.Chronicle(t, pg))
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
	want := storetest.Chronicle(t, lite)

	same := pgtest.DSN(t)
	ingestAtOnce(t, same, paths, paths)
	pg, err := store.OpenPostgres(context.Background(), same)
	if err != nil {
		t.Fatal(err)
	}
	defer pg.Close()
	storetest.Compare(t, "two ingests at once", want, storetest.Chronicle(t, pg))

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
