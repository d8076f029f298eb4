package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"annals/internal/extract"
	"annals/internal/store"
	"annals/internal/storygen"
)

// corpusPath is the shared corpus the real-like stories are made from.
const corpusPath = "../../../shared/corpus/wh-briefings.txt.gz"

// maxReports is "a few dozen": the most reports one event may hold.
// Stories of the generator re-report a passage up to a few dozen times.
const maxReports = 20

// TestNoGiantEvents ingests thousands of real-like stories (White House
// releases recombined, with re-reports; package storygen) through the
// real reader, extractor and store, and checks that no event gathers
// more than a few dozen reports: undated and generic reports ("a
// bilateral meeting", "the United States") must not chain events into one.
func TestNoGiantEvents(t *testing.T) {
	if testing.Short() {
		t.Skip("thousands of stories")
	}
	c, err := storygen.Load(corpusPath)
	if os.IsNotExist(err) {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI without the shared corpus: %v", err)
		}
		t.Skip("no shared corpus beside the repository")
	}
	if err != nil {
		t.Fatal(err)
	}
	n := 2000
	paths, err := storygen.New(c, 1).Write(t.TempDir(), n)
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(filepath.Join(t.TempDir(), "annals.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	stored := 0
	err = Files(ctx, st, paths, extract.New(nil), extract.Options{}, 10<<20, func(s Stored) {
		if s.Err != nil || s.PutErr != nil {
			t.Errorf("%s: %v %v", s.Path, s.Err, s.PutErr)
		}
		stored++
	})
	if err != nil {
		t.Fatal(err)
	}
	stats, err := st.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stored != n || stats.Reports < n {
		t.Fatalf("%d of %d stories, %+v", stored, n, stats)
	}
	big, most := 0, 0
	err = st.EachEvent(ctx, store.EventFilter{}, func(e store.EventRow) error {
		most = max(most, e.Reports)
		if e.Reports > maxReports {
			big++
			t.Errorf("event #%d %s %q %s holds %d reports (%d sources)", e.ID, e.Type, e.Title, e.Date, e.Reports, e.Sources)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d stories: %d events, %d reports; the largest event holds %d reports", n, stats.Events, stats.Reports, most)
}

// TestInterruptedIngest stops an ingest after its first batch (as a kill
// would, between or inside batches: a batch is one transaction), then
// runs it again: the second run stores exactly the stories the first did
// not, and the store ends as one uninterrupted ingest leaves it.
func TestInterruptedIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("hundreds of stories, three times")
	}
	c, err := storygen.Load(corpusPath)
	if os.IsNotExist(err) {
		if os.Getenv("CI") != "" {
			t.Fatalf("CI without the shared corpus: %v", err)
		}
		t.Skip("no shared corpus beside the repository")
	}
	if err != nil {
		t.Fatal(err)
	}
	n := BatchSize + 60
	paths, err := storygen.New(c, 2).Write(t.TempDir(), n)
	if err != nil {
		t.Fatal(err)
	}
	x := extract.New(nil)
	open := func() *store.DB {
		st, err := store.Open(filepath.Join(t.TempDir(), "annals.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st
	}
	count := func(st *store.DB) string {
		s, err := st.Stats(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprintf("%d stories, %d events, %d reports, %d entities", s.Stories, s.Events, s.Reports, s.Entities)
	}
	isStored := func(s Stored) bool { return s.Err == nil && s.PutErr == nil && !s.Result.Skipped }
	whole, wholeStored := open(), 0
	if err := Files(context.Background(), whole, paths, x, extract.Options{}, 10<<20, func(s Stored) {
		if isStored(s) {
			wholeStored++
		}
	}); err != nil {
		t.Fatal(err)
	}

	cut := open()
	ctx, cancel := context.WithCancel(context.Background())
	seen, first := 0, 0
	err = Files(ctx, cut, paths, x, extract.Options{}, 10<<20, func(s Stored) {
		seen++
		if isStored(s) {
			first++
		}
		cancel() // after the first batch is committed
	})
	if err == nil || seen == 0 || seen >= n {
		t.Fatalf("interrupted run: %v after %d stories", err, seen)
	}
	second := 0
	if err := Files(context.Background(), cut, paths, x, extract.Options{}, 10<<20, func(s Stored) {
		if isStored(s) {
			second++
		}
	}); err != nil {
		t.Fatal(err)
	}
	if first+second != wholeStored {
		t.Errorf("%d stored before the stop and %d after; one run stores %d", first, second, wholeStored)
	}
	if a, b := count(whole), count(cut); a != b {
		t.Errorf("uninterrupted: %s; interrupted and run again: %s", a, b)
	}
}
