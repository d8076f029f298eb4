package ingest

import (
	"context"
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
const maxReports = 30

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
		t.Skip("no shared corpus beside the repository")
	}
	if err != nil {
		t.Fatal(err)
	}
	n := 2000
	dir := t.TempDir()
	g := storygen.New(c, 1)
	var paths []string
	for i := range n {
		s := g.Story(i)
		p := filepath.Join(dir, s.Name)
		if err := os.WriteFile(p, s.Raw, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
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
